import type { TimelineRowData } from '../../results/simulationResult.js';

/** One minute of a run: the schema's type (src/results/simulationResult.ts TimelineRowSchema, every field described there). */
export type TimelineRow = TimelineRowData;

/**
 * Per-minute counters of a run in preallocated typed arrays (one per series). Concurrency is
 * integrated exactly: every change in the number of viewers closes a rectangle of area
 * viewers × seconds, split across the minutes it spans.
 */
export class MinuteSeries {
  readonly minutes: number;
  readonly arrivals: Float64Array;
  readonly departures: Float64Array;
  readonly viewerSeconds: Float64Array;
  readonly peakViewers: Float64Array;
  readonly chats: Float64Array;
  readonly interactions: Float64Array;
  readonly linkViews: Float64Array;
  readonly clicks: Float64Array;
  readonly orders: Float64Array;
  readonly revenue: Float64Array;
  // Doubles from the start (NaN, then 0 in the constructor): see SessionTotals.revenue.
  private lastChange = Number.NaN;
  private viewers = 0;
  /** ∫ viewers dt over the session so far (viewer-seconds). */
  totalViewerSeconds = Number.NaN;

  constructor(minutes: number) {
    this.minutes = minutes;
    this.lastChange = 0;
    this.totalViewerSeconds = 0;
    const make = () => new Float64Array(minutes);
    this.arrivals = make();
    this.departures = make();
    this.viewerSeconds = make();
    this.peakViewers = make();
    this.chats = make();
    this.interactions = make();
    this.linkViews = make();
    this.clicks = make();
    this.orders = make();
    this.revenue = make();
  }

  /** Minute index of time t in seconds (the last minute also takes t = T). */
  minuteOf(t: number): number {
    const minute = (t / 60) | 0;
    return minute < this.minutes ? minute : this.minutes - 1;
  }

  /** Record that the number of viewers becomes `viewers` at time t (t never decreases). */
  viewersChanged(t: number, viewers: number): void {
    this.accumulate(t);
    this.viewers = viewers;
    const minute = this.minuteOf(t);
    if (viewers > this.peakViewers[minute]) this.peakViewers[minute] = viewers;
  }

  /** Close the concurrency integral at the end of the session, time T. */
  close(T: number): void {
    this.accumulate(T);
  }

  private accumulate(t: number): void {
    const from = this.lastChange;
    if (t <= from) return;
    // Fast path: the change is in the same minute as the previous one.
    if (((t / 60) | 0) === ((from / 60) | 0) && t < this.minutes * 60) {
      const area = this.viewers * (t - from);
      this.totalViewerSeconds += area;
      this.viewerSeconds[(from / 60) | 0] += area;
      this.lastChange = t;
      return;
    }
    const area = this.viewers * (t - from);
    this.totalViewerSeconds += area;
    let minute = this.minuteOf(from);
    const last = this.minuteOf(t);
    if (minute === last) {
      this.viewerSeconds[minute] += area;
    } else {
      let start = from;
      for (; minute <= last; minute++) {
        const end = minute === last ? t : (minute + 1) * 60;
        this.viewerSeconds[minute] += this.viewers * (end - start);
        if (minute > this.minuteOf(from)) this.peakViewers[minute] = Math.max(this.peakViewers[minute], this.viewers);
        start = end;
      }
    }
    this.lastChange = t;
  }

  /** The timeline as rows; `durationSeconds` sizes the last (possibly partial) minute. */
  rows(durationSeconds: number): TimelineRow[] {
    const rows: TimelineRow[] = [];
    for (let m = 0; m < this.minutes; m++) {
      const length = Math.min(60, durationSeconds - m * 60);
      rows.push({
        minute: m,
        arrivals: this.arrivals[m],
        departures: this.departures[m],
        concurrentViewers: length > 0 ? this.viewerSeconds[m] / length : 0,
        peakViewers: this.peakViewers[m],
        chats: this.chats[m],
        interactions: this.interactions[m],
        linkViews: this.linkViews[m],
        clicks: this.clicks[m],
        orders: this.orders[m],
        revenue: this.revenue[m],
      });
    }
    return rows;
  }
}
