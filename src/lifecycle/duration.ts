import { z } from 'zod';
import type { Instant } from '../core/instant.js';
import { issueParams } from '../core/zod-issues.js';

/**
 * A fixed-length ISO 8601 duration: weeks, days, hours and minutes (`P2W`, `P14D`, `PT48H`,
 * `P1DT12H`). A day is 24 hours. Months and years are not accepted here because they have no fixed
 * length: an effect's due instant must follow from the event's instant alone.
 *
 * @category Lifecycle
 */
export type Duration = string;

const DURATION = /^P(?:(\d{1,4})W)?(?:(\d{1,5})D)?(?:T(?:(\d{1,6})H)?(?:(\d{1,7})M)?)?$/;
const CALENDAR = /^P(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?(?:T.*)?$/;

const MS_PER_MINUTE = 60_000;
const MS_PER_HOUR = 60 * MS_PER_MINUTE;
const MS_PER_DAY = 24 * MS_PER_HOUR;

/**
 * Milliseconds in a fixed-length duration, or `undefined` when the text is not one.
 *
 * @example
 * ```ts
 * durationToMs('PT48H'); // => 172800000
 * durationToMs('P2W');   // => 1209600000
 * durationToMs('P1M');   // => undefined (months have no fixed length)
 * ```
 * @category Lifecycle
 */
export function durationToMs(text: string): number | undefined {
  if (typeof text !== 'string') return undefined;
  const match = DURATION.exec(text);
  if (match === null || text === 'P' || text.endsWith('T')) return undefined;
  const [, weeks = '0', days = '0', hours = '0', minutes = '0'] = match;
  return (Number(weeks) * 7 + Number(days)) * MS_PER_DAY + Number(hours) * MS_PER_HOUR + Number(minutes) * MS_PER_MINUTE;
}

/**
 * Zod schema of a {@link Duration}. Issue code `invalid-format`.
 *
 * @category Lifecycle
 */
export const DurationSchema = z.string().superRefine((text, ctx) => {
  if (durationToMs(text) === undefined) {
    ctx.addIssue({
      code: 'custom',
      message:
        CALENDAR.test(text) && /\d[YM]/.test(text.split('T')[0] ?? '')
          ? 'months and years have no fixed length: write the duration in weeks, days, hours or minutes (P2W, P14D, PT48H)'
          : 'must be an ISO 8601 duration in weeks, days, hours or minutes such as P14D or PT48H',
      params: issueParams('invalid-format'),
    });
  }
});

/**
 * A calendar cadence of one unit (`P1M`, `P3M`, `P1Y`, `P1W`, `P7D`): descriptive metadata of a
 * stage's follow-up policy, expanded into dates by the scheduler in the patient's time zone.
 *
 * @category Lifecycle
 */
export const IsoCadenceSchema = z.string().superRefine((text, ctx) => {
  if (!/^P[1-9]\d{0,3}[YMWD]$/.test(text)) {
    ctx.addIssue({ code: 'custom', message: 'must be a cadence of one unit such as P1M, P3M, P1W or P1Y', params: issueParams('invalid-format') });
  }
});

const OFFSET = /(Z|[+-]\d{2}:\d{2})$/i;

/** Writes epoch milliseconds as an instant in the offset `like` is written in. */
export function formatInstant(ms: number, like: Instant): Instant {
  const zone = OFFSET.exec(like)?.[1] ?? 'Z';
  const offsetMinutes =
    zone.toUpperCase() === 'Z' ? 0 : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  const local = new Date(ms + offsetMinutes * MS_PER_MINUTE).toISOString();
  const body = local.endsWith('.000Z') ? local.slice(0, 19) : local.slice(0, 23);
  return `${body}${zone.toUpperCase() === 'Z' ? 'Z' : zone}`;
}
