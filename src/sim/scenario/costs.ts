import { z } from 'zod';
import { nonNegative, withDefault } from './field.js';

/**
 * What a session costs, for profit and ROI (docs/model.md § Costs and profit). Promotion spend is
 * `traffic.promotion.budget` and always counts. Coupons already lower the price paid, so their
 * value is inside revenue, not a separate cost. Every default is 0 (not counted): these are the
 * seller's own figures, and no public source gives a typical value.
 */
export const CostsSchema = z
  .strictObject({
    platformCommissionPercent: withDefault(
      z.number().min(0).max(100),
      0,
      'Share of revenue the platform keeps (commission, payment fees).',
      'percent of revenue',
    ),
    perOrder: withDefault(nonNegative(), 0, 'Cost of serving one order (delivery, support, licences).', 'currency per order'),
    hostFee: withDefault(nonNegative(), 0, 'Fixed fee of the host or studio for the session.', 'currency per session'),
    referralRewardPerShare: withDefault(
      nonNegative(),
      0,
      'Reward paid to a buyer who shares the session, when traffic.referral.rewardOffered is true.',
      'currency per share',
    ),
  })
  .describe(
    'Costs of the session. When this block is present (even empty), profit is the quantity to maximise: sweeps and experiment ' +
      'recommendations rank by profit instead of revenue.',
  );

export type Costs = z.output<typeof CostsSchema>;
