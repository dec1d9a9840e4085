import { z } from 'zod';
import { careError, type CareError } from './care-error.js';
import { left, right, type Either } from './either.js';
import { daysInMonth, isoDateParts, MAX_YEAR, MIN_YEAR } from './iso-date.js';
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

const ZERO = 48;

/** Two ASCII digits at `at` as a number, or NaN. */
function digits2(text: string, at: number): number {
  const a = text.charCodeAt(at) - ZERO;
  const b = text.charCodeAt(at + 1) - ZERO;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : Number.NaN;
}

/**
 * The epoch milliseconds of the common shapes `YYYY-MM-DDThh:mm:ssZ` and
 * `YYYY-MM-DDThh:mm:ss±hh:mm` (no fraction), read without a regular expression; `undefined` for
 * anything else, which then takes the full path. Same bounds as {@link InstantSchema}; test/core
 * proves the two paths agree.
 *
 * @internal
 */
export function fastEpochMs(text: string): number | undefined {
  const length = text.length;
  if ((length !== 20 && length !== 25) || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 84 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) return undefined;
  const year = digits2(text, 0) * 100 + digits2(text, 2);
  const month = digits2(text, 5);
  const day = digits2(text, 8);
  const hh = digits2(text, 11);
  const mm = digits2(text, 14);
  const ss = digits2(text, 17);
  // NaN fails every comparison, so a non-digit anywhere falls through to the full path.
  if (!(year >= MIN_YEAR && year <= MAX_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && hh <= 23 && mm <= 59 && ss <= 59)) return undefined;
  let offset = 0;
  if (length === 20) {
    if (text.charCodeAt(19) !== 90) return undefined; // 'Z' (lower-case 'z' takes the full path)
  } else {
    const sign = text.charCodeAt(19);
    const oh = digits2(text, 20);
    const om = digits2(text, 23);
    if ((sign !== 43 && sign !== 45) || text.charCodeAt(22) !== 58 || !(om <= 59 && oh * 60 + om <= MAX_OFFSET_MINUTES)) return undefined;
    offset = (sign === 45 ? -1 : 1) * (oh * 60 + om);
  }
  return Date.UTC(year, month - 1, day, hh, mm, ss) - offset * MS_PER_MINUTE;
}

const NOT_AN_INSTANT = 'must be a date-time with an offset, written YYYY-MM-DDThh:mm:ss±hh:mm or with Z';

function instantProblem(text: string): string | undefined {
  if (typeof text !== 'string') return 'must be a string';
  const match = INSTANT.exec(text);
  return match === null ? NOT_AN_INSTANT : matchProblem(match);
}

function matchProblem(match: RegExpExecArray): string | undefined {
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
  const fast = fastEpochMs(text);
  if (fast !== undefined) return right(fast);
  const match = INSTANT.exec(text);
  const problem = match === null ? NOT_AN_INSTANT : matchProblem(match);
  if (problem !== undefined || match === null) {
    return left(careError('invalid-time', 'Instant is invalid', [{ path: [], code: 'invalid-instant', message: problem ?? NOT_AN_INSTANT }]));
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
