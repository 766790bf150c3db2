import { formatCount, formatNumber } from '../../format/formatNumber.js';
import { formatPercent } from '../../format/formatPercent.js';
import type { SimulationResultData } from '../../results/index.js';

/** Plain-language summary of a simulation: audience, conversion, revenue, and their spread. */
export function simulationSummary(result: SimulationResultData): string[] {
  const { summary, scenario } = result;
  const currency = scenario.currency ?? '';
  const value = (name: string) => summary[name]?.mean ?? null;
  const range = (name: string, show: (x: number) => string) => {
    const [lo, hi] = summary[name]?.ci ?? [null, null];
    return lo === null || hi === null ? '' : ` (95% of sessions between ${show(lo)} and ${show(hi)})`;
  };
  const money = (x: number) => `${formatCount(Math.round(x))} ${currency}`.trim();
  const lines = [
    `${formatCount(result.replicates)} simulated sessions of "${scenario.name}" (seed ${result.seed}).`,
    value('arrived') !== null ? `On average ${formatCount(Math.round(value('arrived') ?? 0))} viewers arrived${range('arrived', (x) => formatCount(Math.round(x)))} and ${formatCount(Math.round(value('bought') ?? 0))} bought.` : '',
    value('conversionRate') !== null ? `Conversion from arrival to purchase: ${formatPercent(value('conversionRate') ?? 0, 2)}${range('conversionRate', (x) => formatPercent(x, 2))}.` : '',
    value('revenue') !== null ? `Revenue per session: ${money(value('revenue') ?? 0)}${range('revenue', money)}.` : '',
    value('peakConcurrentViewers') !== null ? `Peak concurrent viewers: ${formatNumber(value('peakConcurrentViewers') ?? 0, 3)} on average.` : '',
  ];
  return lines.filter((line) => line !== '');
}

/** How the numbers were made: the simulator, the seeds, the intervals. */
export function simulationMethodology(result: SimulationResultData): string[] {
  return [
    'Each replicate is one live session simulated by a seeded discrete-event model: viewers arrive, watch, interact, see the purchase link and decide, following the scenario (docs/model.md).',
    `Replicate i uses random streams derived from (seed ${result.seed}, replicate i, stream name), so any replicate can be re-run alone and the same seed gives the same bytes.`,
    `Intervals: ${result.interval ?? '95% percentile interval of replicate outcomes'}.`,
    'Timeline bands: 5th to 95th percentile of the replicates at each minute (linear interpolation, Hyndman–Fan type 7).',
  ];
}
