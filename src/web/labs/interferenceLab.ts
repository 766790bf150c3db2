import { isObject } from '../../io/isObject.js';
import { formatSignedPercent } from '../../format/formatPercent.js';
import { validateExperiment, type LoadedExperiment } from '../../experiments/load/validateExperiment.js';
import type { ComparisonSummary, ExperimentResult } from '../../experiments/output/ExperimentResult.js';

/** Settings of the interference lab (all in the address). */
export interface InterferenceSettings {
  seed: number;
  /** Coupon handed to each treated viewer on arrival (currency units). */
  coupon: number;
  /** `purchase.socialProof` in the "on" condition (the model's default is 0.08). */
  socialProof: number;
  /** Shared sessions per simulated test. */
  sessions: number;
  /** Simulated tests per condition. */
  tests: number;
}

/** The two conditions the lab compares: the room couples arms through social proof, or not. */
export const CONDITIONS = ['on', 'off'] as const;
export type Condition = (typeof CONDITIONS)[number];

/** The file name the lab's experiments carry, so `livelift experiment <file>` gives the same `input.file`. */
export const LAB_EXPERIMENT_FILE = 'interference-lab.json';

/**
 * The experiment the lab runs for one condition: the plan being edited as the base, every viewer
 * randomized inside shared sessions to no coupon or a coupon on arrival, revenue per viewer as the
 * primary metric. Plain experiment JSON: saved as a file, `livelift experiment` runs it.
 */
export function interferenceExperiment(plan: unknown, settings: InterferenceSettings, condition: Condition): Record<string, unknown> {
  const scenario = structuredClone(isObject(plan) ? plan : {});
  delete scenario.$schema;
  const purchase = isObject(scenario.purchase) ? scenario.purchase : {};
  scenario.purchase = { ...purchase, socialProof: condition === 'on' ? settings.socialProof : 0 };
  return {
    name: `Interference lab: social proof ${condition === 'on' ? settings.socialProof : 'off'}`,
    description: `An in-room test of a ${settings.coupon} coupon on arrival against no coupon, every viewer randomized inside ${settings.sessions} shared session(s); social proof ${condition === 'on' ? `at ${settings.socialProof}` : 'switched off'}.`,
    scenario,
    design: { kind: 'ab', control: 'no-coupon', arms: [{ name: 'no-coupon', description: 'No coupon.' }, { name: 'coupon', description: `${settings.coupon} off the first purchase.`, coupon: { value: settings.coupon } }] },
    unit: 'viewer',
    metrics: { primary: 'revenuePerViewer', secondary: ['conversion'] },
    sessionsPerArm: settings.sessions,
    replicates: settings.tests,
    seed: settings.seed,
  };
}

/** Validate the lab's experiment as `livelift experiment` would (problems name the plan's fields). */
export function loadInterferenceExperiment(plan: unknown, settings: InterferenceSettings, condition: Condition): LoadedExperiment {
  return validateExperiment(interferenceExperiment(plan, settings, condition), { file: LAB_EXPERIMENT_FILE });
}

/** One condition's answer on the primary metric: the truth of a rollout against what the test estimates. */
export interface InterferenceRow {
  condition: Condition;
  label: string;
  /** True relative effect of rolling the coupon out to everyone (potential outcomes), with its Monte-Carlo se. */
  trueLift: number | null;
  trueLiftMcSe: number | null;
  /** Mean, median and 2.5–97.5% of the in-room tests' relative estimates. */
  estimate: { mean: number; median: number; lo: number; hi: number } | null;
  /** Mean estimated − true difference, in metric units, with its Monte-Carlo se: interference. */
  bias: { value: number; mcSe: number };
  /** Share of tests whose interval covered the true absolute effect. */
  coverage: number;
  /** Share of tests significant in the true direction. */
  power: number | null;
}

/** The primary comparison of one condition's result, as a row of the lab's table and chart. */
export function interferenceRow(condition: Condition, settings: InterferenceSettings, result: ExperimentResult): InterferenceRow {
  const primary = primaryComparison(result);
  const relative = primary.estimate.relative;
  return {
    condition,
    label: condition === 'on' ? `social proof ${settings.socialProof}` : 'social proof off',
    trueLift: primary.truth.relative,
    trueLiftMcSe: primary.truth.mcSe.relative,
    estimate: relative === null ? null : { mean: relative.mean, median: relative.quantiles[2], lo: relative.quantiles[0], hi: relative.quantiles[4] },
    bias: { ...primary.bias.absolute },
    coverage: primary.coverage.absolute.value,
    power: primary.power?.value ?? null,
  };
}

function primaryComparison(result: ExperimentResult): ComparisonSummary {
  const found = result.comparisons.find((comparison) => comparison.role === 'primary');
  if (found === undefined) throw new Error('the lab experiment has no primary comparison');
  return found;
}

/** One sentence per condition: the test's average estimate against the rollout's truth. */
export function interferenceSummary(rows: readonly InterferenceRow[]): string {
  const pct = (value: number | null | undefined) => formatSignedPercent(value ?? Number.NaN, 1);
  return rows
    .map((row) => {
      const z = row.bias.mcSe > 0 ? Math.abs(row.bias.value / row.bias.mcSe) : Number.NaN;
      const verdict = Number.isFinite(z) && z >= 3 ? `biased (${z.toFixed(1)} Monte-Carlo se)` : 'no bias beyond Monte-Carlo noise';
      return `With ${row.label}, the in-room test estimates ${pct(row.estimate?.mean)} on average against a true rollout effect of ${pct(row.trueLift)}: ${verdict}.`;
    })
    .join(' ');
}
