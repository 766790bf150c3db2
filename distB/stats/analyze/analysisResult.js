export {};
//# sourceMappingURL=analysisResult.js.map