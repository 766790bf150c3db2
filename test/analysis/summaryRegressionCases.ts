import { loadFixture } from '../stats/goldenHelpers.js';

/** test/fixtures/stats/summary_regression.json, from make_summary_regression_fixtures.py (statsmodels OLS, HC1). */
export interface SummaryRegressionCase {
  name: string;
  kind: 'mean' | 'proportion';
  shifts: { x: number; z: number };
  rows: { arm: number[]; x: number[]; z: (number | null)[] };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  summary: any;
  expected: { estimate: number; se: number; slope: number };
}

export const summaryRegressionCases = loadFixture<SummaryRegressionCase[]>('summary_regression.json');
