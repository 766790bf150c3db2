/**
 * The rejection region {(x_t, x_c) : x_c ≤ c[x_t]} of an ordering that rejects more as x_t rises
 * and as x_c falls, as the thresholds c[x_t] (−1: no table with that x_t): a walk up the staircase
 * that calls `rejects` O(n_t + n_c) times. Both monotonicities hold for Fisher's one-sided p and
 * for the score statistic; the python references enumerate every table instead and agree.
 */
export function staircase(nt: number, nc: number, rejects: (xt: number, xc: number) => boolean): Int32Array {
  const thresholds = new Int32Array(nt + 1);
  let c = -1;
  for (let xt = 0; xt <= nt; xt++) {
    while (c < nc && rejects(xt, c + 1)) c++;
    thresholds[xt] = c;
  }
  return thresholds;
}
