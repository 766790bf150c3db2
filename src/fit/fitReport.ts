import { estimateCells, estimateColumns } from '../format/estimateColumns.js';
import { SOURCES } from '../sim/model/ProfileSampler.js';
import type { Report, ReportTable } from '../report/report.js';
import { timelineChart, type TimelineChartData } from '../report/charts/timelineChart.js';
import type { Scenario } from '../sim/scenario/index.js';
import type { FitRecord } from '../sim/scenario/fitRecord.js';
import { fitResult } from './fitResult.js';
import type { SessionSummary } from './observedSessions.js';
import { quantile, type PredictedSession } from './predictSessions.js';

export interface FitReportInput {
  fitted: Scenario;
  record: FitRecord;
  observed: SessionSummary[];
  /** Observed per-minute orders and revenue (mean over sessions) from --minutes, when given. */
  observedMinutes?: { orders: Float64Array; revenue: Float64Array };
  predicted: PredictedSession[];
  command: string;
}

/**
 * The report of a fit: observed against simulated per-minute viewers, orders and revenue (the
 * fitted plan's 5–95% band over simulated sessions), the estimates table and the fit checks
 * (totals and mean watch time: observed sessions against the simulated distribution).
 * A pure function: the numbers come from the fit and the simulations; nothing is recomputed.
 */
export function buildFitReport(input: FitReportInput): Report {
  const { fitted, record, observed, predicted } = input;
  const minutes = Math.ceil(fitted.session.durationMinutes);
  const series: TimelineChartData['series'][number][] = [];
  const band = (metric: string, values: (session: PredictedSession) => Float64Array) => {
    for (let m = 0; m < minutes; m++) {
      const at = predicted.map((session) => values(session)[m] ?? 0);
      series.push({ minute: m, metric, mean: at.reduce((a, b) => a + b, 0) / at.length, lo: quantile(at, 0.05), hi: quantile(at, 0.95), arm: 'fitted plan (simulated)' });
    }
  };
  const line = (metric: string, values: Float64Array) => values.forEach((mean, minute) => series.push({ minute, metric, mean, arm: 'observed' }));
  band('viewers', (session) => session.minuteViewers);
  line('viewers', meanOver(observed.map((session) => session.minuteViewers)));
  band('orders', (session) => session.minuteOrders);
  band('revenue', (session) => session.minuteRevenue);
  if (input.observedMinutes !== undefined) {
    line('orders', input.observedMinutes.orders);
    line('revenue', input.observedMinutes.revenue);
  }
  const segments = fitted.plan.map((segment) => ({ start: segment.startMinute, end: segment.endMinute, label: segment.title ?? segment.type, type: segment.type, highlight: segment.type === 'pitch' || segment.type === 'flash_sale' }));
  return {
    kind: 'fit',
    title: `Fit of ${record.plan}`,
    summary: [
      `${observed.length} past session(s), ${observed.reduce((sum, session) => sum + session.arrivals, 0)} viewers; ${record.estimates.filter((e) => !e.held).length} coefficients estimated, ${record.estimates.filter((e) => e.held).length} held at the plan's values.`,
      `The fitted plan was simulated ${predicted.length} times (seed ${record.seed}) for the bands and checks.`,
    ],
    warnings: record.estimates.filter((e) => e.held && e.note !== undefined).map((e) => `${e.path} held: ${e.note}`),
    charts: [{ name: 'observed-vs-fitted', title: 'Observed against the fitted plan', caption: 'Per minute: observed sessions (mean) against sessions simulated from the fitted plan (mean and 5–95% band). Orders and revenue are observed only with --minutes.', spec: timelineChart({ series, segments, bandLabel: '5–95% of simulated sessions', currency: fitted.currency }) }],
    tables: [estimatesTable(record), checksTable(observed, predicted, fitted.audience.segments.map((segment) => segment.id))],
    methodology: [
      'Arrivals, watch time and interactions by maximum likelihood (Poisson processes per source, censored survival in the model\'s operational time, Poisson ratio estimators); purchase coefficients by simulated moments with common random numbers. docs/fit.md.',
      'Intervals are 90%: Wald on the log scale for positive quantities, on the natural scale otherwise.',
    ],
    provenance: { version: record.tool, command: input.command, seeds: [record.seed], inputFile: record.plan, input: record.inputs },
    result: fitResult(record),
  };
}

function estimatesTable(record: FitRecord): ReportTable {
  return {
    name: 'estimates',
    title: 'Estimates',
    caption: 'Each coefficient: the plan\'s value, the fitted value and its 90% interval; held coefficients keep the plan\'s value.',
    columns: [
      { key: 'path', label: 'Scenario path', format: 'text' },
      { key: 'prior', label: 'Plan' },
      ...estimateColumns('value', 'Fitted', ['90% low', '90% high']),
      { key: 'method', label: 'Method', format: 'text' },
      { key: 'note', label: 'Note', format: 'text' },
    ],
    rows: record.estimates.map((e) => ({ path: e.path, prior: e.prior ?? null, ...estimateCells('value', e.value, e.interval), method: e.method, note: e.note ?? '' })),
  };
}

function checksTable(observed: SessionSummary[], predicted: PredictedSession[], segmentIds: string[]): ReportTable {
  const metrics = [
    ['arrivals', 'Arrivals'], ['orders', 'Orders'], ['revenue', 'Revenue'], ['meanWatchSeconds', 'Mean watch time (s)'],
  ] as const;
  return {
    name: 'checks',
    title: 'Fit checks',
    caption: 'Observed mean over sessions against the simulated sessions\' mean and 5–95% range: totals, then conversion and watch time by audience segment, conversion by traffic source, then the time from arrival to first purchase (with a first_purchase_s column).',
    columns: [
      { key: 'metric', label: 'Metric', format: 'text' },
      { key: 'observed', label: 'Observed (mean)' },
      ...estimateColumns('simulated', 'Simulated (mean)', ['Simulated 5%', 'Simulated 95%']),
    ],
    rows: [
      ...metrics.map(([key, label]) => row(label, observed.map((session) => session[key]), predicted.map((session) => session[key]))),
      ...segmentIds.flatMap((id, s) => [
        row(`Conversion, ${id}`, observed.map((session) => session.segmentConversion[s]), predicted.map((session) => session.segmentConversion[s])),
        row(`Mean watch time (s), ${id}`, observed.map((session) => session.segmentWatchSeconds[s]), predicted.map((session) => session.segmentWatchSeconds[s])),
      ]),
      // Sources the sessions had, as the export names them.
      ...SOURCES.flatMap((source, s) =>
        observed.some((session) => session.sourceArrivals[s] > 0)
          ? [row(`Conversion, ${source} arrivals`, finite(observed.map((session) => session.sourceConversion[s])), finite(predicted.map((session) => session.sourceConversion[s])))]
          : [],
      ),
      // Needs the export's first_purchase_s column.
      ...(observed.some((session) => Number.isFinite(session.meanSecondsToFirstPurchase))
        ? [row('Time to first purchase (s), buyers', finite(observed.map((session) => session.meanSecondsToFirstPurchase)), finite(predicted.map((session) => session.meanSecondsToFirstPurchase)))]
        : []),
    ],
  };
}

function row(metric: string, observed: number[], simulated: number[]) {
  return { metric, observed: mean(observed), ...estimateCells('simulated', mean(simulated), [quantile(simulated, 0.05), quantile(simulated, 0.95)]) };
}

function finite(values: number[]): number[] {
  return values.filter((value) => Number.isFinite(value));
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
}

function meanOver(arrays: Float64Array[]): Float64Array {
  const out = new Float64Array(arrays[0]?.length ?? 0);
  for (const values of arrays) for (let i = 0; i < out.length; i++) out[i] += values[i] / arrays.length;
  return out;
}
