import { z } from 'zod';
import { InstantSchema } from '../core/instant.js';
import { IsoDateSchema } from '../core/iso-date.js';
import { SourceSchema } from '../core/source.js';
import { TimeZoneSchema } from '../core/time-zone.js';
import { ChannelSchema } from '../model/patient-record.js';
import { TierSchema } from '../risk/tier.js';
import { LocalizedTextSchema, ScheduleSlugSchema } from './follow-up-policy.js';

/**
 * The days a follow-up may take place on, inclusive.
 *
 * @category Schedule
 */
export const FollowUpWindowSchema = z.strictObject({
  earliest: IsoDateSchema,
  latest: IsoDateSchema,
});
/** @category Schedule */
export type FollowUpWindow = z.infer<typeof FollowUpWindowSchema>;

/**
 * Why a channel was chosen: the rule (or `patient-preference`, `series`, `fallback`), its text
 * and its source.
 *
 * @category Schedule
 */
export const ChannelReasonSchema = z.strictObject({
  rule: z.string().min(1).max(64),
  text: LocalizedTextSchema,
  source: SourceSchema,
});
/** @category Schedule */
export type ChannelReason = z.infer<typeof ChannelReasonSchema>;

/**
 * What a calendar did to a follow-up:
 * - `moved`: the nominal due date was a closed day; the follow-up moved to the nearest open day
 *   inside its window (`from` -> the follow-up's `due`);
 * - `no-open-day`: no open day inside the window; the follow-up keeps its nominal date and is
 *   flagged (never moved outside its window);
 * - `urgent-kept`: an urgent follow-up on a closed day keeps its date (urgent care is never deferred).
 * - `levelled`: capacity levelling moved it inside its window (`from` -> `due`).
 *
 * @category Schedule
 */
export const ScheduleAdjustmentSchema = z.strictObject({
  kind: z.enum(['moved', 'no-open-day', 'urgent-kept', 'levelled']),
  from: IsoDateSchema,
  note: LocalizedTextSchema,
});
/** @category Schedule */
export type ScheduleAdjustment = z.infer<typeof ScheduleAdjustmentSchema>;

/**
 * A reminder: the instant (RFC 3339 with the patient's offset), the zone, and the local wall
 * time it shows. `shifted` says why the wall time differs from the policy's (quiet hours, or a
 * daylight-saving gap).
 *
 * @category Schedule
 */
export const ReminderSchema = z.strictObject({
  at: InstantSchema,
  timeZone: TimeZoneSchema,
  localDate: IsoDateSchema,
  localTime: z.string().regex(/^\d{2}:\d{2}$/),
  shifted: z.array(z.enum(['quiet-hours', 'dst-gap', 'dst-overlap-earlier'])).readonly(),
});
/** @category Schedule */
export type Reminder = z.infer<typeof ReminderSchema>;

/**
 * One dated follow-up.
 *
 * - `id`: a UUID derived from patient, policy, series, sequence and nominal due date (the same
 *   inputs always give the same id);
 * - `due` and `window`: the date after any calendar move or levelling, and the days it may take
 *   place on (never changed by calendars or levelling);
 * - `nominalDue`: the date the cadence gave, before any move;
 * - `channel`, `largePrint` and `channelReason`: how to reach the patient and why;
 * - `reminder`: when to remind the patient, in the patient's zone (always computed; a host
 *   skips reminders already in the past);
 * - `adjustments`: what calendars and levelling did, in order.
 *
 * @category Schedule
 */
export const FollowUpSchema = z.strictObject({
  id: z.string().min(1).max(128),
  patientId: z.string().min(1).max(128),
  policyId: ScheduleSlugSchema,
  seriesId: ScheduleSlugSchema,
  /** 0-based position in its series (phases counted together). */
  sequence: z.number().int().min(0),
  due: IsoDateSchema,
  nominalDue: IsoDateSchema,
  window: FollowUpWindowSchema,
  channel: ChannelSchema,
  largePrint: z.boolean(),
  channelReason: ChannelReasonSchema,
  purpose: LocalizedTextSchema,
  reminder: ReminderSchema,
  urgent: z.boolean(),
  /** The patient's tier when scheduled (orders the overdue list). */
  tier: TierSchema.optional(),
  clinicId: z.string().min(1).max(128).optional(),
  adjustments: z.array(ScheduleAdjustmentSchema).readonly(),
  source: SourceSchema,
});
/** A dated follow-up. @category Schedule */
export type FollowUp = z.infer<typeof FollowUpSchema>;
