import { writeDirAtomic } from '../../io/atomicWrite.js';
import { protectOutputs } from '../../io/protectOutputs.js';
import { InputError, type InputProblem } from '../../io/inputError.js';
import { createProgress } from '../../cli/progress.js';
import { checkRunArguments } from '../../cli/runOptions.js';
import { loadExperiment } from '../load/loadExperiment.js';
import { formatPowerText } from './formatPowerText.js';
import { DEFAULT_MAX_SESSIONS_PER_ARM, MAX_SESSIONS_PER_ARM, planPowerBySimulation } from './planPowerBySimulation.js';
import { powerFiles, powerJson } from './powerFiles.js';

/** What `livelift power <experiment>` reads from the command line (the analytic options must be absent). */
export interface PowerSimulationArguments {
  experiment: string;
  targetPower?: number;
  replicates?: number;
  workers?: number;
  seed?: number;
  maxSessions?: number;
  json?: boolean;
  out?: string;
  /** Analytic-mode options, refused here (set them in the experiment file instead). */
  analyticOptionsGiven: string[];
}

/**
 * What `livelift power <experiment>` does once yargs has parsed the command line:
 *
 *   file → loadExperiment (InputError, exit 2, nothing written) → options checked → refuse an
 *   --out holding an input → planPowerBySimulation (a progress bar per size on stderr)
 *   → text | JSON on stdout, result.json + tables/*.csv written atomically with --out
 *
 * @returns the text printed on stdout.
 */
export async function powerSimulationCommand(argv: PowerSimulationArguments): Promise<string> {
  const loaded = loadExperiment(argv.experiment);
  const problems: InputProblem[] = argv.analyticOptionsGiven.map((option) => ({
    path: option,
    message: 'is an option of analytic planning; with an experiment file the design, metric and analysis come from the file',
  }));
  const targetPower = argv.targetPower ?? 0.8;
  if (!(targetPower > 0 && targetPower < 1)) problems.push({ path: '--target-power', message: `must be in (0, 1), got ${argv.targetPower}` });
  const maxSessions = argv.maxSessions ?? DEFAULT_MAX_SESSIONS_PER_ARM;
  if (!(Number.isInteger(maxSessions) && maxSessions >= 2 && maxSessions <= MAX_SESSIONS_PER_ARM)) {
    problems.push({ path: '--max-sessions', message: `must be a whole number from 2 to ${MAX_SESSIONS_PER_ARM}, got ${argv.maxSessions}` });
  }
  const kind = loaded.experiment.design.kind;
  if (kind === 'bandit' || kind === 'sweep') {
    problems.push({ file: argv.experiment, path: 'design.kind', message: `a ${kind} design has no fixed-split test to plan; power planning needs an ab or factorial design` });
  }
  if (problems.length > 0) throw new InputError(problems);
  const run = checkRunArguments(argv, loaded.experiment);
  if (argv.out !== undefined) protectOutputs([{ option: '--out', path: argv.out, kind: 'folder' }], [argv.experiment, ...(loaded.scenarioFile ? [loaded.scenarioFile] : [])]);
  let progress: ReturnType<typeof createProgress> | undefined;
  const result = await planPowerBySimulation(loaded, {
    ...run,
    targetPower,
    maxSessionsPerArm: maxSessions,
    onSize: (size) => {
      progress?.done();
      progress = createProgress({ label: `power: ${size} sessions/arm`, total: run.replicates });
      return (done) => progress?.tick(done);
    },
  });
  progress?.done();
  if (argv.out !== undefined) {
    const { commandReportFiles } = await import('../../report/commandReportFiles.js');
    writeDirAtomic(argv.out, await commandReportFiles(result, argv.experiment, powerFiles(result)));
  }
  if (argv.json) return powerJson(result);
  const text = formatPowerText(result);
  return argv.out !== undefined ? `${text}\nWrote the report (report.html, charts/, tables/, result.json; CSVs in data/) to ${argv.out}\n` : text;
}
