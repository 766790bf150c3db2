import { describe, expect, it } from 'vitest';
import { formatP, verdict, type VerdictInput } from '../../src/analysis/verdict.js';
import { formatPercent } from '../../src/format/formatPercent.js';
import { warning } from '../../src/stats/warnings.js';

const base: VerdictInput = {
  metric: '7-day retention',
  variant: 'treatment',
  control: 'control',
  absolute: { estimate: -0.0082, se: 0.0026, ci: [-0.0133, -0.0031], pValue: 0.0016 },
  relative: { estimate: -0.0431, se: 0.0133, ci: [-0.0691, -0.0171], pValue: 0.0016 },
  pValue: 0.0016,
  significant: true,
  alpha: 0.05,
  qualifiers: [],
  pLabel: 'p',
  warnings: [],
};

describe('verdict', () => {
  it('says it in plain words, as the issue does', () => {
    expect(verdict(base)).toBe('treatment lowers 7-day retention by 4.3% (95% CI -6.9% to -1.7%), p = 0.0016');
  });

  it('raises, no significant difference, one-sided ends, method qualifiers, tiny p', () => {
    const up = { ...base, relative: { ...base.relative!, estimate: 0.05, ci: [0.01, Infinity] as [number, number] }, pValue: 3e-7, qualifiers: ['CUPED', 'Holm-adjusted'], pLabel: 'adjusted p' };
    expect(verdict(up)).toBe('treatment raises 7-day retention by 5.0% (95% CI 1.0% to inf; CUPED, Holm-adjusted), adjusted p < 0.0001');
    const flat = { ...base, significant: false, pValue: 0.21, relative: { ...base.relative!, estimate: 0.012, ci: [-0.005, 0.029] as [number, number] }, alpha: 0.1 };
    expect(verdict(flat)).toBe('no significant difference in 7-day retention between treatment and control: +1.2% (90% CI -0.5% to 2.9%), p = 0.21');
  });

  it('falls back to the absolute difference when the relative lift is undefined, and names an uninformative comparison', () => {
    expect(verdict({ ...base, relative: null })).toBe('treatment lowers 7-day retention by 0.0082 (95% CI -0.0133 to -0.0031), p = 0.0016');
    const empty = { ...base, absolute: { estimate: 0, se: Infinity, ci: [-Infinity, Infinity] as [number, number], pValue: 1 }, warnings: [warning('EMPTY_ARM', 'treatment')] };
    expect(verdict(empty)).toBe('treatment vs control on 7-day retention: cannot be compared (EMPTY_ARM)');
  });

  it('formats percentages and p-values for reading', () => {
    expect([0.0432, -0.0691, 0.00123, 0, 1.5].map((x) => formatPercent(x))).toEqual(['4.3%', '-6.9%', '0.12%', '0%', '150.0%']);
    expect([0.0016, 0.21, 0.049, 0.99999].map(formatP)).toEqual(['0.0016', '0.21', '0.049', '1']);
  });
});
