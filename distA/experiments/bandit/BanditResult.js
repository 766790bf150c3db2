export {};
//# sourceMappingURL=BanditResult.js.map