export * from './envelope.js';
export * from './analysisResult.js';
export * from './banditResult.js';
export * from './experimentResult.js';
export * from './powerResult.js';
export * from './simulationResult.js';
export * from './sweepResult.js';
export { RESULT_SCHEMAS, type ResultKind } from './resultSchemas.js';
