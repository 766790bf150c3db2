import { InputError } from '../../io/inputError.js';
/**
 * The file formats `livelift schema` prints, by name: each loads its JSON Schema lazily (zod is
 * imported only when a schema is asked for). Add a format with one line.
 */
export const FILE_FORMATS = {
    scenario: async () => (await import('../../sim/scenario/schemas.js')).jsonSchemaFor('scenario'),
    summary: async () => {
        const [{ z }, { SummaryFileSchema }] = await Promise.all([import('zod'), import('../../io/summaryFile/summarySchema.js')]);
        return z.toJSONSchema(SummaryFileSchema);
    },
    experiment: async () => (await import('../../experiments/schema/experimentJsonSchema.js')).experimentJsonSchema(),
};
/**
 * `livelift schema [name]`: print the JSON Schema of a file format (default: scenario), for
 * editors (`"$schema": "./scenario.schema.json"`) and other tools. The schemas are generated from
 * the zod schemas the commands validate with, so they cannot disagree.
 */
export const schemaCommand = {
    command: 'schema [name]',
    describe: `Print the JSON Schema of a livelift file format (${Object.keys(FILE_FORMATS).join(', ')})`,
    builder: (yargs) => yargs
        .positional('name', { type: 'string', default: 'scenario', describe: 'File format' })
        .example('$0 schema > scenarios/scenario.schema.json', 'Regenerate the committed scenario schema'),
    handler: async (argv) => {
        const load = Object.hasOwn(FILE_FORMATS, argv.name) ? FILE_FORMATS[argv.name] : undefined;
        if (load === undefined) {
            throw new InputError({ path: 'name', message: `unknown file format "${argv.name}"; expected one of ${Object.keys(FILE_FORMATS).join(', ')}` });
        }
        process.stdout.write(`${JSON.stringify(await load(), null, 2)}\n`);
    },
};
//# sourceMappingURL=schema.js.map