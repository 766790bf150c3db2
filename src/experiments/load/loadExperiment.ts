import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { InputError } from '../../io/inputError.js';
import { loadScenario } from '../../sim/scenario/index.js';
import { readJsonFile } from '../../io/readJsonFile.js';
import { validateExperiment, type BaseScenarioFile, type LoadedExperiment, type ValidateExperimentOptions } from './validateExperiment.js';

export type { LoadedExperiment } from './validateExperiment.js';

/**
 * Load an experiment file: read it (line/column on a JSON error), then {@link parseExperiment}
 * with a base scenario given by path read from the experiment file's folder.
 */
export function loadExperiment(path: string): LoadedExperiment {
  return parseExperiment(readJsonFile(path), { file: path, baseDir: dirname(resolve(path)) });
}

/** Validate an already-parsed experiment; `baseDir` resolves a base scenario given by path. */
export function parseExperiment(json: unknown, options: Omit<ValidateExperimentOptions, 'readBaseScenario'> = {}): LoadedExperiment {
  return validateExperiment(json, { ...options, readBaseScenario });
}

/** A base scenario named by path: resolved from `baseDir` (else the working folder) and loaded. */
export function readBaseScenario(path: string, options: { file?: string; baseDir?: string }): BaseScenarioFile {
  const scenarioFile = resolve(options.baseDir ?? process.cwd(), path);
  if (!existsSync(scenarioFile)) {
    throw new InputError({ file: options.file, path: 'scenario', message: `the base scenario ${JSON.stringify(path)} was not found (looked for ${scenarioFile}; a relative path is read from the experiment file's folder)` });
  }
  return { base: loadScenario(scenarioFile), scenarioFile };
}
