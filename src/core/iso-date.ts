import { z } from 'zod';
import { careError, type CareError } from './care-error.js';
import { left, right, type Either } from './either.js';
import { issueParams } from './zod-issues.js';

/**
 * A calendar date, `YYYY-MM-DD` (ISO 8601 extended format), with no time and no zone.
 *
 * @category Time
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

// Data-entry bounds, not clinical numbers: carepath's own choice (docs/concepts.md, "Time"). They
// keep date arithmetic in a range where every year has a proleptic Gregorian meaning and catch
// slips such as a two-digit year typed as 0045.
/** @internal */
export const MIN_YEAR = 1850;
/** @internal */
export const MAX_YEAR = 2300;

const MS_PER_DAY = 86_400_000;

/** True for leap years of the Gregorian calendar. @category Time */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Days in a month of the Gregorian calendar (`month` 1-12).
 *
 * @example
 * ```ts
 * daysInMonth(2024, 2); // => 29
 * daysInMonth(2026, 2); // => 28
 * ```
 * @category Time
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The parts of a calendar date. @category Time */
export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * Splits a `YYYY-MM-DD` string into numbers, or `undefined` when it is not a real calendar date
 * (2026-02-30, 2025-02-29, 2026-13-01) or lies outside the years 1850-2300.
 *
 * @example
 * ```ts
 * isoDateParts('2024-02-29'); // => { year: 2024, month: 2, day: 29 }
 * isoDateParts('2026-02-30'); // => undefined
 * ```
 * @category Time
 */
export function isoDateParts(text: string): DateParts | undefined {
  if (typeof text !== 'string') return undefined;
  const match = ISO_DATE.exec(text);
  if (match === null) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < MIN_YEAR || year > MAX_YEAR) return undefined;
  if (month < 1 || month > 12) return undefined;
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/**
 * Zod schema for a real calendar date `YYYY-MM-DD`. Impossible dates are rejected with the
 * issue code `invalid-date`, never rolled over to the next month.
 *
 * @category Time
 */
export const IsoDateSchema = z.string().superRefine((text, ctx) => {
  if (isoDateParts(text) === undefined) {
    ctx.addIssue({
      code: 'custom',
      message: ISO_DATE.test(text)
        ? `is not a real calendar date between ${MIN_YEAR} and ${MAX_YEAR}`
        : 'must be a calendar date written YYYY-MM-DD',
      params: issueParams('invalid-date'),
    });
  }
});

/**
 * Checks a calendar date.
 *
 * @example
 * ```ts
 * parseIsoDate('2026-02-30');
 * // => { _tag: 'Left', left: { code: 'invalid-time', message: 'Date is invalid: (root): is not a real calendar date between 1850 and 2300', ... } }
 * parseIsoDate('2026-03-01'); // => { _tag: 'Right', right: '2026-03-01' }
 * ```
 * @category Time
 */
export function parseIsoDate(text: unknown): Either<CareError, IsoDate> {
  if (typeof text !== 'string') {
    return left(careError('invalid-time', 'Date is invalid', [{ path: [], code: 'invalid-type', message: 'expected string' }]));
  }
  if (isoDateParts(text) === undefined) {
    return left(
      careError('invalid-time', 'Date is invalid', [
        {
          path: [],
          code: 'invalid-date',
          message: ISO_DATE.test(text)
            ? `is not a real calendar date between ${MIN_YEAR} and ${MAX_YEAR}`
            : 'must be a calendar date written YYYY-MM-DD',
        },
      ]),
    );
  }
  return right(text);
}

/**
 * Days since 1970-01-01 of a valid calendar date (negative before). Use on validated dates only.
 *
 * @example
 * ```ts
 * epochDay('1970-01-02'); // => 1
 * ```
 * @category Time
 */
export function epochDay(date: IsoDate): number {
  const parts = isoDateParts(date);
  if (parts === undefined) return Number.NaN;
  return Date.UTC(parts.year, parts.month - 1, parts.day) / MS_PER_DAY;
}

/**
 * The calendar date a number of days after 1970-01-01.
 *
 * @example
 * ```ts
 * fromEpochDay(19_723); // => '2024-01-01'
 * ```
 * @category Time
 */
export function fromEpochDay(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * Whole days from `from` to `to` (negative when `to` is earlier).
 *
 * @example
 * ```ts
 * daysBetween('2024-02-28', '2024-03-01'); // => 2
 * ```
 * @category Time
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return epochDay(to) - epochDay(from);
}

/**
 * The calendar date `months` months after `date` (before, when negative), clamped to the last day
 * of a shorter month: 31 January + 1 month is 28 or 29 February, as a clinic counts "a month later".
 *
 * @example
 * ```ts
 * addMonths('2026-01-31', 1);  // => '2026-02-28'
 * addMonths('2026-05-15', -6); // => '2025-11-15'
 * ```
 * @internal
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const parts = isoDateParts(date);
  if (parts === undefined) return date;
  const index = parts.year * 12 + (parts.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const day = Math.min(parts.day, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
