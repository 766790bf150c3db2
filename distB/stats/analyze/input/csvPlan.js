export {};
//# sourceMappingURL=csvPlan.js.map