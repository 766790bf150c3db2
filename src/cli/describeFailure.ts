import { escapeControlCharacters } from '../format/escapeControlCharacters.js';
import { formatProblem, InputError } from '../io/inputError.js';

/** What the CLI prints for a failure, and its exit code. */
export interface Failure {
  /** Lines for stderr, each already prefixed with `livelift: ` and escaped for the terminal. */
  lines: string[];
  exitCode: number;
}

/** Where to report an internal error (the one message that asks for a report). */
export const REPORT_BUGS = 'this is a bug in livelift; please report it with the command you ran and `livelift --version` (README, "Reporting a problem")';

/** Node's system error codes that a user's files, disks or pipes cause, in plain words. */
const IO_REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EISDIR: 'is a folder, expected a file',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EEXIST: 'already exists',
  EBUSY: 'busy (in use by another program, or a mount point)',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  EPIPE: 'the reader closed the pipe before the output was complete',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files in the system',
  ENOTEMPTY: 'folder not empty',
  EXDEV: 'cannot move across file systems',
  EIO: 'input/output error',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'name too long',
};

/**
 * Sort a failure into exit 2 (the user's input, files, disk or pipe: one line per problem naming
 * the path) or exit 1 (a bug: one line and where to report it). Never a stack trace.
 */
export function describeFailure(error: unknown): Failure {
  const line = (text: string): string => `livelift: ${escapeControlCharacters(text, false)}`;
  if (error instanceof InputError) return { lines: error.problems.map((problem) => line(formatProblem(problem))), exitCode: 2 };
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string' && Object.hasOwn(IO_REASONS, code)) {
    const { path, dest, syscall } = error as NodeJS.ErrnoException & { dest?: string };
    const where = path === undefined ? '' : `${path}${dest === undefined ? '' : ` → ${dest}`}: `;
    return { lines: [line(`${where}${IO_REASONS[code]} (${code}${syscall === undefined ? '' : `, ${syscall}`})`)], exitCode: 2 };
  }
  if (error instanceof RangeError && /Invalid string length|Array buffer allocation failed/.test(error.message)) {
    return { lines: [line('the result is too large to hold in memory as text; run fewer replicates or a shorter session')], exitCode: 2 };
  }
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { lines: [line(`internal error: ${message.split('\n')[0]}; ${REPORT_BUGS}`)], exitCode: 1 };
}
