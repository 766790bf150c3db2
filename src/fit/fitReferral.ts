import { goldenSection } from './goldenSection.js';
import { invert } from './minimise.js';
import { exp, log } from '../math/index.js';

/** One past session as the referral likelihood sees it (times in seconds since the start). */
export interface ReferralSession {
  /** Session length, seconds. */
  T: number;
  /** Purchase times of the buyers (first_purchase_s), any order. */
  buyTimes: ArrayLike<number>;
  /** Orders of each buyer: each order is a chance to share. */
  orders: ArrayLike<number>;
  /** Arrival times of the referred viewers (source "referral"). */
  arrivals: ArrayLike<number>;
}

/** The referral process fitted to purchase and referral-arrival times. */
export interface ReferralFit {
  /** m = share probability × viewers per share: referred arrivals per order (before the session end cuts them off). */
  perOrder: number;
  /** δ, the mean delay from a purchase to a referred friend's arrival, seconds. */
  delaySeconds: number;
  /** Log-likelihood at the maximum. */
  logLikelihood: number;
  /** Inverse observed information of (log m, log δ), row-major 2 × 2, before any overdispersion factor; null if singular. */
  covariance: Float64Array | null;
  /** Referral arrivals used, and those left out because no purchase came before them. */
  arrivals: number;
  unexplained: number;
}

interface Prepared {
  T: number;
  /** Buyers sorted by purchase time, with their orders. */
  times: Float64Array;
  weights: Float64Array;
  /** Referral arrivals with at least one earlier purchase, and for each the number of buyers before it. */
  arrivals: Float64Array;
  before: Int32Array;
}

function prepare(sessions: readonly ReferralSession[]): { prepared: Prepared[]; unexplained: number } {
  let unexplained = 0;
  const prepared = sessions.map((session) => {
    const order = Array.from(session.buyTimes, (_, i) => i).sort((a, b) => session.buyTimes[a] - session.buyTimes[b]);
    const times = Float64Array.from(order, (i) => session.buyTimes[i]);
    const weights = Float64Array.from(order, (i) => session.orders[i]);
    const arrivals: number[] = [];
    const before: number[] = [];
    for (const t of Array.from(session.arrivals)) {
      let count = 0;
      while (count < times.length && times[count] < t) count++;
      if (count === 0) unexplained++;
      else {
        arrivals.push(t);
        before.push(count);
      }
    }
    return { T: session.T, times, weights, arrivals: Float64Array.from(arrivals), before: Int32Array.from(before) };
  });
  return { prepared, unexplained };
}

/**
 * The pieces of the log-likelihood in δ (seconds) and their first two derivatives in v = log δ:
 * Σ_j log S_j with S_j = Σ_{b: t_b < t_j} w_b·e^(−(t_j − t_b)/δ), and W = Σ_b w_b·(1 − e^(−(T − t_b)/δ)).
 * With x = Δ/δ, d e^(−x)/dv = x·e^(−x) and d² e^(−x)/dv² = (x² − x)·e^(−x). log S_j is taken
 * relative to the latest earlier purchase, so it never underflows.
 */
function pieces(prepared: readonly Prepared[], delta: number) {
  let logS = 0;
  let dLogS = 0;
  let d2LogS = 0;
  let n = 0;
  let W = 0;
  let dW = 0;
  let d2W = 0;
  for (const session of prepared) {
    for (let j = 0; j < session.arrivals.length; j++) {
      const t = session.arrivals[j];
      const nearest = (t - session.times[session.before[j] - 1]) / delta;
      let s = 0;
      let s1 = 0;
      let s2 = 0;
      for (let b = 0; b < session.before[j]; b++) {
        const x = (t - session.times[b]) / delta;
        const e = session.weights[b] * exp(nearest - x);
        s += e;
        s1 += x * e;
        s2 += (x * x - x) * e;
      }
      logS += log(s) - nearest;
      dLogS += s1 / s;
      d2LogS += s2 / s - (s1 / s) * (s1 / s);
      n++;
    }
    for (let b = 0; b < session.times.length; b++) {
      const y = (session.T - session.times[b]) / delta;
      const e = session.weights[b] * exp(-y);
      W += session.weights[b] - e;
      dW -= y * e;
      d2W -= (y * y - y) * e;
    }
  }
  return { n, logS, dLogS, d2LogS, W, dW, d2W };
}

/**
 * Log-likelihood of the referral arrival times given the purchase times, at m (arrivals per
 * order) and δ (seconds). Each order shares with probability p and a share brings Poisson(k)
 * friends, each after an Exp(δ) delay (src/sim/model/recordPurchase.ts); the referral arrivals
 * are then a point process of intensity λ(t) = m·Σ_{b: t_b < t} w_b·e^(−(t − t_b)/δ)/δ, m = p·k,
 * and this is its Poisson-process log-likelihood (Daley & Vere-Jones 2003, §7.1):
 *   ℓ(m, δ) = Σ_j log λ(t_j) − ∫₀ᵀ λ = n·log(m/δ) + Σ_j log S_j(δ) − m·W(δ).
 * The purchase time of every order of a buyer is their first purchase (later ones are not
 * exported; exact when each buyer orders once).
 */
export function referralLogLikelihood(sessions: readonly ReferralSession[], perOrder: number, delaySeconds: number): number {
  const p = pieces(prepare(sessions).prepared, delaySeconds);
  return p.n * log(perOrder / delaySeconds) + p.logS - perOrder * p.W;
}

/**
 * Maximum likelihood of {@link referralLogLikelihood}: for fixed δ, m̂ = n / W(δ); the profile
 * ℓ(m̂(δ), δ) is maximised over log δ ∈ [log 1 s, log(100·T)] by golden section. The covariance is
 * the inverse of the observed information of (log m, log δ), from the analytic second derivatives:
 *   ℓ_uu = −mW, ℓ_uv = −m·W′, ℓ_vv = Σ_j (S_j″/S_j − (S_j′/S_j)²) − m·W″ (u = log m, v = log δ).
 * The process is a Poisson one only when each share brings one friend; a share's friends come
 * together (Bernoulli(p) × Poisson(k) per order: variance / mean = 1 + k(1 − p)), so callers
 * widen the covariance by that factor (a quasi-likelihood dispersion; McCullagh & Nelder 1989, §4.5).
 */
export function fitReferralTimes(sessions: readonly ReferralSession[]): ReferralFit | null {
  const { prepared, unexplained } = prepare(sessions);
  const T = Math.max(...prepared.map((session) => session.T));
  const profile = (v: number) => {
    const p = pieces(prepared, exp(v));
    return p.n * log(p.n / p.W) - p.n * v + p.logS - p.n;
  };
  if (pieces(prepared, T).n === 0) return null;
  const v = goldenSection((x) => -profile(x), 0, log(100 * T));
  const delta = exp(v);
  const p = pieces(prepared, delta);
  const m = p.n / p.W;
  const information = Float64Array.from([m * p.W, m * p.dW, m * p.dW, -(p.d2LogS - m * p.d2W)]);
  return {
    perOrder: m,
    delaySeconds: delta,
    logLikelihood: p.n * log(m / delta) + p.logS - m * p.W,
    covariance: invert(information, 2),
    arrivals: p.n,
    unexplained,
  };
}
