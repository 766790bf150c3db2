export { runInWorkers } from './runInWorkers.js';
export { compiledModuleUrl } from './compiledModuleUrl.js';
//# sourceMappingURL=index.js.map