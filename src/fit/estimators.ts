import type { Estimator } from './FitContext.js';
import { fitArrivals } from './fitArrivals.js';
import { fitInteractions } from './fitInteractions.js';
import { fitPurchase } from './fitPurchase.js';
import { fitRecommendation } from './fitRecommendation.js';
import { fitSourceMix } from './fitSourceMix.js';
import { fitSourceTrust } from './fitSourceTrust.js';
import { fitSessionVariation } from './fitSessionVariation.js';
import { fitWatchTime } from './fitWatchTime.js';

/**
 * The fitter, one named entry per group of scenario paths, run in this order; each sees the plan
 * with the earlier entries' estimates applied. Likelihood-based where the model's form is stable,
 * simulation-based for the purchase model (docs/fit.md § Why two kinds of estimator). To refit
 * after a model change, change or add an entry here.
 */
export const ESTIMATORS: readonly Estimator[] = [
  {
    name: 'arrivals',
    paths: ['traffic.arrivals', 'traffic.followerNotification', 'traffic.promotion', 'traffic.referral', 'audience.segments[*].share'],
    method: 'Poisson-process maximum likelihood per source (referrals: arrival times given purchase times); multinomial segment shares',
    estimate: fitArrivals,
  },
  {
    name: 'source mix',
    paths: ['traffic.sources.*.segmentShares'],
    method: 'multinomial proportions of the source × segment table (referrals corrected for inherited segments)',
    estimate: fitSourceMix,
  },
  {
    name: 'watch time',
    paths: ['audience.segments[*].watchTime', 'plan[*].effects.leaveMultiplier', 'audience.segments[*].bounce.share', 'traffic.sources.*.patienceMultiplier'],
    method: 'censored survival maximum likelihood in the model\'s operational time, with the fast-bounce mixture and per-source patience multipliers',
    estimate: fitWatchTime,
  },
  {
    name: 'interactions',
    paths: ['audience.segments[*].engagement'],
    method: 'Poisson ratio estimators by segment and kind; negative-binomial moment dispersion',
    estimate: fitInteractions,
  },
  {
    name: 'recommendation',
    paths: ['traffic.recommendation.elasticity', 'traffic.arrivals'],
    method: 'Poisson regression of organic arrivals per minute on the lagged engagement ratio, organic steps profiled out',
    estimate: fitRecommendation,
  },
  {
    name: 'source trust',
    paths: ['traffic.sources.*.trustShift'],
    method: 'simulated moments with common random numbers (each source\'s conversion relative to the reference source, jointly with the overall conversion)',
    estimate: fitSourceTrust,
  },
  {
    name: 'purchase',
    paths: ['purchase.baseline', 'purchase.clickLift', 'purchase.considerationMinutes'],
    method: 'simulated moments with common random numbers (conversion and click rates per arrival, time to first purchase)',
    estimate: fitPurchase,
  },
  {
    name: 'sessions that differ',
    paths: ['session.variation.trafficSd', 'session.variation.warmthSd'],
    method: 'random-effects moments of log arrivals and log conversion per session, pooled with the plan\'s spread',
    estimate: fitSessionVariation,
  },
];
