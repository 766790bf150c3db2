import { createStream } from '../random/index.js';
/**
 * A tiny deterministic task for testing {@link runInWorkers}: the sum of `draws` uniforms from
 * stream (seed, index, 'selfTest'), so every index has its own reproducible answer.
 */
export function runTask(payload, index) {
    if (index === payload.failAt)
        throw new Error(`self-test failure at ${index}`);
    if (index === payload.unclonableAt)
        return () => { };
    const rng = createStream(payload.seed, index, 'selfTest');
    let sum = 0;
    for (let i = 0; i < payload.draws; i++)
        sum += rng();
    return { index, sum };
}
//# sourceMappingURL=selfTestTask.js.map