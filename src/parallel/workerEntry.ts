import { parentPort, workerData } from 'node:worker_threads';
import { cloneResult, loadTaskModule, runOneTask } from './taskModule.js';

/**
 * The script each worker thread of {@link runInWorkers} runs: load the task module once, then
 * answer each task index the main thread sends with `{ index, result }` or `{ index, error }`.
 */
export interface WorkerReply {
  index: number;
  result?: unknown;
  error?: { message: string; stack?: string };
}

const { moduleUrl, payload } = workerData as { moduleUrl: string; payload: unknown };
const port = parentPort;
if (port === null) throw new Error('workerEntry must run in a worker thread');
const module = await loadTaskModule(moduleUrl);

port.on('message', async (index: number) => {
  try {
    const result = await runOneTask(module, payload, index);
    cloneResult(index, { index, result } satisfies WorkerReply, (reply) => port.postMessage(reply));
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    port.postMessage({ index, error: { message: failure.message, stack: failure.stack } } satisfies WorkerReply);
  }
});
