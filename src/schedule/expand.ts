import { z } from 'zod';
import { careError, type CareError } from '../core/care-error.js';
import { left, right, type Either } from '../core/either.js';
import { isoDateParts, IsoDateSchema, type IsoDate } from '../core/iso-date.js';
import { protect } from '../core/protect.js';
import { validate } from '../core/validate.js';
import { addMonthsDay, dayOfIso, isoOfDays } from './civil.js';
import { CadenceSchema, type Cadence, type CalendarDuration } from './follow-up-policy.js';

/*
 * carepath's own bounded cadence expander. Every expansion has a horizon (`to`) and a limit on the
 * number of occurrences; exceeding the limit is a Left, never a long loop. Month and year steps
 * are counted from the anchor (occurrence k = anchor + k x N months, clamped to the month's last
 * day), so clamping never accumulates: 31 Jan -> 28 Feb -> 31 Mar. No Date object is used: the
 * output cannot depend on the host's time zone.
 */

/** Default and largest number of occurrences one expansion may return. */
export const DEFAULT_EXPANSION_LIMIT = 10_000;
/** The largest limit a caller may ask for. */
export const MAX_EXPANSION_LIMIT = 1_000_000;
/** The longest span (from .. to) one expansion may cover: 200 years, carepath's bound. */
export const MAX_HORIZON_DAYS = 73_050;

/** An offset from the anchor: months first (calendar, clamped), then days. */
interface Offset {
  readonly months: number;
  readonly days: number;
}

function offsetOf(duration: CalendarDuration): Offset {
  switch (duration.unit) {
    case 'day':
      return { months: 0, days: duration.value };
    case 'week':
      return { months: 0, days: duration.value * 7 };
    case 'month':
      return { months: duration.value, days: 0 };
    case 'year':
      return { months: duration.value * 12, days: 0 };
  }
}

/** An anchor split into parts, with the epoch day of every (months, days) offset. */
interface AnchorParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function dayAt(anchor: AnchorParts, months: number, days: number): number {
  return addMonthsDay(anchor.year, anchor.month, anchor.day, months) + days;
}

/** An arithmetic progression of offsets from the anchor: base + k x step, k >= 0. */
interface Progression {
  readonly baseMonths: number;
  readonly baseDays: number;
  readonly stepMonths: number;
  readonly stepDays: number;
}

function progressionDay(anchor: AnchorParts, p: Progression, k: number): number {
  return dayAt(anchor, p.baseMonths + k * p.stepMonths, p.baseDays + k * p.stepDays);
}

/** The smallest k >= 0 whose day is >= target. Occurrence days strictly increase with k. */
function firstIndexAtOrAfter(anchor: AnchorParts, p: Progression, target: number): number {
  const first = progressionDay(anchor, p, 0);
  if (first >= target) return 0;
  // Average step in days: days exactly, months by the Gregorian mean (146097 / 4800 days).
  const step = p.stepDays + (p.stepMonths * 146_097) / 4800;
  let k = Math.max(0, Math.floor((target - first) / step) - 1);
  while (k > 0 && progressionDay(anchor, p, k) >= target) k -= 1;
  while (progressionDay(anchor, p, k) < target) k += 1;
  return k;
}

/** The result of {@link expandCadence}: the dates in range and the series position of the first. */
export interface Expansion {
  /** The occurrence dates inside [from, to], ascending, without repeats. */
  readonly dates: readonly IsoDate[];
  /** The 0-based position in the whole series of `dates[0]` (the others follow on). */
  readonly firstSequence: number;
}

/** Options of {@link expandCadence}. @category Schedule */
export interface ExpandOptions {
  /** First date of interest (inclusive); default the anchor. */
  readonly from?: IsoDate;
  /** The horizon: last date of interest (inclusive). Required. */
  readonly to: IsoDate;
  /** At most this many occurrences (default 10 000, at most 1 000 000); more is a Left. */
  readonly limit?: number;
}

const ExpandOptionsSchema = z.strictObject({
  from: IsoDateSchema.optional(),
  to: IsoDateSchema,
  limit: z.number().int().min(1).max(MAX_EXPANSION_LIMIT).optional(),
});

function tooMany(limit: number): Either<CareError, never> {
  return left(
    careError('invalid-input', 'Cadence expansion is too large', [
      { path: ['options', 'limit'], code: 'too-big', message: `the cadence gives more than ${limit} occurrences before the horizon` },
    ]),
  );
}

/**
 * The occurrences of a validated cadence in [fromDay, toDay], as epoch days, with the series
 * position of the first; `undefined` when more than `limit`. Internal fast path (no validation).
 */
export function expandDays(
  cadence: Cadence,
  anchorDate: IsoDate,
  fromDay: number,
  toDay: number,
  limit: number,
): { readonly days: number[]; readonly firstSequence: number } | undefined {
  const parts = isoDateParts(anchorDate);
  if (parts === undefined || !Number.isFinite(fromDay) || !Number.isFinite(toDay) || toDay < fromDay) return { days: [], firstSequence: 0 };
  const anchor: AnchorParts = parts;
  const days: number[] = [];
  let firstSequence = -1;
  let sequence = 0;
  const push = (day: number): boolean => {
    if (day >= fromDay && day <= toDay) {
      if (firstSequence < 0) firstSequence = sequence;
      if (days.length >= limit) return false;
      days.push(day);
    }
    sequence += 1;
    return true;
  };

  if (cadence.kind === 'offsets') {
    const unique = [...new Set(cadence.offsets.map((o) => {
      const off = offsetOf(o);
      return dayAt(anchor, off.months, off.days);
    }))].sort((a, b) => a - b);
    for (const day of unique) if (!push(day)) return undefined;
    return { days, firstSequence: Math.max(firstSequence, 0) };
  }

  const untilDay = cadence.until === undefined ? Number.POSITIVE_INFINITY : dayOfIso(cadence.until);
  const count = cadence.count ?? Number.POSITIVE_INFINITY;
  const end = Math.min(toDay, untilDay);
  const phases =
    cadence.kind === 'every'
      ? [{ start: offsetOf(cadence.start ?? cadence.every), step: offsetOf(cadence.every), length: undefined, includeStart: true }]
      : cadence.phases.map((phase) => ({ start: undefined, step: offsetOf(phase.every), length: phase.for === undefined ? undefined : offsetOf(phase.for), includeStart: false }));

  let phaseStart: Offset = { months: 0, days: 0 };
  for (const phase of phases) {
    const base = phase.start ?? phaseStart;
    // The phases of a phased cadence begin one step after the phase start: the start itself is
    // the last occurrence of the previous phase (or the anchor).
    const p: Progression = phase.includeStart
      ? { baseMonths: base.months, baseDays: base.days, stepMonths: phase.step.months, stepDays: phase.step.days }
      : { baseMonths: base.months + phase.step.months, baseDays: base.days + phase.step.days, stepMonths: phase.step.months, stepDays: phase.step.days };
    const phaseEnd = phase.length === undefined ? Number.POSITIVE_INFINITY : dayAt(anchor, phaseStart.months + phase.length.months, phaseStart.days + phase.length.days);
    const last = Math.min(end, phaseEnd);
    // Occurrences of this phase before `from` are counted, not produced.
    const skip = Math.min(firstIndexAtOrAfter(anchor, p, fromDay), count - sequence);
    const beforePhaseEnd = phaseEnd === Number.POSITIVE_INFINITY ? skip : Math.min(skip, firstIndexAtOrAfter(anchor, p, phaseEnd + 1));
    sequence += beforePhaseEnd;
    for (let k = beforePhaseEnd; sequence < count; k += 1) {
      const day = progressionDay(anchor, p, k);
      if (day > last) break;
      if (!push(day)) return undefined;
    }
    if (sequence >= count || phaseEnd === Number.POSITIVE_INFINITY || phaseEnd > end) break;
    if (phase.length !== undefined) phaseStart = { months: phaseStart.months + phase.length.months, days: phaseStart.days + phase.length.days };
  }
  return { days, firstSequence: Math.max(firstSequence, 0) };
}

/**
 * Expands a cadence anchored on a date into its occurrence dates between `from` and `to`, with a
 * limit: our own bounded expander (no Date object, no host time zone). Months and years count
 * from the anchor each time, clamped to the last day of shorter months: monthly from 31 January
 * gives 28 February, 31 March, 30 April.
 *
 * @param cadence - an `every`, `offsets` or `phases` cadence (see {@link CadenceSchema})
 * @param anchor - the anchor date `YYYY-MM-DD`
 * @param options - `to` (the horizon, required), `from` (default the anchor), `limit` (default 10 000)
 * @returns `Right({ dates, firstSequence })`, or `Left` (`invalid-input`) for invalid input, a
 *   span over 200 years, or more than `limit` occurrences
 *
 * @example
 * ```ts
 * expandCadence({ kind: 'every', every: { value: 1, unit: 'month' }, start: { value: 0, unit: 'day' } }, '2026-01-31', { to: '2026-05-01' });
 * // => { _tag: 'Right', right: { dates: ['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30'], firstSequence: 0 } }
 * expandCadence({ kind: 'phases', phases: [{ every: { value: 1, unit: 'week' }, for: { value: 1, unit: 'month' } }, { every: { value: 1, unit: 'month' }, for: { value: 2, unit: 'month' } }] }, '2026-03-01', { to: '2026-12-31' });
 * // => Right { dates: ['2026-03-08', '2026-03-15', '2026-03-22', '2026-03-29', '2026-05-01', '2026-06-01'], firstSequence: 0 }
 * ```
 * @category Schedule
 */
export function expandCadence(cadence: unknown, anchor: unknown, options: unknown): Either<CareError, Expansion> {
  return Object.freeze(protect('expandCadence', () => {
    // Fast path: a plain, well-formed input is checked by hand (zod costs tens of microseconds a
    // call); anything else goes through the schemas, which report every problem by path.
    let checked: { cadence: Cadence; anchor: IsoDate; from: IsoDate | undefined; to: IsoDate; limit: number | undefined } | undefined = quickCheck(cadence, anchor, options);
    if (checked === undefined) {
      const parsedCadence = validate(CadenceSchema, cadence, 'Cadence');
      if (parsedCadence._tag === 'Left') return parsedCadence;
      const parsedAnchor = validate(IsoDateSchema, anchor, 'Anchor');
      if (parsedAnchor._tag === 'Left') return parsedAnchor;
      const parsedOptions = validate(ExpandOptionsSchema, options, 'Expansion options');
      if (parsedOptions._tag === 'Left') return parsedOptions;
      checked = { cadence: parsedCadence.right, anchor: parsedAnchor.right, from: parsedOptions.right.from, to: parsedOptions.right.to, limit: parsedOptions.right.limit };
    }
    const from = dayOfIso(checked.from ?? checked.anchor);
    const to = dayOfIso(checked.to);
    if (to - from > MAX_HORIZON_DAYS) {
      return left(careError('invalid-input', 'Cadence expansion is too large', [{ path: ['options', 'to'], code: 'too-big', message: `must be at most ${MAX_HORIZON_DAYS} days after from` }]));
    }
    const limit = checked.limit ?? DEFAULT_EXPANSION_LIMIT;
    const expanded = expandDays(checked.cadence, checked.anchor, from, to, limit);
    if (expanded === undefined) return tooMany(limit);
    const dates = Object.freeze(isoOfDays(expanded.days));
    return right(Object.freeze({ dates, firstSequence: expanded.firstSequence }));
  }));
}

const UNITS: ReadonlySet<unknown> = new Set(['day', 'week', 'month', 'year']);

function isPlain(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Own data keys only, all among `allowed`, with the `required` ones present. */
function hasKeys(value: Record<string, unknown>, required: readonly string[], allowed: readonly string[]): boolean {
  const keys = Object.keys(value);
  if (Object.getOwnPropertySymbols(value).length > 0) return false;
  for (const key of keys) {
    if (!allowed.includes(key)) return false;
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor === undefined || !('value' in descriptor)) return false;
  }
  return required.every((key) => keys.includes(key));
}

function isInt(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

function isDuration(value: unknown, min: number): boolean {
  return isPlain(value) && hasKeys(value, ['value', 'unit'], ['value', 'unit']) && isInt(value['value'], min, 3660) && UNITS.has(value['unit']);
}

function isDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && isoDateParts(value) !== undefined;
}

function quickCheck(cadence: unknown, anchor: unknown, options: unknown): { cadence: Cadence; anchor: IsoDate; from: IsoDate | undefined; to: IsoDate; limit: number | undefined } | undefined {
  if (!isDate(anchor) || !isPlain(options) || !hasKeys(options, ['to'], ['from', 'to', 'limit'])) return undefined;
  const { from, to, limit } = options;
  if (!isDate(to) || (from !== undefined && !isDate(from)) || (limit !== undefined && !isInt(limit, 1, MAX_EXPANSION_LIMIT))) return undefined;
  if (!isPlain(cadence)) return undefined;
  const count = cadence['count'];
  const until = cadence['until'];
  if (count !== undefined && !isInt(count, 1, 100_000)) return undefined;
  if (until !== undefined && !isDate(until)) return undefined;
  switch (cadence['kind']) {
    case 'every':
      if (!hasKeys(cadence, ['kind', 'every'], ['kind', 'every', 'start', 'count', 'until']) || !isDuration(cadence['every'], 1)) return undefined;
      if (cadence['start'] !== undefined && !isDuration(cadence['start'], 0)) return undefined;
      break;
    case 'offsets': {
      const offsets = cadence['offsets'];
      if (!hasKeys(cadence, ['kind', 'offsets'], ['kind', 'offsets']) || !Array.isArray(offsets) || offsets.length < 1 || offsets.length > 366) return undefined;
      if (!(offsets as unknown[]).every((o) => isDuration(o, 0))) return undefined;
      break;
    }
    default:
      return undefined;
  }
  return { cadence: cadence as Cadence, anchor, from, to, limit };
}
