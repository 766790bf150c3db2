export {};
//# sourceMappingURL=ReturningViewers.js.map