import { basename, dirname, resolve } from 'node:path';
import { writeDirAtomic } from '../../io/atomicWrite.js';
import { protectOutputs } from '../../io/protectOutputs.js';
import { InputError } from '../../io/inputError.js';
import { createProgress } from '../../cli/progress.js';
import { parseExperiment, type LoadedExperiment } from '../load/loadExperiment.js';
import { formatSweepText } from '../sweep/formatSweepText.js';
import { runSweep } from '../sweep/runSweep.js';
import { sweepFiles } from '../sweep/sweepFiles.js';
import { parseSweepValues } from './parseSweepValues.js';
import { checkRunArguments, type RunArguments } from '../../cli/runOptions.js';

export interface SweepArguments extends RunArguments {
  scenario: string;
  param: string;
  values: string;
  sessions?: number;
  json?: boolean;
  out?: string;
}

/** Default replicates of `livelift sweep`. */
export const SWEEP_REPLICATES = 100;

/**
 * What `livelift sweep` does: the command line becomes an experiment with a sweep design, which
 * is validated like an experiment file (each value merged into the scenario and checked), run,
 * and printed or written.
 *
 * @returns the text printed on stdout.
 */
export async function sweepCommand(argv: SweepArguments): Promise<string> {
  const values = parseSweepValues(argv.values);
  const scenarioFile = resolve(argv.scenario);
  const loaded = loadSweep(argv, values, scenarioFile);
  const run = checkRunArguments(argv, { seed: loaded.base.seed, replicates: SWEEP_REPLICATES });
  if (argv.out !== undefined) protectOutputs([{ option: '--out', path: argv.out, kind: 'folder' }], [argv.scenario]);
  const progress = createProgress({ label: 'sweep', total: run.replicates });
  const result = await runSweep(loaded, { ...run, onProgress: (done) => progress.tick(done) });
  progress.done();
  if (argv.out !== undefined) {
    const { commandReportFiles } = await import('../../report/commandReportFiles.js');
    writeDirAtomic(argv.out, await commandReportFiles(result, argv.scenario, sweepFiles(result)));
  }
  if (argv.json) return `${JSON.stringify(result, null, 2)}\n`;
  const text = formatSweepText(result);
  return argv.out !== undefined ? `${text}\nWrote the report (report.html, charts/, tables/, result.json; CSVs in data/) to ${argv.out}\n` : text;
}

/** The sweep as an experiment; problems point at the option that caused them. */
function loadSweep(argv: SweepArguments, values: (number | string | boolean)[], scenarioFile: string): LoadedExperiment {
  const experiment = {
    name: basename(argv.scenario).replace(/\.json$/i, ''),
    scenario: scenarioFile,
    design: { kind: 'sweep', parameter: argv.param, values },
    sessionsPerArm: argv.sessions ?? 1,
  };
  try {
    return parseExperiment(experiment, { baseDir: dirname(scenarioFile) });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    // A problem every value has is the --param's fault (a misspelled field), not the values': say it once, on --param.
    const valueCount = new Map<string, number>();
    for (const problem of error.problems) if (/^design\.values\[\d+\]/.test(problem.path ?? '')) valueCount.set(problem.message, (valueCount.get(problem.message) ?? 0) + 1);
    const problems = error.problems.map((problem) =>
      problem.message.startsWith('cannot set') || valueCount.get(problem.message) === values.length
        ? { ...problem, path: '--param', message: `${argv.param}: ${problem.message.replace(/^after merging into the base scenario, /, '')}` }
        : { ...problem, path: optionPath(problem.path, values) },
    );
    throw new InputError(problems.filter((problem, index) => problems.findIndex((other) => other.path === problem.path && other.message === problem.message) === index));
  }
}

function optionPath(path: string | undefined, values: readonly unknown[]): string | undefined {
  if (path === undefined) return undefined;
  const value = /^design\.values\[(\d+)\]/.exec(path);
  if (value) return `--values (${JSON.stringify(values[Number(value[1])])})`;
  if (path.startsWith('design.parameter')) return '--param';
  if (path === 'sessionsPerArm') return '--sessions';
  return path;
}
