import type { ArmTreatment } from '../../sim/model/ArmTreatment.js';
import type { LinkPlacementName, Scenario } from '../../sim/scenario/index.js';
import type { PathStep } from '../load/jsonPath.js';
import type { ArmCoupon } from '../schema/armSchema.js';
import { scenarioDiff, type Difference } from './scenarioDiff.js';

/** A change an arm makes that one shared room cannot give to some viewers and not others. */
export interface SplitProblem {
  readonly path: PathStep[];
  readonly message: string;
}

/** Scenario fields that only label the plan: they may differ without changing the room. */
const LABELS = new Set(['$schema', 'name', 'description', 'seed']);
/** Relative tolerance when checking that every product's price moved by the same factor. */
const PRICE_TOLERANCE = 1e-9;

/**
 * Turn an arm of a viewer-randomized experiment into the per-viewer treatment the model applies
 * inside the shared room (`ArmTreatment`): the arm's scenario is compared with the room's (base)
 * scenario, and each difference must be one the model can give to some viewers only:
 *
 * - `link.placement` → the arm's link placement;
 * - `products[i].price`, every product scaled by one factor c → price multiplier c;
 * - the arm's arrival coupon → a coupon for each of its viewers.
 *
 * Anything else (host, plan, pitch policy, traffic...) is the same for everyone in a room; it is
 * reported with its path and the advice to randomize by session instead.
 */
export function viewerTreatment(name: string, base: Scenario, arm: Scenario, coupon?: ArmCoupon): { treatment: ArmTreatment; problems: SplitProblem[] } {
  const treatment: { -readonly [K in keyof ArmTreatment]: ArmTreatment[K] } = { name };
  const problems: SplitProblem[] = [];
  const priceChanges: Difference[] = [];
  for (const difference of scenarioDiff(base, arm)) {
    const [first, second, third] = difference.path;
    if (typeof first === 'string' && LABELS.has(first)) continue;
    if (first === 'link' && second === 'placement' && difference.path.length === 2) treatment.linkPlacement = difference.after as LinkPlacementName;
    else if (first === 'products' && typeof second === 'number' && third === 'price' && difference.path.length === 3) priceChanges.push(difference);
    else problems.push({ path: difference.path, message: notSplittable(difference.path) });
  }
  const multiplier = priceMultiplier(base, arm, priceChanges, problems);
  if (multiplier !== 1) treatment.priceMultiplier = multiplier;
  if (coupon !== undefined) treatment.couponOnArrival = { value: coupon.value, adEffect: coupon.adEffect };
  return { treatment, problems };
}

/** The common factor of all price changes, or a problem when products move by different factors. */
function priceMultiplier(base: Scenario, arm: Scenario, changes: Difference[], problems: SplitProblem[]): number {
  if (changes.length === 0) return 1;
  const factors = base.products.map((product, index) => arm.products[index].price / product.price);
  const factor = factors[0];
  const uneven = factors.findIndex((other) => Math.abs(other - factor) > PRICE_TOLERANCE * Math.max(1, factor));
  if (uneven >= 0) {
    problems.push({
      path: ['products', uneven, 'price'],
      message:
        'a viewer-randomized arm can only scale every product\'s price by the same factor ' +
        `(products[0] × ${round(factor)}, products[${uneven}] × ${round(factors[uneven])}); use unit "session" to test other price changes`,
    });
  }
  return factor;
}

function notSplittable(path: readonly PathStep[]): string {
  const field = path.map((step) => (typeof step === 'number' ? `[${step}]` : `.${step}`)).join('').replace(/^\./, '');
  return (
    `"${field}" cannot differ between viewers of one shared room (everyone sees the same host, plan and room); ` +
    'use unit "session" (or a switchback). A viewer-randomized arm may change only link.placement, product prices by one common factor, and its coupon'
  );
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
