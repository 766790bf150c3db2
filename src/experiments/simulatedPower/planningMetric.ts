import { InputError } from '../../io/inputError.js';
import type { LoadedExperiment } from '../load/loadExperiment.js';
import { resolveObjective } from '../schema/objectiveSchema.js';
import { METRIC_NAMES, type MetricName } from '../schema/metrics.js';

/** Profit of one session (revenue minus promotion spend and the scenario's costs), as a planning metric. */
export const PROFIT_PER_SESSION = 'profitPerSession';

/** What power planning targets: a per-viewer metric, or profit per session. */
export type PlanningMetricName = MetricName | typeof PROFIT_PER_SESSION;

/** The metric in force and why. */
export interface PlanningMetric {
  readonly metric: PlanningMetricName;
  /** option: asked with --metric; costs: profit because an arm's scenario has costs; primary: the experiment's primary metric. */
  readonly source: 'option' | 'costs' | 'primary';
}

/** Names `--metric` accepts: profit (per session), revenue (per viewer) and every metric name. */
export const PLANNING_METRIC_CHOICES = ['profit', 'revenue', ...METRIC_NAMES] as const;

/**
 * The planning metric: the one asked for ("profit" = profit per session, "revenue" = revenue per
 * viewer), else profit per session when any arm's scenario has a costs block (the seller gave
 * costs, so profit is what they plan for; the same rule as the recommendation's objective), else
 * the experiment's primary metric. Profit per session needs whole sessions per arm: a viewer or
 * switchback test shares its room's costs between arms, so asking for profit there is an
 * InputError and the default stays the primary metric.
 */
export function planningMetric(loaded: LoadedExperiment, asked: string | undefined): PlanningMetric {
  const sessionUnit = loaded.experiment.unit.kind === 'session';
  if (asked !== undefined) {
    const metric: PlanningMetricName = asked === 'profit' ? PROFIT_PER_SESSION : asked === 'revenue' ? 'revenuePerViewer' : (asked as MetricName);
    if (metric === PROFIT_PER_SESSION && !sessionUnit) {
      throw new InputError({
        file: loaded.file,
        path: '--metric',
        message: `profit per session needs whole sessions per arm; a ${loaded.experiment.unit.kind}-unit test shares one room's costs between its arms: plan on a per-viewer metric`,
      });
    }
    return { metric, source: 'option' };
  }
  const withCosts = resolveObjective(undefined, loaded.arms.map((arm) => arm.scenario)) === 'profit';
  if (withCosts && sessionUnit) return { metric: PROFIT_PER_SESSION, source: 'costs' };
  return { metric: loaded.experiment.metrics.primary, source: 'primary' };
}
