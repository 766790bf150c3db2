export { runInWorkers } from './runInWorkers.js';
export type { RunInWorkersOptions } from './runInWorkers.js';
export { compiledModuleUrl } from './compiledModuleUrl.js';
export type { TaskModule } from './taskModule.js';
