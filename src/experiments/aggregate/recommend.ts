import { formatNumber } from '../../format/formatNumber.js';
import { formatPercent, formatSignedPercent } from '../../format/formatPercent.js';
import { METRICS, type MetricName } from '../schema/metrics.js';
import type { Objective } from '../schema/objectiveSchema.js';
import type { ArmSummary, ComparisonSummary, ExperimentResult } from '../output/ExperimentResult.js';

/** Power at which a test of this design is called adequate. */
export const ADEQUATE_POWER = 0.8;

export interface RecommendationInputs {
  readonly arms: readonly ArmSummary[];
  readonly comparisons: readonly ComparisonSummary[];
  readonly primary: MetricName;
  readonly unit: 'viewer' | 'session' | 'switchback';
  readonly currency: string;
  readonly srmFlaggedRate: number | null;
  readonly alpha: number;
  /** What picks the arm: the primary metric's true value (revenue) or profit per session (profit). */
  readonly objective: Objective;
}

/**
 * A plain-words recommendation. The model's truth says which arm wins (highest true primary
 * metric, or highest profit per session when the objective is profit: roll it out, or keep the
 * control if none beats it); the simulated tests say whether a
 * real test of this design would prove it (power ≥ 80%), whether it would be biased
 * (interference in a shared room), whether a naive per-viewer analysis would mislead, and
 * whether a guardrail suffers.
 */
export function recommend(inputs: RecommendationInputs): ExperimentResult['recommendation'] {
  const { arms, primary, currency, objective } = inputs;
  const label = METRICS[primary].label;
  const control = arms.find((arm) => arm.isControl) as ArmSummary;
  const score = (arm: ArmSummary) => (objective === 'profit' ? arm.profitPerSession.mean : (arm.metrics[primary] ?? -Infinity));
  const best = arms.reduce((top, arm) => (score(arm) > score(top) ? arm : top), control);
  const text: string[] = [];
  const bestComparison = inputs.comparisons.find((c) => c.kind === 'arm' && c.contrast === best.name && c.metric === primary);
  let verdict: ExperimentResult['recommendation']['verdict'] = 'keep-control';
  if (best === control) {
    text.push(
      objective === 'profit'
        ? `Keep ${control.name}: no arm beats it on profit per session in the model (profit per session ${money(control.profitPerSession.mean, currency)}, revenue per session ${money(control.revenuePerSession.mean, currency)}).`
        : `Keep ${control.name}: no arm beats it on ${label} in the model (revenue per session ${money(control.revenuePerSession.mean, currency)}).`,
    );
  } else {
    const power = bestComparison?.power?.value;
    verdict = power === undefined || power >= ADEQUATE_POWER ? 'roll-out' : 'inconclusive';
    const lead = verdict === 'roll-out' ? 'Roll out' : 'The model favours';
    text.push(
      objective === 'profit'
        ? `${lead} ${best.name}: it changes profit per session by ${formatSignedPercent(profitLift(best, control), 1)} against ${control.name} ` +
            `(profit per session ${money(control.profitPerSession.mean, currency)} → ${money(best.profitPerSession.mean, currency)}; ` +
            `revenue per session ${money(control.revenuePerSession.mean, currency)} → ${money(best.revenuePerSession.mean, currency)}).`
        : `${lead} ${best.name}: it changes ${label} by ${formatSignedPercent(relativeLift(best, control, primary), 1)} against ${control.name} ` +
            `(revenue per session ${money(control.revenuePerSession.mean, currency)} → ${money(best.revenuePerSession.mean, currency)}).`,
    );
    if (power !== undefined) {
      const it = objective === 'profit' ? `its change in ${label}` : 'it';
      text.push(
        power >= ADEQUATE_POWER
          ? `A real test of this design detects ${it} in ${formatPercent(power, 0)} of runs.`
          : `But a real test of this design detects ${it} in only ${formatPercent(power, 0)} of runs: run more sessions before deciding (see livelift power).`,
      );
    }
  }
  text.push(...guardrailNotes(inputs, best), ...testNotes(inputs));
  return { verdict, arm: best.name, objective, text };
}

function relativeLift(arm: ArmSummary, control: ArmSummary, metric: MetricName): number {
  const value = arm.metrics[metric];
  const reference = control.metrics[metric];
  return value !== null && value !== undefined && reference ? value / reference - 1 : NaN;
}

/** Relative change of profit per session; NaN when the control's profit is not positive (a relative change of a loss has no plain meaning). */
function profitLift(arm: ArmSummary, control: ArmSummary): number {
  return control.profitPerSession.mean > 0 ? arm.profitPerSession.mean / control.profitPerSession.mean - 1 : NaN;
}

function guardrailNotes(inputs: RecommendationInputs, best: ArmSummary): string[] {
  return inputs.comparisons
    .filter((c) => c.role === 'guardrail' && c.kind === 'arm' && c.contrast === best.name && c.truth.relative !== null && c.truth.relative < -0.01)
    .map((c) => `Watch ${METRICS[c.metric].label}: it falls by ${formatPercent(-(c.truth.relative as number), 1)} under ${best.name} (a real test flags the drop in ${formatPercent(c.breachRate?.value ?? NaN, 0)} of runs).`);
}

/** What the simulated tests teach about the design itself. */
function testNotes(inputs: RecommendationInputs): string[] {
  const notes: string[] = [];
  const primary = inputs.comparisons.filter((c) => c.role === 'primary' && c.kind !== 'interaction');
  for (const c of primary) {
    const bias = c.bias.absolute;
    if (c.isNull && c.falsePositiveRate) {
      notes.push(`${c.contrast} is identical to the control: the test calls it significant in ${formatPercent(c.falsePositiveRate.value, 1)} of runs (nominal: alpha = ${formatNumber(inputs.alpha, 3)}).`);
      if (c.naive) notes.push(`A naive per-viewer analysis would call ${formatPercent(c.naive.rejectionRate.value, 1)} of these A/A tests significant: analyze per session, never per viewer.`);
    } else if (inputs.unit !== 'session' && Math.abs(bias.value) > Math.max(3 * bias.mcSe, 0.1 * Math.abs(c.truth.absolute)) && c.truth.control > 0) {
      notes.push(
        `Interference: in a shared room the test estimates ${formatSignedPercent((c.truth.absolute + bias.value) / c.truth.control, 1)} for ${c.contrast} on average, ` +
          `while rolling it out gives ${formatSignedPercent(c.truth.absolute / c.truth.control, 1)} (social proof and room state leak between arms).`,
      );
    } else if (c.naive && c.naive.meanDesignEffect !== null && c.naive.meanDesignEffect > 1.5) {
      notes.push(`Sessions differ a lot (design effect ${formatNumber(c.naive.meanDesignEffect, 3)}): a per-viewer analysis would overstate certainty; the session-level analysis is the one to trust.`);
    }
  }
  if (inputs.srmFlaggedRate !== null && inputs.srmFlaggedRate > 0.01) notes.push(`Sample ratio mismatch flagged in ${formatPercent(inputs.srmFlaggedRate, 1)} of runs: check the split.`);
  return notes;
}

function money(value: number, currency: string): string {
  return `${formatNumber(value, 4)} ${currency}`;
}
