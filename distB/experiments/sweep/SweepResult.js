export {};
//# sourceMappingURL=SweepResult.js.map