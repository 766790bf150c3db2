import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { compiledModuleUrl } from '../parallel/compiledModuleUrl.js';

/**
 * Bench measurements run in fresh Node processes, so each sees a cold JIT and its own peak memory
 * (`resourceUsage().maxRSS`). A bench module is both sides: the section calls {@link runInChild}
 * with its own `import.meta.url`, and the module, started as a script, answers through
 * {@link answerAsChild}:
 *
 *   section: runInChild(import.meta.url, [mode, ...args])
 *     ─▶ node dist/bench/<module>.js mode args…  ─▶ answerAsChild: modes[mode](args) ─▶ one JSON line
 *     ─▶ JSON.parse ─▶ result
 */
const runFile = promisify(execFile);

/** Run the compiled JavaScript of `moduleUrl` in a fresh Node process and parse the JSON it prints. */
export async function runInChild<T>(moduleUrl: string, args: readonly string[]): Promise<T> {
  const script = fileURLToPath(compiledModuleUrl(new URL(moduleUrl)));
  const { stdout } = await runFile(process.execPath, [script, ...args], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout) as T;
}

/**
 * When `moduleUrl` is the script Node was started with and its first argument names one of
 * `modes`, run that mode with the remaining arguments and print its result (or awaited promise)
 * as one JSON line; a failure goes to stderr with exit code 1. Otherwise do nothing (the module
 * was imported).
 */
export function answerAsChild(moduleUrl: string, modes: Record<string, (args: string[]) => unknown>): void {
  const [, script, mode, ...args] = process.argv;
  if (script === undefined || fileURLToPath(moduleUrl) !== script || mode === undefined || !Object.hasOwn(modes, mode)) return;
  Promise.resolve()
    .then(() => modes[mode](args))
    .then(
      (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
      (error: unknown) => {
        process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
        process.exitCode = 1;
      },
    );
}
