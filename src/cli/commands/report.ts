import type { CommandModule } from 'yargs';

interface ReportArguments {
  result: string;
  out: string;
}

/**
 * `livelift report result.json --out DIR`: rebuild a full report folder from a saved result.
 *
 *   result.json ─▶ parse, dispatch on kind ─▶ Report ─▶ render charts ─▶ write DIR atomically
 */
export const reportCommand: CommandModule<object, ReportArguments> = {
  command: 'report <result>',
  describe: 'Rebuild a report (HTML, charts, CSV) from a saved result.json',
  builder: (yargs) =>
    yargs
      .positional('result', { type: 'string', demandOption: true, describe: 'A result.json written by --out (or --json) of a livelift command' })
      .option('out', { type: 'string', demandOption: true, describe: 'Report folder to write (report.html, charts/, tables/, result.json); must be new, empty or a report folder livelift wrote, which is replaced atomically' })
      .example('$0 report reports/demo/result.json --out reports/demo-again', 'Rebuild the demo report'),
  handler: async (argv) => {
    const { protectOutputs } = await import('../../io/protectOutputs.js');
    const { reportFromResultFile } = await import('../../report/reportFromResult.js');
    const { writeReport } = await import('../../report/writeReport.js');
    protectOutputs([{ option: '--out', path: argv.out, kind: 'folder' }], [argv.result]);
    const report = reportFromResultFile(argv.result);
    const written = await writeReport(argv.out, report);
    for (const warning of written.renderWarnings) process.stderr.write(`livelift: chart warning: ${warning}\n`);
    process.stdout.write(`Wrote ${written.files.length} files to ${argv.out} (open ${argv.out}/report.html)\n`);
  },
};
