import { z } from 'zod';
import { ScenarioSchema } from './scenarioSchema.js';
/**
 * The simulator's own file formats by name (`livelift schema` lists these and the formats of
 * other modules in FILE_FORMATS, src/cli/commands/schema.ts).
 */
export const FILE_SCHEMAS = {
    scenario: ScenarioSchema,
};
/**
 * JSON Schema (draft 2020-12) of a named file format, describing the file as written (fields with
 * defaults are optional), with every field's description, unit and default.
 */
export function jsonSchemaFor(name) {
    const schema = FILE_SCHEMAS[name];
    if (schema === undefined)
        throw new Error(`no schema named ${name}`);
    const json = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' });
    return { ...json, title: `livelift ${name}` };
}
//# sourceMappingURL=schemas.js.map