import { readFileSync } from 'node:fs';
import { InputError } from '../../io/inputError.js';
import { checkScenario } from './checkScenario.js';
import { deepMerge } from './deepMerge.js';
import { parseJsonText } from './parseJsonText.js';
import { ScenarioSchema } from './scenarioSchema.js';
import { zodProblems } from './zodProblems.js';
/**
 * Load a scenario file:
 *
 *   read file ─→ JSON (syntax errors with line/column) ─→ zod schema (defaults, one problem per
 *   issue with its path) ─→ cross-field checks ─→ Scenario
 *
 * Any problem throws one {@link InputError} listing all problems found at that stage.
 */
export function loadScenario(path) {
    let text;
    try {
        text = readFileSync(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        const reason = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a directory, expected a JSON file' : `cannot read (${code ?? String(error)})`;
        throw new InputError({ file: path, message: reason });
    }
    return parseScenario(parseJsonText(text, path), path);
}
/** Validate an already-parsed JSON value as a scenario (schema, then cross-field rules). */
export function parseScenario(json, file) {
    const parsed = ScenarioSchema.safeParse(json);
    if (!parsed.success)
        throw new InputError(zodProblems(parsed.error, file));
    const problems = checkScenario(parsed.data, file);
    if (problems.length > 0)
        throw new InputError(problems);
    return parsed.data;
}
/**
 * A scenario with overrides deep-merged in (objects merge field by field, arrays and other values
 * replace), validated again as a whole. Experiments use this to express arms as small changes to
 * a base plan, e.g. `{ products: [...], purchase: { socialProof: 0 } }`.
 */
export function applyOverrides(base, overrides, file) {
    return parseScenario(deepMerge(base, overrides), file);
}
//# sourceMappingURL=loadScenario.js.map