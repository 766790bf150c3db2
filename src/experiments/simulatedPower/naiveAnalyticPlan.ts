import { mean, sampleSizeForEffect, type MetricStats, type Sides } from '../../stats/index.js';
import { METRICS, type MetricName } from '../schema/metrics.js';

/** The textbook answer that treats every viewer as independent (no clustering, no interference). */
export interface NaiveAnalyticPlan {
  /** 'two-proportion z-test' or 'two-sample test of means'. */
  readonly test: string;
  /** Control value of the metric and its per-viewer sd (means only), from the model. */
  readonly baseline: number;
  readonly sd: number | null;
  /** True absolute effect (treatment − control) the plan is for. */
  readonly effect: number;
  /** Viewers needed in [control, treatment]. */
  readonly viewersPerArm: [number, number];
  /** The same in the experiment's size unit (sessions per arm, or shared sessions), unrounded. */
  readonly sessionsPerArm: number;
}

export interface NaiveAnalyticInputs {
  readonly metric: MetricName;
  /** Per-viewer statistics of the metric with every viewer of the control group in control. */
  readonly control: MetricStats;
  readonly effect: number;
  readonly alpha: number;
  readonly sides: Sides;
  /** Weights of the control and treatment groups. */
  readonly split: [number, number];
  readonly targetPower: number;
  /** Control viewers per unit of `sessionsPerArm` (from the simulation). */
  readonly controlViewersPerSession: number;
}

/**
 * Analytic sample size ignoring clustering (`sampleSizeForEffect`: R `power.prop.test` for
 * proportions, statsmodels `NormalIndPower` for means) for the model's true baseline, per-viewer
 * sd and effect, converted to sessions with the simulated viewers per session. Null when no
 * formula applies: a ratio metric (average order value, chat rate), a baseline rate of 0 or 1,
 * no variation, no effect, or an effect against a one-sided alternative.
 */
export function naiveAnalyticPlan(inputs: NaiveAnalyticInputs): NaiveAnalyticPlan | null {
  const definition = METRICS[inputs.metric];
  const { control, effect } = inputs;
  if (definition.kind === 'ratio' || !(control.n > 1) || !(effect !== 0) || againstAlternative(inputs)) return null;
  const baseline = mean(control);
  // Population variance from sums around the shift (shift-invariant; never Σx²/n − x̄²).
  const variance = Math.max(0, (control.sumSquares - (control.sum * control.sum) / control.n) / control.n);
  if (definition.kind === 'proportion' && !(baseline > 0 && baseline < 1 && baseline + effect > 0 && baseline + effect < 1)) return null;
  if (definition.kind === 'mean' && !(variance > 0)) return null;
  const sd = definition.kind === 'mean' ? Math.sqrt(variance) : null;
  const design = { kind: definition.kind, baseline, ...(sd === null ? {} : { sd }), alpha: inputs.alpha, sides: inputs.sides, split: inputs.split } as const;
  const plan = sampleSizeForEffect(design, { value: effect, relative: false }, inputs.targetPower);
  return {
    test: definition.kind === 'proportion' ? 'two-proportion z-test' : 'two-sample test of means',
    baseline,
    sd,
    effect,
    viewersPerArm: plan.perArm,
    sessionsPerArm: plan.exactTotal * (inputs.split[0] / (inputs.split[0] + inputs.split[1])) / inputs.controlViewersPerSession,
  };
}

function againstAlternative(inputs: NaiveAnalyticInputs): boolean {
  return (inputs.sides === 'greater' && inputs.effect < 0) || (inputs.sides === 'less' && inputs.effect > 0);
}
