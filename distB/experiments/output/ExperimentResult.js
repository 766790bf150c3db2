export {};
//# sourceMappingURL=ExperimentResult.js.map