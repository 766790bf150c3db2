import { InputError } from '../io/inputError.js';
import { liveliftVersion } from '../io/liveliftVersion.js';
import { BacktestCurveSchema, type BacktestResultData, type BacktestTotal, type CurveCheck, type TotalCheck } from '../results/backtestResult.js';
import { profitOf } from '../sim/model/buildRunResult.js';
import { SOURCES } from '../sim/model/ProfileSampler.js';
import type { SessionTotals } from '../sim/model/SessionTotals.js';
import type { Scenario } from '../sim/scenario/index.js';
import type { FitSettings } from './FitContext.js';
import { fitData } from './fitPlan.js';
import { observedSessions } from './observedSessions.js';
import { predictSessions, quantile, type PredictedSession } from './predictSessions.js';
import { selectSessions } from './selectSessions.js';
import type { ViewerData } from './ViewerData.js';

export const BACKTEST_TOTALS = ['arrivals', 'orders', 'revenue', 'meanWatchSeconds'] as const satisfies readonly BacktestTotal[];
/** Totals checked in a backtest: profit too when the plan has costs. */
type TotalMetric = BacktestTotal;
export const BACKTEST_CURVES = BacktestCurveSchema.options;

/**
 * The result of `livelift backtest`: the schema's types (src/results/backtestResult.ts, every
 * field described there; a new field is declared there).
 */
export type { BacktestFold, CurveCheck, TotalCheck } from '../results/backtestResult.js';
export type BacktestResult = BacktestResultData;

/**
 * Leave one session out: for each session, fit the plan on the others, simulate `predictions`
 * sessions of the fitted plan, and compare the held-out session's totals and per-minute curves
 * with the simulated ones (errors, and whether the observed value falls inside the 90% band).
 *
 *   sessions ─▶ for each i: fit on the rest ─▶ simulate the fitted plan ─▶ compare with session i
 *   ─▶ per fold and overall errors and coverage
 */
export function backtest(scenario: Scenario, data: ViewerData, settings: FitSettings, planFile: string, files: readonly string[], predictions: number): BacktestResult {
  if (data.sessions.length < 2) {
    throw new InputError({ path: '--viewers', message: `backtest needs at least two sessions to leave one out; found ${data.sessions.length}` });
  }
  const minutes = Math.ceil(scenario.session.durationMinutes);
  const metrics: TotalMetric[] = scenario.costs === undefined ? [...BACKTEST_TOTALS] : [...BACKTEST_TOTALS, 'profit'];
  const folds = data.sessions.map((session, held) => {
    const { fitted, record } = fitData(scenario, selectSessions(data, (s) => s !== held), settings, planFile, files);
    const predicted = predictSessions(fitted, settings.seed, predictions, record.estimates);
    const heldOut = selectSessions(data, (s) => s === held);
    const observed = { ...observedSessions(heldOut, minutes, scenario.audience.segments.length)[0], profit: observedProfit(scenario, heldOut) };
    return { session: { file: session.file, replicate: session.replicate, viewers: session.viewers }, totals: metrics.map((metric) => totalCheck(metric, observed[metric], predicted)), curves: BACKTEST_CURVES.map((metric) => curveCheck(metric, observed[metric], predicted)) };
  });
  const overall = metrics.map((metric) => {
    const checks = folds.map((fold) => fold.totals.find((t) => t.metric === metric)!);
    return {
      metric,
      meanAbsoluteRelativeError: checks.some((c) => c.relativeError === null) ? null : checks.reduce((sum, c) => sum + Math.abs(c.relativeError!), 0) / checks.length,
      coverage: checks.filter((c) => c.covered).length / checks.length,
    };
  });
  return { kind: 'backtest', version: liveliftVersion(), folds, overall, predictions, seed: settings.seed, input: { plan: planFile, viewers: [...files] } };
}

/**
 * A past session's profit under the plan's costs (profitOf: promotion budget, commission, per-order
 * cost, host fee, referral rewards). The export does not say who shared, so the shares paid for are
 * taken as referral arrivals ÷ viewersPerShare (each share brings that many friends on average).
 */
function observedProfit(scenario: Scenario, data: ViewerData): number {
  let revenue = 0;
  let orders = 0;
  let referred = 0;
  for (let v = 0; v < data.count; v++) {
    revenue += data.revenue?.[v] ?? 0;
    orders += data.orders?.[v] ?? 0;
    if (SOURCES[data.source[v]] === 'referral') referred++;
  }
  const perShare = scenario.traffic.referral.viewersPerShare;
  const totals = { revenue, orders, referralShares: perShare > 0 ? referred / perShare : 0 } as unknown as SessionTotals;
  return profitOf({ scenario, totals }).profit;
}

function totalCheck(metric: TotalCheck['metric'], observed: number, predicted: PredictedSession[]): TotalCheck {
  const values = predicted.map((session) => session[metric]);
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const interval: [number, number] = [quantile(values, 0.05), quantile(values, 0.95)];
  return { metric, observed, predicted: mean, interval, relativeError: observed === 0 ? null : (mean - observed) / observed, covered: interval[0] <= observed && observed <= interval[1] };
}

function curveCheck(metric: CurveCheck['metric'], observed: Float64Array, predicted: PredictedSession[]): CurveCheck {
  const minutes = observed.length;
  const at = (m: number) => predicted.map((session) => session[metric][m] ?? 0);
  const mean = Array.from({ length: minutes }, (_, m) => at(m).reduce((a, b) => a + b, 0) / predicted.length);
  const low = Array.from({ length: minutes }, (_, m) => quantile(at(m), 0.05));
  const high = Array.from({ length: minutes }, (_, m) => quantile(at(m), 0.95));
  const errors = mean.map((value, m) => Math.abs(value - observed[m]));
  const meanAbsoluteError = errors.reduce((a, b) => a + b, 0) / minutes;
  const observedMean = observed.reduce((a, b) => a + b, 0) / minutes;
  return {
    metric, meanAbsoluteError,
    relativeMeanAbsoluteError: observedMean > 0 ? meanAbsoluteError / observedMean : null,
    minutesCovered: mean.filter((_, m) => low[m] <= observed[m] && observed[m] <= high[m]).length / minutes,
    observed: Array.from(observed), predicted: mean, low, high,
  };
}
