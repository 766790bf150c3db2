export {};
//# sourceMappingURL=Rng.js.map