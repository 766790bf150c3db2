/**
 * A problem with something the user gave us: a scenario file, a CSV, a command-line option.
 * The CLI prints every problem on its own line and exits with code 2; nothing is written.
 *
 * Programmer errors (a broken invariant) throw plain `Error`s instead and exit with code 1.
 */
export interface InputProblem {
  /** File the problem is in, as the user named it. */
  file?: string;
  /** Location inside the file: a JSON path like `segments[2].start`, or a column name. */
  path?: string;
  /** 1-based data row of a CSV (the header is row 0), when the problem is in one row. */
  row?: number;
  /** What is wrong, and what was expected. */
  message: string;
}

export class InputError extends Error {
  readonly problems: InputProblem[];
  readonly exitCode = 2;

  constructor(problems: InputProblem[] | InputProblem) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(list.map(formatProblem).join('\n'));
    this.name = 'InputError';
    this.problems = list;
  }
}

/** `file: path (row 12): message`, leaving out the parts that are unknown. */
export function formatProblem(problem: InputProblem): string {
  const where = [problem.file, problem.path].filter((part) => part !== undefined && part !== '').join(': ');
  const row = problem.row === undefined ? '' : ` (row ${problem.row})`;
  return where === '' ? `${problem.message}${row}` : `${where}${row}: ${problem.message}`;
}
