import { InputError } from '../../src/io/inputError.js';

/**
 * The {@link InputError} that `run` throws. Any other error is rethrown, and throwing nothing
 * fails with "expected an InputError", so a test built on it cannot pass by accident.
 */
export function inputErrorOf(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}
