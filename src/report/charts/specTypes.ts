import type { TopLevelSpec } from 'vega-lite';

/**
 * Pieces of a vega-lite spec, derived from the public `TopLevelSpec` type (vega-lite exports its
 * finer types only under an "unstable" path), so builders type-check each layer and panel.
 */
export type LayerChild = Extract<TopLevelSpec, { layer: unknown }>['layer'][number];
export type ConcatChild = Extract<TopLevelSpec, { vconcat: unknown }>['vconcat'][number];
export type Transform = NonNullable<Extract<TopLevelSpec, { layer: unknown }>['transform']>[number];
