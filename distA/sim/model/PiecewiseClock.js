/**
 * An "operational clock" that runs at a piecewise-constant speed: rate r[i] on [b[i], b[i+1]),
 * and the last rate forever after. `cumulativeAt(t)` is Λ(t) = ∫₀ᵗ r(s) ds and `timeWhen(u)` its
 * inverse, the first time Λ reaches u (Infinity if it never does).
 *
 * The model uses it for every time-varying hazard: a Poisson process of rate λ·r(t) is a
 * homogeneous process of rate λ in operational time (Çinlar's time-change theorem), so an event
 * after an Exp(λ) operational gap lands at timeWhen(Λ(now) + gap), and a viewer whose patience W
 * is used up at speed r(t) leaves at timeWhen(Λ(arrival) + W). No polling, no rescheduling.
 * Source: Çinlar (1975), Introduction to Stochastic Processes, §4.7; Lewis & Shedler (1979).
 *
 * Lookups are binary searches over the breakpoints (a plan has a few dozen at most).
 *
 * @example
 * const clock = new PiecewiseClock([0, 60], [1, 2]); // speed doubles after a minute
 * clock.cumulativeAt(90); // 60 + 2·30 = 120
 * clock.timeWhen(120);    // 90
 */
export class PiecewiseClock {
    starts;
    rates;
    /** Λ at each piece's start. */
    cumulative;
    /** True when all pieces run at the same speed (then lookups skip the search). */
    uniform;
    constructor(starts, rates) {
        if (starts.length === 0 || starts.length !== rates.length)
            throw new RangeError('PiecewiseClock: need one rate per piece start');
        if (starts[0] !== 0)
            throw new RangeError('PiecewiseClock: the first piece must start at 0');
        this.starts = Float64Array.from(starts);
        this.rates = Float64Array.from(rates);
        this.cumulative = new Float64Array(starts.length);
        for (let i = 0; i < starts.length; i++) {
            if (!(rates[i] >= 0 && rates[i] < Infinity))
                throw new RangeError(`PiecewiseClock: rate ${rates[i]} must be finite and ≥ 0`);
            if (i > 0) {
                if (!(starts[i] > starts[i - 1]))
                    throw new RangeError('PiecewiseClock: piece starts must increase');
                this.cumulative[i] = this.cumulative[i - 1] + rates[i - 1] * (starts[i] - starts[i - 1]);
            }
        }
        this.uniform = rates.every((rate) => rate === rates[0]);
    }
    /** Index of the piece containing t (t ≥ 0). */
    pieceAt(t) {
        const starts = this.starts;
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (starts[middle] <= t)
                low = middle;
            else
                high = middle - 1;
        }
        return low;
    }
    /** Λ(t) = ∫₀ᵗ r(s) ds. */
    cumulativeAt(t) {
        if (this.uniform)
            return this.rates[0] * t;
        const i = this.pieceAt(t);
        return this.cumulative[i] + this.rates[i] * (t - this.starts[i]);
    }
    /** The first time s with Λ(s) ≥ u; Infinity if Λ never gets there. */
    timeWhen(u) {
        if (this.uniform)
            return this.rates[0] > 0 ? u / this.rates[0] : u <= 0 ? 0 : Infinity;
        const cumulative = this.cumulative;
        if (u <= 0)
            return 0;
        // Last piece whose start has Λ strictly below u: the answer lies inside it.
        let low = 0;
        let high = cumulative.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (cumulative[middle] < u)
                low = middle;
            else
                high = middle - 1;
        }
        const rate = this.rates[low];
        return rate > 0 ? this.starts[low] + (u - cumulative[low]) / rate : Infinity;
    }
    /** The time at which `amount` more operational time has passed after real time t. */
    advance(t, amount) {
        const later = this.timeWhen(this.cumulativeAt(t) + amount);
        return later > t ? later : t;
    }
}
//# sourceMappingURL=PiecewiseClock.js.map