import { z } from 'zod';

/** The file formats `livelift schema` prints (src/cli/commands/schema.ts loads each). */
export const FILE_FORMAT_NAMES = ['scenario', 'summary', 'experiment'] as const;

/** Options of `livelift schema`: the single source of truth for what the command accepts. */
export const SchemaOptionsSchema = z.strictObject({
  name: z.enum(FILE_FORMAT_NAMES, { error: (issue) => `unknown file format "${String(issue.input)}"; expected one of ${FILE_FORMAT_NAMES.join(', ')}` }).default('scenario').describe('File format'),
});
export type SchemaOptions = z.output<typeof SchemaOptionsSchema>;
