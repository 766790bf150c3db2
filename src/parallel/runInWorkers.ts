import { Worker } from 'node:worker_threads';
import { compiledModuleUrl } from './compiledModuleUrl.js';
import { siblingModuleUrl } from './siblingModuleUrl.js';
import { cloneResult, loadTaskModule, runOneTask } from './taskModule.js';
import type { WorkerReply } from './workerEntry.js';

/** Options of {@link runInWorkers}. */
export interface RunInWorkersOptions<P> {
  /** ES module exporting `runTask(payload, index)`; a `.ts` file under src/ runs from dist/ in workers. */
  moduleUrl: URL;
  /** Handed to every task (structured-cloned once per worker). */
  payload: P;
  /** Number of tasks: indices 0 … count − 1. */
  count: number;
  /** Worker threads to use; ≤ 1 runs every task in this thread, in index order. */
  workers: number;
  /** Called after each finished task with (tasks done, count). */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Run `count` independent tasks and return their results in index order, so the output is the
 * same whatever the number of workers:
 *
 *   workers ≤ 1:  import module → for index 0 … count−1: runTask(payload, index) → clone result
 *   workers ≥ 2:  min(workers, count) threads, each importing the module once;
 *                 each thread is handed the next index as soon as it finishes one (load balancing)
 *   → results[index] → Promise<R[]>
 *
 * Both paths load the module and call `runTask` through the same functions (taskModule.ts), and
 * the in-process path structured-clones payload and results exactly as postMessage would. A task
 * that throws rejects the promise with `task <index> failed: <message>` (the first failure wins)
 * and stops the other threads.
 */
export async function runInWorkers<P, R>(options: RunInWorkersOptions<P>): Promise<R[]> {
  const { moduleUrl, count, workers } = options;
  if (!(moduleUrl instanceof URL)) throw new TypeError('runInWorkers: moduleUrl must be a URL');
  if (!(Number.isSafeInteger(count) && count >= 0)) throw new RangeError(`runInWorkers: count must be an integer ≥ 0, got ${count}`);
  if (!Number.isSafeInteger(workers)) throw new RangeError(`runInWorkers: workers must be an integer, got ${workers}`);
  if (count === 0) return [];
  return workers <= 1 ? runInThisThread<P, R>(options) : runInThreads<P, R>(options);
}

async function runInThisThread<P, R>(options: RunInWorkersOptions<P>): Promise<R[]> {
  const { count, onProgress } = options;
  const module = await loadTaskModule(options.moduleUrl.href);
  const payload = structuredClone(options.payload);
  const results = new Array<R>(count);
  for (let index = 0; index < count; index++) {
    results[index] = cloneResult(index, await runOneTask(module, payload, index)) as R;
    onProgress?.(index + 1, count);
  }
  return results;
}

function runInThreads<P, R>(options: RunInWorkersOptions<P>): Promise<R[]> {
  const workerData = { moduleUrl: compiledModuleUrl(options.moduleUrl).href, payload: options.payload };
  const entry = compiledModuleUrl(siblingModuleUrl('./workerEntry', import.meta.url));
  return new Promise<R[]>((resolve, reject) => {
    const run = new ThreadedRun<R>(options.count, options.onProgress, (error, results) => (error === undefined ? resolve(results) : reject(error)));
    try {
      for (let i = 0; i < Math.min(options.workers, options.count); i++) run.start(new Worker(entry, { workerData }));
    } catch (error) {
      run.finish(error);
    }
  });
}

/** Book-keeping of one threaded run: hands out indices, collects results, stops on the first error. */
class ThreadedRun<R> {
  private readonly results: R[];
  private readonly threads: Worker[] = [];
  private next = 0;
  private done = 0;
  private settled = false;

  constructor(
    private readonly count: number,
    private readonly onProgress: ((done: number, total: number) => void) | undefined,
    private readonly settle: (error: unknown, results: R[]) => void,
  ) {
    this.results = new Array<R>(count);
  }

  start(thread: Worker): void {
    this.threads.push(thread);
    let current = -1;
    const assign = (): void => {
      current = this.next < this.count ? this.next++ : -1;
      if (current >= 0) thread.postMessage(current);
    };
    thread.on('message', (reply: WorkerReply) => {
      if (!this.settled && this.accept(reply)) assign();
    });
    thread.on('error', (error) => this.finish(new Error(`task ${current} failed: worker thread error: ${error.message}`, { cause: error })));
    thread.on('exit', (code) => this.finish(new Error(`task ${current} failed: worker thread exited early (code ${code})`)));
    assign();
  }

  /** Store one reply; true if the thread should get another index. */
  private accept(reply: WorkerReply): boolean {
    if (reply.error !== undefined) {
      this.finish(Object.assign(new Error(reply.error.message), { workerStack: reply.error.stack }));
      return false;
    }
    this.results[reply.index] = reply.result as R;
    this.done++;
    try {
      this.onProgress?.(this.done, this.count);
    } catch (error) {
      this.finish(error);
      return false;
    }
    if (this.done === this.count) this.finish(undefined);
    return this.done < this.count;
  }

  /** Stop every thread, then resolve (no error) or reject; later calls are ignored. */
  finish(error: unknown): void {
    if (this.settled) return;
    this.settled = true;
    void Promise.all(this.threads.map((thread) => thread.terminate())).then(() => this.settle(error, this.results));
  }
}
