export {};
//# sourceMappingURL=RunResult.js.map