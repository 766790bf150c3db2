/**
 * One {@link InputProblem} per zod issue, with its JSON path (`plan[2].startMinute`) and what was
 * expected. Unknown fields get one problem each, at the path of the field itself.
 */
export function zodProblems(error, file) {
    const problems = [];
    for (const issue of error.issues) {
        if (issue.code === 'unrecognized_keys') {
            for (const key of issue.keys) {
                problems.push({ file, path: formatPath([...issue.path, key]), message: `unknown field "${key}" (check the spelling; see livelift schema)` });
            }
            continue;
        }
        problems.push({ file, path: formatPath(issue.path), message: describeIssue(issue) });
    }
    return problems;
}
function describeIssue(issue) {
    if (issue.code === 'invalid_type') {
        const received = issue.input;
        if (received === undefined && /received undefined/.test(issue.message))
            return `required field is missing (expected ${issue.expected})`;
        return issue.message.replace(/^Invalid input: /, '');
    }
    if (issue.code === 'too_small' || issue.code === 'too_big')
        return issue.message.replace(/^Too (small|big): /, '');
    return issue.message.replace(/^Invalid input: /, '');
}
/** `["plan", 2, "startMinute"]` → `plan[2].startMinute`; the root is `(root)`. */
export function formatPath(path) {
    let text = '';
    for (const part of path) {
        if (typeof part === 'number')
            text += `[${part}]`;
        else
            text += text === '' ? String(part) : `.${String(part)}`;
    }
    return text === '' ? '(root)' : text;
}
//# sourceMappingURL=zodProblems.js.map