import { median } from 'simple-statistics';
import { Environment, type EventHandler } from '../sim/kernel/index.js';
import type { PoissonProcessTimes, Rng } from '../sim/random/index.js';
import { REFERENCE_SECONDS, referenceDraws } from './referenceDraws.js';
import { answerAsChild, runInChild } from './childProcess.js';
import type { BenchRow, BenchSection } from './BenchSection.js';

/**
 * The reference workload of /work/shared/bench/REFERENCE-MODEL.md written directly against the
 * kernel and the samplers (no scenario, no model layer), for comparison with the hand-written
 * loops measured there. Events are counted as the reference counts them: arrival candidates +
 * chats + natural departures + purchases + 3 host events.
 *
 * Each measurement runs in a fresh child process, so that `resourceUsage().maxRSS` (the peak
 * resident set of that process, Node and the loaded modules included: the row "memory before the
 * run" shows that part) belongs to that run alone, and the JIT starts cold as in a CLI run.
 */
export interface WorkloadResult {
  rateMultiplier: number;
  candidates: number;
  arrivals: number;
  chats: number;
  departures: number;
  decisions: number;
  purchases: number;
  revenue: number;
  peakViewers: number;
  events: number;
  kernelEvents: number;
  wallSeconds: number;
  cpuSeconds: number;
  peakRssBytes: number;
  /** Event slots the kernel allocated (its storage doubles when full). */
  kernelCapacity: number;
  /** Resident set just before the run (Node plus the modules loaded). */
  baselineRssBytes: number;
}

const T = REFERENCE_SECONDS;
const PRICE = 99;

class Room {
  candidates = 0; arrivals = 0; chats = 0; departures = 0; decisions = 0; purchases = 0; revenue = 0;
  count = 0;
  peakViewers = 0;
  flashSale = false;
  interest: Float64Array = new Float64Array(1024);
  chatEvent: Float64Array = new Float64Array(1024);
  departureEvent: Float64Array = new Float64Array(1024);
  present = Int32Array.from({ length: 1024 }, (_, slot) => slot);
  positionOf = Int32Array.from({ length: 1024 }, (_, slot) => slot);
  readonly arrivalTimes: PoissonProcessTimes;
  readonly drawInterest: () => number;
  readonly drawWatch: () => number;
  readonly drawChatGap: () => number;
  readonly decisionRng: Rng;

  constructor(seed: number, rateMultiplier: number) {
    const draws = referenceDraws(seed, rateMultiplier);
    this.arrivalTimes = draws.arrivalTimes;
    this.drawInterest = draws.interest;
    this.drawWatch = draws.watch;
    this.drawChatGap = draws.chatGap;
    this.decisionRng = draws.decision;
  }

  /**
   * `present` is a permutation of all viewer slots: the first `count` are in the room, the rest
   * are free, and `positionOf` inverts it. Admitting takes the first free slot; leaving swaps the
   * viewer with the last one present. Both O(1), no allocation.
   */
  admit(): number {
    if (this.count === this.present.length) this.grow();
    const viewer = this.present[this.count++];
    if (this.count > this.peakViewers) this.peakViewers = this.count;
    return viewer;
  }

  remove(viewer: number): void {
    const position = this.positionOf[viewer];
    const last = this.present[--this.count];
    this.present[position] = last;
    this.positionOf[last] = position;
    this.present[this.count] = viewer;
    this.positionOf[viewer] = this.count;
  }

  private grow(): void {
    const size = this.present.length * 2;
    const grown = (from: Float64Array): Float64Array => {
      const to = new Float64Array(size);
      to.set(from);
      return to;
    };
    this.interest = grown(this.interest);
    this.chatEvent = grown(this.chatEvent);
    this.departureEvent = grown(this.departureEvent);
    const present = new Int32Array(size);
    const positionOf = new Int32Array(size);
    present.set(this.present);
    positionOf.set(this.positionOf);
    for (let slot = this.present.length; slot < size; slot++) {
      present[slot] = slot;
      positionOf[slot] = slot;
    }
    this.present = present;
    this.positionOf = positionOf;
  }
}

let room: Room;

function onArrival(env: Environment): void {
  const r = room;
  r.arrivals++;
  const viewer = r.admit();
  r.interest[viewer] = r.drawInterest();
  r.departureEvent[viewer] = env.schedule(r.drawWatch(), onDeparture, viewer);
  r.chatEvent[viewer] = env.schedule(r.drawChatGap(), onChat, viewer);
  if (r.flashSale) decide(env, viewer, 1);
  const next = r.arrivalTimes.next();
  if (next !== Infinity) env.at(next, onArrival);
}

function onChat(env: Environment, viewer: number): void {
  room.chats++;
  room.chatEvent[viewer] = env.schedule(room.drawChatGap(), onChat, viewer);
}

function onDeparture(env: Environment, viewer: number): void {
  room.departures++;
  env.cancel(room.chatEvent[viewer]);
  room.remove(viewer);
}

/** P(buy) = logistic(−3 + 1.5·interest + ad); a purchase ends the stay. */
function decide(env: Environment, viewer: number, ad: number): void {
  const r = room;
  r.decisions++;
  const p = 1 / (1 + Math.exp(3 - 1.5 * r.interest[viewer] - ad));
  if (r.decisionRng() >= p) return;
  r.purchases++;
  r.revenue += PRICE;
  env.cancel(r.chatEvent[viewer]);
  env.cancel(r.departureEvent[viewer]);
  r.remove(viewer);
}

/** Every viewer present decides once; walking backwards keeps swap-removal from skipping anyone. */
function everyoneDecides(env: Environment, ad: number): void {
  for (let position = room.count - 1; position >= 0; position--) decide(env, room.present[position], ad);
}

const onPin: EventHandler = (env) => everyoneDecides(env, 0.5);
const onFlashStart: EventHandler = (env) => {
  room.flashSale = true;
  everyoneDecides(env, 1);
};
const onFlashEnd: EventHandler = () => {
  room.flashSale = false;
};

/** Run one replicate of the reference session in this process. */
export function runReferenceWorkload(seed: number, rateMultiplier: number): WorkloadResult {
  const baselineRssBytes = process.memoryUsage.rss();
  room = new Room(seed, rateMultiplier);
  const env = new Environment({ initialCapacity: 4096 });
  const cpuStart = process.cpuUsage();
  const wallStart = process.hrtime.bigint();
  env.at(600, onPin);
  env.at(1800, onFlashStart);
  env.at(2100, onFlashEnd);
  const first = room.arrivalTimes.next();
  if (first !== Infinity) env.at(first, onArrival);
  env.run({ until: T });
  const wallSeconds = Number(process.hrtime.bigint() - wallStart) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  const r = room;
  return {
    rateMultiplier, candidates: r.arrivalTimes.candidates, arrivals: r.arrivals, chats: r.chats,
    departures: r.departures, decisions: r.decisions, purchases: r.purchases, revenue: r.revenue,
    peakViewers: r.peakViewers, events: r.arrivalTimes.candidates + r.chats + r.departures + r.purchases + 3,
    kernelEvents: env.eventsProcessed, wallSeconds, cpuSeconds: (cpu.user + cpu.system) / 1e6,
    peakRssBytes: process.resourceUsage().maxRSS * 1024, baselineRssBytes, kernelCapacity: env.capacity,
  };
}

/** Run one replicate in a fresh Node process (this file, compiled, with `child SEED MULTIPLIER`). */
export function measureInChildProcess(seed: number, rateMultiplier: number): Promise<WorkloadResult> {
  return runInChild(import.meta.url, ['child', String(seed), String(rateMultiplier)]);
}

function rowsFor(label: string, runs: WorkloadResult[]): BenchRow[] {
  const note = `median of ${runs.length} fresh process(es), one core, measured under shared load on a 2-core machine`;
  const first = runs[0];
  const rows: BenchRow[] = [
    { benchmark: label, metric: 'events per second', value: median(runs.map((r) => r.events / r.wallSeconds)), unit: 'events/s', note: `wall clock; ${note}` },
    { benchmark: label, metric: 'events per CPU second', value: median(runs.map((r) => r.events / r.cpuSeconds)), unit: 'events/s', note: 'events / (user + system CPU time of the run): less sensitive to other load' },
    { benchmark: label, metric: 'peak memory', value: median(runs.map((r) => r.peakRssBytes)) / 2 ** 20, unit: 'MiB', note: 'resourceUsage().maxRSS of the child process, Node and modules included' },
    { benchmark: label, metric: 'memory before the run', value: median(runs.map((r) => r.baselineRssBytes)) / 2 ** 20, unit: 'MiB', note: 'process.memoryUsage.rss() of the child process just before the run' },
    { benchmark: label, metric: 'kernel event slots', value: first.kernelCapacity, unit: 'slots', note: 'Environment.capacity at the end (48 bytes each)' },
    { benchmark: label, metric: 'events', value: first.events, unit: 'events', note: 'candidates + chats + departures + purchases + 3 (seed 1)' },
    { benchmark: label, metric: 'arrivals', value: first.arrivals, unit: 'viewers' },
    { benchmark: label, metric: 'chats', value: first.chats, unit: 'events' },
    { benchmark: label, metric: 'natural departures', value: first.departures, unit: 'events' },
    { benchmark: label, metric: 'purchases', value: first.purchases, unit: 'purchases' },
    { benchmark: label, metric: 'revenue', value: first.revenue, unit: 'currency' },
    { benchmark: label, metric: 'peak concurrent viewers', value: first.peakViewers, unit: 'viewers' },
  ];
  return rows;
}

/** Bench section: the reference workload at 1× and 10× arrival rate. */
export const kernelSection: BenchSection = {
  name: 'kernel',
  async run({ quick }) {
    const oneTimes: WorkloadResult[] = [];
    for (let run = 0; run < (quick ? 1 : 3); run++) oneTimes.push(await measureInChildProcess(1, 1));
    const rows = rowsFor('reference workload 1× (kernel only)', oneTimes);
    if (!quick) rows.push(...rowsFor('reference workload 10× (kernel only)', [await measureInChildProcess(1, 10)]));
    return rows;
  },
};

// Child-process entry: `node dist/bench/kernel.js child SEED MULTIPLIER` prints one JSON result.
answerAsChild(import.meta.url, { child: ([seed, multiplier]) => runReferenceWorkload(Number(seed), Number(multiplier)) });
