import { isObject } from '../../io/isObject.js';
import type { PlanSegment } from '../scenario/index.js';

/**
 * Back-to-back plan segments of the same type and settings (everything but title and times) form
 * one **run**: the host simply keeps going. Whatever happens once per segment happens once per
 * run: a flash sale's stock and countdown belong to the run (the countdown runs to the run's end),
 * and a giveaway hands out coupons at the run's start. So cutting a segment into back-to-back
 * pieces of the same type and settings changes nothing (docs/model.md § Pieces).
 *
 * Returns, for each plan segment, the index of the first segment of its run and the run's end (minutes).
 */
export function segmentRuns(plan: readonly PlanSegment[]): { head: number[]; endMinute: number[] } {
  const order = plan.map((_, index) => index).sort((a, b) => plan[a].startMinute - plan[b].startMinute);
  const head = plan.map((_, index) => index);
  for (let k = 1; k < order.length; k++) {
    const previous = plan[order[k - 1]];
    const segment = plan[order[k]];
    if (previous.endMinute === segment.startMinute && settings(previous) === settings(segment)) head[order[k]] = head[order[k - 1]];
  }
  const endMinute = plan.map((segment) => segment.endMinute);
  for (const index of order) endMinute[head[index]] = Math.max(endMinute[head[index]], plan[index].endMinute);
  return { head, endMinute: head.map((first) => endMinute[first]) };
}

/** A segment's settings, without its title and times, in a canonical form (sorted keys). */
function settings(segment: PlanSegment): string {
  const { title: _title, startMinute: _start, endMinute: _end, ...rest } = segment;
  return JSON.stringify(rest, (_key, value: unknown) =>
    isObject(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)))
      : value,
  );
}
