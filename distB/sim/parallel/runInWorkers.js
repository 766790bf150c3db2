import { Worker } from 'node:worker_threads';
import { compiledModuleUrl } from './compiledModuleUrl.js';
import { cloneResult, loadTaskModule, runOneTask } from './taskModule.js';
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
export async function runInWorkers(options) {
    const { moduleUrl, count, workers } = options;
    if (!(moduleUrl instanceof URL))
        throw new TypeError('runInWorkers: moduleUrl must be a URL');
    if (!(Number.isSafeInteger(count) && count >= 0))
        throw new RangeError(`runInWorkers: count must be an integer ≥ 0, got ${count}`);
    if (!Number.isSafeInteger(workers))
        throw new RangeError(`runInWorkers: workers must be an integer, got ${workers}`);
    if (count === 0)
        return [];
    return workers <= 1 ? runInThisThread(options) : runInThreads(options);
}
async function runInThisThread(options) {
    const { count, onProgress } = options;
    const module = await loadTaskModule(options.moduleUrl.href);
    const payload = structuredClone(options.payload);
    const results = new Array(count);
    for (let index = 0; index < count; index++) {
        results[index] = cloneResult(index, await runOneTask(module, payload, index));
        onProgress?.(index + 1, count);
    }
    return results;
}
function runInThreads(options) {
    const workerData = { moduleUrl: compiledModuleUrl(options.moduleUrl).href, payload: options.payload };
    const entry = compiledModuleUrl(new URL(import.meta.url.endsWith('.ts') ? './workerEntry.ts' : './workerEntry.js', import.meta.url));
    return new Promise((resolve, reject) => {
        const run = new ThreadedRun(options.count, options.onProgress, (error, results) => (error === undefined ? resolve(results) : reject(error)));
        try {
            for (let i = 0; i < Math.min(options.workers, options.count); i++)
                run.start(new Worker(entry, { workerData }));
        }
        catch (error) {
            run.finish(error);
        }
    });
}
/** Book-keeping of one threaded run: hands out indices, collects results, stops on the first error. */
class ThreadedRun {
    count;
    onProgress;
    settle;
    results;
    threads = [];
    next = 0;
    done = 0;
    settled = false;
    constructor(count, onProgress, settle) {
        this.count = count;
        this.onProgress = onProgress;
        this.settle = settle;
        this.results = new Array(count);
    }
    start(thread) {
        this.threads.push(thread);
        let current = -1;
        const assign = () => {
            current = this.next < this.count ? this.next++ : -1;
            if (current >= 0)
                thread.postMessage(current);
        };
        thread.on('message', (reply) => {
            if (!this.settled && this.accept(reply))
                assign();
        });
        thread.on('error', (error) => this.finish(new Error(`task ${current} failed: worker thread error: ${error.message}`, { cause: error })));
        thread.on('exit', (code) => this.finish(new Error(`task ${current} failed: worker thread exited early (code ${code})`)));
        assign();
    }
    /** Store one reply; true if the thread should get another index. */
    accept(reply) {
        if (reply.error !== undefined) {
            this.finish(Object.assign(new Error(reply.error.message), { workerStack: reply.error.stack }));
            return false;
        }
        this.results[reply.index] = reply.result;
        this.done++;
        try {
            this.onProgress?.(this.done, this.count);
        }
        catch (error) {
            this.finish(error);
            return false;
        }
        if (this.done === this.count)
            this.finish(undefined);
        return this.done < this.count;
    }
    /** Stop every thread, then resolve (no error) or reject; later calls are ignored. */
    finish(error) {
        if (this.settled)
            return;
        this.settled = true;
        void Promise.all(this.threads.map((thread) => thread.terminate())).then(() => this.settle(error, this.results));
    }
}
//# sourceMappingURL=runInWorkers.js.map