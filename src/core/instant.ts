import { z } from 'zod';
import { careError, type CareError } from './care-error.js';
import { left, right, type Either } from './either.js';
import { isoDateParts } from './iso-date.js';
import { issueParams } from './zod-issues.js';

/**
 * An instant: ISO 8601 / RFC 3339 date-time with an explicit offset, such as
 * `2026-03-01T08:30:00+08:00` or `2026-03-01T00:30:00Z`. A date-time without an offset is not an
 * instant (its meaning would depend on the host's time zone) and is rejected.
 *
 * @category Time
 */
export type Instant = string;

const INSTANT =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|([+-])(\d{2}):(\d{2}))$/i;

// RFC 3339 section 5.6 bounds hours, minutes and seconds; real-world UTC offsets run from -12:00
// to +14:00 (IANA tz database), and RFC 3339 allows any offset below 24 h: accept up to 18:00,
// the range java.time and Temporal accept.
const MAX_OFFSET_MINUTES = 18 * 60;

const MS_PER_MINUTE = 60_000;

function instantProblem(text: string): string | undefined {
  if (typeof text !== 'string') return 'must be a string';
  const match = INSTANT.exec(text);
  if (match === null) return 'must be a date-time with an offset, written YYYY-MM-DDThh:mm:ss±hh:mm or with Z';
  const [, date = '', hh = '', mm = '', ss = '00', , zone = '', , oh = '00', om = '00'] = match;
  if (isoDateParts(date) === undefined) return 'has a date that is not a real calendar date between 1850 and 2300';
  if (Number(hh) > 23 || Number(mm) > 59 || Number(ss) > 59) return 'has a time of day that does not exist';
  if (zone.toUpperCase() !== 'Z' && (Number(om) > 59 || Number(oh) * 60 + Number(om) > MAX_OFFSET_MINUTES)) {
    return 'has an offset outside -18:00..+18:00';
  }
  return undefined;
}

/**
 * Zod schema for an {@link Instant}. Issue code `invalid-instant`.
 *
 * @category Time
 */
export const InstantSchema = z.string().superRefine((text, ctx) => {
  const problem = instantProblem(text);
  if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem, params: issueParams('invalid-instant') });
});

/**
 * Milliseconds since 1970-01-01T00:00:00Z of an instant, or `Left` when it is not a valid
 * instant. Fractions beyond milliseconds are truncated.
 *
 * @example
 * ```ts
 * instantToEpochMs('1970-01-01T08:00:00+08:00'); // => { _tag: 'Right', right: 0 }
 * instantToEpochMs('2026-03-01T08:00:00');       // => Left: an offset is required
 * ```
 * @category Time
 */
export function instantToEpochMs(text: unknown): Either<CareError, number> {
  if (typeof text !== 'string') {
    return left(careError('invalid-time', 'Instant is invalid', [{ path: [], code: 'invalid-type', message: 'expected string' }]));
  }
  const problem = instantProblem(text);
  const match = INSTANT.exec(text);
  if (problem !== undefined || match === null) {
    return left(
      careError('invalid-time', 'Instant is invalid', [
        { path: [], code: 'invalid-instant', message: problem ?? 'is not an instant' },
      ]),
    );
  }
  const [, date = '', hh = '', mm = '', ss = '0', fraction = '', zone = '', sign = '+', oh = '0', om = '0'] = match;
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const ms = Number(fraction.padEnd(3, '0').slice(0, 3));
  const local = Date.UTC(year, month - 1, day, Number(hh), Number(mm), Number(ss), ms);
  const offset = zone.toUpperCase() === 'Z' ? 0 : (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om));
  return right(local - offset * MS_PER_MINUTE);
}

/**
 * Writes milliseconds since the epoch as a UTC instant (`...Z`).
 *
 * @example
 * ```ts
 * epochMsToInstant(0); // => '1970-01-01T00:00:00.000Z'
 * ```
 * @category Time
 */
export function epochMsToInstant(ms: number): Instant {
  return new Date(ms).toISOString();
}
