import { careError, type CareError } from './care-error.js';
import { left, right, type Either } from './either.js';
import { isoDateParts, type IsoDate } from './iso-date.js';

/**
 * Age in completed years on a date, as a clinician counts it: the years whose birthday has
 * passed. Someone born on 29 February turns a year older on 1 March in common years.
 *
 * @param birthDate - `YYYY-MM-DD`
 * @param on - `YYYY-MM-DD`, not before `birthDate`
 * @returns `Right` with the age, or `Left` (`invalid-time`) for an invalid date or `on` before birth
 *
 * @example
 * ```ts
 * ageAt('1956-03-15', '2026-03-14'); // => { _tag: 'Right', right: 69 }
 * ageAt('1956-03-15', '2026-03-15'); // => { _tag: 'Right', right: 70 }
 * ageAt('2000-02-29', '2025-02-28'); // => { _tag: 'Right', right: 24 }
 * ```
 * @category Time
 */
export function ageAt(birthDate: IsoDate, on: IsoDate): Either<CareError, number> {
  const born = isoDateParts(birthDate);
  const day = isoDateParts(on);
  if (born === undefined || day === undefined) {
    const issues = [
      ...(born === undefined ? [{ path: ['birthDate'], code: 'invalid-date' as const, message: 'must be a real calendar date written YYYY-MM-DD' }] : []),
      ...(day === undefined ? [{ path: ['on'], code: 'invalid-date' as const, message: 'must be a real calendar date written YYYY-MM-DD' }] : []),
    ];
    return left(careError('invalid-time', 'Cannot compute age', issues));
  }
  let years = day.year - born.year;
  if (day.month < born.month || (day.month === born.month && day.day < born.day)) years -= 1;
  if (years < 0) {
    return left(
      careError('invalid-time', 'Cannot compute age', [
        { path: ['on'], code: 'inconsistent', message: 'is before the birth date' },
      ]),
    );
  }
  return right(years);
}
