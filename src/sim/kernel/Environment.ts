import { EventQueue, type EventId } from './EventQueue.js';

/**
 * What runs when an event fires: `handler(env, target)`. Hot paths pass a module-level function
 * and an integer `target` (say, a viewer slot) so scheduling allocates nothing; readable
 * processes use {@link Environment.process} with a generator instead.
 */
export type EventHandler = (env: Environment, target: number) => void;

/** Options of {@link Environment}. */
export interface EnvironmentOptions {
  /** Simulated time at the start (default 0). */
  initialTime?: number;
  /** Pending events to allocate room for up front (default 1024; storage doubles when full). */
  initialCapacity?: number;
}

/**
 * A discrete-event environment in the spirit of SimPy's, built for speed. It knows nothing about
 * live streams: it keeps a clock and a queue of (time, priority, handler, target) events, and
 * runs them in order of time, then priority (smaller first), then scheduling order (FIFO).
 *
 * Two ways to describe behaviour:
 * - callbacks, `schedule(delay, handler, target)`, for hot paths: a module-level handler and an
 *   integer target allocate nothing per event;
 * - generator processes, `process(function* () { … yield delay; … }())`, for readable scripts
 *   such as a host's plan, where a few allocations per step do not matter.
 *
 * A handler that throws stops `run()` and the error propagates: events never fail silently.
 * See docs/kernel.md.
 */
export class Environment {
  // Initialised here with a non-integer number (the constructor sets the real start): a class
  // field declared without an initialiser starts as `undefined` and V8 keeps it tagged, so every
  // store of a non-integer time would allocate a heap number; one initialised with a small
  // integer gets an integer representation that the first fractional time generalises, which
  // deprecates the object's map and deoptimises code compiled against it.
  private time = Number.NaN;
  private processed = 0;
  private running = false;
  private readonly queue: EventQueue<EventHandler>;
  private readonly processes: (Generator<number, void, unknown> | undefined)[] = [];
  private readonly freeProcesses: number[] = [];

  constructor(options: EnvironmentOptions = {}) {
    const initialTime = options.initialTime ?? 0;
    if (!Number.isFinite(initialTime)) throw new RangeError(`Environment: initialTime must be finite, got ${initialTime}`);
    this.time = initialTime;
    this.queue = new EventQueue<EventHandler>(options.initialCapacity ?? 1024);
  }

  /** Current simulated time (seconds, by the callers' convention). */
  get now(): number {
    return this.time;
  }

  /** Handlers invoked so far (cancelled events are not counted). */
  get eventsProcessed(): number {
    return this.processed;
  }

  /** Events scheduled and neither run nor cancelled yet. */
  get pending(): number {
    return this.queue.live;
  }

  /** Event slots allocated: doubles when needed, never shrinks (for memory tests). */
  get capacity(): number {
    return this.queue.capacity;
  }

  /** Schedule handler(env, target) after `delay` ≥ 0; smaller priority runs first at equal times. */
  schedule(delay: number, handler: EventHandler, target = 0, priority = 0): EventId {
    if (!(delay >= 0 && delay < Infinity)) throw new RangeError(`schedule: delay must be finite and ≥ 0, got ${delay}`);
    return this.queue.idOf(this.enqueue(this.time + delay, handler, target, priority));
  }

  /** Schedule handler(env, target) at absolute `time` ≥ now. */
  at(time: number, handler: EventHandler, target = 0, priority = 0): EventId {
    if (!(time >= this.time && time < Infinity)) throw new RangeError(`at: time must be finite and ≥ now (${this.time}), got ${time}`);
    return this.queue.idOf(this.enqueue(time, handler, target, priority));
  }

  /** Cancel a pending event; false if it already ran or was cancelled. */
  cancel(id: EventId): boolean {
    return this.queue.cancel(id);
  }

  /**
   * Start a SimPy-style process now (as an event at the current time, after those already
   * scheduled for it). The generator yields delays in seconds; it resumes after each one.
   */
  process(generator: Generator<number, void, unknown>): void {
    if (typeof generator?.next !== 'function') throw new TypeError('process: expected a generator object');
    const index = this.freeProcesses.pop() ?? this.processes.length;
    this.processes[index] = generator;
    this.schedule(0, Environment.resumeProcess, index);
  }

  /**
   * Run events in order until the queue is empty or the next event is after `until`; events at
   * exactly `until` do run. With a finite `until`, `now` is `until` afterwards.
   */
  run(options: { until?: number } = {}): void {
    const until = options.until ?? Infinity;
    if (!(until >= this.time)) throw new RangeError(`run: until must be ≥ now (${this.time}), got ${until}`);
    if (this.running) throw new Error('run: already running (called from inside a handler?)');
    this.running = true;
    try {
      this.loop(until);
    } finally {
      this.running = false;
    }
    if (until !== Infinity) this.time = until;
  }

  /** Time of the next event, Infinity if none. */
  peek(): number {
    return this.queue.peekTime();
  }

  // One path for live and cancelled events (a cancelled slot's handler is a no-op that is not
  // called): a branch first taken late in a run, when the first cancelled event surfaces, has no
  // type feedback and would deoptimise the loop.
  private loop(until: number): void {
    const queue = this.queue;
    while (queue.size > 0) {
      const time = queue.heapTime[0];
      if (time > until) return;
      const slot = queue.popSlot();
      const live = queue.isLive(slot);
      const handler = queue.handlers[slot];
      const target = queue.targetOf(slot);
      queue.release(slot);
      if (live) {
        this.time = time;
        this.processed++;
        handler(this, target);
      }
    }
  }

  /** Validate and add an event; returns its slot (see EventQueue.push). */
  private enqueue(time: number, handler: EventHandler, target: number, priority: number): number {
    if (typeof handler !== 'function') throw new TypeError('schedule: handler must be a function');
    if ((priority | 0) !== priority) throw new RangeError(`schedule: priority must be a 32-bit integer, got ${priority}`);
    return this.queue.push(time, priority, handler, target);
  }

  private static readonly resumeProcess: EventHandler = (env, index) => env.stepProcess(index);

  private stepProcess(index: number): void {
    const generator = this.processes[index] as Generator<number, void, unknown>;
    let result: IteratorResult<number, void>;
    try {
      result = generator.next();
    } catch (error) {
      this.endProcess(index);
      throw error;
    }
    if (result.done) return this.endProcess(index);
    const delay = result.value;
    if (typeof delay !== 'number' || !(delay >= 0 && delay < Infinity)) {
      this.endProcess(index);
      throw new RangeError(`process: a generator must yield a finite delay ≥ 0 in seconds, got ${String(delay)}`);
    }
    this.schedule(delay, Environment.resumeProcess, index);
  }

  private endProcess(index: number): void {
    this.processes[index] = undefined;
    this.freeProcesses.push(index);
  }
}
