export {};
//# sourceMappingURL=PowerResult.js.map