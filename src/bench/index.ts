import { kernelSection } from './kernel.js';
import { csvSection } from './csv.js';
import { simulateSection } from './simulate.js';
import { experimentSection } from './experiment.js';
import { powerSection } from './power.js';
import { fitSection } from './fit.js';
import type { BenchSection } from './BenchSection.js';

export type { BenchRow, BenchSection } from './BenchSection.js';

/** Every section `npm run bench` runs, in order. Add yours with one line. */
export const sections: BenchSection[] = [
  kernelSection,
  csvSection,
  simulateSection,
  experimentSection,
  powerSection,
  fitSection,
];
