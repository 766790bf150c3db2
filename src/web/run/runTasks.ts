/** What the page sends a task worker: the job's payload once, then one task index at a time. */
export type TaskRequest<P> = { type: 'job'; payload: P } | { type: 'task'; index: number };

/** What a task worker answers for each task. */
export type TaskReply<R> = { type: 'done'; index: number; result: R } | { type: 'failed'; index: number; message: string };

/** Options of {@link runTasks}. */
export interface RunTasksOptions<P, R> {
  /** Starts worker `index` (Vite bundles a worker only from a literal `new Worker(new URL(…))`). */
  createWorker: (index: number) => Worker;
  payload: P;
  count: number;
  /** Web Workers to spread the tasks over; the results do not depend on it. */
  workers: number;
  /** Called as each task finishes, with every result so far (in task order, with gaps). */
  onResult?: (done: number, total: number, results: readonly (R | undefined)[]) => void;
  /** Stop early: the workers are terminated and the promise rejects with {@link RunCancelled}. */
  signal?: AbortSignal;
  /** What the task is called in an error message, e.g. "replicate". */
  noun?: string;
}

export class RunCancelled extends Error {
  constructor() {
    super('run cancelled');
    this.name = 'RunCancelled';
  }
}

/**
 * Tasks 0…N−1 of one job in Web Workers, handed out one at a time to whichever worker is free,
 * answered in task order: the browser's counterpart of the CLI's `runInWorkers`. A task is a pure
 * function of (payload, index), so the results are the same whatever the number of workers.
 *
 *   page ─ {payload} ─▶ each worker (once)
 *   page ─ {index: i} ─▶ a free worker ─ runTask(payload, i) ─▶ {index: i, result} ─▶ page
 */
export function runTasks<P, R>(options: RunTasksOptions<P, R>): Promise<R[]> {
  const { payload, count: total, noun = 'task' } = options;
  const count = Math.max(1, Math.min(options.workers, total));
  const results: (R | undefined)[] = new Array(total).fill(undefined);
  const workers: Worker[] = [];
  let next = 0;
  let done = 0;
  return new Promise<R[]>((resolve, reject) => {
    if (total === 0) return resolve([]);
    const stop = (error: Error) => {
      for (const worker of workers) worker.terminate();
      reject(error);
    };
    options.signal?.addEventListener('abort', () => stop(new RunCancelled()), { once: true });
    const handOut = (worker: Worker) => {
      if (next < total) worker.postMessage({ type: 'task', index: next++ } satisfies TaskRequest<P>);
    };
    for (let index = 0; index < count; index++) {
      const worker = options.createWorker(index);
      workers.push(worker);
      worker.onerror = (event) => stop(new Error(`${noun} worker failed: ${event.message}`));
      worker.onmessage = (event: MessageEvent<TaskReply<R>>) => {
        const reply = event.data;
        if (reply.type === 'failed') return stop(new Error(`${noun} ${reply.index}: ${reply.message}`));
        results[reply.index] = reply.result;
        done++;
        options.onResult?.(done, total, results);
        if (done === total) {
          for (const each of workers) each.terminate();
          resolve(results as R[]);
        } else handOut(worker);
      };
      worker.postMessage({ type: 'job', payload } satisfies TaskRequest<P>);
      handOut(worker);
    }
  });
}

/**
 * The worker side: answer the page's requests with `runTask(payload, index)`, one at a time.
 * Call it once at the top of a worker module.
 */
export function serveTasks<P, R>(runTask: (payload: P, index: number) => R, name: string): void {
  let payload: P | undefined;
  const scope = self as unknown as { postMessage(message: TaskReply<R>): void; onmessage: ((event: MessageEvent<TaskRequest<P>>) => void) | null };
  scope.onmessage = (event) => {
    const request = event.data;
    if (request.type === 'job') {
      payload = request.payload;
      return;
    }
    if (payload === undefined) throw new Error(`${name}: a task was asked for before the job`);
    try {
      scope.postMessage({ type: 'done', index: request.index, result: runTask(payload, request.index) });
    } catch (error) {
      scope.postMessage({ type: 'failed', index: request.index, message: error instanceof Error ? error.message : String(error) });
    }
  };
}

/** Workers for this device: one per core, at most 4 (like the CLI's default). */
export function defaultWorkers(): number {
  return Math.max(1, Math.min(4, navigator.hardwareConcurrency || 1));
}
