/**
 * Sizes of the calibration runs. `npm run calibrate` runs the full size; CALIBRATION_SIZE=ci
 * shrinks every run so that all of them finish in about a minute on two cores.
 */
export interface CalibrationSize {
  readonly name: 'full' | 'ci';
  /** Replicates of the fixed-horizon A/A and A/B runs. */
  readonly fixedReplicates: number;
  /** Replicates of the continuous-peeking runs. */
  readonly peekingReplicates: number;
  /** Data sets of the bootstrap coverage run. */
  readonly bootstrapDatasets: number;
}

export function calibrationSize(): CalibrationSize {
  const requested = process.env.CALIBRATION_SIZE ?? 'full';
  if (requested === 'ci') return { name: 'ci', fixedReplicates: 2000, peekingReplicates: 1000, bootstrapDatasets: 300 };
  if (requested === 'full') return { name: 'full', fixedReplicates: 10_000, peekingReplicates: 5000, bootstrapDatasets: 2000 };
  throw new Error(`CALIBRATION_SIZE must be "ci" or "full", got "${requested}"`);
}
