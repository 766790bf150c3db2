import { z } from 'zod';

/** Options of `livelift report`: the single source of truth for what the command accepts. */
export const ReportOptionsSchema = z.strictObject({
  result: z.string().min(1, 'name a result.json').describe('A result.json written by --out (or --json) of a livelift command'),
  out: z.string().describe('Report folder to write (report.html, charts/, tables/, result.json); must be new, empty or a report folder livelift wrote, which is replaced atomically'),
});
export type ReportOptions = z.output<typeof ReportOptionsSchema>;
