/**
 * The URL of a module next to the caller, given without extension and resolved against the
 * caller's `import.meta.url`, with the caller's own extension: `.ts` when the caller runs as
 * TypeScript source (vitest), `.js` when it runs compiled from dist/. Worker task modules are
 * named this way; `runInWorkers` maps a `.ts` URL to its compiled file for the threads.
 *
 * @example
 * siblingModuleUrl('./simulateTask', import.meta.url); // …/simulateTask.js (or .ts under vitest)
 */
export function siblingModuleUrl(pathWithoutExtension: string, callerUrl: string): URL {
  return new URL(`${pathWithoutExtension}${callerUrl.endsWith('.ts') ? '.ts' : '.js'}`, callerUrl);
}
