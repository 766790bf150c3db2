import { z } from 'zod';
import type { Scenario } from '../../sim/scenario/index.js';

/** What a sweep's optimum and an experiment's recommendation maximise. */
export const ObjectiveSchema = z
  .enum(['revenue', 'profit'])
  .describe(
    'What to maximise: revenue per session, or profit per session (revenue minus promotion spend and the scenario\'s costs). ' +
      'Leave out for profit when the scenario has a costs block, else revenue.',
  );

export type Objective = z.output<typeof ObjectiveSchema>;

/**
 * The objective in force: the one asked for, else profit when any of the scenarios has a `costs`
 * block (the seller gave costs, so profit is what they care about), else revenue.
 */
export function resolveObjective(asked: Objective | undefined, scenarios: readonly Pick<Scenario, 'costs'>[]): Objective {
  return asked ?? (scenarios.some((scenario) => scenario.costs !== undefined) ? 'profit' : 'revenue');
}
