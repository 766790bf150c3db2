import type { Environment } from './Environment.js';

/**
 * What runs when an event fires: `handler(env, target)`. Hot paths pass a module-level function
 * and an integer `target` (say, a viewer slot) so scheduling allocates nothing; readable
 * processes use {@link Environment.process} with a generator instead.
 */
export type EventHandler = (env: Environment, target: number) => void;

/** Names one scheduled event, for {@link Environment.cancel}. Never reused within ~5·10⁸ schedules. */
export type EventId = number;
