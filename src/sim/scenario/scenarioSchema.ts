import { z } from 'zod';
import { AudienceSegmentSchema } from './audienceSegment.js';
import { FitRecordSchema } from './fitRecord.js';
import { CostsSchema } from './costs.js';
import { block, optional, required, withDefault } from './field.js';
import { HostSchema } from './host.js';
import { InterestModelSchema } from './interestModel.js';
import { LinkSchema } from './link.js';
import { PlanSegmentSchema } from './planSegment.js';
import { ProductSchema } from './product.js';
import { PurchaseModelSchema } from './purchaseModel.js';
import { RetentionSchema } from './retention.js';
import { SessionSchema } from './session.js';
import { TrafficSchema } from './traffic.js';

/** Largest catalogue: a viewer's purchases are kept as a 32-bit mask. */
export const MAX_PRODUCTS = 32;

/**
 * A live-session plan: who watches, how they arrive, what the host does when, what is sold and how
 * viewers decide. The single source of truth for scenario files: the TypeScript type is inferred
 * from it and `livelift schema` prints it as JSON Schema. Cross-field rules (shares sum to 1,
 * segments do not overlap, product ids exist) live in `checkScenario`.
 */
export const ScenarioSchema = z
  .strictObject({
    $schema: optional(z.string(), 'JSON Schema of this file, for editors (e.g. "./scenario.schema.json"); ignored by the simulator.'),
    name: required(z.string().min(1), 'Short name of the session plan, shown in summaries and reports.'),
    description: withDefault(z.string(), '', 'What this plan is about.'),
    seed: withDefault(z.number().int().min(0).max(2 ** 32 - 1), 1, 'Random seed used when the command line gives none (0 is a valid seed).'),
    currency: withDefault(z.string().min(1), 'CNY', 'Currency of all prices and revenue.'),
    session: required(SessionSchema, 'The session as a whole.'),
    host: block(HostSchema, 'The host.'),
    audience: required(
      z.strictObject({
        segments: required(z.array(AudienceSegmentSchema).min(1), 'Audience segments; their shares sum to 1.'),
      }),
      'Who watches.',
    ),
    traffic: required(TrafficSchema, 'Where viewers come from.'),
    products: required(
      z.array(ProductSchema).min(1).max(MAX_PRODUCTS),
      `Catalogue of products on sale (1 to ${MAX_PRODUCTS}).`,
    ),
    pitchPolicy: withDefault(
      z.enum(['fixed_order', 'interest_matched', 'best_seller']),
      'fixed_order',
      'Which product a viewer is shown when no pitch or sale names one: fixed_order (catalogue order, first not yet bought), ' +
        'interest_matched (the product the viewer is most interested in), best_seller (most orders so far this session).',
    ),
    link: block(LinkSchema, 'Purchase link placement.'),
    plan: withDefault(z.array(PlanSegmentSchema), [], 'The host\'s timeline of segments (non-overlapping; gaps are plain talk).'),
    interest: block(InterestModelSchema, 'Interest model coefficients.'),
    purchase: block(PurchaseModelSchema, 'Purchase decision coefficients and decision moments.'),
    retention: block(RetentionSchema, 'Retention.'),
    fit: optional(FitRecordSchema, 'Written by livelift fit: input checksums, estimates with their uncertainty, what was held fixed. Ignored by the simulator.'),
    costs: optional(CostsSchema, 'Costs of the session. Leave out to rank plans by revenue; profit is reported either way (revenue minus promotion spend and any costs given).'),
  })
  .describe('A livelift scenario: one live selling session plan. Times are minutes since the start; money is in `currency`.');

/** A scenario as the simulator sees it: every default filled in. */
export type Scenario = z.output<typeof ScenarioSchema>;
/** A scenario as written in a file: fields with defaults may be left out. */
export type ScenarioInput = z.input<typeof ScenarioSchema>;
