import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAnalyzeOptions } from '../../src/analysis/analyzeCommand.js';
import { InputError } from '../../src/io/inputError.js';
import { expectClose as expectGolden, loadFixture } from '../stats/goldenHelpers.js';
import { analyze, metric } from './analyzeHelpers.js';
import { summaryOf } from './summaryArms.js';

interface HeterogeneityCase {
  metric: string;
  variant: string;
  segments: string[];
  statistic: number;
  df: number;
  pValue: number;
  estimates: number[];
  ses: number[];
  pValues: number[];
  holm: number[];
}

const { heterogeneity } = loadFixture<{ heterogeneity: HeterogeneityCase[] }>('decisions.json');

describe('treatment × segment heterogeneity (segments.csv; statsmodels combine_effects, multipletests holm)', () => {
  const result = analyze({ file: 'segments.csv', variant: 'arm', metric: ['spend', 'clicked'], segment: 'region' });
  for (const c of heterogeneity) {
    it(`${c.metric}, ${c.variant} vs A`, () => {
      const found = metric(result, c.metric).comparisons.find((comparison) => comparison.variant === c.variant)!.heterogeneity!;
      expect(found.test).toBe('cochran-q');
      expectGolden(found.statistic, c.statistic, 'Q');
      expect(found.df).toBe(c.df);
      expectGolden(found.pValue, c.pValue, 'p');
      expect(found.correction).toBe('holm');
      expect(found.segments.map((segment) => segment.name).sort()).toEqual(c.segments);
      for (const [i, name] of c.segments.entries()) {
        const segment = found.segments.find((entry) => entry.name === name)!;
        expectGolden(segment.estimate!, c.estimates[i], `${name} estimate`);
        expectGolden(segment.se!, c.ses[i], `${name} se`);
        expectGolden(segment.pValue, c.pValues[i], `${name} p`);
        expectGolden(segment.adjustedPValue!, c.holm[i], `${name} holm p`);
        expect(segment.significant).toBe(c.holm[i] < 0.05);
      }
      expect(found.verdict).toContain("Cochran's Q");
    });
  }

  it('only the overall comparisons carry it, and only with --segment', () => {
    expect(result.segments!.every((segment) => segment.metrics.every((entry) => entry.comparisons.every((comparison) => comparison.heterogeneity === undefined)))).toBe(true);
    const plain = analyze({ file: 'segments.csv', variant: 'arm', metric: ['spend'] });
    expect(plain.metrics[0].comparisons[0].heterogeneity).toBeUndefined();
  });

  it('--segment-correction none leaves the per-segment p-values as they are', () => {
    const none = analyze({ file: 'segments.csv', variant: 'arm', metric: ['spend'], segment: 'region', segmentCorrection: 'none' });
    const found = none.metrics[0].comparisons[0].heterogeneity!;
    for (const segment of found.segments) expect(segment.adjustedPValue).toBe(segment.pValue);
  });
});

describe('--non-inferiority / --equivalence in the analysis result', () => {
  it('the margin result is the decision test moved to the margin, consistent with its interval', () => {
    const result = analyze({ file: 'segments.csv', variant: 'arm', metric: ['spend', 'clicked'], nonInferiority: '5%' });
    for (const entry of result.metrics) {
      for (const comparison of entry.comparisons) {
        const margin = comparison.margin!;
        expect(margin).toMatchObject({ test: 'non-inferiority', scale: 'relative', margin: 0.05, better: 'higher', level: 0.9 });
        expect(margin.method).toBe(entry.kind === 'proportion' ? 'score' : 'fieller');
        expect(margin.conclusion === 'non-inferior').toBe(margin.pValue < 0.05);
        expect(margin.ci[0]! > -0.05).toBe(margin.pValue < 0.05);
        expect(margin.verdict).toContain(margin.conclusion === 'non-inferior' ? 'is non-inferior to A' : 'not shown');
      }
    }
    const b = metric(result, 'spend').comparisons.find((comparison) => comparison.variant === 'B')!.margin!;
    expect(b.conclusion).toBe('non-inferior');
  });

  it('an absolute equivalence margin in percentage points on a conversion, and with CUPED-free clusters', () => {
    const result = analyze({ file: 'segments.csv', variant: 'arm', metric: ['clicked'], equivalence: '3pp' });
    const margin = result.metrics[0].comparisons[0].margin!;
    expect(margin).toMatchObject({ test: 'equivalence', scale: 'absolute', better: 'both', method: 'score' });
    expectGolden(margin.margin, 0.03, 'margin');
    expect(margin.pValue).toBe(Math.max(margin.pLower!, margin.pUpper!));
    expect(margin.conclusion === 'equivalent').toBe(margin.ci[0]! > -0.03 && margin.ci[1]! < 0.03);
    const clustered = analyze({ file: 'cluster.csv', variant: 'promo', metric: ['basket'], cluster: 'store', nonInferiority: '2' });
    const cm = clustered.metrics[0].comparisons[0];
    expect(cm.margin!.method).toBe('wald');
    // The cluster-robust decision's se and t reference, moved to the margin: the 90% interval is the decision's own 90% interval.
    const at90 = analyze({ file: 'cluster.csv', variant: 'promo', metric: ['basket'], cluster: 'store', alpha: 0.1 }).metrics[0].comparisons[0].headline.absolute.ci;
    expectGolden(cm.margin!.ci[0]!, at90[0]!, 'cluster ci low');
    expectGolden(cm.margin!.ci[1]!, at90[1]!, 'cluster ci high');
  });

  it('refuses margins it cannot honour, naming the option', () => {
    const base = { file: 'x.csv', variant: 'arm', metric: ['m'] };
    const message = (raw: Record<string, unknown>): string => {
      try {
        parseAnalyzeOptions(raw);
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
        return (error as Error).message;
      }
      return '';
    };
    expect(message({ ...base, nonInferiority: '-2%' })).toContain('--non-inferiority');
    expect(message({ ...base, equivalence: 'abc' })).toContain('--equivalence');
    expect(message({ ...base, nonInferiority: '2%', equivalence: '1%' })).toContain('not both');
    expect(message({ ...base, nonInferiority: '2%', sequential: true })).toContain('--sequential');
    expect(message({ ...base, equivalence: '2%', sides: 'greater' })).toContain('--sides');
    expect(parseAnalyzeOptions({ ...base, nonInferiority: '1.5pp' }).nonInferiority).toEqual({ scale: 'absolute', value: 0.015 });
    expect(parseAnalyzeOptions({ ...base, equivalence: '2%' }).equivalence).toEqual({ scale: 'relative', value: 0.02 });
  });
});

describe('margin tests through the whole analysis: the conclusion never contradicts its own interval', () => {
  const dir = mkdtempSync(join(tmpdir(), 'livelift-margin-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const arm = fc.record({
    n: fc.integer({ min: 2, max: 5000 }),
    rate: fc.double({ min: 0, max: 1, noNaN: true }),
    mean: fc.double({ min: 0.5, max: 20, noNaN: true }),
    sd: fc.double({ min: 0.1, max: 30, noNaN: true }),
    noise: fc.double({ min: 0, max: 1, noNaN: true }),
  });
  const options = fc.record({
    alpha: fc.constantFrom(0.01, 0.05, 0.1, 0.2),
    sides: fc.constantFrom('two', 'greater', 'less'),
    relativeCi: fc.constantFrom('fieller', 'delta'),
    scoreMethod: fc.constantFrom('farrington-manning', 'miettinen-nurminen'),
    correction: fc.constantFrom('none', 'holm'),
    cuped: fc.boolean(),
    test: fc.constantFrom('nonInferiority', 'equivalence'),
    margin: fc.constantFrom('1%', '5%', '20%', '0.5pp', '0.02', '1'),
  });

  it('holds over random arms, metric kinds, sides, alpha, interval and score methods, CUPED', () => {
    let file = 0;
    fc.assert(
      fc.property(fc.array(arm, { minLength: 2, maxLength: 2 }), options, (arms, o) => {
        const summary = summaryOf(arms, o.cuped);
        const path = join(dir, `summary-${file++}.json`);
        writeFileSync(path, JSON.stringify(summary));
        const { cuped: _cuped, test, margin, ...raw } = o;
        const sides = test === 'equivalence' ? 'two' : raw.sides;
        const result = analyze({ summary: path, ...raw, sides, [test]: margin });
        for (const entry of result.metrics) {
          for (const comparison of entry.comparisons) {
            const m = comparison.margin!;
            if ([m.pLower, m.pUpper].some((p) => p !== null && Math.abs(p - o.alpha) < 1e-9)) continue;
            const [lo, hi] = m.ci;
            const beyond = m.test === 'equivalence' ? lo !== null && hi !== null && lo > -m.margin && hi < m.margin : m.better === 'lower' ? hi !== null && hi < m.margin : lo !== null && lo > -m.margin;
            expect(m.conclusion !== 'not shown', `${entry.name} ${JSON.stringify(m)}`).toBe(beyond);
            if (m.method !== 'fieller' || (lo !== null && hi !== null)) expect(m.conclusion !== 'not shown').toBe(m.pValue < o.alpha);
            expect(m.better).toBe(m.test === 'equivalence' ? 'both' : sides === 'less' ? 'lower' : 'higher');
          }
        }
      }),
      { numRuns: 120, seed: 21 },
    );
  });
});
