import type { TopLevelSpec } from 'vega-lite';
import { formatCount } from '../../format/formatNumber.js';
import { formatPercent } from '../../format/formatPercent.js';
import { PANEL, categoryScale, specHeader } from '../theme.js';

/** Counts of units reaching each funnel step, per arm, in funnel order. */
export interface FunnelChartData {
  readonly arms: readonly {
    readonly name: string;
    readonly steps: readonly { readonly step: string; readonly count: number }[];
  }[];
  /** What a unit is, for the axis label (default "viewers"). */
  readonly unit?: string;
}

/** One bar of the funnel, with its rate from the previous step and from the top. */
export interface FunnelRow {
  readonly arm: string;
  readonly step: string;
  readonly order: number;
  readonly count: number;
  /** count / previous step's count (1 for the first step; null when the previous step is 0). */
  readonly stepRate: number | null;
  /** count / first step's count (null when the first step is 0). */
  readonly overallRate: number | null;
  readonly label: string;
}

/** Step rates of one arm: each step's count over the step before it. */
export function funnelRows(data: FunnelChartData): FunnelRow[] {
  return data.arms.flatMap((arm) =>
    arm.steps.map((step, order) => {
      const previous = order === 0 ? step.count : arm.steps[order - 1].count;
      const first = arm.steps[0].count;
      const stepRate = previous > 0 ? step.count / previous : null;
      const overallRate = first > 0 ? step.count / first : null;
      return {
        arm: arm.name,
        step: step.step,
        order,
        count: step.count,
        stepRate,
        overallRate,
        label: order === 0 || stepRate === null ? formatCount(step.count) : `${formatCount(step.count)} (${formatPercent(stepRate, 1)})`,
      };
    }),
  );
}

/**
 * Funnel per arm: horizontal bars of the units that reach each step (arrived, engaged, saw link,
 * clicked, bought), grouped by arm, each labelled with its count and its rate from the step above.
 */
export function funnelChart(data: FunnelChartData): TopLevelSpec {
  const arms = data.arms.map((arm) => arm.name);
  const steps = data.arms[0]?.steps.map((step) => step.step) ?? [];
  const unit = data.unit ?? 'viewers';
  const y = { field: 'step', type: 'nominal' as const, sort: steps, title: 'Funnel step' };
  // Leave room right of the longest bar for its label.
  const longest = Math.max(1, ...data.arms.flatMap((arm) => arm.steps.map((step) => step.count)));
  return {
    ...specHeader('Funnel per arm', `Bars: ${unit} reaching each step; labels: count (rate from the step above)`),
    width: PANEL.width,
    data: { values: funnelRows(data) },
    encoding: {
      y,
      yOffset: { field: 'arm', type: 'nominal', sort: arms },
      x: { field: 'count', type: 'quantitative', title: `Units reaching the step (${unit})`, scale: { domain: [0, longest * 1.2], nice: false } },
      color: { field: 'arm', type: 'nominal', title: 'Arm', scale: categoryScale(arms), legend: arms.length > 1 ? { orient: 'top' } : null },
    },
    layer: [
      { mark: { type: 'bar', tooltip: true } },
      { mark: { type: 'text', align: 'left', dx: 4, fontSize: 10 }, encoding: { text: { field: 'label' }, color: { value: '#222222' } } },
    ],
    height: { step: Math.max(10, 28 / Math.max(1, arms.length)) },
  };
}
