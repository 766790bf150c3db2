/**
 * A task module is an ES module exporting `runTask(payload, index)`, which may return a value or a
 * promise of one. Worker threads and the in-process path both load and call it through these two
 * functions, so a run gives the same results whatever the number of workers.
 */
export interface TaskModule {
  runTask(payload: unknown, index: number): unknown;
}

/** Import a task module and check that it exports `runTask`. */
export async function loadTaskModule(moduleUrl: string): Promise<TaskModule> {
  const module = (await import(moduleUrl)) as Partial<TaskModule>;
  if (typeof module.runTask !== 'function') {
    throw new TypeError(`${moduleUrl} does not export a function runTask(payload, index)`);
  }
  return module as TaskModule;
}

/** Run task `index`, turning a failure into an error that names the task. */
export async function runOneTask(module: TaskModule, payload: unknown, index: number): Promise<unknown> {
  try {
    return await module.runTask(payload, index);
  } catch (error) {
    throw taskError(index, error);
  }
}

/** `task 3 failed: <message>`, keeping the original stack as the cause. */
export function taskError(index: number, error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  return new Error(`task ${index} failed: ${message}`, { cause: error });
}

/**
 * Copy a result the way a worker thread's postMessage would (structured clone), so that the
 * in-process path returns exactly what workers would; a result that cannot cross is an error.
 */
export function cloneResult(index: number, result: unknown, send: (value: unknown) => unknown = structuredClone): unknown {
  try {
    return send(result);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw taskError(index, `its result is not structured-cloneable (${message})`);
  }
}
