import type { ArmChooser } from '../season/playSeason.js';

/**
 * A bandit policy gives each session of a season to one arm (see `ArmChooser`: it sees only the
 * revenue each arm earned so far). Thompson sampling, the fixed split and the oracle "always arm
 * a" are policies.
 */
export type BanditPolicy = ArmChooser;
