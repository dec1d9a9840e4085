import { careError, internalError, type CareError } from './care-error.js';
import { left, type Either } from './either.js';

/**
 * Runs a computation that should not throw and turns any exception into a `Left`, so that a
 * defect (or a hostile input such as a throwing getter or a cyclic object) never reaches the
 * host as an exception. The thrown value is dropped: its text could quote the input.
 *
 * @category Core
 */
export function protect<T>(where: string, run: () => Either<CareError, T>): Either<CareError, T> {
  try {
    return run();
  } catch (thrown: unknown) {
    if (thrown instanceof RangeError && /call stack/i.test(thrown.message)) {
      return left(careError('invalid-input', `Input to ${where} is nested too deeply to process`));
    }
    return left(internalError(where));
  }
}
