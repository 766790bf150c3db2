export {};
//# sourceMappingURL=specTypes.js.map