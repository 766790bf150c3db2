export class InputError extends Error {
    problems;
    exitCode = 2;
    constructor(problems) {
        const list = Array.isArray(problems) ? problems : [problems];
        super(list.map(formatProblem).join('\n'));
        this.name = 'InputError';
        this.problems = list;
    }
}
/** `file: path (row 12): message`, leaving out the parts that are unknown. */
export function formatProblem(problem) {
    const where = [problem.file, problem.path].filter((part) => part !== undefined && part !== '').join(': ');
    const row = problem.row === undefined ? '' : ` (row ${problem.row})`;
    return where === '' ? `${problem.message}${row}` : `${where}${row}: ${problem.message}`;
}
//# sourceMappingURL=inputError.js.map