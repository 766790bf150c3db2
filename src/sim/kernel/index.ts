export { Environment } from './Environment.js';
export type { EnvironmentOptions, EventHandler } from './Environment.js';
export type { EventId } from './EventQueue.js';
