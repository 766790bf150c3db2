import type { CommandModule } from 'yargs';
import { parseCommandOptions } from '../parseCommandOptions.js';
import { ReportOptionsSchema } from './reportOptions.js';

/**
 * `livelift report result.json --out DIR`: rebuild a full report folder from a saved result.
 *
 *   options (zod) ─▶ runCommandFlow: protect --out ─▶ result.json ─▶ parse, dispatch on kind
 *   ─▶ Report ─▶ render charts ─▶ write DIR atomically ─▶ "Wrote …"
 */
export const reportCommand: CommandModule<object, Record<string, unknown>> = {
  command: 'report <result>',
  describe: 'Rebuild a report (HTML, charts, CSV) from a saved result.json',
  builder: (yargs) =>
    yargs
      .positional('result', { type: 'string', demandOption: true, describe: ReportOptionsSchema.shape.result.description })
      .option('out', { type: 'string', demandOption: true, describe: ReportOptionsSchema.shape.out.description })
      .example('$0 report reports/demo/result.json --out reports/demo-again', 'Rebuild the demo report'),
  handler: async (argv) => {
    process.stdout.write(await runReportCommand(argv));
  },
};

/**
 * What `livelift report` prints (chart warnings go to stderr); the folder is written by
 * runCommandFlow once every chart is rendered.
 * @returns the text for stdout.
 */
export async function runReportCommand(argv: Record<string, unknown>): Promise<string> {
  const options = parseCommandOptions(ReportOptionsSchema, argv);
  const [{ reportFromResultFile }, { reportFiles }, { runCommandFlow }] = await Promise.all([
    import('../../report/reportFromResult.js'),
    import('../../report/writeReport.js'),
    import('../commandFlow.js'),
  ]);
  let count = 0;
  return runCommandFlow({
    inputs: [options.result],
    out: options.out,
    json: false,
    run: async () => reportFromResultFile(options.result),
    toJson: (report) => `${JSON.stringify(report.result, null, 2)}\n`,
    toText: () => '',
    reportFiles: async (report) => {
      const { files, renderWarnings } = await reportFiles(report);
      for (const warning of renderWarnings) process.stderr.write(`livelift: chart warning: ${warning}\n`);
      count = Object.keys(files).length;
      return files;
    },
    wrote: (out) => `Wrote ${count} files to ${out} (open ${out}/report.html)\n`,
  });
}
