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
  if (KNOWN_ZONES.has(name)) return true;
  // tzOffset is NaN for a zone the runtime's tz data does not know. @date-fns/tz keeps one
  // formatter per zone, so this is fast on repeated calls (a new Intl.DateTimeFormat each time
  // costs about 0.2 ms).
  const known = Number.isFinite(tzOffset(name, new Date(0)));
  if (known) remember(KNOWN_ZONES, name, true);
  return known;
}

const MS_PER_DAY = 86_400_000;
/** Bound of each memo below: past it the memo starts again empty (a memo, not a store). */
const MEMO_LIMIT = 100_000;

/*
 * Memos of pure functions of the runtime's tz data. They are the one kind of module state src/
 * keeps: invisible to callers (same answer with or without them, proven in test/core), bounded,
 * and never holding patient data (keys are zone names and day numbers). Without them every
 * observation costs an Intl.DateTimeFormat call (~5 us), which dominated `assess`.
 */
const KNOWN_ZONES = new Map<string, true>();
const DAY_OFFSETS = new Map<string, number>();

function remember<V>(memo: Map<string, V>, key: string, value: V): void {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
}

/**
 * The UTC offset of a zone at an instant, in minutes (fractional for historic offsets with
 * seconds), as `tzOffset` of @date-fns/tz gives it; NaN for a zone the runtime does not know.
 *
 * Offsets are constant between transitions, and no zone changes its offset twice within one UTC
 * day, so when the offsets at the start of a UTC day and of the next day agree the day has one
 * offset, which is remembered per zone and day. Transition days are computed at the instant.
 *
 * @internal
 */
export function zoneOffsetMinutes(zone: TimeZone, epochMs: number): number {
  const day = Math.floor(epochMs / MS_PER_DAY);
  const key = `${zone}|${String(day)}`;
  const known = DAY_OFFSETS.get(key);
  if (known !== undefined) return known;
  const start = tzOffset(zone, new Date(day * MS_PER_DAY));
  const end = tzOffset(zone, new Date((day + 1) * MS_PER_DAY));
  if (start === end && Number.isFinite(start)) {
    remember(DAY_OFFSETS, key, start);
    return start;
  }
  return tzOffset(zone, new Date(epochMs));
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
  const offset = zoneOffsetMinutes(timeZone, ms.right);
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
