import { describe, expect, it } from 'vitest';
import { inputErrorOf } from '../support/inputErrorOf.js';
import { buildAnalysisReport } from '../../src/report/buildAnalysisReport.js';
import { analysisResult } from './fixtures/analysisResult.js';

describe('buildAnalysisReport', () => {
  const report = buildAnalysisReport(analysisResult(), 'result.json');

  it('draws the forest plot, one posterior per metric and the SRM check', () => {
    expect(report.charts.map((chart) => chart.name)).toEqual(['forest', 'posterior-1', 'posterior-2', 'srm']);
  });

  type ForestSpec = { title: { subtitle: string | string[] }; data: { values: { metric: string; significant: boolean; lo: number; hi: number }[] } };

  it('draws the corrected intervals and the result\'s own significance decision', () => {
    const forest = report.charts[0].spec as ForestSpec;
    expect(forest.data.values.map((row) => [row.metric, row.significant, row.lo, row.hi])).toEqual([
      ['converted', true, 0.001, 0.299],
      ['revenue', false, -0.138, 0.2285],
    ]);
    expect([forest.title.subtitle].flat().join(' ')).toContain('bars: 95% CI; fixed-horizon, Holm-adjusted');
  });

  it('refuses a result without its decision instead of re-deriving significance or wording', () => {
    const result = analysisResult();
    const bare = { ...result, metrics: result.metrics.map((metric) => ({ ...metric, comparisons: metric.comparisons.map(({ headline: _h, significant: _s, verdict: _v, ...rest }) => rest) })) };
    const error = inputErrorOf(() => buildAnalysisReport(bare, 'old.json'));
    expect(error.problems.map((problem) => problem.path)).toEqual(expect.arrayContaining(['metrics[0].comparisons[0].headline', 'metrics[0].comparisons[0].significant', 'metrics[0].comparisons[0].verdict']));
  });

  it('shows the decision in the comparisons table: decision p, its intervals and their label', () => {
    const table = report.tables.find((candidate) => candidate.name === 'comparisons')!;
    expect(table.rows.map((row) => [row.pValue, row.relativeLo, row.relativeHi, row.significant, row.intervals])).toEqual([
      [0.046, 0.001, 0.299, 'yes', '95% CI; fixed-horizon, Holm-adjusted'],
      [0.6287, -0.138, 0.2285, 'no', '95% CI; fixed-horizon, Holm-adjusted'],
    ]);
  });

  it('uses the engine\'s verdicts in the summary', () => {
    expect(report.summary.slice(1, 3)).toEqual([
      'B raises converted by 15.0% (95% CI 0.1% to 29.9%, Holm-adjusted p = 0.046)',
      'no significant difference in revenue between B and A (95% CI -13.8% to 22.9%, Holm-adjusted p = 0.63)',
    ]);
    expect(report.summary.at(-1)).toBe('No sample ratio mismatch (chi-square p = 0.3976).');
  });

  it('draws the posterior the result reports (mean and sd), and refuses a result without them', () => {
    const posterior = (built: typeof report, index: number) => (built.charts[index].spec as { layer: { data: { values: { lift: number; density: number }[] } }[] }).layer[0].data.values;
    const peak = (points: { lift: number; density: number }[]) => points.reduce((best, point) => (point.density > best.density ? point : best));
    expect(peak(posterior(report, 1)).lift).toBeCloseTo(0.15, 12);
    expect(peak(posterior(report, 1)).density).toBeCloseTo(1 / (0.066 * Math.sqrt(2 * Math.PI)), 9);
    // The report no longer derives a posterior from the credible interval (that took a normal quantile).
    const result = analysisResult() as unknown as { metrics: { comparisons: { bayesian: { posteriorMean?: number; posteriorSd?: number } }[] }[] };
    delete result.metrics[1].comparisons[0].bayesian.posteriorMean;
    expect(inputErrorOf(() => buildAnalysisReport(result)).problems[0]).toMatchObject({ path: 'metrics[1].comparisons[0].bayesian.posteriorMean' });
  });

  it('expects the planned split in the SRM chart', () => {
    const srm = report.charts[3].spec as { data: { values: { arm: string; observed: number; expected: number }[] } };
    expect(srm.data.values.map(({ arm, observed, expected }) => ({ arm, observed, expected }))).toEqual([
      { arm: 'A', observed: 10000, expected: 10060 },
      { arm: 'B', observed: 10120, expected: 10060 },
    ]);
  });

  it('tabulates metrics and comparisons, carries warnings, methodology and provenance', () => {
    expect(report.tables.map((table) => [table.name, table.rows.length])).toEqual([['metrics', 4], ['comparisons', 2]]);
    expect(report.warnings).toEqual(['EMPTY_ARM: an arm has no units; nothing can be estimated for it (segment "ads")']);
    expect(report.methodology.join('\n')).toMatch(/two-proportion score test[\s\S]*Welch[\s\S]*Fieller[\s\S]*Holm correction/);
    expect(report.provenance).toMatchObject({ version: '0.1.0', inputFile: 'orders.csv', seeds: [] });
    expect(report.result).toEqual(analysisResult());
  });

  it('draws open interval ends of one-sided tests to the edge of the plot', () => {
    const result = analysisResult() as unknown as { metrics: { comparisons: { headline: { relative: { ci: (number | null)[] } } }[] }[] };
    result.metrics[0].comparisons[0].headline.relative.ci = [0.001, null];
    const forest = buildAnalysisReport(result).charts[0].spec as { data: { values: { lo: number; hi: number }[] } };
    // The largest finite value plotted (0.2285) plus a tenth of the finite span (0.2285 − −0.138).
    expect(forest.data.values[0].hi).toBeCloseTo(0.2285 + 0.1 * (0.2285 + 0.138), 12);
    expect(forest.data.values[0].lo).toBe(0.001);
  });

  it('refuses a malformed result with the JSON path of each problem', () => {
    const result = analysisResult() as unknown as { metrics: { kind: string }[]; alpha?: unknown };
    result.metrics[1].kind = 'median';
    delete result.alpha;
    const error = inputErrorOf(() => buildAnalysisReport(result, 'bad.json'));
    const paths = error.problems.map((problem) => [problem.file, problem.path]);
    expect(paths).toEqual(expect.arrayContaining([['bad.json', 'alpha'], ['bad.json', 'metrics[1].kind']]));
  });

  it('draws one segment breakdown per metric with --segment', () => {
    const result = analysisResult();
    const segment = (name: string, scale: number) => ({
      name,
      variants: result.variants,
      srm: result.srm,
      metrics: result.metrics.map((metric) => ({ ...metric, variants: metric.variants.map((variant) => ({ ...variant, mean: (variant.mean ?? 0) * scale })) })),
    });
    const built = buildAnalysisReport({ ...result, segmentColumn: 'source', segments: [segment('ads', 0.5), segment('followers', 2)] });
    // The comparisons table carries every segment's decision rows with their intervals (issue 11).
    const table = built.tables.find((candidate) => candidate.name === 'comparisons')!;
    expect(table.columns[0]).toMatchObject({ key: 'segment', label: 'source' });
    expect(table.rows.map((row) => [row.segment, row.metric, row.relativeLo])).toEqual([
      ['all', 'converted', 0.001], ['all', 'revenue', -0.138],
      ['ads', 'converted', 0.001], ['ads', 'revenue', -0.138],
      ['followers', 'converted', 0.001], ['followers', 'revenue', -0.138],
    ]);
    expect(built.charts.map((chart) => chart.name)).toEqual(['forest', 'posterior-1', 'posterior-2', 'segments-1', 'segments-2', 'srm']);
    const rows = (built.charts[3].spec as { data: { values: { segment: string; arm: string; value: number }[] } }).data.values;
    expect(rows).toEqual([
      { segment: 'ads', arm: 'A', value: 0.025 },
      { segment: 'ads', arm: 'B', value: 0.02875 },
      { segment: 'followers', arm: 'A', value: 0.1 },
      { segment: 'followers', arm: 'B', value: 0.115 },
    ]);
    expect(built.methodology.join(' ')).toContain('metric × variant × segment');
  });
});
