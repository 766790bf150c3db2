import { describe, expect, it } from 'vitest';
import { buildAnalysisReport } from '../../../src/report/buildAnalysisReport.js';
import { analyze } from '../../analysis/analyzeHelpers.js';

// The report's quantile table (--quantile) shows the result's numbers, never resampling.
describe('analysis report: quantile table', () => {
  const result = analyze({ file: 'quantiles.csv', variant: 'arm', control: 'A', metric: ['spend', 'bought'], quantile: '0.5,0.9', bootstrap: 200 });

  it('holds one row per metric × quantile × variant, with the JSON values and the label', () => {
    const table = buildAnalysisReport(JSON.parse(JSON.stringify(result))).tables.find((candidate) => candidate.name === 'quantiles')!;
    expect(table.title).toBe('Quantiles (bootstrap, not the decision test)');
    expect(table.caption).toMatch(/bought: no quantiles: a conversion/);
    const rows = result.metrics[0].comparisons.flatMap((comparison) => comparison.quantiles!.map((row) => ({ comparison, row })));
    expect(table.rows).toHaveLength(4);
    table.rows.forEach((cells, i) => {
      const { comparison, row } = rows[i];
      expect([cells.variant, cells.quantile, cells.controlQuantile, cells.variantQuantile, cells.difference, cells.differenceLo, cells.differenceHi, cells.relativeLo]).toEqual([
        comparison.variant, row.quantile, row.control, row.treatment, row.absolute!.estimate, row.absolute!.ci[0], row.absolute!.ci[1], row.relative?.ci[0] ?? null,
      ]);
    });
  });

  it('is absent without --quantile', () => {
    const plain = analyze({ file: 'quantiles.csv', variant: 'arm', metric: ['spend'] });
    expect(buildAnalysisReport(JSON.parse(JSON.stringify(plain))).tables.map((table) => table.name)).not.toContain('quantiles');
  });
});
