import { replicateBand } from '../../report/adapters/replicateBand.js';
import { simulationTimeline } from '../../report/adapters/simulate.js';
import type { TimelineChartData } from '../../report/charts/timelineChart.js';
import type { RunResult } from '../../sim/model/RunResult.js';
import type { Scenario } from '../../sim/scenario/scenarioSchema.js';

/** The funnel steps per minute, as the timeline rows count them, with the chart's panel titles. */
const STEPS = [
  ['arrivals', 'Arrivals (per min)'],
  ['interactions', 'Interactions (per min)'],
  ['linkViews', 'Saw the link or an offer (per min)'],
  ['clicks', 'Clicks (per min)'],
  ['orders', 'Orders (per min)'],
] as const;

type Step = (typeof STEPS)[number][0];

/** One plan segment's pace on each funnel step, against the whole session's. */
export interface SegmentFunnelRow {
  segment: string;
  type: string;
  minutes: number;
  /** Mean per minute during the segment, over replicates. */
  perMinute: Record<Step, number>;
  /** perMinute ÷ the session's mean per minute (1 = the session's average pace). */
  index: Record<Step, number>;
  /** Clicks per decision moment, and orders per click, during the segment. */
  clickThrough: number;
  orderPerClick: number;
}

/**
 * Funnel dynamics: each funnel step per minute (mean and 90% replicate band over the runs) on the
 * report's timeline chart with the plan's segments, and a table of how fast each step runs inside
 * each segment against the session as a whole, so a teacher can point at "the flash sale triples
 * clicks per minute but not arrivals".
 */
export function funnelDynamics(scenario: Scenario, runs: readonly RunResult[]): { chart: TimelineChartData; segments: SegmentFunnelRow[] } {
  const minutes = Math.max(0, ...runs.map((run) => run.timeline.length));
  const series = Array.from({ length: minutes }, (_, minute) => minute).flatMap((minute) =>
    STEPS.map(([step, title]) => ({ minute, metric: title, ...replicateBand(runs.flatMap((run) => (run.timeline[minute] ? [run.timeline[minute][step]] : []))) })),
  );
  const pace = (from: number, to: number): Record<Step, number> => {
    const rows = runs.flatMap((run) => run.timeline.filter((row) => row.minute >= from && row.minute < to));
    const span = Math.max(1, rows.length);
    return Object.fromEntries(STEPS.map(([step]) => [step, rows.reduce((total, row) => total + row[step], 0) / span])) as Record<Step, number>;
  };
  const session = pace(0, minutes);
  const segments = (scenario.plan ?? []).map((segment) => {
    const perMinute = pace(Math.floor(segment.startMinute), Math.ceil(segment.endMinute));
    return {
      segment: segment.title ?? segment.type,
      type: segment.type,
      minutes: segment.endMinute - segment.startMinute,
      perMinute,
      index: Object.fromEntries(STEPS.map(([step]) => [step, session[step] > 0 ? perMinute[step] / session[step] : NaN])) as Record<Step, number>,
      clickThrough: perMinute.linkViews > 0 ? perMinute.clicks / perMinute.linkViews : NaN,
      orderPerClick: perMinute.clicks > 0 ? perMinute.orders / perMinute.clicks : NaN,
    };
  });
  // The report's own segment bands (labels, highlighted decision moments): simulationTimeline with no runs.
  const chart: TimelineChartData = { ...simulationTimeline([], scenario.plan ?? [], scenario.currency), series };
  return { chart, segments };
}
