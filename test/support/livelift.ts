import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The built CLI (`npm test` builds first; or `npm run build`). */
export const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run `livelift …args` to completion in `cwd`. */
export function livelift(args: readonly string[], options: { cwd?: string; input?: string } = {}): CliRun {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd, encoding: 'utf8', input: options.input });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Start `livelift …args`, wait until `ready()` holds (polled), send `signal`, and resolve with the
 * exit code and stderr.
 */
export async function interruptedLivelift(args: readonly string[], cwd: string, ready: () => boolean, signal: NodeJS.Signals): Promise<{ code: number | null; stderr: string; readyBeforeExit: boolean }> {
  const child = spawn(process.execPath, [CLI, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  let exited = false;
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => ((exited = true), resolve(code))));
  let readyBeforeExit = false;
  for (let waited = 0; waited < 30_000 && !exited; waited += 20) {
    if (ready()) {
      readyBeforeExit = true;
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  child.kill(signal);
  const code = await exit;
  await new Promise((resolve) => setImmediate(resolve));
  return { code, stderr, readyBeforeExit };
}
