/**
 * The plans shipped in scenarios/*.json, bundled into the page (no fetch), by file name without
 * `.json`: the same name the test contract's `?scenario=` uses.
 */
const files = import.meta.glob<unknown>('../../scenarios/*.json', { eager: true, import: 'default' });

export const SHIPPED_PLANS: ReadonlyMap<string, unknown> = new Map(
  Object.entries(files)
    .filter(([path]) => !path.endsWith('.schema.json'))
    .map(([path, json]) => [path.replace(/^.*\//, '').replace(/\.json$/, ''), json] as const)
    .sort(([a], [b]) => a.localeCompare(b)),
);

/** A deep copy of a shipped plan's JSON, for editing. */
export function shippedPlan(name: string): unknown {
  const json = SHIPPED_PLANS.get(name);
  if (json === undefined) throw new Error(`no shipped plan named "${name}"`);
  return structuredClone(json);
}
