export {};
//# sourceMappingURL=ExperimentPayload.js.map