/**
 * The page's state in its address, so a run or a lab is shared by URL and reproduced from its
 * seed. Unknown or malformed values fall back to the default and are reported, never thrown.
 */
export interface UrlState {
  view: string;
  scenario?: string;
  seed: number;
  replicates: number;
  autorun: boolean;
  /** Every other parameter (labs keep their controls here). */
  params: URLSearchParams;
}

export const DEFAULT_SEED = 1;
export const DEFAULT_REPLICATES = 20;
export const MAX_REPLICATES = 1000;

export function readUrlState(search: string): { state: UrlState; problems: string[] } {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const seed = wholeNumber(params.get('seed'), DEFAULT_SEED, 0, 2 ** 32 - 1, 'seed', problems);
  const replicates = wholeNumber(params.get('replicates'), DEFAULT_REPLICATES, 1, MAX_REPLICATES, 'replicates', problems);
  return {
    state: { view: params.get('view') ?? 'run', scenario: params.get('scenario') ?? undefined, seed, replicates, autorun: params.get('autorun') === '1', params },
    problems,
  };
}

/** Replace the address's parameters (no new history entry) with `changes` (undefined removes). */
export function writeUrlParams(changes: Record<string, string | number | undefined>): void {
  const url = new URL(window.location.href);
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) url.searchParams.delete(key);
    else url.searchParams.set(key, String(value));
  }
  window.history.replaceState(null, '', url);
}

/** A whole number in [min, max] from a text field or parameter; `fallback` (and a problem) otherwise. */
export function wholeNumber(text: string | null, fallback: number, min: number, max: number, name: string, problems: string[]): number {
  if (text === null || text.trim() === '') return fallback;
  const value = Number(text);
  if (Number.isInteger(value) && value >= min && value <= max) return value;
  problems.push(`${name} must be a whole number from ${min} to ${max}, got "${text}"; using ${fallback}`);
  return fallback;
}
