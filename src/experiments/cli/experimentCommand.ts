import { writeDirAtomic } from '../../io/atomicWrite.js';
import { protectOutputs } from '../../io/protectOutputs.js';
import { createProgress } from '../../cli/progress.js';
import { loadExperiment } from '../load/loadExperiment.js';
import { experimentFiles } from '../output/experimentFiles.js';
import { formatExperimentText } from '../output/formatExperimentText.js';
import { runExperiment } from '../run/runExperiment.js';
import { formatSweepText } from '../sweep/formatSweepText.js';
import { runSweep } from '../sweep/runSweep.js';
import { sweepFiles } from '../sweep/sweepFiles.js';
import { checkRunArguments, type RunArguments } from '../../cli/runOptions.js';

export interface ExperimentArguments extends RunArguments {
  file: string;
  json?: boolean;
  out?: string;
}

/**
 * What `livelift experiment` does once yargs has parsed the command line:
 *
 *   file → loadExperiment (InputError, exit 2, nothing written) → options checked → refuse an
 *   --out holding an input → runExperiment, or runSweep for a sweep design, or the bandit
 *   runner for a bandit design (progress on stderr)
 *   → text | JSON on stdout; with --out the full report (report.html, charts/, tables/) plus
 *   result.json and the command's CSVs in data/, written atomically
 *
 * @returns the text printed on stdout.
 */
export async function experimentCommand(argv: ExperimentArguments): Promise<string> {
  const loaded = loadExperiment(argv.file);
  if (loaded.experiment.design.kind === 'bandit') {
    const { banditExperimentCommand } = await import('../bandit/banditExperimentCommand.js');
    return banditExperimentCommand(argv, loaded);
  }
  const run = checkRunArguments(argv, loaded.experiment);
  if (argv.out !== undefined) protectOutputs([{ option: '--out', path: argv.out, kind: 'folder' }], [argv.file, ...(loaded.scenarioFile ? [loaded.scenarioFile] : [])]);
  const progress = createProgress({ label: loaded.experiment.design.kind === 'sweep' ? 'sweep' : 'experiment', total: run.replicates });
  const options = { ...run, onProgress: (done: number) => progress.tick(done) };
  let files: Record<string, string>;
  let text: string;
  let result: unknown;
  if (loaded.experiment.design.kind === 'sweep') {
    const sweep = await runSweep(loaded, options);
    [files, text, result] = [sweepFiles(sweep), formatSweepText(sweep), sweep];
  } else {
    const experiment = await runExperiment(loaded, options);
    [files, text, result] = [experimentFiles(experiment), formatExperimentText(experiment), experiment];
  }
  progress.done();
  if (argv.out !== undefined) {
    const { commandReportFiles } = await import('../../report/commandReportFiles.js');
    writeDirAtomic(argv.out, await commandReportFiles(result, argv.file, files));
  }
  if (argv.json) return files['result.json'];
  return argv.out !== undefined ? `${text}\nWrote the report (report.html, charts/, tables/, result.json; CSVs in data/) to ${argv.out}\n` : text;
}
