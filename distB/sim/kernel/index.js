export { Environment } from './Environment.js';
//# sourceMappingURL=index.js.map