import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseScenario, type Scenario } from '../sim/scenario/index.js';
import type { FitEstimate, FitRecord } from '../sim/scenario/fitRecord.js';
import { liveliftVersion } from '../io/liveliftVersion.js';
import type { ColumnMap } from './columnMap.js';
import { checkMinutes } from './checkMinutes.js';
import { computeExposure } from './Exposure.js';
import { DEFAULT_FIT_SETTINGS, type FitContext, type FitSettings } from './FitContext.js';
import { ESTIMATORS } from './estimators.js';
import { readViewers } from './readViewers.js';
import { nextSessionInterval } from './sessionSpread.js';
import { setPath } from './setPath.js';
import type { ViewerData } from './ViewerData.js';

export interface FitPlanInput {
  /** The plan as loaded (defaults filled in) and its file name. */
  scenario: Scenario;
  planFile: string;
  /** Per-viewer files. */
  viewers: readonly string[];
  columns?: ColumnMap;
  settings?: Partial<FitSettings>;
  /** Per-minute files of the same sessions, checked against the viewers before anything is fitted ({@link checkMinutes}). */
  minutes?: readonly string[];
}

export interface FitOutcome {
  /** A complete scenario with the estimates written in and a `fit` block. */
  fitted: Scenario;
  record: FitRecord;
  data: ViewerData;
}

/**
 * Fit a plan to past sessions:
 *
 *   read viewers (InputError on bad rows) ─▶ exposure per viewer and plan piece
 *   ─▶ for each ESTIMATORS entry: estimate ─▶ write into the plan ─▶ validate
 *   ─▶ fitted scenario + fit record (checksums, estimates, what was held)
 */
export function fitPlan(input: FitPlanInput): FitOutcome {
  const settings = { ...DEFAULT_FIT_SETTINGS, seed: input.scenario.seed, ...input.settings };
  const data = readViewers(input.viewers, input.scenario, input.columns);
  if (input.minutes !== undefined) checkMinutes(input.minutes, data, Math.ceil(input.scenario.session.durationMinutes));
  return fitData(input.scenario, data, settings, input.planFile, input.viewers);
}

/** The estimation steps of {@link fitPlan} on data already read (backtest folds reuse it). */
export function fitData(scenario: Scenario, data: ViewerData, settings: FitSettings, planFile: string, files: readonly string[]): FitOutcome {
  const context: FitContext = { scenario, data, exposure: computeExposure(scenario, data), settings };
  const estimates: FitEstimate[] = [];
  for (const estimator of ESTIMATORS) {
    const output = estimator.estimate(context);
    const json = structuredClone(context.scenario) as unknown as Record<string, unknown>;
    delete json.fit;
    for (const [path, block] of Object.entries(output.replace ?? {})) setPath(json, path, block);
    for (const estimate of output.estimates) if (!estimate.held) setPath(json, estimate.path, estimate.value);
    context.scenario = parseScenario(json, planFile);
    // A later stage's estimate of a path supersedes an earlier one (the recommendation stage refits the organic steps).
    const superseded = new Set(output.estimates.map((estimate) => estimate.path));
    for (let i = estimates.length - 1; i >= 0; i--) if (superseded.has(estimates[i].path)) estimates.splice(i, 1);
    estimates.push(...output.estimates);
  }
  const record: FitRecord = {
    tool: `livelift ${liveliftVersion()}`,
    plan: planFile,
    inputs: files.map((file) => ({
      file,
      sha256: createHash('sha256').update(readFileSync(file)).digest('hex'),
      sessions: data.sessions.filter((session) => session.file === file).length,
      viewers: data.sessions.filter((session) => session.file === file).reduce((sum, session) => sum + session.viewers, 0),
    })),
    seed: settings.seed,
    estimates,
    ...(data.sessions.length >= 2 ? { sessions: sessionTotals(data) } : {}),
  };
  const fitted = parseScenario({ ...(context.scenario as object), fit: record }, planFile);
  return { fitted, record, data };
}

/**
 * Across sessions: the standard deviation of arrivals, orders and revenue, and where the next
 * session's total may land from the sessions' totals alone (`…NextLow`, `…NextHigh`: the 90%
 * prediction interval of {@link nextSessionInterval}, when every total is positive).
 */
function sessionTotals(data: ViewerData): Record<string, number> {
  const S = data.sessions.length;
  const totals = { arrivals: new Float64Array(S), orders: new Float64Array(S), revenue: new Float64Array(S) };
  for (let v = 0; v < data.count; v++) {
    const s = data.session[v];
    totals.arrivals[s]++;
    totals.orders[s] += data.orders?.[v] ?? 0;
    totals.revenue[s] += data.revenue?.[v] ?? 0;
  }
  const sd = (values: Float64Array) => {
    const mean = values.reduce((a, b) => a + b, 0) / S;
    return Math.sqrt(values.reduce((sum, x) => sum + (x - mean) ** 2, 0) / (S - 1));
  };
  const out: Record<string, number> = { count: S, arrivalsSd: sd(totals.arrivals), ordersSd: sd(totals.orders), revenueSd: sd(totals.revenue) };
  for (const [name, values] of Object.entries(totals)) {
    const next = nextSessionInterval(values);
    if (next !== null) [out[`${name}NextLow`], out[`${name}NextHigh`]] = next;
  }
  return out;
}
