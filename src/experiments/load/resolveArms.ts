import type { InputProblem } from '../../io/inputError.js';
import type { ArmTreatment } from '../../sim/model/ArmTreatment.js';
import type { Scenario } from '../../sim/scenario/index.js';
import type { ArmSpec } from '../design/ArmSpec.js';
import type { Unit } from '../schema/unitSchema.js';
import { scenarioDiff } from '../units/scenarioDiff.js';
import { viewerTreatment } from '../units/viewerTreatment.js';
import { formatSteps } from './jsonPath.js';
import { mergeArmScenario } from './mergeArmScenario.js';

/** An arm ready to simulate. */
export interface ResolvedArm {
  readonly name: string;
  readonly description: string;
  readonly weight: number;
  /** The base scenario with this arm's changes: what a session of this arm runs. */
  readonly scenario: Scenario;
  /**
   * What the model gives this arm's viewers: inside the shared room (viewer and switchback units)
   * the arm's price factor, link placement and coupon; in its own sessions (session unit) only
   * the coupon, everything else being in `scenario`.
   */
  readonly treatment: ArmTreatment;
  /** True when the arm changes nothing relative to the control (an A/A arm: no true effect). */
  readonly identicalToControl: boolean;
  readonly levels?: readonly number[];
  readonly sweepValue?: number | string | boolean;
}

const LABELS = new Set(['$schema', 'name', 'description', 'seed']);

/**
 * Merge every arm into the base scenario and derive what the model needs for the unit. Problems
 * of all arms are collected (each with its path in the experiment file) before giving up.
 */
export function resolveArms(base: Scenario, specs: readonly ArmSpec[], controlIndex: number, unit: Unit, file?: string): { arms: ResolvedArm[]; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  const merged = specs.map((spec) => {
    const result = mergeArmScenario(base, spec.changes, file);
    problems.push(...result.problems);
    return result.scenario;
  });
  if (problems.length > 0) return { arms: [], problems };
  const arms = specs.map((spec, index) => {
    const scenario = merged[index] as Scenario;
    const coupon = spec.changes.find((change) => change.coupon !== undefined)?.coupon;
    let treatment: ArmTreatment = { name: spec.name, ...(coupon ? { couponOnArrival: { value: coupon.value, adEffect: coupon.adEffect } } : {}) };
    if (unit.kind !== 'session') {
      const split = viewerTreatment(spec.name, base, scenario, coupon);
      treatment = split.treatment;
      for (const problem of split.problems) problems.push({ file, path: splitPath(spec, problem.path), message: problem.message });
    }
    return { spec, scenario, treatment };
  });
  const control = arms[controlIndex];
  return {
    arms: arms.map(({ spec, scenario, treatment }) => ({
      name: spec.name,
      description: spec.description,
      weight: spec.weight,
      scenario,
      treatment,
      identicalToControl: sameArm(scenario, treatment, control.scenario, control.treatment),
      ...(spec.levels ? { levels: spec.levels } : {}),
      ...(spec.sweepValue !== undefined ? { sweepValue: spec.sweepValue } : {}),
    })),
    problems,
  };
}

/** Where a change that cannot be split per viewer was written: in the arm's overrides or set. */
function splitPath(spec: ArmSpec, steps: readonly (string | number)[]): string {
  const field = formatSteps(steps);
  for (const change of [...spec.changes].reverse()) {
    const key = Object.keys(change.set).find((candidate) => field === candidate || field.startsWith(candidate + '.') || field.startsWith(candidate + '['));
    if (key !== undefined) return change.setAt ?? `${change.at}.set["${key}"]`;
    if (JSON.stringify(change.overrides) !== '{}' && hasRoot(change.overrides, steps[0])) return `${change.at}.overrides.${field}`;
  }
  return `${spec.changes[0]?.at ?? 'design'}.overrides.${field}`;
}

function hasRoot(overrides: Readonly<Record<string, unknown>>, root: string | number): boolean {
  return typeof root === 'string' && Object.hasOwn(overrides, root);
}

function sameArm(scenario: Scenario, treatment: ArmTreatment, controlScenario: Scenario, controlTreatment: ArmTreatment): boolean {
  const differences = scenarioDiff(controlScenario, scenario).filter((difference) => !LABELS.has(String(difference.path[0])));
  const { name: _a, ...own } = treatment;
  const { name: _b, ...reference } = controlTreatment;
  return differences.length === 0 && scenarioDiff(reference, own).length === 0;
}
