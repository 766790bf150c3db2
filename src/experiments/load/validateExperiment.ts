import { InputError, type InputProblem } from '../../io/inputError.js';
import { parseScenario } from '../../sim/scenario/parseScenario.js';
import type { Scenario } from '../../sim/scenario/scenarioSchema.js';
import { zodProblems } from '../../sim/scenario/zodProblems.js';
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

/** A base scenario read from a file named in the experiment. */
export interface BaseScenarioFile {
  readonly base: Scenario;
  readonly scenarioFile: string;
}

/** Where an experiment came from and how to read a base scenario it names by path. */
export interface ValidateExperimentOptions {
  readonly file?: string;
  readonly baseDir?: string;
  /**
   * Reads a base scenario named by path (Node: `readBaseScenario` in loadExperiment.ts). Without
   * it (in the browser) only an inline scenario is accepted.
   */
  readonly readBaseScenario?: (path: string, options: { file?: string; baseDir?: string }) => BaseScenarioFile;
}

/**
 * Validate an experiment:
 *
 *   JSON ─→ ExperimentSchema (defaults; one problem per issue, with path) ─→ cross-field checks
 *   ─→ base scenario (inline, or by path through `readBaseScenario`) ─→ expand the design into
 *   arms ─→ merge each arm into the base and validate it as a scenario ─→ unit checks (what can be
 *   split per viewer, switchback blocks) ─→ LoadedExperiment
 *
 * Every stage reports all its problems at once as one {@link InputError} (exit 2). Imports nothing
 * of Node, so the web workbench runs the same checks.
 */
export function validateExperiment(json: unknown, options: ValidateExperimentOptions = {}): LoadedExperiment {
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

function baseScenario(experiment: Experiment, options: ValidateExperimentOptions): { base: Scenario; scenarioFile?: string } {
  if (typeof experiment.scenario === 'string') {
    if (options.readBaseScenario === undefined) {
      throw new InputError({ file: options.file, path: 'scenario', message: `the base scenario is named by path (${JSON.stringify(experiment.scenario)}), which cannot be read here; put the scenario inline` });
    }
    return options.readBaseScenario(experiment.scenario, options);
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
