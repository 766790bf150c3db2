/** Import a task module and check that it exports `runTask`. */
export async function loadTaskModule(moduleUrl) {
    const module = (await import(moduleUrl));
    if (typeof module.runTask !== 'function') {
        throw new TypeError(`${moduleUrl} does not export a function runTask(payload, index)`);
    }
    return module;
}
/** Run task `index`, turning a failure into an error that names the task. */
export async function runOneTask(module, payload, index) {
    try {
        return await module.runTask(payload, index);
    }
    catch (error) {
        throw taskError(index, error);
    }
}
/** `task 3 failed: <message>`, keeping the original stack as the cause. */
export function taskError(index, error) {
    const message = error instanceof Error ? error.message : String(error);
    return new Error(`task ${index} failed: ${message}`, { cause: error });
}
/**
 * Copy a result the way a worker thread's postMessage would (structured clone), so that the
 * in-process path returns exactly what workers would; a result that cannot cross is an error.
 */
export function cloneResult(index, result, send = structuredClone) {
    try {
        return send(result);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw taskError(index, `its result is not structured-cloneable (${message})`);
    }
}
//# sourceMappingURL=taskModule.js.map