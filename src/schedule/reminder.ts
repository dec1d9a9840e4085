import { careError, type CareError } from '../core/care-error.js';
import { left, right, type Either } from '../core/either.js';
import { isoDateParts, type IsoDate } from '../core/iso-date.js';
import { isTimeZone, zoneOffsetMinutes, type TimeZone } from '../core/time-zone.js';
import { dayOfIso, isoOfDay } from './civil.js';
import type { Reminder } from './follow-up.js';

/*
 * Wall time -> instant in an IANA zone, with carepath's DST policy (docs/concepts.md, "Time";
 * docs/schedule.md, "Reminders and daylight saving time"):
 *   - a wall time that does not exist (spring-forward gap) moves forward by the length of the
 *     gap: 02:30 on the day New York springs forward is 03:30 EDT;
 *   - an ambiguous wall time (fall-back overlap) takes the earlier offset, i.e. the first of the
 *     two instants: 01:30 on the day New York falls back is 01:30 EDT (-04:00).
 * This is the `compatible` disambiguation of TC39 Temporal and RFC 5545 section 3.3.5.
 */

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/** Offset of a zone at an instant in whole minutes (historic offsets with seconds are rounded). */
function offsetAt(zone: TimeZone, ms: number): number {
  return Math.round(zoneOffsetMinutes(zone, ms));
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

/** `+08:00`, `-04:00`, `+10:30`; UTC is written `+00:00` so every reminder has the same shape. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

/** The resolution of a wall time in a zone. */
export interface ResolvedWallTime {
  /** RFC 3339 with the zone's offset at that instant. */
  readonly instant: string;
  readonly epochMs: number;
  readonly localDate: IsoDate;
  /** HH:mm actually shown on the wall clock (later than asked in a gap). */
  readonly localTime: string;
  readonly resolution: 'exact' | 'dst-gap' | 'dst-overlap-earlier';
}

/**
 * Resolves a local wall time (date, minutes after midnight) in a zone already checked with
 * isTimeZone, following the DST policy above.
 */
export function resolveWallTime(date: IsoDate, minuteOfDay: number, zone: TimeZone): ResolvedWallTime {
  const wall = dayOfIso(date) * MS_PER_DAY + minuteOfDay * MS_PER_MINUTE;
  // The offsets in force a day either side of the wall time bracket any transition near it.
  const before = offsetAt(zone, wall - MS_PER_DAY);
  const after = offsetAt(zone, wall + MS_PER_DAY);
  const candidates = [...new Set([before, after])]
    .map((offset) => wall - offset * MS_PER_MINUTE)
    .filter((ms) => wall - offsetAt(zone, ms) * MS_PER_MINUTE === ms)
    .sort((a, b) => a - b);
  let ms: number;
  let resolution: ResolvedWallTime['resolution'];
  if (candidates.length === 0) {
    // A gap: read the wall time with the offset before the transition, which lands after it.
    ms = wall - before * MS_PER_MINUTE;
    resolution = 'dst-gap';
  } else {
    ms = candidates[0] ?? wall;
    resolution = candidates.length > 1 ? 'dst-overlap-earlier' : 'exact';
  }
  const offset = offsetAt(zone, ms);
  const local = new Date(ms + offset * MS_PER_MINUTE).toISOString();
  const localDate = local.slice(0, 10);
  const localTime = local.slice(11, 16);
  return { instant: `${localDate}T${localTime}:${local.slice(17, 19)}${formatOffset(offset)}`, epochMs: ms, localDate, localTime, resolution };
}

function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** True when a minute of the day lies in quiet hours [start, end) (which may wrap midnight). */
export function inQuietHours(minute: number, quiet: { readonly start: string; readonly end: string } | undefined): boolean {
  if (quiet === undefined) return false;
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  if (start === end) return false;
  return start < end ? minute >= start && minute < end : minute >= start || minute < end;
}

/** The default reminder time of day, carepath's choice (docs/schedule.md). */
export const DEFAULT_REMINDER_TIME = '09:00';
/** Reminders go out this many days before the due date by default, carepath's choice (docs/schedule.md). */
export const DEFAULT_REMINDER_DAYS_BEFORE = 1;

/**
 * The reminder of a follow-up due on `due`: `daysBefore` days earlier at `time` in the zone,
 * moved to the end of the quiet hours when it falls inside them, then resolved with the DST
 * policy.
 */
export function reminderFor(
  due: IsoDate,
  zone: TimeZone,
  spec: { readonly time?: string | undefined; readonly daysBefore?: number | undefined } | undefined,
  quiet: { readonly start: string; readonly end: string } | undefined,
): Reminder {
  const shifted: Reminder['shifted'][number][] = [];
  let minute = minutesOf(spec?.time ?? DEFAULT_REMINDER_TIME);
  let date = isoOfDay(dayOfIso(due) - (spec?.daysBefore ?? DEFAULT_REMINDER_DAYS_BEFORE));
  if (inQuietHours(minute, quiet) && quiet !== undefined) {
    const end = minutesOf(quiet.end);
    // Quiet hours that wrap midnight end the next morning when the reminder falls before midnight.
    if (end < minute) date = isoOfDay(dayOfIso(date) + 1);
    minute = end;
    shifted.push('quiet-hours');
  }
  const resolved = resolveWallTime(date, minute, zone);
  if (resolved.resolution !== 'exact') shifted.push(resolved.resolution);
  return { at: resolved.instant, timeZone: zone, localDate: resolved.localDate, localTime: resolved.localTime, shifted };
}

/**
 * The instant of a local wall time in an IANA zone, with carepath's DST policy: a wall time
 * that does not exist moves forward by the length of the gap; an ambiguous one takes the earlier
 * offset (the first of the two instants). Independent of the host's time zone.
 *
 * @param date - the local calendar date `YYYY-MM-DD`
 * @param time - the local time `HH:mm`
 * @param timeZone - an IANA zone name
 * @returns `Right({ instant, localDate, localTime, resolution })` with the instant written with its
 *   offset, or `Left` (`invalid-time`) for an invalid date, time or zone
 *
 * @example
 * ```ts
 * localTimeToInstant('2026-03-08', '02:30', 'America/New_York');
 * // => Right { instant: '2026-03-08T03:30:00-04:00', localTime: '03:30', resolution: 'dst-gap', ... }
 * localTimeToInstant('2026-11-01', '01:30', 'America/New_York');
 * // => Right { instant: '2026-11-01T01:30:00-04:00', resolution: 'dst-overlap-earlier', ... }
 * localTimeToInstant('2026-03-08', '09:00', 'Asia/Shanghai');
 * // => Right { instant: '2026-03-08T09:00:00+08:00', resolution: 'exact', ... }
 * ```
 * @category Schedule
 */
export function localTimeToInstant(date: unknown, time: unknown, timeZone: unknown): Either<CareError, Omit<ResolvedWallTime, 'epochMs'>> {
  try {
    const issues = [];
    if (typeof date !== 'string' || isoDateParts(date) === undefined) issues.push({ path: ['date'], code: 'invalid-date' as const, message: 'must be a calendar date written YYYY-MM-DD' });
    if (typeof time !== 'string' || !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) issues.push({ path: ['time'], code: 'invalid-format' as const, message: 'must be a time of day HH:mm' });
    if (typeof timeZone !== 'string' || !isTimeZone(timeZone)) issues.push({ path: ['timeZone'], code: 'invalid-time-zone' as const, message: 'must be an IANA time zone name such as Asia/Shanghai' });
    if (issues.length > 0) return Object.freeze(left(careError('invalid-time', 'Local time is invalid', issues)));
    const resolved = resolveWallTime(date as string, minutesOf(time as string), timeZone as string);
    return Object.freeze(right(Object.freeze({ instant: resolved.instant, localDate: resolved.localDate, localTime: resolved.localTime, resolution: resolved.resolution })));
  } catch {
    return Object.freeze(left(careError('internal', 'Unexpected failure in localTimeToInstant; this is a carepath defect, please report it')));
  }
}
