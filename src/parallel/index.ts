export { runInWorkers } from './runInWorkers.js';
export type { RunInWorkersOptions } from './runInWorkers.js';
export { compiledModuleUrl } from './compiledModuleUrl.js';
export { siblingModuleUrl } from './siblingModuleUrl.js';
export type { TaskModule } from './taskModule.js';
