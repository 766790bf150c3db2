import type { MetricStats } from '../../../../src/stats/index.js';
import { clusterArmStats, type ClusterArmStats, type ClusterTotals } from '../../../../src/stats/cluster/index.js';
import { bernoulli, logNormal, normal, poisson, type Rng } from '../../../../src/sim/random/index.js';

/**
 * Seeded data for the calibration runs: one arm of a live-selling experiment per call, as the
 * sufficient statistics the engine consumes. Every arm draws from its own stream.
 *
 * Per viewer: pre-period spend z ~ LogNormal(2.5, 0.8); spend x = 0.6 z + LogNormal(2, 0.9) + shift
 * (skewed, correlated with z so CUPED has something to remove); purchase ~ Bernoulli(rate); orders
 * d = 1 + Poisson(1.5) with order value LogNormal(3, 0.5)·valueFactor, revenue y = d · value (ratio
 * metric: revenue per order). Clustered data: live sessions of 1 + Poisson(9) viewers, session
 * effect N(0, 0.5²), viewer noise N(0, 1), mean 5 + shift (ICC 0.2).
 */
export interface ArmEffect {
  /** Added to every viewer's spend x. */
  readonly spendShift: number;
  readonly purchaseRate: number;
  /** Multiplies every order value. */
  readonly valueFactor: number;
  /** Added to every clustered value. */
  readonly clusterShift: number;
}

export const NO_EFFECT: ArmEffect = { spendShift: 0, purchaseRate: 0.1, valueFactor: 1, clusterShift: 0 };

/** Expected spend of a control viewer: 0.6·E[z] + E[LogNormal(2, 0.9)]. */
export const CONTROL_SPEND_MEAN = 0.6 * Math.exp(2.5 + 0.32) + Math.exp(2 + 0.405);
/** Expected revenue per order in control: E[LogNormal(3, 0.5)] (order count independent of value). */
export const CONTROL_ORDER_VALUE = Math.exp(3 + 0.125);

export interface ArmData {
  readonly spend: MetricStats;
  readonly purchase: MetricStats;
  readonly revenuePerOrder: MetricStats;
}

export function generateArm(rng: Rng, units: number, effect: ArmEffect): ArmData {
  const pre = logNormal(rng)(2.5, 0.8);
  const noise = logNormal(rng)(2, 0.9);
  const buys = bernoulli(rng)(effect.purchaseRate);
  const orders = poisson(rng)(1.5);
  const value = logNormal(rng)(3, 0.5);
  const s = { n: units, sum: 0, sumSquares: 0, zs: 0, zz: 0, xz: 0 };
  const p = { sum: 0 };
  const r = { sum: 0, sumSquares: 0, ds: 0, dd: 0, yd: 0 };
  for (let i = 0; i < units; i++) {
    const z = pre();
    const x = 0.6 * z + noise() + effect.spendShift;
    s.sum += x; s.sumSquares += x * x; s.zs += z; s.zz += z * z; s.xz += x * z;
    if (buys()) p.sum++;
    const d = 1 + orders();
    const y = d * value() * effect.valueFactor;
    r.sum += y; r.sumSquares += y * y; r.ds += d; r.dd += d * d; r.yd += y * d;
  }
  return {
    spend: { n: units, sum: s.sum, sumSquares: s.sumSquares, covariate: { sum: s.zs, sumSquares: s.zz, sumProduct: s.xz } },
    purchase: { n: units, sum: p.sum, sumSquares: p.sum },
    revenuePerOrder: { n: units, sum: r.sum, sumSquares: r.sumSquares, denominator: { sum: r.ds, sumSquares: r.dd, sumProduct: r.yd } },
  };
}

/** How the sessions of {@link generateClusterArm} look (defaults: the calibration's). */
export interface ClusterArmShape {
  /** Viewers per session are 1 + Poisson(meanExtraViewers). */
  readonly meanExtraViewers: number;
  /** Between-session sd of the session level. */
  readonly sessionSd: number;
  /** Mean level of a session before the shift. */
  readonly baseLevel: number;
}

const CALIBRATION_SHAPE: ClusterArmShape = { meanExtraViewers: 9, sessionSd: 0.5, baseLevel: 5 };

/** One arm of live sessions (clusters) with correlated viewers inside each session (within-session sd 1). */
export function generateClusterArm(rng: Rng, sessions: number, shift: number, shape: ClusterArmShape = CALIBRATION_SHAPE): ClusterArmStats {
  const size = poisson(rng)(shape.meanExtraViewers);
  const sessionEffect = normal(rng)(0, shape.sessionSd);
  const viewer = normal(rng)(0, 1);
  const totals: ClusterTotals[] = [];
  for (let c = 0; c < sessions; c++) {
    const n = 1 + size();
    const level = shape.baseLevel + shift + sessionEffect();
    let sum = 0;
    let sumSquares = 0;
    for (let i = 0; i < n; i++) {
      const y = level + viewer();
      sum += y;
      sumSquares += y * y;
    }
    totals.push({ n, sum, sumSquares });
  }
  return clusterArmStats(totals);
}
