import { readJsonFile } from '../../io/readJsonFile.js';
import { applyOverrides, parseScenario } from './parseScenario.js';
import type { Scenario } from './scenarioSchema.js';

/**
 * Load a scenario file:
 *
 *   read file ─→ JSON (syntax errors with line/column) ─→ zod schema (defaults, one problem per
 *   issue with its path) ─→ cross-field checks ─→ Scenario
 *
 * Any problem throws one {@link InputError} listing all problems found at that stage.
 */
export function loadScenario(path: string): Scenario {
  return parseScenario(readJsonFile(path), path);
}

export { parseScenario, applyOverrides };
