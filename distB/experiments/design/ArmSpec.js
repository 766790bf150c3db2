export {};
//# sourceMappingURL=ArmSpec.js.map