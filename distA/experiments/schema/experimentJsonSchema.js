import { z } from 'zod';
import { ExperimentFileSchema } from './experimentSchema.js';
/**
 * JSON Schema (draft 2020-12) of experiment files, as written (fields with defaults optional),
 * with every field's description, unit and default; the inline base scenario is described in
 * full. The same conversion as `livelift schema` uses for scenarios (jsonSchemaFor), so the
 * committed `scenarios/experiments/experiment.schema.json` can be regenerated either way.
 */
export function experimentJsonSchema() {
    const json = z.toJSONSchema(ExperimentFileSchema, { io: 'input', target: 'draft-2020-12' });
    return { ...json, title: 'livelift experiment' };
}
//# sourceMappingURL=experimentJsonSchema.js.map