import { parentPort, workerData } from 'node:worker_threads';
import { cloneResult, loadTaskModule, runOneTask } from './taskModule.js';
const { moduleUrl, payload } = workerData;
const port = parentPort;
if (port === null)
    throw new Error('workerEntry must run in a worker thread');
const module = await loadTaskModule(moduleUrl);
port.on('message', async (index) => {
    try {
        const result = await runOneTask(module, payload, index);
        cloneResult(index, { index, result }, (reply) => port.postMessage(reply));
    }
    catch (error) {
        const failure = error instanceof Error ? error : new Error(String(error));
        port.postMessage({ index, error: { message: failure.message, stack: failure.stack } });
    }
});
//# sourceMappingURL=workerEntry.js.map