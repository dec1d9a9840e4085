/**
 * A ready-made mainland-China clinic calendar (public holidays and make-up working days, 调休),
 * built from the maintained `chinese-days` data package (an optional peer dependency: install it
 * to use this entry). Outside the pure core's dependency graph: nothing in `carepath` imports it.
 *
 * The package's date functions read the host's time zone (their answers shift by a day west of
 * UTC), so carepath reads only its data file, `chinese-days/dist/chinese-days.json`.
 *
 * @packageDocumentation
 * @module calendars/china
 */
import chineseDaysData from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { z } from 'zod';
import type { CareError } from '../core/care-error.js';
import { right, type Either } from '../core/either.js';
import { deepFreeze } from '../core/freeze.js';
import { IsoDateSchema } from '../core/iso-date.js';
import { protect } from '../core/protect.js';
import { validate } from '../core/validate.js';
import type { Calendar } from '../schedule/calendar.js';

/**
 * The shape of `chinese-days/dist/chinese-days.json`: dates mapped to `"English,中文,days"`.
 *
 * @category Calendars
 */
export const ChineseDaysDataSchema = z.object({
  holidays: z.record(IsoDateSchema, z.string()),
  workdays: z.record(IsoDateSchema, z.string()),
  inLieuDays: z.record(IsoDateSchema, z.string()).optional(),
});

/** @category Calendars */
export type ChineseDaysData = z.input<typeof ChineseDaysDataSchema>;

/**
 * A clinic {@link Calendar} from chinese-days data (any version a host supplies): closed on
 * Saturday and Sunday and on the State Council's public holidays, open on the make-up working
 * days (调休) even when they fall on a weekend.
 *
 * @param data - the parsed `chinese-days.json`
 * @returns `Right(Calendar)`, deep-frozen, or `Left` when the data has another shape
 *
 * @example
 * ```ts
 * calendarFromChineseDays({ holidays: { '2026-10-01': "National Day,国庆节,7" }, workdays: { '2026-09-27': "National Day,国庆节,7" } });
 * // => Right { id: 'cn-mainland', closedWeekdays: [6, 7], holidays: ['2026-10-01'], workdays: ['2026-09-27'] }
 * ```
 * @category Calendars
 */
export function calendarFromChineseDays(data: unknown): Either<CareError, Calendar> {
  return Object.freeze(protect('calendarFromChineseDays', () => {
    const parsed = validate(ChineseDaysDataSchema, data, 'chinese-days data');
    if (parsed._tag === 'Left') return parsed;
    return right(
      deepFreeze({
        id: 'cn-mainland',
        closedWeekdays: [6, 7],
        holidays: Object.keys(parsed.right.holidays).sort(),
        workdays: Object.keys(parsed.right.workdays).sort(),
      }),
    );
  }));
}

/**
 * The mainland-China calendar of the installed `chinese-days` package (years 2004 to the latest
 * published arrangement).
 *
 * @returns `Right(Calendar)`, or `Left` if the installed package's data has an unexpected shape
 *
 * @example
 * ```ts
 * const calendar = chinaCalendar();
 * scheduleFollowUps(policy, record, { asOf: '2026-09-01', horizon: { value: 3, unit: 'month' }, calendar: calendar.right });
 * // a follow-up due on 2026-10-01 (National Day) moves to the nearest open day in its window
 * ```
 * @category Calendars
 */
export function chinaCalendar(): Either<CareError, Calendar> {
  return calendarFromChineseDays(chineseDaysData);
}
