/**
 * Scenario files: zod schemas (the single source of truth), cross-field checks and loading.
 *
 *   file → parseJsonText → ScenarioSchema (defaults, paths) → checkScenario → Scenario
 */
export { ScenarioSchema, MAX_PRODUCTS } from './scenarioSchema.js';
export { AudienceSegmentSchema, WatchTimeSchema } from './audienceSegment.js';
export { TrafficSchema, ArrivalRateSchema } from './traffic.js';
export { HostSchema } from './host.js';
export { ProductSchema } from './product.js';
export { LinkSchema } from './link.js';
export { LINK_PLACEMENTS, LINK_PLACEMENT_NAMES } from './linkPlacement.js';
export { PlanSegmentSchema } from './planSegment.js';
export { SEGMENT_TYPES, SEGMENT_TYPE_NAMES, NEUTRAL_EFFECTS } from './segmentTypes.js';
export { InterestModelSchema } from './interestModel.js';
export { PurchaseModelSchema, TriggersSchema } from './purchaseModel.js';
export { RetentionSchema } from './retention.js';
export { SessionSchema } from './session.js';
export { checkScenario } from './checkScenario.js';
export { loadScenario, parseScenario, applyOverrides } from './loadScenario.js';
export { deepMerge } from './deepMerge.js';
export { parseJsonText, lineColumn } from './parseJsonText.js';
export { zodProblems, formatPath } from './zodProblems.js';
export { FILE_SCHEMAS, jsonSchemaFor } from './schemas.js';
//# sourceMappingURL=index.js.map