export {};
//# sourceMappingURL=AggregatedData.js.map