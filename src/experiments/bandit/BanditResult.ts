import type { Scenario } from '../../sim/scenario/index.js';
import type { Experiment } from '../schema/experimentSchema.js';
import type { ReplicateSummary } from '../season/replicateSummary.js';
import type { SeasonSettings } from '../season/seasonSettings.js';
import type { SeasonSummary } from '../season/seasonSummary.js';
import type { BanditNoteCode } from './banditNotes.js';
import type { BanditSessionPoint, PolicySummary } from './banditSummary.js';
import type { NormalInverseGamma } from './normalInverseGamma.js';

/** One arm of a bandit season. */
export interface BanditArmSummary {
  readonly name: string;
  readonly description: string;
  /** True revenue per session: mean over seasons with every session given to this arm (with its Monte-Carlo error). */
  readonly revenuePerSession: ReplicateSummary;
  readonly isBest: boolean;
  /** Mean sessions per season Thompson sampling gave this arm. */
  readonly thompsonSessions: number;
  /** Mean sessions per season under the fixed split (null when not compared). */
  readonly fixedSessions: number | null;
}

/** What `livelift experiment <bandit file> --json` prints and `--out` saves as result.json. */
export interface BanditResult {
  readonly kind: 'bandit';
  readonly version: string;
  readonly name: string;
  readonly description: string;
  readonly seed: number;
  readonly replicates: number;
  readonly sessionsPerSeason: number;
  readonly reward: 'revenue';
  /** Thompson sampling: sessions per arm in rotation before sampling, and the prior of every arm. */
  readonly warmupSessionsPerArm: number;
  readonly prior: NormalInverseGamma;
  readonly season: SeasonSettings;
  readonly arms: BanditArmSummary[];
  readonly bestArm: string;
  readonly thompson: PolicySummary;
  readonly fixed: PolicySummary | null;
  /** Thompson minus fixed split, paired by replicate. */
  readonly difference: { readonly totalRevenue: ReplicateSummary; readonly cumulativeRegret: ReplicateSummary } | null;
  /** Cumulative regret and share on the best arm after each session, per policy. */
  readonly bySession: BanditSessionPoint[];
  /** Per-session revenue, viewers, returning viewers and followers of each policy's season; the oracle seasons as totals only. */
  readonly seasons: {
    readonly thompson: SeasonSummary;
    readonly fixed: SeasonSummary | null;
    readonly always: { readonly arm: string; readonly totals: SeasonSummary['totals']; readonly returnRate: number | null }[];
  };
  readonly recommendation: { readonly text: string[] };
  readonly notes: { readonly code: BanditNoteCode; readonly message: string }[];
  readonly input: { readonly file: string | null; readonly scenarioFile: string | null; readonly experiment: Experiment; readonly scenario: Scenario };
}
