import embed from 'vega-embed';
import type { TopLevelSpec } from 'vega-lite';

/**
 * Draw a vega-lite spec from the report's chart builders into `host`, interactive (tooltips on
 * hover), as SVG, with no "open in editor" links (nothing leaves the page). Replaces whatever the
 * host showed; the previous view is finalised so its listeners go away.
 */
export async function embedChart(host: HTMLElement, spec: TopLevelSpec): Promise<void> {
  const previous = views.get(host);
  const result = await embed(host, spec, { actions: false, renderer: 'svg', tooltip: true });
  previous?.finalize();
  views.set(host, result);
}

const views = new WeakMap<HTMLElement, { finalize(): void }>();
