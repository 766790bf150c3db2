import { InputError } from '../../io/inputError.js';
import { checkScenario } from './checkScenario.js';
import { deepMerge } from './deepMerge.js';
import { ScenarioSchema, type Scenario } from './scenarioSchema.js';
import { zodProblems } from './zodProblems.js';

/** Validate an already-parsed JSON value as a scenario (schema, then cross-field rules). */
export function parseScenario(json: unknown, file?: string): Scenario {
  const parsed = ScenarioSchema.safeParse(json);
  if (!parsed.success) throw new InputError(zodProblems(parsed.error, file));
  const problems = checkScenario(parsed.data, file);
  if (problems.length > 0) throw new InputError(problems);
  return parsed.data;
}

/**
 * A scenario with overrides deep-merged in (objects merge field by field, arrays and other values
 * replace), validated again as a whole. Experiments use this to express arms as small changes to
 * a base plan, e.g. `{ products: [...], purchase: { socialProof: 0 } }`.
 */
export function applyOverrides(base: Scenario, overrides: unknown, file?: string): Scenario {
  return parseScenario(deepMerge(base, overrides), file);
}
