import { InputError } from '../../src/core/errors.js';

/** The InputError `fn` throws, so a test can read its input, value and message; anything else fails. */
export function inputError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('no InputError was thrown');
}
