import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { REPORT_MARKER, REPORT_MARKER_TEXT } from './reportMarker.js';
import { releaseTemporary, removeLeftoverTemporaries, removeTemporary, temporaryFor } from './temporaries.js';

/**
 * Write a file so that readers see either the old content or the new one, never half of it:
 * write the temporary sibling (see temporaries.ts), then rename it over the target (rename is
 * atomic on one filesystem). Check the target first with `protectOutputs`.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const target = resolve(path);
  mkdirSync(dirname(target), { recursive: true });
  removeLeftoverTemporaries(target);
  const temporary = temporaryFor(target);
  try {
    writeFileSync(temporary, data);
    renameSync(temporary, target);
    releaseTemporary(temporary);
  } catch (error) {
    removeTemporary(temporary);
    throw error;
  }
}

/**
 * Write a whole report folder atomically, with the marker file that lets a later run replace it:
 *
 *   <temporary>/new ← every file + REPORT_MARKER
 *   target ─rename─▶ <temporary>/old ; <temporary>/new ─rename─▶ target ; remove <temporary>
 *
 * An existing folder at `dir` is replaced only after the new one is complete, and only a folder
 * `protectOutputs` accepted (empty, or written by livelift) may be there. On failure the old
 * folder is put back.
 */
export function writeDirAtomic(dir: string, files: Record<string, string | Uint8Array>): void {
  const target = resolve(dir);
  mkdirSync(dirname(target), { recursive: true });
  removeLeftoverTemporaries(target);
  const temporary = temporaryFor(target);
  const fresh = join(temporary, 'new');
  const previous = join(temporary, 'old');
  try {
    for (const [name, content] of Object.entries({ ...files, [REPORT_MARKER]: REPORT_MARKER_TEXT })) {
      const file = join(fresh, name);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
    }
    if (existsSync(target)) renameSync(target, previous);
    renameSync(fresh, target);
    removeTemporary(temporary);
  } catch (error) {
    if (!existsSync(target) && existsSync(previous)) renameSync(previous, target);
    removeTemporary(temporary);
    throw error;
  }
}
