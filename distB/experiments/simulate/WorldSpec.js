export {};
//# sourceMappingURL=WorldSpec.js.map