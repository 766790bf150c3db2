import type { CommandModule } from 'yargs';
import { workersHelp } from '../runOptionHelp.js';
import { InputError } from '../../io/inputError.js';
import type { PowerPlan, PowerRequest } from '../../stats/power/planPower.js';

/**
 * Options of `livelift power`: analytic planning (--kind, --baseline, …), or planning by
 * simulation when an experiment file is given (`power <experiment> [--target-power 0.8]`).
 */
export interface PowerArguments {
  /** Experiment file: switches to planning by simulation. */
  experiment?: string;
  targetPower?: number;
  replicates?: number;
  workers?: number;
  seed?: number;
  maxSessions?: number;
  poolSessions?: number;
  metric?: string;
  out?: string;
  kind?: string;
  baseline?: number;
  sd?: number;
  mde?: number;
  relative: boolean;
  n?: number;
  alpha: number;
  power: number;
  sides: string;
  split: string;
  sequential: boolean;
  tuning?: number;
  json: boolean;
}

/**
 * `livelift power`: analytic sample size, minimum detectable effect and power; or, given an
 * experiment file, the sessions / viewers per arm its simulated test needs (planning by
 * simulation, src/experiments/simulatedPower/), beside the analytic size that ignores clustering.
 *
 *   options ─▶ validate (InputError, exit 2) ─▶ PowerDesign ─▶ fixed-horizon or sequential solver
 *           ─▶ plan (sample size | MDE + power curve | power) ─▶ text or --json
 *   <experiment> ─▶ powerSimulationCommand (lazy import) ─▶ text | --json, --out DIR
 */
export const powerCommand: CommandModule<object, PowerArguments> = {
  command: 'power [experiment]',
  describe: 'Plan an A/B test: analytically (sample size, MDE, power), or by simulation for an experiment file',
  builder: (yargs) =>
    yargs
      .positional('experiment', { type: 'string', describe: 'Experiment file: find the sessions / viewers per arm by simulation' })
      .option('target-power', { type: 'number', describe: 'Simulation mode: power to reach (default 0.8)' })
      .option('replicates', { type: 'number', describe: 'Simulation mode: simulated tests per size (default: the file\'s "replicates")' })
      .option('workers', { type: 'number', describe: workersHelp('Simulation mode') })
      .option('seed', { type: 'number', describe: 'Simulation mode: random seed (default: the file\'s "seed"); 0 is a valid seed' })
      .option('max-sessions', { type: 'number', describe: 'Simulation mode: largest size to simulate (default 200 shared sessions; session unit: 10,000 sessions per arm, resampled); beyond it the size is extrapolated' })
      .option('pool-sessions', { type: 'number', describe: 'Simulation mode, session unit: sessions per arm simulated for the pool the tests are resampled from (default 200); more narrows the Monte-Carlo interval' })
      .option('metric', { type: 'string', describe: 'Simulation mode: metric to plan on: profit (per session), revenue (per viewer), conversion or another metric name (default: profit when the scenario has costs, else the primary metric)' })
      .option('out', { type: 'string', describe: 'Simulation mode: also write a report folder: report.html, charts/, tables/*.csv and data/*.csv (numbers at full precision; rounding only in report.html and the terminal), result.json. Must be new, empty or written by livelift' })
      .option('kind', { type: 'string', choices: ['proportion', 'mean'], describe: 'Metric: a conversion rate (pooled z-test) or a mean (known sd)' })
      .option('baseline', { type: 'number', describe: 'Control conversion rate in (0, 1), or control mean' })
      .option('sd', { type: 'number', describe: 'Per-unit standard deviation of a mean metric' })
      .option('mde', { type: 'number', describe: 'Effect to detect: absolute difference, or relative lift with --relative (0.05 = 5%)' })
      .option('relative', { type: 'boolean', default: false, describe: '--mde is relative to the baseline' })
      .option('n', { type: 'number', describe: 'Total units in the test, all arms together (split by --split)' })
      .option('alpha', { type: 'number', default: 0.05, describe: 'Significance level' })
      .option('power', { type: 'number', default: 0.8, describe: 'Target power' })
      .option('sides', { type: 'string', choices: ['two', 'greater', 'less'], default: 'two', describe: 'Alternative hypothesis' })
      .option('split', { type: 'string', default: '50,50', describe: 'Shares of control and treatment, e.g. 20,80' })
      .option('sequential', { type: 'boolean', default: false, describe: 'Plan for the peeking-safe confidence sequence' })
      .option('tuning', { type: 'number', describe: 'Tuning sample size of the confidence sequence (default 5000; needs --sequential)' })
      .option('json', { type: 'boolean', default: false, describe: 'Print one JSON object' })
      .example('$0 power --kind proportion --baseline 0.1 --mde 0.05 --relative', 'Units per arm to detect a 5% relative lift on a 10% rate')
      .example('$0 power --kind mean --baseline 40 --sd 25 --n 20000 --split 20,80', 'MDE and power curve for 20,000 units split 20/80')
      .example('$0 power scenarios/experiments/host-strategy.json --target-power 0.8', 'Sessions per arm a real host-strategy test needs, by simulation'),
  handler: async (argv) => {
    if (argv.experiment !== undefined) {
      process.stdout.write(await runPowerSimulation({ ...argv, experiment: argv.experiment }, analyticOptionsGiven(argv)));
      return;
    }
    const request = validatePowerArguments(argv);
    const [{ planPower }, { runCommandFlow }] = await Promise.all([import('../../stats/power/planPower.js'), import('../commandFlow.js')]);
    process.stdout.write(
      await runCommandFlow({
        inputs: [],
        json: argv.json,
        run: async () => planPower(request),
        toJson: (plan) => `${JSON.stringify(plan, null, 2)}\n`,
        toText: formatPowerPlan,
      }),
    );
  },
};

/**
 * What `livelift power <experiment>` prints (files written with --out):
 *
 *   file → loadExperiment → options checked (analytic options refused) → runCommandFlow: protect
 *   outputs → planPowerBySimulation (a progress bar per size) → text | --json → --out DIR
 */
export async function runPowerSimulation(argv: PowerArguments & { experiment: string }, analyticOptions: string[]): Promise<string> {
  const [{ loadExperiment }, { checkRunArguments }, { runCommandFlow }, planning, { formatPowerText }, { powerFiles, powerJson }] = await Promise.all([
    import('../../experiments/load/loadExperiment.js'),
    import('../runOptions.js'),
    import('../commandFlow.js'),
    import('../../experiments/simulatedPower/planPowerBySimulation.js'),
    import('../../experiments/simulatedPower/formatPowerText.js'),
    import('../../experiments/simulatedPower/powerFiles.js'),
  ]);
  const loaded = loadExperiment(argv.experiment);
  const problems: { path: string; message: string; file?: string }[] = analyticOptions.map((option) => ({
    path: option,
    message: 'is an option of analytic planning; with an experiment file the design, metric and analysis come from the file',
  }));
  const targetPower = argv.targetPower ?? 0.8;
  if (!(targetPower > 0 && targetPower < 1)) problems.push({ path: '--target-power', message: `must be in (0, 1), got ${argv.targetPower}` });
  const maxSessions = argv.maxSessions;
  if (maxSessions !== undefined && !(Number.isInteger(maxSessions) && maxSessions >= 2 && maxSessions <= planning.MAX_RESAMPLED_SESSIONS_PER_ARM)) {
    problems.push({ path: '--max-sessions', message: `must be a whole number from 2 to ${planning.MAX_RESAMPLED_SESSIONS_PER_ARM}, got ${argv.maxSessions}` });
  }
  if (argv.poolSessions !== undefined && !(Number.isInteger(argv.poolSessions) && argv.poolSessions >= 10 && argv.poolSessions <= planning.MAX_RESAMPLED_SESSIONS_PER_ARM)) {
    problems.push({ path: '--pool-sessions', message: `must be a whole number from 10 to ${planning.MAX_RESAMPLED_SESSIONS_PER_ARM}, got ${argv.poolSessions}` });
  }
  if (argv.metric !== undefined && !(planning.PLANNING_METRIC_CHOICES as readonly string[]).includes(argv.metric)) {
    problems.push({ path: '--metric', message: `must be one of ${planning.PLANNING_METRIC_CHOICES.join(', ')}, got "${argv.metric}"` });
  }
  const kind = loaded.experiment.design.kind;
  if (kind === 'bandit' || kind === 'sweep') {
    problems.push({ file: argv.experiment, path: 'design.kind', message: `a ${kind} design has no fixed-split test to plan; power planning needs an ab or factorial design` });
  }
  if (problems.length > 0) throw new InputError(problems);
  const run = checkRunArguments(argv, loaded.experiment);
  return runCommandFlow({
    inputs: [argv.experiment, ...(loaded.scenarioFile ? [loaded.scenarioFile] : [])],
    out: argv.out,
    json: argv.json,
    run: (progress) =>
      planning.planPowerBySimulation(loaded, {
        ...run,
        targetPower,
        maxSessionsPerArm: maxSessions,
        poolSessions: argv.poolSessions,
        metric: argv.metric,
        onSize: (size, tasks) => {
          const bar = progress(`power: ${size} sessions/arm`, tasks ?? run.replicates);
          return (done) => bar.tick(done);
        },
      }),
    toJson: powerJson,
    toText: formatPowerText,
    reportFiles: async (result) => (await import('../../report/commandReportFiles.js')).commandReportFiles(result, argv.experiment, powerFiles(result)),
  });
}

export function validatePowerArguments(argv: PowerArguments): PowerRequest {
  const problems: { path: string; message: string }[] = [];
  const fail = (path: string, message: string): void => void problems.push({ path, message });
  const finite = (value: number | undefined): value is number => value !== undefined && Number.isFinite(value);
  if (argv.kind === undefined) fail('--kind', 'is required: proportion or mean');
  if (!finite(argv.baseline)) fail('--baseline', 'is required: the control rate or mean, a number');
  else if (argv.kind === 'proportion' && !(argv.baseline > 0 && argv.baseline < 1)) fail('--baseline', `a conversion rate must be in (0, 1), got ${argv.baseline}`);
  if (argv.kind === 'mean' && !(finite(argv.sd) && argv.sd > 0)) fail('--sd', 'a mean metric needs a positive standard deviation');
  if (argv.kind === 'proportion' && argv.sd !== undefined) fail('--sd', 'applies to --kind mean only');
  if (argv.mde === undefined && argv.n === undefined) fail('--mde', 'give --mde (for a sample size) or --n (for the MDE), or both (for the power)');
  if (argv.mde !== undefined && !(finite(argv.mde) && argv.mde !== 0)) fail('--mde', `must be a non-zero number, got ${argv.mde}`);
  if (argv.relative && argv.mde === undefined) fail('--relative', 'needs --mde');
  if (argv.relative && finite(argv.baseline) && argv.baseline <= 0) fail('--relative', 'a relative effect needs a positive baseline');
  if (argv.n !== undefined && !(Number.isInteger(argv.n) && argv.n >= 4)) fail('--n', `must be a whole number of units ≥ 4, got ${argv.n}`);
  if (!(argv.alpha > 0 && argv.alpha < 1)) fail('--alpha', `must be in (0, 1), got ${argv.alpha}`);
  if (!(argv.power > 0 && argv.power < 1)) fail('--power', `must be in (0, 1), got ${argv.power}`);
  const split = argv.split.split(',').map((part) => Number(part.trim()));
  if (split.length !== 2 || !split.every((share) => Number.isFinite(share) && share > 0)) fail('--split', `must be two positive shares like 50,50, got "${argv.split}"`);
  if (argv.tuning !== undefined && !argv.sequential) fail('--tuning', 'needs --sequential');
  if (argv.tuning !== undefined && !(Number.isFinite(argv.tuning) && argv.tuning > 0)) fail('--tuning', `must be a positive number of units, got ${argv.tuning}`);
  for (const option of SIMULATION_OPTIONS) if (argv[option] !== undefined) fail(`--${kebab(option)}`, 'applies to planning by simulation only: give an experiment file, e.g. livelift power experiment.json');
  if (problems.length === 0 && argv.kind === 'proportion' && argv.mde !== undefined) problems.push(...treatmentRateProblems(argv));
  if (problems.length > 0) throw new InputError(problems);
  return {
    kind: argv.kind as PowerRequest['kind'],
    baseline: argv.baseline!,
    ...(argv.kind === 'mean' ? { sd: argv.sd } : {}),
    alpha: argv.alpha,
    sides: argv.sides as PowerRequest['sides'],
    split: [split[0], split[1]],
    targetPower: argv.power,
    ...(argv.mde !== undefined ? { effect: { value: argv.mde, relative: argv.relative } } : {}),
    ...(argv.n !== undefined ? { totalUnits: argv.n } : {}),
    ...(argv.sequential ? { tuning: argv.tuning ?? 5000 } : {}),
  };
}

/** Options that only planning by simulation reads. */
const SIMULATION_OPTIONS = ['targetPower', 'replicates', 'workers', 'seed', 'maxSessions', 'poolSessions', 'metric', 'out'] as const;

const kebab = (name: string): string => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** Analytic options given on a simulation command line (those with defaults count when changed). */
function analyticOptionsGiven(argv: PowerArguments): string[] {
  const given: string[] = [];
  for (const option of ['kind', 'baseline', 'sd', 'mde', 'n', 'tuning'] as const) if (argv[option] !== undefined) given.push(`--${option}`);
  if (argv.relative) given.push('--relative');
  if (argv.sequential) given.push('--sequential');
  if (argv.alpha !== 0.05) given.push('--alpha');
  if (argv.power !== 0.8) given.push('--power');
  if (argv.sides !== 'two') given.push('--sides');
  if (argv.split !== '50,50') given.push('--split');
  return given;
}

/** A conversion-rate effect must keep the treatment rate inside (0, 1). */
function treatmentRateProblems(argv: PowerArguments): { path: string; message: string }[] {
  const raw = argv.relative ? argv.baseline! * argv.mde! : argv.mde!;
  const delta = argv.sides === 'greater' ? Math.abs(raw) : argv.sides === 'less' ? -Math.abs(raw) : raw;
  const rate = argv.baseline! + delta;
  if (rate > 0 && rate < 1) return [];
  return [{ path: '--mde', message: `the treatment rate ${argv.baseline} ${delta < 0 ? '-' : '+'} ${Math.abs(delta)} = ${rate} is outside (0, 1)` }];
}

/** Plain-words rendering of a plan: rates in percent and points, counts with separators. */
export function formatPowerPlan(plan: PowerPlan): string {
  const { design } = plan;
  const proportion = design.kind === 'proportion';
  const test = `${design.sides === 'two' ? 'two-sided' : `one-sided (${design.sides})`} ${proportion ? 'z-test' : 'test'} at alpha ${design.alpha}`;
  const mode = design.sequential ? `, sequential (confidence sequence, tuning ${count(design.sequential.tuning)})` : '';
  const metric = proportion ? `conversion rate, baseline ${percent(design.baseline)}` : `mean, baseline ${number(design.baseline)}, sd ${number(design.sd!)}`;
  const lines = [`Analytic power: ${metric}; ${test}; split ${design.split.join('/')}${mode}`];
  const effect = (e: { absolute: number; relative: number }): string =>
    `${signed(e.relative * 100)}% relative (${proportion ? `${signed(e.absolute * 100)} percentage points` : `${signed(e.absolute)} absolute`})`;
  if (plan.sampleSize) {
    const s = plan.sampleSize;
    lines.push(`To detect ${effect(s.effect)} with ${percent(design.targetPower)} power:`);
    lines.push(`  control ${count(s.perArm.control)} + treatment ${count(s.perArm.treatment)} = ${count(s.total)} units (power reached ${percent(s.achievedPower)})`);
    if (s.inflation !== undefined) lines.push(`  ${s.inflation.toFixed(2)}× the ${count(s.fixedHorizonTotal!)} units of a fixed-horizon test: the price of peeking safely`);
  }
  if (plan.totalUnits !== undefined) {
    lines.push(`With ${count(plan.totalUnits)} units in total:`);
    if (plan.mde) lines.push(`  minimum detectable effect at ${percent(design.targetPower)} power: ${effect(plan.mde)}`);
    else lines.push(`  no effect within range reaches ${percent(design.targetPower)} power`);
    if (plan.power !== undefined) lines.push(`  power for the given --mde: ${percent(plan.power)}`);
    for (const point of plan.curve ?? []) lines.push(`    ${effect(point.effect).padEnd(48)} power ${percent(point.power)}`);
  }
  return `${lines.join('\n')}\n`;
}

const count = (value: number): string => value.toLocaleString('en-US');
const number = (value: number): string => Number(value.toPrecision(6)).toString();
const percent = (value: number): string => `${Number((value * 100).toPrecision(4))}%`;
const signed = (value: number): string => `${value >= 0 ? '+' : ''}${Number(value.toPrecision(4))}`;
