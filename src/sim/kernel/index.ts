export { Environment } from './Environment.js';
export type { EnvironmentOptions } from './Environment.js';
export type { EventHandler, EventId } from './EventHandler.js';
