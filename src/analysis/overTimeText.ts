import { formatCount } from '../format/formatNumber.js';
import { formatPercent } from '../format/formatPercent.js';
import { textTable } from '../format/textTable.js';
import type { JsonEffectEstimate } from '../stats/toJsonSafe.js';
import type { OverTimeJson } from './analysisResult.js';
import { formatP, formatPlain } from './verdict.js';

/**
 * The `--date` section of the terminal output: per metric × variant, one line per day with the
 * cumulative units, the lift, the fixed-horizon and the always-valid interval side by side, and
 * the SRM p of the cumulative split. Relative lifts when defined, else absolute differences.
 */
export function overTimeText(overTime: OverTimeJson, level: string): string[] {
  const lines = ['', `Over time by ${overTime.column} (cumulative; ${level} intervals, unadjusted; fixed-horizon intervals are valid only at a planned end, always-valid ones at every look)`];
  for (const metric of overTime.metrics) {
    for (const comparison of metric.comparisons) {
      const relative = comparison.looks.every((look) => look.fixedHorizon.relative !== null && look.alwaysValid.relative !== null);
      const show = relative ? formatPercent : formatPlain;
      const pick = (effects: { absolute: JsonEffectEstimate; relative: JsonEffectEstimate | null }) => (relative ? effects.relative! : effects.absolute);
      const header = ['day', 'n', relative ? 'rel lift' : 'abs lift', 'fixed-horizon CI', 'p', 'always-valid CI', 'p', 'SRM p'];
      const rows = comparison.looks.map((look, d) => {
        const fixed = pick(look.fixedHorizon);
        const valid = pick(look.alwaysValid);
        return [look.day, formatCount(look.n), fixed.estimate === null ? '-' : signed(fixed.estimate, show), interval(fixed.ci, show), pText(fixed.pValue), interval(valid.ci, show), pText(valid.pValue), formatP(overTime.days[d].srm.pValue)];
      });
      lines.push('', `${metric.name}: ${comparison.variant} vs control`, ...textTable([header, ...rows], { align: 'first-left', underline: false, indent: '  ' }));
    }
  }
  return lines;
}

function interval(ci: readonly [number | null, number | null], show: (value: number) => string): string {
  return `[${ci[0] === null ? '-inf' : show(ci[0])}, ${ci[1] === null ? 'inf' : show(ci[1])}]`;
}

function signed(value: number, show: (value: number) => string): string {
  return value > 0 ? `+${show(value)}` : show(value);
}

function pText(p: number | null): string {
  return p === null ? '-' : formatP(p);
}
