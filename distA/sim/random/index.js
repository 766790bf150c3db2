export { createStream, streamSeed } from './createStream.js';
export { uniform } from './uniform.js';
export { bernoulli } from './bernoulli.js';
export { categorical } from './categorical.js';
export { exponential } from './exponential.js';
export { normal } from './normal.js';
export { logNormal } from './logNormal.js';
export { gamma } from './gamma.js';
export { beta } from './beta.js';
export { poisson } from './poisson.js';
export { nonHomogeneousPoisson } from './nonHomogeneousPoisson.js';
export { logFactorial } from './logFactorial.js';
//# sourceMappingURL=index.js.map