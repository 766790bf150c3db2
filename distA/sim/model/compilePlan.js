import { compileArm } from './compileArm.js';
import { compileInteractions } from './compileInteractions.js';
import { compileSelling } from './compileSelling.js';
import { PiecewiseClock } from './PiecewiseClock.js';
import { planPieces } from './planPieces.js';
export function compilePlan(scenario, treatments = []) {
    const T = scenario.session.durationMinutes * 60;
    const pieces = planPieces(scenario);
    const selling = compileSelling(scenario, pieces);
    const { pieceOffer, piecePitchProduct } = selling;
    const interactions = compileInteractions(scenario, pieces.starts, pieces.effects);
    const arms = (treatments.length > 0 ? treatments : [{ name: 'all' }]).map((treatment) => compileArm(scenario, treatment, pieces.starts, pieces.effects, piecePitchProduct, pieceOffer, pieces.liveFrom));
    return {
        durationSeconds: T,
        minutes: Math.ceil(T / 60),
        pieceStarts: Float64Array.from(pieces.starts),
        pieceSegment: Int32Array.from(pieces.segment),
        ...selling,
        ...interactions,
        growthClock: new PiecewiseClock(pieces.starts, pieces.effects.map((effects) => effects.interestGrowthPerMinute / 60)),
        hasGrowth: pieces.effects.some((effects) => effects.interestGrowthPerMinute > 0),
        liveFrom: pieces.liveFrom,
        arms,
    };
}
//# sourceMappingURL=compilePlan.js.map