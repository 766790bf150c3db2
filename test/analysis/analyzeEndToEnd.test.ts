import { describe, expect, it } from 'vitest';
import { analyze, expectClose, expectEffect, expected, metric } from './analyzeHelpers.js';

// Golden end-to-end checks: CSVs with real-export quirks, streamed by our reader, aggregated,
// analyzed, compared with scipy/numpy on the same rows (fixtures/make_analyze_fixtures.py).
// Each case also runs with a 16-byte read buffer, so rows, quoted fields, CRLF pairs and the BOM
// straddle buffer boundaries.
const BUFFERS = [undefined, 16, 61];

describe('analyze end to end: messy export (BOM, CRLF, quotes, booleans, missing cells)', () => {
  const fixture = expected.messy;

  it.each(BUFFERS)('reads every row and matches scipy (buffer %s)', (bufferSize) => {
    const result = analyze(fixture.options, bufferSize);
    expect(result.control).toBe(fixture.control);
    expect(result.variants.map((v) => v.name)).toEqual(fixture.variants);
    expect(result.variants.map((v) => v.units)).toEqual(fixture.units);
    expect(result.dataQuality.rows).toBe(fixture.rows);
    expect(result.dataQuality.missingValues).toEqual(fixture.missing);
    expect(result.dataQuality.warnings.map((w) => w.code)).toEqual(['MISSING_VALUES']);
    expectClose(result.srm.chiSquare, fixture.srm.chiSquare, 'srm chi-square');
    expectClose(result.srm.pValue, fixture.srm.pValue, 'srm p');
    for (const name of ['converted', 'revenue']) {
      const want = fixture.metrics[name];
      const got = metric(result, name);
      expect(got.kind).toBe(want.kind);
      got.variants.forEach((arm, i) => {
        expect(arm.n).toBe(want.arms[i].n);
        expectClose(arm.mean, want.arms[i].mean, `${name} mean ${i}`);
        expectClose(arm.variance, want.arms[i].variance, `${name} variance ${i}`);
      });
      expectEffect(got.comparisons[0].absolute, want.absolute, `${name} absolute`);
      expectEffect(got.comparisons[0].relative, want.relative, `${name} relative`);
    }
  });

  it('--sequential and --bayesian wrap the same moments (confidence sequence, posteriors, Beta-Binomial)', () => {
    const result = analyze({ ...fixture.options, sequential: true, bayesian: true });
    for (const name of ['converted', 'revenue']) {
      const comparison = metric(result, name).comparisons[0];
      expectEffect(comparison.sequential?.absolute, fixture.sequential[name].absolute, `${name} sequential absolute`);
      expectEffect(comparison.sequential?.relative, fixture.sequential[name].relative, `${name} sequential relative`);
      expectClose(comparison.bayesian?.chanceToWin, fixture.bayesian[name].chanceToWin, `${name} chance to win`);
      expectClose(comparison.bayesian?.ci[0], fixture.bayesian[name].ci[0], `${name} credible low`);
      expect(comparison.decision).toBe('sequential');
    }
    const exact = metric(result, 'converted').comparisons[0].bayesian?.betaBinomial;
    expect(exact?.method).toBe('exact');
    expectClose(exact?.chanceToWin, fixture.bayesian.converted.betaBinomialChance, 'Beta-Binomial P(B > A)', 1e-7);
  });

  it('--cap p99 winsorizes means at numpy\'s pooled percentile and leaves conversions alone', () => {
    const result = analyze({ ...fixture.options, cap: 'p99' });
    const revenue = metric(result, 'revenue');
    expectClose(revenue.cap?.threshold, fixture.capped.threshold, 'cap threshold');
    expect(revenue.cap?.cappedValues).toBe(fixture.capped.cappedValues);
    expectEffect(revenue.comparisons[0].absolute, fixture.capped.absolute, 'capped absolute');
    expectEffect(revenue.comparisons[0].relative, fixture.capped.relative, 'capped relative');
    expect(metric(result, 'converted').cap).toBeUndefined();
    expectEffect(metric(result, 'converted').comparisons[0].absolute, fixture.metrics.converted.absolute, 'uncapped conversions');
    expect(result.dataQuality.passes).toBe(2);
  });
});

describe('analyze end to end: segments and corrections', () => {
  const fixture = expected.segments;

  it.each(['holm', 'bh'] as const)('per-region analyses, %s across variants × metrics × (overall + segments)', (correction) => {
    const result = analyze({ ...fixture.options, correction });
    const scopes = [{ name: '', variants: result.variants, metrics: result.metrics }, ...result.segments!];
    const adjusted: number[] = [];
    scopes.forEach((scope, s) => {
      const want = fixture.scopes[s];
      expect(scope.name).toBe(want.name);
      expect(scope.variants.map((v) => v.units)).toEqual(want.units);
      for (const name of ['spend', 'clicked']) {
        metric(scope, name).comparisons.forEach((comparison, i) => {
          expect(comparison.variant).toBe(want.metrics[name][i].variant);
          expectEffect(comparison.absolute, want.metrics[name][i].absolute, `${want.name} ${name} ${comparison.variant}`);
          expectEffect(comparison.relative, want.metrics[name][i].relative, `${want.name} ${name} ${comparison.variant} relative`);
          adjusted.push(comparison.adjustedPValue!);
        });
      }
    });
    fixture[correction].forEach((p: number, i: number) => expectClose(adjusted[i], p, `${correction} adjusted p ${i}`));
  });
});

describe('analyze end to end: ratio metric and CUPED', () => {
  const fixture = expected.ratioCuped;

  it('delta-method ratio, Welch on the raw metric, CUPED with pooled theta', () => {
    const result = analyze(fixture.options, 16);
    const ratio = metric(result, 'aov');
    expect(ratio.kind).toBe('ratio');
    ratio.variants.forEach((arm, i) => expectClose(arm.mean, fixture.ratio.arms[i], `aov ${i}`));
    expectEffect(ratio.comparisons[0].absolute, fixture.ratio.absolute, 'aov absolute');
    expectEffect(ratio.comparisons[0].relative, fixture.ratio.relative, 'aov relative');
    const revenue = metric(result, 'revenue').comparisons[0];
    expectEffect(revenue.absolute, fixture.revenue.absolute, 'revenue absolute');
    expectEffect(revenue.cuped?.absolute, fixture.cuped.absolute, 'CUPED absolute');
    expectEffect(revenue.cuped?.relative, fixture.cuped.relative, 'CUPED relative');
    expectClose(revenue.cuped?.theta, fixture.cuped.theta, 'theta');
    expectClose(revenue.cuped?.varianceReduction, fixture.cuped.varianceReduction, 'variance reduction');
    expect(revenue.decision).toBe('cuped');
    expect(revenue.verdict).toContain('CUPED');
  });
});

describe('analyze end to end: cluster-randomized stores', () => {
  const fixture = expected.cluster;

  it('cluster-robust (CR1, t on K_c + K_t − 2 df) lift equals the numpy sandwich and scipy t; SRM counts clusters; naive is flagged', () => {
    const result = analyze(fixture.options, 16);
    expect(result.unitsCounted).toBe('clusters');
    expect(result.variants.map((v) => v.units)).toEqual(fixture.clusters);
    const comparison = metric(result, 'basket').comparisons[0];
    expect(comparison.method).toBe('cluster-robust');
    expectEffect(comparison.absolute, fixture.absolute, 'cluster absolute');
    expectEffect(comparison.relative, fixture.relative, 'cluster relative');
    expectEffect(comparison.cluster?.naive, fixture.naive, 'naive row-level');
    expectClose(comparison.cluster?.designEffect, fixture.designEffect, 'design effect');
    expect(comparison.warnings.map((w) => w.code)).toContain('NAIVE_ANALYSIS_OVERSTATES_SIGNIFICANCE');
  });

  it('a ratio metric on cluster totals uses CR1 and t on K_c + K_t − 2 df (linearized residuals by cluster)', () => {
    const comparison = metric(analyze(fixture.options, 16), 'perItem').comparisons[0];
    expect(comparison.method).toBe('cluster-robust');
    expectEffect(comparison.absolute, fixture.perItem.absolute, 'cluster ratio absolute');
    expectEffect(comparison.relative, fixture.perItem.relative, 'cluster ratio relative');
  });
});

describe('analyze end to end: units in several rows and variants', () => {
  const fixture = expected.units;

  it.each(['report', 'exclude', 'first'] as const)('--multi-variant %s', (policy) => {
    const want = fixture.policies[policy];
    const result = analyze({ ...fixture.options, multiVariant: policy }, 16);
    expect(result.dataQuality.duplicateUnits).toBe(fixture.duplicateUnits);
    expect(result.dataQuality.multiVariantUnits).toBe(fixture.multiVariantUnits);
    expect(result.dataQuality.droppedRows).toBe(want.droppedRows);
    expect(result.dataQuality.passes).toBe(policy === 'exclude' ? 2 : 1);
    expect(result.variants.map((v) => v.units)).toEqual(want.units);
    const comparison = metric(result, 'score');
    expect(comparison.variants.map((v) => v.n)).toEqual(want.n);
    expectEffect(comparison.comparisons[0].absolute, want.absolute, `${policy} absolute`);
    expectEffect(comparison.comparisons[0].relative, want.relative, `${policy} relative`);
    expect(result.dataQuality.warnings.map((w) => w.code)).toEqual(['DUPLICATE_UNITS', 'MULTI_VARIANT_UNITS']);
  });
});
