export {};
//# sourceMappingURL=BanditPolicy.js.map