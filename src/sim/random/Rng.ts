/**
 * A source of uniform random numbers in [0, 1), like the global generator but seeded and passed in
 * explicitly. Only the runner creates one, with {@link createStream}; everything else receives it.
 */
export type Rng = () => number;
