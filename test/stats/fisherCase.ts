import type { Nullable } from './goldenHelpers.js';

/** One case of exact_fisher.json (test/fixtures/stats/make_exact_fixtures.py); "NaN" marks an undefined odds ratio. */
export interface FisherCase {
  treatment: { x: number; n: number };
  control: { x: number; n: number };
  alpha: number;
  oddsRatio: Nullable | 'NaN';
  two: { pValue: number; ci: [Nullable, Nullable] };
  greater: { pValue: number; ci: [Nullable, Nullable] };
  less: { pValue: number; ci: [Nullable, Nullable] };
}
