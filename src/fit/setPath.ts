/**
 * Write `value` at a scenario path such as `plan[3].effects.leaveMultiplier` or
 * `traffic.arrivals.points[2][1]`, creating missing objects on the way. Mutates `root`.
 *
 * @example const s = { plan: [{}] }; setPath(s, 'plan[0].effects.leaveMultiplier', 0.8) // s.plan[0].effects.leaveMultiplier === 0.8
 */
export function setPath(root: Record<string, unknown>, path: string, value: unknown): void {
  const steps = [...path.matchAll(/([A-Za-z0-9_$-]+)|\[(\d+)\]/g)].map((match) => (match[1] !== undefined ? match[1] : Number(match[2])));
  let node = root as Record<string | number, unknown>;
  for (let i = 0; i < steps.length - 1; i++) {
    const next = node[steps[i]];
    if (next === undefined || next === null || typeof next !== 'object') {
      const created = typeof steps[i + 1] === 'number' ? [] : {};
      node[steps[i]] = created;
      node = created as Record<string | number, unknown>;
    } else node = next as Record<string | number, unknown>;
  }
  node[steps[steps.length - 1]] = value;
}
