/**
 * 10-point Gauss–Legendre rule on [−1, 1], as symmetric pairs ±node with their weight
 * (Abramowitz & Stegun, Table 25.4); exact for polynomials of degree ≤ 19.
 */
export const GAUSS_LEGENDRE_10 = {
  nodes: [0.1488743389816312, 0.4333953941292472, 0.6794095682990244, 0.8650633666889845, 0.9739065285171717],
  weights: [0.2955242247147529, 0.2692667193099963, 0.219086362515982, 0.1494513491505806, 0.0666713443086881],
} as const;

/**
 * Nodes and weights of the composite 10-point Gauss–Legendre rule over [low, high] in `panels`
 * equal panels: Σ weights[i] · f(nodes[i]) ≈ ∫ f. O(panels).
 *
 * @example compositeGaussLegendre(0, 1, 1).weights.reduce((a, b) => a + b) // 1 (to rounding)
 */
export function compositeGaussLegendre(low: number, high: number, panels: number): { nodes: number[]; weights: number[] } {
  const width = (high - low) / panels;
  const nodes: number[] = [];
  const weights: number[] = [];
  for (let p = 0; p < panels; p++) {
    const middle = low + (p + 0.5) * width;
    GAUSS_LEGENDRE_10.nodes.forEach((node, k) => {
      const offset = (node * width) / 2;
      const weight = (GAUSS_LEGENDRE_10.weights[k] * width) / 2;
      nodes.push(middle - offset, middle + offset);
      weights.push(weight, weight);
    });
  }
  return { nodes, weights };
}
