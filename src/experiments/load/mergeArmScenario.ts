import type { InputProblem } from '../../io/inputError.js';
import { checkScenario } from '../../sim/scenario/checkScenario.js';
import { deepMerge } from '../../sim/scenario/deepMerge.js';
import { ScenarioSchema, type Scenario } from '../../sim/scenario/scenarioSchema.js';
import { zodProblems } from '../../sim/scenario/zodProblems.js';
import type { ArmChange } from '../design/ArmSpec.js';
import { formatSteps, getPath, parsePath, setPath } from './jsonPath.js';

/**
 * The scenario of one arm: the base scenario with each change applied in order (overrides
 * deep-merged, then `set` paths), validated again as a whole by the scenario schema and its
 * cross-field checks. A problem is reported where the user wrote its cause: at the `set` entry,
 * inside the arm's `overrides`, or at the arm when it comes from the combination with the base
 * (e.g. segment shares no longer summing to 1).
 */
export function mergeArmScenario(base: Scenario, changes: readonly ArmChange[], file?: string): { scenario?: Scenario; problems: InputProblem[] } {
  let merged: unknown = base;
  const problems: InputProblem[] = [];
  for (const change of changes) {
    merged = deepMerge(merged, change.overrides);
    for (const [key, value] of Object.entries(change.set)) {
      const where = change.setAt ?? `${change.at}.set["${key}"]`;
      const steps = parsePath(key);
      if (steps === null) {
        problems.push({ file, path: where, message: `"${key}" is not a field path; expected e.g. "plan[2].startMinute" or "products[0].price"` });
        continue;
      }
      try {
        merged = setPath(merged, steps, value);
      } catch (error) {
        problems.push({ file, path: where, message: `cannot set "${key}" in the base scenario: ${(error as Error).message}` });
      }
    }
  }
  if (problems.length > 0) return { problems };
  const parsed = ScenarioSchema.safeParse(merged);
  const scenarioProblems = parsed.success ? checkScenario(parsed.data) : zodProblems(parsed.error);
  if (scenarioProblems.length === 0 && parsed.success) return { scenario: parsed.data, problems: [] };
  return { problems: scenarioProblems.map((problem) => locate(problem, changes, file)) };
}

/** Move a problem found in the merged scenario to where the user wrote its cause. */
function locate(problem: InputProblem, changes: readonly ArmChange[], file?: string): InputProblem {
  const scenarioPath = problem.path ?? '(root)';
  const steps = parsePath(scenarioPath);
  for (let index = changes.length - 1; index >= 0 && steps !== null; index--) {
    const change = changes[index];
    const setKey = Object.keys(change.set).find((key) => {
      const keySteps = parsePath(key);
      return keySteps !== null && keySteps.length <= steps.length && formatSteps(steps.slice(0, keySteps.length)) === formatSteps(keySteps);
    });
    if (setKey !== undefined) return { file, path: change.setAt ?? `${change.at}.set["${setKey}"]`, message: problem.message };
    if (touches(change.overrides, steps)) return { file, path: `${change.at}.overrides.${scenarioPath}`, message: problem.message };
  }
  const at = changes.length === 1 ? changes[0].at : changes.map((change) => change.at).join(' + ');
  return { file, path: at, message: `after merging into the base scenario, ${scenarioPath}: ${problem.message}` };
}

/** Whether the overrides write the path or one of its ancestors (an array replacing a list). */
function touches(overrides: unknown, steps: readonly (string | number)[]): boolean {
  for (let length = steps.length; length >= 1; length--) {
    if (getPath(overrides, steps.slice(0, length)) !== undefined) return true;
  }
  return false;
}
