export {};
//# sourceMappingURL=SimulationResult.js.map