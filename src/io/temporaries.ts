import { readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * Every temporary livelift writes has one form: a hidden sibling of its target named
 * `.<target name>.livelift-tmp-<pid>` (a file, or a folder holding the parts of a streamed file or
 * the pieces of a report folder being swapped in). Nothing else is ever left beside an output.
 *
 *   start of a write ─▶ removeLeftoverTemporaries(target): any `.<name>.livelift-tmp-<pid>` whose
 *                       process is gone (a run killed with SIGKILL) is deleted
 *                    ─▶ temporaryFor(target): the name, registered as live
 *   SIGINT / SIGTERM ─▶ removeLiveTemporaries() (the CLI's handler), exit 130 / 143
 *   success / error  ─▶ releaseTemporary(path) once the temporary is renamed or removed
 */
const live = new Set<string>();

/** The suffix that marks a livelift temporary; the pid that owns it follows. */
export const TEMPORARY_SUFFIX = '.livelift-tmp-';

/** The temporary of `target` for this process, registered so a signal removes it. */
export function temporaryFor(target: string): string {
  const absolute = resolve(target);
  const path = join(dirname(absolute), `.${basename(absolute)}${TEMPORARY_SUFFIX}${process.pid}`);
  removeTemporary(path);
  live.add(path);
  return path;
}

/** Forget a temporary that has been renamed into place or removed. */
export function releaseTemporary(path: string): void {
  live.delete(path);
}

/** Remove a temporary (file or folder) and forget it. */
export function removeTemporary(path: string): void {
  // A worker thread may still be creating a part file inside; retry until the folder is gone.
  rmSync(path, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 });
  live.delete(path);
}

/** Remove every temporary of this process (the CLI calls it on SIGINT and SIGTERM). */
export function removeLiveTemporaries(): void {
  for (const path of [...live]) {
    try {
      removeTemporary(path);
    } catch {
      // Best effort while exiting: the next run at that path removes what is left.
    }
  }
}

/** Remove temporaries of `target` left by livelift processes that no longer run. */
export function removeLeftoverTemporaries(target: string): void {
  const absolute = resolve(target);
  const prefix = `.${basename(absolute)}${TEMPORARY_SUFFIX}`;
  let names: string[];
  try {
    names = readdirSync(dirname(absolute));
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length));
    if (Number.isSafeInteger(pid) && pid > 0 && !isRunning(pid)) rmSync(join(dirname(absolute), name), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
