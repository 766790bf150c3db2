import { kernelSection } from './kernel.js';
import { csvSection } from './csv.js';
import { simulateSection } from './simulate.js';
import { experimentSection } from './experiment.js';
/** Every section `npm run bench` runs, in order. Add yours with one line. */
export const sections = [
    kernelSection,
    csvSection,
    simulateSection,
    experimentSection,
];
//# sourceMappingURL=index.js.map