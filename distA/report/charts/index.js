export * from './funnelChart.js';
export * from './timelineChart.js';
export * from './decompositionChart.js';
export * from './forestChart.js';
export * from './posteriorChart.js';
export * from './sequentialChart.js';
export * from './powerCurveChart.js';
export * from './sweepCurveChart.js';
export * from './liftDistributionChart.js';
export * from './segmentBreakdownChart.js';
export * from './srmChart.js';
export * from './banditChart.js';
//# sourceMappingURL=index.js.map