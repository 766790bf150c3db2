/**
 * Scenario files: zod schemas (the single source of truth), cross-field checks and loading.
 *
 *   file → parseJsonText → ScenarioSchema (defaults, paths) → checkScenario → Scenario
 */
export { ScenarioSchema, MAX_PRODUCTS, type Scenario, type ScenarioInput } from './scenarioSchema.js';
export { AudienceSegmentSchema, WatchTimeSchema, type AudienceSegment, type WatchTime } from './audienceSegment.js';
export { TrafficSchema, ArrivalRateSchema, type Traffic, type ArrivalRate } from './traffic.js';
export { SourceAudiencesSchema, RecommendationSchema, SOURCE_AUDIENCE_DEFAULTS, type SourceAudiences, type Recommendation } from './sourceAudience.js';
export { HostSchema, type Host } from './host.js';
export { ProductSchema, type Product } from './product.js';
export { LinkSchema, type Link } from './link.js';
export { LINK_PLACEMENTS, LINK_PLACEMENT_NAMES, type LinkPlacementName } from './linkPlacement.js';
export { PlanSegmentSchema, type PlanSegment, type FlashSaleSegment, type GiveawaySegment, type PitchSegment } from './planSegment.js';
export { SEGMENT_TYPES, SEGMENT_TYPE_NAMES, NEUTRAL_EFFECTS, type SegmentEffects, type SegmentTypeName } from './segmentTypes.js';
export { InterestModelSchema, type InterestModel } from './interestModel.js';
export { PurchaseModelSchema, TriggersSchema, type PurchaseModel, type Triggers } from './purchaseModel.js';
export { RetentionSchema, type Retention } from './retention.js';
export { CostsSchema, type Costs } from './costs.js';
export { SessionSchema, type Session } from './session.js';
export { checkScenario } from './checkScenario.js';
export { loadScenario, parseScenario, applyOverrides } from './loadScenario.js';
export { deepMerge } from './deepMerge.js';
export { parseJsonText, lineColumn } from '../../io/parseJsonText.js';
export { zodProblems, formatPath } from './zodProblems.js';
export { FILE_SCHEMAS, jsonSchemaFor } from './schemas.js';
