import { z } from 'zod';
import { ageAt } from '../core/age-at.js';
import { careError, type CareError } from '../core/care-error.js';
import { deterministicId } from '../core/deterministic-id.js';
import { left, right, type Either } from '../core/either.js';
import { deepFreeze } from '../core/freeze.js';
import type { Localized } from '../core/i18n.js';
import { instantToEpochMs } from '../core/instant.js';
import { isoDateParts, IsoDateSchema, type IsoDate } from '../core/iso-date.js';
import { protect } from '../core/protect.js';
import { localDateOf, TimeZoneSchema, type TimeZone } from '../core/time-zone.js';
import { validate } from '../core/validate.js';
import { issueParams } from '../core/zod-issues.js';
import type { PatientRecord } from '../model/patient-record.js';
import { validatePatientRecord } from '../model/validate-patient-record.js';
import { TierSchema } from '../risk/tier.js';
import { adjustToCalendar, CalendarSchema, openDays, type OpenDays } from './calendar.js';
import { channelFacts, chooseChannel, DEFAULT_CHANNEL_RULES } from './channel.js';
import { addMonthsDay, dayOfIso, isoOfDay } from './civil.js';
import { DEFAULT_EXPANSION_LIMIT, expandDays, MAX_EXPANSION_LIMIT, MAX_HORIZON_DAYS } from './expand.js';
import { CalendarDurationSchema, FollowUpPolicySchema, type Anchor, type FollowUpPolicy, type FollowUpSeries } from './follow-up-policy.js';
import type { FollowUp, ScheduleAdjustment } from './follow-up.js';
import { reminderFor } from './reminder.js';

/** The zone of reminders when neither the record, the options nor the policy names one: the Chinese profile's. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

const DateOrInstantSchema = z.string().superRefine((text, ctx) => {
  if (isoDateParts(text) === undefined && instantToEpochMs(text)._tag === 'Left') {
    ctx.addIssue({ code: 'custom', message: 'must be a calendar date YYYY-MM-DD or an instant with an offset', params: issueParams('invalid-date') });
  }
});

/** Anchors the host knows better than the record (or that the record cannot hold). @category Schedule */
export const ScheduleAnchorsSchema = z.strictObject({
  diagnosis: IsoDateSchema.optional(),
  discharge: IsoDateSchema.optional(),
  surgery: IsoDateSchema.optional(),
  lastContact: IsoDateSchema.optional(),
});

/**
 * Options of {@link scheduleFollowUps}.
 *
 * @category Schedule
 */
export const ScheduleOptionsSchema = z.strictObject({
  /** The point in time (date or instant); follow-ups due before its local date are not listed. */
  asOf: DateOrInstantSchema,
  /** The last date to schedule (inclusive), or a duration after asOf. */
  horizon: z.union([IsoDateSchema, CalendarDurationSchema]),
  calendar: CalendarSchema.optional(),
  anchors: ScheduleAnchorsSchema.optional(),
  timeZone: TimeZoneSchema.optional(),
  clinicId: z.string().min(1).max(128).optional(),
  tier: TierSchema.optional(),
  /** At most this many follow-ups in all (default 10 000); more is a Left, never a long loop. */
  limit: z.number().int().min(1).max(MAX_EXPANSION_LIMIT).optional(),
});
/** @category Schedule */
export type ScheduleOptions = z.input<typeof ScheduleOptionsSchema>;
type ParsedOptions = z.output<typeof ScheduleOptionsSchema>;

/** A series that produced no follow-ups, and why. @category Schedule */
export interface SkippedSeries {
  readonly seriesId: string;
  readonly code: 'no-anchor';
  readonly reason: Localized;
}

/** The result of {@link scheduleFollowUps}. @category Schedule */
export interface Schedule {
  readonly patientId: string;
  readonly policyId: string;
  readonly asOf: IsoDate;
  readonly horizon: IsoDate;
  readonly timeZone: TimeZone;
  /** Sorted by due date, then series, then sequence. */
  readonly followUps: readonly FollowUp[];
  /** Series without an anchor in the record or options. */
  readonly skipped: readonly SkippedSeries[];
  /** Ids of follow-ups a calendar could not place inside their window (kept on their date). */
  readonly flagged: readonly string[];
}

interface Context {
  readonly policy: FollowUpPolicy;
  readonly record: PatientRecord;
  readonly options: ParsedOptions;
  readonly zone: TimeZone;
  readonly asOf: IsoDate;
  readonly age: number | null;
  readonly open: OpenDays;
}

function latest(dates: readonly (IsoDate | undefined)[]): IsoDate | undefined {
  let best: IsoDate | undefined;
  for (const date of dates) if (date !== undefined && (best === undefined || date > best)) best = date;
  return best;
}

/** The anchor date of a series, from the options first, then the record; undefined when unknown. */
export function anchorDate(anchor: Anchor, record: PatientRecord, anchors: ParsedOptions['anchors'], asOf: IsoDate): IsoDate | undefined {
  switch (anchor.kind) {
    case 'date':
      return anchor.date;
    case 'diagnosis':
      return anchors?.diagnosis ?? latest((record.conditions ?? []).filter((c) => c.status === 'active' && (anchor.condition === undefined || c.code === anchor.condition)).map((c) => c.onset));
    case 'surgery':
      return anchors?.surgery ?? latest((record.procedures ?? []).filter((p) => p.status === 'completed' && (anchor.procedure === undefined || p.code === anchor.procedure)).map((p) => p.date));
    case 'discharge':
      return (
        anchors?.discharge ??
        latest([...(record.procedures ?? []).map((p) => p.dischargeDate), ...(record.encounters ?? []).filter((e) => e.kind === 'inpatient').map((e) => e.end)])
      );
    case 'last-contact':
      // Without a recorded contact the series starts from asOf (docs/schedule.md).
      return anchors?.lastContact ?? asOf;
  }
}

function horizonDate(horizon: ParsedOptions['horizon'], asOf: IsoDate): IsoDate {
  if (typeof horizon === 'string') return horizon;
  const parts = isoDateParts(asOf);
  if (parts === undefined) return asOf;
  switch (horizon.unit) {
    case 'day':
      return isoOfDay(dayOfIso(asOf) + horizon.value);
    case 'week':
      return isoOfDay(dayOfIso(asOf) + horizon.value * 7);
    case 'month':
      return isoOfDay(addMonthsDay(parts.year, parts.month, parts.day, horizon.value));
    case 'year':
      return isoOfDay(addMonthsDay(parts.year, parts.month, parts.day, horizon.value * 12));
  }
}

/** The follow-up of one occurrence of a series. */
function followUpOf(ctx: Context, series: FollowUpSeries, sequence: number, nominalDay: number): FollowUp {
  const nominalDue = isoOfDay(nominalDay);
  const window = { earliest: isoOfDay(nominalDay - series.window.before), latest: isoOfDay(nominalDay + series.window.after) };
  const urgent = series.urgent ?? false;
  const placed = adjustToCalendar(nominalDue, window, urgent, ctx.open);
  const facts = channelFacts(ctx.record, ctx.age, ctx.options.tier ?? null, urgent, series.id);
  const choice = chooseChannel(facts, ctx.policy.channelRules ?? DEFAULT_CHANNEL_RULES, ctx.record, series.channel);
  const adjustments: ScheduleAdjustment[] = placed.adjustment === undefined ? [] : [placed.adjustment];
  return {
    id: deterministicId('follow-up', { patient: ctx.record.id, policy: ctx.policy.id, series: series.id, sequence, due: nominalDue }),
    patientId: ctx.record.id,
    policyId: ctx.policy.id,
    seriesId: series.id,
    sequence,
    due: placed.due,
    nominalDue,
    window,
    channel: choice.channel,
    largePrint: choice.largePrint,
    channelReason: choice.reason,
    purpose: series.purpose,
    reminder: reminderFor(placed.due, ctx.zone, ctx.policy.reminder, ctx.record.preferences?.quietHours),
    urgent,
    ...(ctx.options.tier === undefined ? {} : { tier: ctx.options.tier }),
    ...(ctx.options.clinicId === undefined ? {} : { clinicId: ctx.options.clinicId }),
    adjustments,
    source: series.source,
  };
}

function compareFollowUps(a: FollowUp, b: FollowUp): number {
  return a.due < b.due ? -1 : a.due > b.due ? 1 : a.seriesId < b.seriesId ? -1 : a.seriesId > b.seriesId ? 1 : a.sequence - b.sequence;
}

interface Prepared {
  readonly ctx: Context;
}

function prepare(policy: unknown, record: unknown, options: unknown, what: string): Either<CareError, Prepared> {
  const parsedPolicy = validate(FollowUpPolicySchema, policy, 'Follow-up policy');
  if (parsedPolicy._tag === 'Left') return parsedPolicy;
  const parsedOptions = validate(ScheduleOptionsSchema, options, `${what} options`);
  if (parsedOptions._tag === 'Left') return parsedOptions;
  const parsedRecord = validatePatientRecord(record, { asOf: parsedOptions.right.asOf });
  if (parsedRecord._tag === 'Left') return parsedRecord;
  const opts = parsedOptions.right;
  const rec = parsedRecord.right;
  const zone = rec.preferences?.timeZone ?? opts.timeZone ?? parsedPolicy.right.timeZone ?? DEFAULT_TIME_ZONE;
  let asOf: IsoDate = opts.asOf;
  if (isoDateParts(opts.asOf) === undefined) {
    const local = localDateOf(opts.asOf, zone);
    if (local._tag === 'Left') return local;
    asOf = local.right;
  }
  const age = ageAt(rec.birthDate, asOf);
  return right({
    ctx: { policy: parsedPolicy.right, record: rec, options: opts, zone, asOf, age: age._tag === 'Right' ? age.right : null, open: openDays(opts.calendar) },
  });
}

const NO_ANCHOR: Localized = {
  'zh-CN': '记录和选项中都没有该随访项目的起算日期（诊断、出院或手术日期）',
  en: 'Neither the record nor the options give the date this series is anchored on (diagnosis, discharge or surgery)',
};

/**
 * Expands a follow-up policy into the dated follow-ups of one patient between `asOf` and the
 * horizon: each with a deterministic id, due date and window, channel and the reason for it,
 * purpose, reminder instant in the patient's zone, urgency, calendar adjustment and source.
 *
 * Anchors come from `options.anchors`, else the record (diagnosis: latest onset of an active
 * condition; surgery: latest completed procedure; discharge: latest discharge), and
 * `last-contact` defaults to asOf. A calendar moves a follow-up on a closed day to the nearest open
 * day inside its window, flags it when there is none, and never defers an urgent one.
 *
 * @param policy - a {@link FollowUpPolicySchema} value
 * @param record - the patient record (validated here, with `asOf`)
 * @param options - `{ asOf, horizon, calendar?, anchors?, timeZone?, clinicId?, tier?, limit? }`
 * @returns `Right(Schedule)`, deep-frozen; `Left` for invalid input or more than `limit` follow-ups
 *
 * @example
 * ```ts
 * scheduleFollowUps(policy, record, { asOf: '2026-11-23', horizon: { value: 6, unit: 'month' } });
 * // => Right { patientId: 'persona-older-diabetic', asOf: '2026-11-23', horizon: '2027-05-23', timeZone: 'Asia/Shanghai',
 * //      followUps: [{ id: '…uuid…', seriesId: 'chronic-monthly', due: '2026-12-23', window: { earliest: '2026-12-16', latest: '2026-12-30' },
 * //        channel: 'home-visit', channelReason: { rule: 'patient-preference', … }, reminder: { at: '2026-12-22T09:00:00+08:00', … }, … }, …],
 * //      skipped: [], flagged: [] }
 * ```
 * @category Schedule
 */
export function scheduleFollowUps(policy: unknown, record: unknown, options: unknown): Either<CareError, Schedule> {
  return Object.freeze(protect('scheduleFollowUps', () => {
    const prepared = prepare(policy, record, options, 'Schedule');
    if (prepared._tag === 'Left') return prepared;
    const { ctx } = prepared.right;
    const horizon = horizonDate(ctx.options.horizon, ctx.asOf);
    const fromDay = dayOfIso(ctx.asOf);
    const toDay = dayOfIso(horizon);
    if (toDay - fromDay > MAX_HORIZON_DAYS) {
      return left(careError('invalid-input', 'Schedule options are invalid', [{ path: ['options', 'horizon'], code: 'too-big', message: `must be at most ${MAX_HORIZON_DAYS} days after asOf` }]));
    }
    const limit = ctx.options.limit ?? DEFAULT_EXPANSION_LIMIT;
    const followUps: FollowUp[] = [];
    const skipped: SkippedSeries[] = [];
    for (const series of ctx.policy.series) {
      const anchor = anchorDate(series.anchor, ctx.record, ctx.options.anchors, ctx.asOf);
      if (anchor === undefined) {
        skipped.push({ seriesId: series.id, code: 'no-anchor', reason: NO_ANCHOR });
        continue;
      }
      const expanded = expandDays(series.cadence, anchor, fromDay, toDay, limit - followUps.length);
      if (expanded === undefined) {
        return left(careError('invalid-input', 'Schedule is too large', [{ path: ['options', 'limit'], code: 'too-big', message: `the policy gives more than ${limit} follow-ups before the horizon` }]));
      }
      expanded.days.forEach((day, index) => followUps.push(followUpOf(ctx, series, expanded.firstSequence + index, day)));
    }
    followUps.sort(compareFollowUps);
    const flagged = followUps.filter((f) => f.adjustments.some((a) => a.kind === 'no-open-day')).map((f) => f.id);
    return right(deepFreeze({ patientId: ctx.record.id, policyId: ctx.policy.id, asOf: ctx.asOf, horizon, timeZone: ctx.zone, followUps, skipped, flagged }));
  }));
}

/**
 * Options of {@link nextFollowUp}: `lastCompleted` (the date the last follow-up actually took
 * place), `asOf`, and optionally `seriesId` and the other {@link ScheduleOptions} but `horizon`.
 *
 * @category Schedule
 */
export const NextFollowUpOptionsSchema = ScheduleOptionsSchema.omit({ horizon: true, limit: true }).extend({
  lastCompleted: IsoDateSchema,
  seriesId: z.string().min(1).max(64).optional(),
});
/** @category Schedule */
export type NextFollowUpOptions = z.input<typeof NextFollowUpOptionsSchema>;

/** How far ahead nextFollowUp looks for the next occurrence: 10 years (carepath's bound). */
const NEXT_HORIZON_DAYS = 3653;

/**
 * The next follow-up after the last one actually done: every series anchored on the last contact
 * (or the series named by `seriesId`) is re-anchored on `lastCompleted`, and the earliest next
 * occurrence is returned, even when it is already due or overdue at `asOf`. Follow-ups anchored
 * on other events continue from their own anchor, after `lastCompleted`.
 *
 * @param policy - a {@link FollowUpPolicySchema} value
 * @param record - the patient record
 * @param options - `{ lastCompleted, asOf, seriesId?, calendar?, anchors?, timeZone?, clinicId?, tier? }`
 * @returns `Right(FollowUp)`, deep-frozen; `Left` `not-applicable` when no series has a next
 *   occurrence within 10 years, or for invalid input
 *
 * @example
 * ```ts
 * // Monthly policy; the last visit took place on 2026-11-20, three days late:
 * nextFollowUp(policy, record, { lastCompleted: '2026-11-20', asOf: '2026-11-23' });
 * // => Right { seriesId: 'chronic-monthly', due: '2026-12-21', nominalDue: '2026-12-20', window: { earliest: '2026-12-13', latest: '2026-12-27' },
 * //      adjustments: [{ kind: 'moved', from: '2026-12-20', … }], … }   (20 December 2026 is a Sunday; with a weekday calendar)
 * ```
 * @category Schedule
 */
export function nextFollowUp(policy: unknown, record: unknown, options: unknown): Either<CareError, FollowUp> {
  return Object.freeze(protect('nextFollowUp', () => {
    const parsed = validate(NextFollowUpOptionsSchema, options, 'Next follow-up options');
    if (parsed._tag === 'Left') return parsed;
    const { lastCompleted, seriesId, ...rest } = parsed.right;
    const prepared = prepare(policy, record, { ...rest, horizon: lastCompleted, anchors: { ...rest.anchors, lastContact: lastCompleted } }, 'Next follow-up');
    if (prepared._tag === 'Left') return prepared;
    const { ctx } = prepared.right;
    const candidates = ctx.policy.series.filter((series) => (seriesId === undefined ? series.anchor.kind === 'last-contact' : series.id === seriesId));
    if (seriesId !== undefined && candidates.length === 0) {
      return left(careError('invalid-input', 'Next follow-up options are invalid', [{ path: ['options', 'seriesId'], code: 'unknown-code', message: 'names no series of the policy' }]));
    }
    const fromDay = dayOfIso(lastCompleted) + 1;
    let best: FollowUp | undefined;
    for (const series of candidates) {
      const anchor = anchorDate(series.anchor, ctx.record, ctx.options.anchors, ctx.asOf);
      if (anchor === undefined) continue;
      const expanded = expandDays(series.cadence, anchor, fromDay, fromDay + NEXT_HORIZON_DAYS, DEFAULT_EXPANSION_LIMIT);
      const day = expanded?.days[0];
      if (expanded === undefined || day === undefined) continue;
      const candidate = followUpOf(ctx, series, expanded.firstSequence, day);
      if (best === undefined || compareFollowUps(candidate, best) < 0) best = candidate;
    }
    if (best === undefined) {
      return left(careError('not-applicable', 'No next follow-up', [{ path: ['policy', 'series'], code: 'not-applicable', message: 'no series has an occurrence within 10 years after lastCompleted' }]));
    }
    return right(deepFreeze(best));
  }));
}
