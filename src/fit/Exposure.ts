import { compilePlan } from '../sim/model/compilePlan.js';
import { planPieces } from '../sim/model/planPieces.js';
import type { Scenario, SegmentEffects } from '../sim/scenario/index.js';
import type { ViewerData } from './ViewerData.js';
import { pow } from '../math/index.js';

/**
 * Where each viewer was while they watched: seconds spent in each piece of the plan (pieces as
 * the model cuts them, docs/model.md § Pieces), plus the plan's own per-piece speeds the
 * likelihoods start from. n × P numbers for n viewers and P pieces (a plan has a few dozen).
 */
export interface Exposure {
  pieces: number;
  starts: Float64Array;
  ends: Float64Array;
  /** Plan segment index of each piece, −1 for plain talk. */
  segment: Int32Array;
  effects: SegmentEffects[];
  /** The plan's patience-use speed per piece (leave multiplier × link annoyance × charisma). */
  leaveSpeed: Float64Array;
  /** ((1 + prompts)/2)^promptElasticity: the host's multiplier of every interaction rate. */
  promptFactor: number;
  /** Seconds viewer v spent in piece p, at [v·pieces + p]. */
  seconds: Float64Array;
  /** Piece in which viewer v left. */
  exitPiece: Int32Array;
}

export function computeExposure(scenario: Scenario, data: ViewerData): Exposure {
  const pieces = planPieces(scenario);
  const compiled = compilePlan(scenario);
  const P = pieces.starts.length;
  const T = scenario.session.durationMinutes * 60;
  const starts = Float64Array.from(pieces.starts);
  const ends = Float64Array.from(starts, (_, p) => (p + 1 < P ? starts[p + 1] : T));
  const seconds = new Float64Array(data.count * P);
  const exitPiece = new Int32Array(data.count);
  for (let v = 0; v < data.count; v++) {
    const a = data.arrival[v];
    const d = data.departure[v];
    for (let p = 0; p < P; p++) {
      const overlap = Math.min(d, ends[p]) - Math.max(a, starts[p]);
      if (overlap > 0) seconds[v * P + p] = overlap;
      if (starts[p] <= d) exitPiece[v] = p;
    }
  }
  const host = scenario.host;
  return {
    pieces: P, starts, ends,
    segment: Int32Array.from(pieces.segment),
    effects: pieces.effects,
    leaveSpeed: Float64Array.from(compiled.arms[0].leaveClock.rates),
    promptFactor: pow((1 + host.promptsPerMinute) / 2, host.promptElasticity),
    seconds, exitPiece,
  };
}
