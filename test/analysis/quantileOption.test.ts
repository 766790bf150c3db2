import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnalyzeOptions } from '../../src/analysis/analyzeCommand.js';
import { analysisText } from '../../src/analysis/analysisText.js';
import { ArmValueCollector } from '../../src/analysis/input/ArmValueCollector.js';
import { CsvRow } from '../../src/io/csv/CsvRow.js';
import { InputError } from '../../src/io/inputError.js';
import { analyze, expectClose, FIXTURES } from './analyzeHelpers.js';

// `analyze --quantile`: quantiles of each arm against numpy (fixtures/make_quantile_fixture.py),
// the seeded bootstrap beside the decision, the memory limit and the refusals.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const numpy: any = JSON.parse(readFileSync(join(FIXTURES, 'quantiles_expected.json'), 'utf8'));
const base = { file: 'quantiles.csv', variant: 'arm', control: 'A', metric: ['spend', 'bought'], quantile: '0.1,0.5,0.9,0.99', bootstrap: 400 };

describe('analyze --quantile', () => {
  const result = analyze(base);
  const spend = result.metrics.find((metric) => metric.name === 'spend')!;

  it("gives each arm's quantiles as numpy's linear method does, and their difference", () => {
    for (const comparison of spend.comparisons) {
      expect(comparison.quantiles!.map((row) => row.quantile)).toEqual(numpy.quantiles);
      comparison.quantiles!.forEach((row, i) => {
        expectClose(row.control, numpy.spend.A.quantiles[i], `A q${row.quantile}`, 1e-12);
        expectClose(row.treatment, numpy.spend[comparison.variant].quantiles[i], `${comparison.variant} q${row.quantile}`, 1e-12);
        expectClose(row.absolute!.estimate, row.treatment! - row.control!, 'difference', 1e-12);
        expect(row.absolute!.ci[0]!).toBeLessThanOrEqual(row.absolute!.ci[1]!);
        expect(row.label).toBe('bootstrap, not the decision test');
        expect(row.resamples).toBe(400);
      });
    }
    // The control's 10th percentile is 0 (ties at zero): no relative difference, with a warning.
    const tenth = spend.comparisons[0].quantiles![0];
    expect(tenth.relative).toBeNull();
    expect(tenth.warnings.map((entry) => entry.code)).toEqual(['NON_POSITIVE_CONTROL_QUANTILE']);
    const median = spend.comparisons[0].quantiles![1];
    expectClose(median.relative!.estimate, median.treatment! / median.control! - 1, 'relative', 1e-12);
    expect(spend.variants.map((variant) => variant.n)).toEqual(['A', 'B', 'C'].map((arm) => numpy.spend[arm].n));
  });

  it('leaves the decision alone and skips conversions with a note', () => {
    const plain = analyze({ ...base, quantile: undefined, bootstrap: undefined });
    expect(spend.comparisons.map((comparison) => comparison.headline)).toEqual(plain.metrics[0].comparisons.map((comparison) => comparison.headline));
    const bought = result.metrics.find((metric) => metric.name === 'bought')!;
    expect(bought.quantileNote).toMatch(/conversion/);
    expect(bought.comparisons.every((comparison) => comparison.quantiles === undefined)).toBe(true);
    expect(plain.metrics[0].comparisons[0].quantiles).toBeUndefined();
  });

  it('is reproducible: the same seed gives the same bytes, another seed other intervals, a row depends only on its own stream', () => {
    expect(JSON.stringify(analyze(base))).toBe(JSON.stringify(result));
    const other = analyze({ ...base, seed: 2 }).metrics[0].comparisons[0].quantiles![2];
    expect(other.absolute!.ci).not.toEqual(spend.comparisons[0].quantiles![2].absolute!.ci);
    const alone = analyze({ ...base, quantile: '0.9' }).metrics[0].comparisons[0].quantiles![0];
    expect(alone).toEqual(spend.comparisons[0].quantiles![2]);
  });

  it('widens the interval with the confidence level (the analysis alpha)', () => {
    const at = (alpha: number) => analyze({ ...base, quantile: '0.5', alpha }).metrics[0].comparisons[0].quantiles![0].absolute!.ci;
    const [low90, high90] = at(0.1);
    const [low99, high99] = at(0.01);
    expect(low99!).toBeLessThan(low90!);
    expect(high99!).toBeGreaterThan(high90!);
  });

  it('prints a small table labelled as bootstrap, not the decision test', () => {
    const text = analysisText(result);
    expect(text).toMatch(/Quantiles \(bootstrap, not the decision test: percentile bootstrap, 400 resamples, seed 1/);
    expect(text).toMatch(/\n\s+q50\s+B\s/);
    expect(text).toMatch(/conversion \(0\/1\) has only the quantiles 0 and 1/);
  });

  it('refuses summaries, clusters, ratios only, quantiles outside (0, 1), and --bootstrap or --seed without --quantile', () => {
    expect(() => parseAnalyzeOptions({ summary: 'x.json', quantile: '0.5' })).toThrow(/summary file holds only sums/);
    expect(() => parseAnalyzeOptions({ ...base, cluster: 'region' })).toThrow(/not clusters/);
    expect(() => parseAnalyzeOptions({ file: 'x.csv', variant: 'arm', ratio: 'aov=a/b', quantile: '0.5' })).toThrow(/not of --ratio/);
    for (const bad of ['0', '1', '0.5,', 'median', '1.5']) expect(() => parseAnalyzeOptions({ ...base, quantile: bad }), bad).toThrow(/in \(0, 1\)/);
    const { quantile: _quantile, ...withoutQuantile } = base;
    expect(() => parseAnalyzeOptions(withoutQuantile)).toThrow(/bootstrap.*give --quantile too/s);
    expect(() => parseAnalyzeOptions({ ...withoutQuantile, bootstrap: undefined, seed: 3 })).toThrow(/seed.*give --quantile too/s);
    expect(parseAnalyzeOptions({ ...withoutQuantile, bootstrap: undefined })).not.toHaveProperty('seed');
    expect(parseAnalyzeOptions({ ...base, quantile: '0.9, 0.5,0.9' }).quantile).toEqual([0.5, 0.9]);
  });

  it('stops with exit 2 naming --quantile above the memory limit', () => {
    const collector = new ArmValueCollector([0, 1], 'big.csv', 5);
    const row = new CsvRow(0);
    row.number = 3;
    const values = Float64Array.of(1, 2);
    collector.add(row, 0, values);
    collector.add(row, 1, Float64Array.of(NaN, 4)); // a missing cell is not kept
    collector.add(row, 1, values);
    expect(Array.from(collector.values(1, 1))).toEqual([4, 2]);
    let error: unknown;
    try {
      collector.add(row, 0, values);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).exitCode).toBe(2);
    expect((error as Error).message).toMatch(/^big\.csv: --quantile \(row 3\): more than 5 metric values/);
  });
});
