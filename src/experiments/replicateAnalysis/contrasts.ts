import { armKey } from '../load/armKey.js';
import type { LoadedExperiment } from '../load/loadExperiment.js';

/** A set of arms pooled into one group (one arm, or every arm at one level of a factor). */
export type ArmGroup = readonly number[];

/**
 * What one comparison of the experiment estimates:
 * - arm: an arm against the control;
 * - main: a factor level against the factor's baseline, pooled over the other factors' levels;
 * - interaction: (ℓ, m) − (ℓ, 0) − (0, m) + (0, 0) of two factors, pooled over the others,
 *   i.e. how much the effect of one level changes when the other is switched on (absolute scale).
 */
export interface Contrast {
  readonly name: string;
  readonly kind: 'arm' | 'main' | 'interaction';
  readonly treatment: ArmGroup;
  readonly control: ArmGroup;
  /** Interaction only: the difference subtracted from treatment − control. */
  readonly minus?: { readonly treatment: ArmGroup; readonly control: ArmGroup };
  /** True when every arm compared is identical to its reference: no true effect, by construction. */
  readonly isNull: boolean;
  /** Arm contrasts: the arm's index. */
  readonly arm?: number;
}

/**
 * The comparisons an experiment reports: each arm against the control (A/B/n), or for a factorial
 * the main effect of every non-baseline level and the interaction of every pair of non-baseline
 * levels of two factors.
 */
export function experimentContrasts(loaded: LoadedExperiment): Contrast[] {
  const design = loaded.experiment.design;
  const { arms, controlIndex } = loaded;
  if (design.kind !== 'factorial') {
    return arms.flatMap((arm, index) =>
      index === controlIndex ? [] : [{ name: arm.name, kind: 'arm' as const, treatment: [index], control: [controlIndex], isNull: arm.identicalToControl, arm: index }],
    );
  }
  const levelsOf = (index: number) => arms[index].levels as readonly number[];
  const where = (test: (levels: readonly number[]) => boolean): number[] => arms.map((_, index) => index).filter((index) => test(levelsOf(index)));
  const contrasts: Contrast[] = [];
  design.factors.forEach((factor, f) => {
    for (let level = 1; level < factor.levels.length; level++) {
      const treatment = where((levels) => levels[f] === level);
      const control = where((levels) => levels[f] === 0);
      const isNull = treatment.every((arm, i) => sameAs(loaded, arm, control[i]));
      contrasts.push({ name: `${factor.name}=${factor.levels[level].name}`, kind: 'main', treatment, control, isNull });
    }
  });
  design.factors.forEach((first, f) =>
    design.factors.forEach((second, g) => {
      if (g <= f) return;
      for (let l = 1; l < first.levels.length; l++) {
        for (let m = 1; m < second.levels.length; m++) {
          const cell = (a: number, b: number) => where((levels) => levels[f] === a && levels[g] === b);
          contrasts.push({
            name: `${first.name}=${first.levels[l].name} × ${second.name}=${second.levels[m].name}`,
            kind: 'interaction',
            treatment: cell(l, m),
            control: cell(l, 0),
            minus: { treatment: cell(0, m), control: cell(0, 0) },
            isNull: false,
          });
        }
      }
    }),
  );
  return contrasts;
}

/** Two arms that run exactly the same scenario and treatment (their merged changes cancel out). */
function sameAs(loaded: LoadedExperiment, a: number, b: number): boolean {
  return armKey(loaded.arms[a]) === armKey(loaded.arms[b]);
}
