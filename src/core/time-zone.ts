import { tzOffset } from '@date-fns/tz';
import { z } from 'zod';
import { careError, type CareError } from './care-error.js';
import { left, right, type Either } from './either.js';
import { instantToEpochMs, type Instant } from './instant.js';
import type { IsoDate } from './iso-date.js';
import { issueParams } from './zod-issues.js';

/**
 * An IANA time zone name such as `Asia/Shanghai`, `America/New_York` or `UTC`. Bare offsets
 * (`+08:00`) are not zones: they do not know daylight saving time.
 *
 * @category Time
 */
export type TimeZone = string;

const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+){0,2}$/;

/**
 * True when the runtime knows `name` as an IANA time zone.
 *
 * @example
 * ```ts
 * isTimeZone('Asia/Shanghai'); // => true
 * isTimeZone('+08:00');        // => false
 * isTimeZone('Mars/Olympus');  // => false
 * ```
 * @category Time
 */
export function isTimeZone(name: string): boolean {
  if (typeof name !== 'string' || !ZONE_NAME.test(name)) return false;
  // tzOffset is NaN for a zone the runtime's tz data does not know. @date-fns/tz keeps one
  // formatter per zone, so this is fast on repeated calls (a new Intl.DateTimeFormat each time
  // costs about 0.2 ms).
  return Number.isFinite(tzOffset(name, new Date(0)));
}

/**
 * Zod schema for an IANA time zone name. Issue code `invalid-time-zone`.
 *
 * @category Time
 */
export const TimeZoneSchema = z.string().superRefine((name, ctx) => {
  if (!isTimeZone(name)) {
    ctx.addIssue({ code: 'custom', message: 'must be an IANA time zone name such as Asia/Shanghai', params: issueParams('invalid-time-zone') });
  }
});

const MS_PER_MINUTE = 60_000;

/**
 * The wall-clock date and time of an instant in a time zone, `YYYY-MM-DDTHH:mm:ss`.
 * Independent of the host's own time zone.
 *
 * @example
 * ```ts
 * localDateTimeOf('2026-03-01T18:30:00Z', 'Asia/Shanghai'); // => Right '2026-03-02T02:30:00'
 * ```
 * @category Time
 */
export function localDateTimeOf(instant: Instant, timeZone: TimeZone): Either<CareError, string> {
  const ms = instantToEpochMs(instant);
  if (ms._tag === 'Left') return ms;
  if (!isTimeZone(timeZone)) {
    return left(
      careError('invalid-time', 'Time zone is invalid', [
        { path: ['timeZone'], code: 'invalid-time-zone', message: 'must be an IANA time zone name such as Asia/Shanghai' },
      ]),
    );
  }
  const offset = tzOffset(timeZone, new Date(ms.right));
  if (!Number.isFinite(offset)) {
    return left(careError('invalid-time', 'Time zone is invalid', [{ path: ['timeZone'], code: 'invalid-time-zone', message: 'has no offset data' }]));
  }
  return right(new Date(ms.right + offset * MS_PER_MINUTE).toISOString().slice(0, 19));
}

/**
 * The calendar date of an instant in a time zone: what the patient's wall calendar shows.
 *
 * @example
 * ```ts
 * localDateOf('2026-03-01T18:30:00Z', 'Asia/Shanghai');    // => Right '2026-03-02'
 * localDateOf('2026-03-01T18:30:00Z', 'America/New_York'); // => Right '2026-03-01'
 * ```
 * @category Time
 */
export function localDateOf(instant: Instant, timeZone: TimeZone): Either<CareError, IsoDate> {
  const local = localDateTimeOf(instant, timeZone);
  return local._tag === 'Left' ? local : right(local.right.slice(0, 10));
}
