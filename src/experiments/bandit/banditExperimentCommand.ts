import { writeDirAtomic } from '../../io/atomicWrite.js';
import { protectOutputs } from '../../io/protectOutputs.js';
import { createProgress } from '../../cli/progress.js';
import { checkRunArguments, type RunArguments } from '../../cli/runOptions.js';
import type { LoadedExperiment } from '../load/loadExperiment.js';
import { banditFiles, banditJson } from './banditFiles.js';
import { formatBanditText } from './formatBanditText.js';
import { runBanditExperiment } from './runBanditExperiment.js';

export interface BanditArguments extends RunArguments {
  file: string;
  json?: boolean;
  out?: string;
}

/**
 * What `livelift experiment <bandit file>` does once the file is loaded (the experiment command
 * hands bandit designs here):
 *
 *   options checked → refuse an --out holding an input → runBanditExperiment (progress on
 *   stderr) → text | JSON on stdout, result.json + tables/*.csv written atomically with --out
 *
 * @returns the text printed on stdout.
 */
export async function banditExperimentCommand(argv: BanditArguments, loaded: LoadedExperiment): Promise<string> {
  const run = checkRunArguments(argv, loaded.experiment);
  if (argv.out !== undefined) protectOutputs([{ option: '--out', path: argv.out, kind: 'folder' }], [argv.file, ...(loaded.scenarioFile ? [loaded.scenarioFile] : [])]);
  const progress = createProgress({ label: 'bandit', total: run.replicates });
  const result = await runBanditExperiment(loaded, { ...run, onProgress: (done) => progress.tick(done) });
  progress.done();
  if (argv.out !== undefined) {
    const { commandReportFiles } = await import('../../report/commandReportFiles.js');
    writeDirAtomic(argv.out, await commandReportFiles(result, argv.file, banditFiles(result)));
  }
  if (argv.json) return banditJson(result);
  const text = formatBanditText(result);
  return argv.out !== undefined ? `${text}\nWrote the report (report.html, charts/, tables/, result.json; CSVs in data/) to ${argv.out}\n` : text;
}
