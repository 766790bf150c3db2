import type { CommandModule } from 'yargs';
import { parseCommandOptions } from '../parseCommandOptions.js';
import { FILE_FORMAT_NAMES, SchemaOptionsSchema } from './schemaOptions.js';

/**
 * The file formats `livelift schema` prints, by name: each loads its JSON Schema lazily (zod is
 * imported only when a schema is asked for). Add a format with one line.
 */
export const FILE_FORMATS: Record<(typeof FILE_FORMAT_NAMES)[number], () => Promise<Record<string, unknown>>> = {
  scenario: async () => (await import('../../sim/scenario/schemas.js')).jsonSchemaFor('scenario'),
  summary: async () => {
    const [{ z }, { SummaryFileSchema }] = await Promise.all([import('zod'), import('../../io/summaryFile/summarySchema.js')]);
    return z.toJSONSchema(SummaryFileSchema) as Record<string, unknown>;
  },
  experiment: async () => (await import('../../experiments/schema/experimentJsonSchema.js')).experimentJsonSchema(),
};

/**
 * `livelift schema [name]`: print the JSON Schema of a file format (default: scenario), for
 * editors (`"$schema": "./scenario.schema.json"`) and other tools. The schemas are generated from
 * the zod schemas the commands validate with, so they cannot disagree.
 */
export const schemaCommand: CommandModule<object, Record<string, unknown>> = {
  command: 'schema [name]',
  describe: `Print the JSON Schema of a livelift file format (${Object.keys(FILE_FORMATS).join(', ')})`,
  builder: (yargs) =>
    yargs
      .positional('name', { type: 'string', default: 'scenario', describe: SchemaOptionsSchema.shape.name.description })
      .example('$0 schema > scenarios/scenario.schema.json', 'Regenerate the committed scenario schema'),
  handler: async (argv) => {
    process.stdout.write(await runSchemaCommand(argv));
  },
};

/**
 * What `livelift schema` prints: options (zod; an unknown format is named with the allowed ones)
 * ─▶ runCommandFlow (no input, no output file) ─▶ the JSON Schema.
 * @returns the text for stdout.
 */
export async function runSchemaCommand(argv: Record<string, unknown>): Promise<string> {
  const options = parseCommandOptions(SchemaOptionsSchema, argv);
  const { runCommandFlow } = await import('../commandFlow.js');
  return runCommandFlow({
    inputs: [],
    json: true,
    run: () => FILE_FORMATS[options.name](),
    toJson: (schema) => `${JSON.stringify(schema, null, 2)}\n`,
    toText: (schema) => `${JSON.stringify(schema, null, 2)}\n`,
  });
}
