import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { InputError, type InputProblem } from '../../io/inputError.js';
import { readJsonFile } from '../../io/readJsonFile.js';
import { loadScenario, parseScenario, zodProblems, type Scenario } from '../../sim/scenario/index.js';
import { expandDesign } from '../design/expandDesign.js';
import { ExperimentSchema, type Experiment } from '../schema/experimentSchema.js';
import { checkExperiment } from './checkExperiment.js';
import { resolveArms, type ResolvedArm } from './resolveArms.js';
import { switchbackProblems } from './switchbackProblems.js';

/** An experiment ready to run: settings, base scenario and arms merged and checked. */
export interface LoadedExperiment {
  /** The experiment as parsed (defaults filled in). */
  readonly experiment: Experiment;
  /** Experiment file as the user named it, if any. */
  readonly file?: string;
  /** Base scenario file (resolved path) when given by path. */
  readonly scenarioFile?: string;
  readonly base: Scenario;
  readonly arms: readonly ResolvedArm[];
  readonly controlIndex: number;
}

/**
 * Load an experiment file:
 *
 *   read ─→ JSON (line/column) ─→ ExperimentSchema (defaults; one problem per issue, with path)
 *   ─→ cross-field checks ─→ base scenario (path relative to the file, or inline) ─→ expand the
 *   design into arms ─→ merge each arm into the base and validate it as a scenario ─→ unit checks
 *   (what can be split per viewer, switchback blocks) ─→ LoadedExperiment
 *
 * Every stage reports all its problems at once as one {@link InputError} (exit 2).
 */
export function loadExperiment(path: string): LoadedExperiment {
  return parseExperiment(readJsonFile(path), { file: path, baseDir: dirname(resolve(path)) });
}

/** Validate an already-parsed experiment; `baseDir` resolves a scenario given by path. */
export function parseExperiment(json: unknown, options: { file?: string; baseDir?: string } = {}): LoadedExperiment {
  const { file } = options;
  const parsed = ExperimentSchema.safeParse(json);
  if (!parsed.success) throw new InputError(zodProblems(parsed.error, file));
  const experiment = parsed.data;
  fail(checkExperiment(experiment, file));
  const { base, scenarioFile } = baseScenario(experiment, options);
  const expanded = expandDesign(experiment.design);
  // Sweeps and bandits give every value or arm whole sessions: nothing is split per viewer.
  const unit = experiment.design.kind === 'sweep' || experiment.design.kind === 'bandit' ? ({ kind: 'session' } as const) : experiment.unit;
  const { arms, problems } = resolveArms(base, expanded.arms, expanded.controlIndex, unit, file);
  fail(problems);
  fail(switchbackProblems(experiment, base, file));
  return { experiment, file, scenarioFile, base, arms, controlIndex: expanded.controlIndex };
}

function baseScenario(experiment: Experiment, options: { file?: string; baseDir?: string }): { base: Scenario; scenarioFile?: string } {
  if (typeof experiment.scenario === 'string') {
    const scenarioFile = resolve(options.baseDir ?? process.cwd(), experiment.scenario);
    if (!existsSync(scenarioFile)) {
      throw new InputError({ file: options.file, path: 'scenario', message: `the base scenario ${JSON.stringify(experiment.scenario)} was not found (looked for ${scenarioFile}; a relative path is read from the experiment file's folder)` });
    }
    return { base: loadScenario(scenarioFile), scenarioFile };
  }
  try {
    return { base: parseScenario(experiment.scenario, options.file) };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError(error.problems.map((problem) => ({ ...problem, path: problem.path === '(root)' || problem.path === undefined ? 'scenario' : `scenario.${problem.path}` })));
  }
}

function fail(problems: InputProblem[]): void {
  if (problems.length > 0) throw new InputError(problems);
}
