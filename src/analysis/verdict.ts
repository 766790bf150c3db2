import { formatPercent } from '../format/formatPercent.js';
import type { EffectEstimate, StatsWarning } from '../stats/types.js';

export interface VerdictInput {
  readonly metric: string;
  readonly variant: string;
  readonly control: string;
  /** The decision's effects (intervals already at the level shown). */
  readonly absolute: EffectEstimate;
  readonly relative: EffectEstimate | null;
  /** p-value the decision uses (adjusted when corrected). */
  readonly pValue: number;
  readonly significant: boolean;
  readonly alpha: number;
  /** Words after "CI" naming the method, e.g. "CUPED", "always-valid", "Holm-adjusted". */
  readonly qualifiers: readonly string[];
  /** Label of the p-value, e.g. "p", "adjusted p", "sequential p". */
  readonly pLabel: string;
  readonly warnings: readonly StatsWarning[];
  /** With --exact: the conditional exact odds ratio whose interval inverts the decision test; quoted instead of the lift's interval. */
  readonly oddsRatio?: { readonly estimate: number; readonly ci: readonly [number, number] };
}

/**
 * One line in plain words, e.g.
 * "gate_40 lowers retention_7 by 4.3% (95% CI -6.9% to -1.7%), p = 0.0016".
 * The relative lift is used when it exists, the absolute difference otherwise; a result that is
 * not significant says so; an uninformative one (empty arm, no variance) names the reason.
 */
export function verdict(input: VerdictInput): string {
  const { metric, variant, control, absolute, relative } = input;
  if (!Number.isFinite(absolute.se)) {
    const reason = input.warnings.map((entry) => entry.code).join(', ') || 'no estimate';
    return `${variant} vs ${control} on ${metric}: cannot be compared (${reason})`;
  }
  const effect = relative ?? absolute;
  const asPercent = relative !== null;
  const show = (value: number) => (asPercent ? formatPercent(value) : formatPlain(value));
  const methods = input.qualifiers.length > 0 ? `; ${input.qualifiers.join(', ')}` : '';
  const odds = input.oddsRatio;
  const interval = odds
    ? `odds ratio ${formatEnd(odds.estimate, formatPlain)}, ${formatLevel(1 - input.alpha)} exact CI ${formatEnd(odds.ci[0], formatPlain)} to ${formatEnd(odds.ci[1], formatPlain)}${methods}`
    : `${formatLevel(1 - input.alpha)} CI ${formatEnd(effect.ci[0], show)} to ${formatEnd(effect.ci[1], show)}${methods}`;
  const p = input.pValue < 1e-4 ? `${input.pLabel} < 0.0001` : `${input.pLabel} = ${formatP(input.pValue)}`;
  if (!input.significant) {
    const signed = effect.estimate >= 0 ? `+${show(effect.estimate)}` : show(effect.estimate);
    return `no significant difference in ${metric} between ${variant} and ${control}: ${signed} (${interval}), ${p}`;
  }
  const direction = effect.estimate >= 0 ? 'raises' : 'lowers';
  return `${variant} ${direction} ${metric} by ${show(Math.abs(effect.estimate))} (${interval}), ${p}`;
}

/** Three significant digits, plain notation for everyday magnitudes. */
export function formatPlain(value: number): string {
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude >= 1e-4 && magnitude < 1e9) return String(Number(value.toPrecision(3)));
  return value.toExponential(2);
}

/** p-values: two significant digits ("0.0016", "0.21"), below 0.0001 shown by the caller. */
export function formatP(p: number): string {
  return p >= 0.9995 ? '1' : String(Number(p.toPrecision(2)));
}

function formatLevel(level: number): string {
  return `${Number((level * 100).toPrecision(4))}%`;
}

function formatEnd(value: number, show: (value: number) => string): string {
  if (value === Infinity) return 'inf';
  if (Number.isNaN(value)) return 'undefined';
  if (value === -Infinity) return '-inf';
  return show(value);
}
