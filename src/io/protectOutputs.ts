import { closeSync, openSync, readSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { InputError, type InputProblem } from './inputError.js';
import { REPORT_MARKER } from './reportMarker.js';
import { TEMPORARY_SUFFIX } from './temporaries.js';

/** One output a command is about to write, named by the option that gave it. */
export interface OutputTarget {
  /** The option, e.g. `--out`. */
  option: string;
  path: string;
  /** A report folder (replaced whole) or a single file. */
  kind: 'folder' | 'file';
  /**
   * For a file: whether an existing file at the path is one livelift wrote (its first bytes), and
   * so may be replaced. Without it an existing file is refused.
   */
  isOwnFile?: (head: string) => boolean;
  /** A file name to suggest in messages (default `viewers.csv`). */
  example?: string;
}

/**
 * Refuse, before any work starts, every output that could destroy something the user has:
 *
 *   empty path · the current folder or one holding it · a device, FIFO or socket · an existing file
 *   (for a folder output, or a file livelift did not write) · a folder with content livelift did not
 *   write (no REPORT_MARKER) · an input file or a folder holding one · two outputs on one path, or
 *   one inside the other · a parent that is not a folder
 *
 * Every problem is reported at once, saying what is there and what to do (exit 2, nothing written).
 */
export function protectOutputs(outputs: readonly OutputTarget[], inputs: readonly string[]): void {
  const problems: InputProblem[] = [];
  for (const output of outputs) problems.push(...outputProblems(output, inputs));
  for (const [index, first] of outputs.entries()) {
    for (const second of outputs.slice(index + 1)) {
      if (first.path.trim() === '' || second.path.trim() === '') continue;
      const [a, b] = [canonical(first.path), canonical(second.path)];
      if (a === b) problems.push({ path: second.option, message: `${quote(second.path)} is also the ${first.option} path; give each output its own path` });
      else if (isInside(b, a) || isInside(a, b)) {
        const [inner, outer] = isInside(b, a) ? [second, first] : [first, second];
        problems.push({ path: inner.option, message: `${quote(inner.path)} is inside the ${outer.option} folder ${quote(outer.path)}, which is replaced as a whole; write it elsewhere` });
      }
    }
  }
  if (problems.length > 0) throw new InputError(problems);
}

function outputProblems(output: OutputTarget, inputs: readonly string[]): InputProblem[] {
  const fail = (message: string): InputProblem[] => [{ path: output.option, message }];
  const what = output.kind === 'folder' ? 'a new folder name, e.g. --out report' : `a new file name, e.g. ${output.option} ${output.example ?? 'viewers.csv'}`;
  if (output.path.trim() === '') return fail(`the path is empty (an unset variable?); give ${what}`);
  const target = canonical(output.path);
  const cwd = canonical(process.cwd());
  if (target === cwd || isInside(cwd, target)) return fail(`${quote(output.path)} is the current folder${target === cwd ? '' : ' or holds it'}; livelift will not replace it; give ${what}`);
  for (const input of inputs) {
    const path = canonical(input);
    if (path === target) return fail(`${quote(output.path)} is the input ${quote(input)}; writing there would destroy it; give ${what}`);
    if (isInside(path, target)) return fail(`${quote(output.path)} holds the input ${quote(input)}; writing there would destroy it; give ${what}`);
  }
  const stats = statOrUndefined(target);
  if (stats === undefined) return parentProblems(output, target);
  if (stats.isCharacterDevice() || stats.isBlockDevice() || stats.isFIFO() || stats.isSocket()) {
    return fail(`${quote(output.path)} is a ${stats.isFIFO() ? 'FIFO (named pipe)' : stats.isSocket() ? 'socket' : 'device'}, not a ${output.kind}; give ${what}`);
  }
  if (output.kind === 'folder') {
    if (stats.isFile()) return fail(`${quote(output.path)} is an existing file; livelift writes a report folder and replaces only folders it wrote; give ${what}, or move the file away`);
    const foreign = readdirSync(target).filter((name) => name !== REPORT_MARKER && !name.includes(TEMPORARY_SUFFIX));
    const owned = readdirSync(target).includes(REPORT_MARKER);
    if (foreign.length > 0 && !owned) {
      const shown = foreign.slice(0, 3).join(', ') + (foreign.length > 3 ? `, … (${foreign.length} entries)` : '');
      return fail(`${quote(output.path)} holds files livelift did not write (${shown}); livelift replaces only empty folders or folders it wrote (with a ${REPORT_MARKER} file); give ${what}, or empty the folder`);
    }
    return [];
  }
  if (stats.isDirectory()) return fail(`${quote(output.path)} is a folder; give ${what}`);
  if (output.isOwnFile !== undefined && output.isOwnFile(head(target))) return [];
  return fail(`${quote(output.path)} is an existing file livelift did not write; livelift will not replace it; give ${what}, or delete the file first`);
}

/** The nearest existing ancestor of a new output must be a folder. */
function parentProblems(output: OutputTarget, target: string): InputProblem[] {
  for (let parent = dirname(target); ; parent = dirname(parent)) {
    const stats = statOrUndefined(parent);
    if (stats !== undefined) {
      return stats.isDirectory() ? [] : [{ path: output.option, message: `${quote(output.path)} cannot be created: ${quote(parent)} is not a folder` }];
    }
    if (dirname(parent) === parent) return [];
  }
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** The first bytes of a file, as text (empty when unreadable). */
function head(path: string): string {
  try {
    const fd = openSync(path, 'r');
    try {
      const buffer = Buffer.alloc(4096);
      return buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0)).toString('utf8');
    } finally {
      closeSync(fd);
    }
  } catch {
    return '';
  }
}

/** The absolute path with symbolic links resolved as far as the path exists. */
function canonical(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathSync(absolute);
  } catch {
    const parent = dirname(absolute);
    return parent === absolute ? absolute : resolve(canonical(parent), relative(parent, absolute));
  }
}

function isInside(path: string, folder: string): boolean {
  return path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

const quote = (path: string): string => JSON.stringify(path);
