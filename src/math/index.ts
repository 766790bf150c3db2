/**
 * Deterministic elementary functions: the same bits in Node and in every browser, because they
 * use only IEEE-754 exact operations (+ − × ÷ √ and bit access). Each is a port of the fdlibm code
 * Node 20's V8 uses for the Math member of the same name, so results equal Node's Math.* bit for
 * bit (test/math). The simulator and the statistics use these, never Math.exp & co.
 * (test/noLibmMath.test.ts). fmix32, an integer hash finaliser, lives here too: a leaf that the
 * simulator's streams and the CSV reader's hashes share.
 * This module imports nothing outside src/math.
 */
export { cos } from './cos.js';
export { exp } from './exp.js';
export { expm1 } from './expm1.js';
export { log } from './log.js';
export { log1p } from './log1p.js';
export { pow } from './pow.js';
export { sin } from './sin.js';
export { tan } from './tan.js';
export { fmix32 } from './fmix32.js';
export { acos } from './acos.js';
