import type { RunResult } from '../model/index.js';

/**
 * Behaviour figures of a run set beside the public ranges they should fall in (issue 12 part 7;
 * docs/model.md § Face validity, "Shipped plans against public ranges"). Each range names its
 * source, or says it is an assumption; the sources' addresses are listed in docs/model.md.
 */
export interface BehaviourRange {
  id: string;
  label: string;
  low: number;
  high: number;
  source: string;
  /** The figure of one run. */
  value: (run: RunResult) => number;
}

const minutesOf = (run: RunResult) => run.timeline.length;

export const BEHAVIOUR_RANGES: readonly BehaviourRange[] = [
  {
    id: 'chatsPerViewerMinute',
    label: 'chats per viewer per minute (session average)',
    low: 0.02,
    high: 0.15,
    source: 'calcbee chat-engagement benchmarks: 0.04 moderate, 0.08 healthy, 0.15+ very active; below 0.04 low',
    value: (run) => run.interactions.chats / (run.meanConcurrentViewers * minutesOf(run)),
  },
  {
    id: 'peakChatsPerViewerMinute',
    label: 'chats per viewer per minute (busiest minute)',
    low: 0.02,
    high: 0.3,
    source: 'calcbee (as above); twice "very active" allowed for the busiest minute (assumption)',
    value: (run) => Math.max(...run.timeline.map((row) => (row.concurrentViewers > 0 ? row.chats / row.concurrentViewers : 0))),
  },
  {
    id: 'meanWatchMinutes',
    label: 'mean watch time (minutes)',
    low: 0.75,
    high: 30,
    source: 'nmg-ql.com: Douyin new rooms 45 s, good rooms 1.5 min+; quickmarketpitch: 15–30 min for live shopping events',
    value: (run) => run.meanWatchSeconds / 60,
  },
  {
    id: 'conversion',
    label: 'buyers per arrived viewer',
    low: 0.005,
    high: 0.1,
    source: 'buywith: e-commerce ~3% (Shopify); economymiddleeast: live commerce up to 30% higher; 0.5–10% is an assumption around these',
    value: (run) => run.rates.bought,
  },
  {
    id: 'engagedShare',
    label: 'engaged share (acted or saw the link)',
    low: 0.2,
    high: 0.85,
    source: 'assumption: most viewers who stay a few minutes see the link, the bounce mass does not',
    value: (run) => run.rates.engaged,
  },
  {
    id: 'followRate',
    label: 'new followers per arrived viewer',
    low: 0.005,
    high: 0.08,
    source: 'assumption: 520zimeiti defines 转粉率 = new followers / viewers but gives no figure',
    value: (run) => run.retention.newFollowers / run.funnel.arrived,
  },
  {
    id: 'clickToBuy',
    label: 'buyers per viewer who clicked the product card',
    low: 0.05,
    high: 0.35,
    source: 'assumption: above e-commerce session conversion (~3%, buywith), well below the 40% the old defaults gave',
    value: (run) => (run.funnel.clicked > 0 ? run.funnel.bought / run.funnel.clicked : 0),
  },
];

/** Mean of each figure over runs, with whether it lies inside its range. */
export function behaviourFigures(runs: readonly RunResult[]): { range: BehaviourRange; mean: number; inside: boolean }[] {
  return BEHAVIOUR_RANGES.map((range) => {
    const mean = runs.reduce((sum, run) => sum + range.value(run), 0) / runs.length;
    return { range, mean, inside: mean >= range.low && mean <= range.high };
  });
}
