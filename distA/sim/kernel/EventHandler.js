export {};
//# sourceMappingURL=EventHandler.js.map