export {};
//# sourceMappingURL=ArmTreatment.js.map