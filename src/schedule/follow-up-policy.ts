import { z } from 'zod';
import { IsoDateSchema } from '../core/iso-date.js';
import { SourceSchema } from '../core/source.js';
import { TimeZoneSchema } from '../core/time-zone.js';
import { issueParams, stringMatching } from '../core/zod-issues.js';
import { ChannelSchema, ServicePackageSchema } from '../model/patient-record.js';
import { ConditionCodeSchema, ProcedureCodeSchema } from '../model/vocabulary.js';
import { RuleDocumentSchema } from '../rules/rule-document-schema.js';

/*
 * The public model of a follow-up policy: what a care plan embeds (issues 6-8) and what
 * scheduleFollowUps expands into dated follow-ups. Keep these shapes stable: plans, FHIR export
 * and hosts' stored plans depend on them. See docs/schedule.md.
 */

/** kebab-case identifiers of policies, series, rules: safe in ids, paths and UIDs. */
const SLUG = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * A kebab-case name such as `diabetes-quarterly` (at most 64 characters).
 *
 * @category Schedule
 */
export const ScheduleSlugSchema = stringMatching(SLUG, 'must be a kebab-case name such as diabetes-quarterly').pipe(z.string().max(64));

/**
 * Text in both languages carepath writes (zh-CN and en).
 *
 * @category Schedule
 */
export const LocalizedTextSchema = z.strictObject({
  'zh-CN': z.string().min(1).max(500),
  en: z.string().min(1).max(500),
});

/** A calendar unit of a cadence. @category Schedule */
export const CadenceUnitSchema = z.enum(['day', 'week', 'month', 'year']);
/** @category Schedule */
export type CadenceUnit = z.infer<typeof CadenceUnitSchema>;

/**
 * A length of calendar time: `{ value: 3, unit: 'month' }`. Months and years count on the
 * calendar (31 January + 1 month is 28/29 February), days and weeks count days.
 *
 * @category Schedule
 */
export const CalendarDurationSchema = z.strictObject({
  value: z.number().int().min(0).max(3660),
  unit: CadenceUnitSchema,
});
/** @category Schedule */
export type CalendarDuration = z.infer<typeof CalendarDurationSchema>;

/** A positive calendar duration (an interval between occurrences). */
const IntervalSchema = z.strictObject({
  value: z.number().int().min(1).max(3660),
  unit: CadenceUnitSchema,
});

/**
 * One phase of a phased cadence: occurrences every `every`, for `for` (the last phase may omit
 * `for`: it runs to the horizon). "weekly for 1 month, then monthly for 6 months" is
 * `[{ every: 1 week, for: 1 month }, { every: 1 month, for: 6 months }]`.
 *
 * @category Schedule
 */
export const CadencePhaseSchema = z.strictObject({
  every: IntervalSchema,
  for: IntervalSchema.optional(),
});
/** @category Schedule */
export type CadencePhase = z.infer<typeof CadencePhaseSchema>;

/**
 * When the occurrences of a series fall, relative to its anchor date.
 *
 * - `every`: every N days / weeks / months / years after the anchor (the first one `start` after
 *   the anchor, default one interval), with an optional `count` or `until`.
 * - `offsets`: a list of offsets from the anchor ("day 1, 3, 7 after surgery").
 * - `phases`: consecutive phases, each with its own interval and length; `count` / `until` bound
 *   the whole.
 *
 * Month and year steps are always counted from the anchor (occurrence k is anchor + k x N months,
 * clamped to the month's last day), never from the previous occurrence: 31 Jan -> 28 Feb -> 31 Mar.
 *
 * @category Schedule
 */
export const CadenceSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('every'),
    every: IntervalSchema,
    start: CalendarDurationSchema.optional(),
    count: z.number().int().min(1).max(100_000).optional(),
    until: IsoDateSchema.optional(),
  }),
  z.strictObject({
    kind: z.literal('offsets'),
    offsets: z.array(CalendarDurationSchema).min(1).max(366),
  }),
  z.strictObject({
    kind: z.literal('phases'),
    phases: z.array(CadencePhaseSchema).min(1).max(24),
    count: z.number().int().min(1).max(100_000).optional(),
    until: IsoDateSchema.optional(),
  }),
]);
/** @category Schedule */
export type Cadence = z.infer<typeof CadenceSchema>;

/**
 * What a series is anchored on: a fixed date, or an event of the patient's record (or given
 * in `scheduleFollowUps`' `anchors`): the diagnosis (onset of an active condition, optionally a
 * given one), the discharge, the surgery (a completed procedure, optionally a given one), or the
 * last completed contact.
 *
 * @category Schedule
 */
export const AnchorSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('date'), date: IsoDateSchema }),
  z.strictObject({ kind: z.literal('diagnosis'), condition: ConditionCodeSchema.optional() }),
  z.strictObject({ kind: z.literal('discharge') }),
  z.strictObject({ kind: z.literal('surgery'), procedure: ProcedureCodeSchema.optional() }),
  z.strictObject({ kind: z.literal('last-contact') }),
]);
/** @category Schedule */
export type Anchor = z.infer<typeof AnchorSchema>;
/** The event kinds an anchor can name. @category Schedule */
export type AnchorEvent = Exclude<Anchor['kind'], 'date'>;

/**
 * The tolerance around a due date, in days: the follow-up may happen from `due - before` to
 * `due + after`. Calendar moves and capacity levelling never leave it.
 *
 * @category Schedule
 */
export const FollowUpWindowSpecSchema = z.strictObject({
  before: z.number().int().min(0).max(366),
  after: z.number().int().min(0).max(366),
});
/** @category Schedule */
export type FollowUpWindowSpec = z.infer<typeof FollowUpWindowSpecSchema>;

/**
 * One recurring (or one-off) series of follow-ups of a policy.
 *
 * @category Schedule
 */
export const FollowUpSeriesSchema = z.strictObject({
  /** Unique within the policy; part of every follow-up id and iCalendar UID. */
  id: ScheduleSlugSchema,
  anchor: AnchorSchema,
  cadence: CadenceSchema,
  window: FollowUpWindowSpecSchema,
  purpose: LocalizedTextSchema,
  /** Forces a channel for this series (a premium package's home visit); otherwise the channel rules choose. */
  channel: ChannelSchema.optional(),
  /** Urgent follow-ups are never deferred by calendars or levelling. */
  urgent: z.boolean().optional(),
  source: SourceSchema,
});
/** @category Schedule */
export type FollowUpSeries = z.infer<typeof FollowUpSeriesSchema>;

/**
 * A channel rule: when `when` (a rule document, see carepath/rules) is true of the channel
 * facts (`age`, `digitalAccess`, `servicePackage`, `livesAlone`, `hasCaregiver`, `tier`,
 * `preferredChannel`, `urgent`, `seriesId`), the follow-up goes by `channel`, with `largePrint`
 * when set. Rules are tried in order; a channel the patient avoids is skipped.
 *
 * @category Schedule
 */
export const ChannelRuleSchema = z.strictObject({
  id: ScheduleSlugSchema,
  when: RuleDocumentSchema,
  channel: ChannelSchema,
  largePrint: z.boolean().optional(),
  reason: LocalizedTextSchema,
  source: SourceSchema,
});
/** @category Schedule */
export type ChannelRule = z.infer<typeof ChannelRuleSchema>;

/** How serious an alert is, lowest first. @category Schedule */
export const AlertSeveritySchema = z.enum(['info', 'advice', 'priority', 'urgent']);
/** @category Schedule */
export type AlertSeverity = z.infer<typeof AlertSeveritySchema>;

/** What the care team (or the system) must do about an alert. @category Schedule */
export const RequiredActionSchema = z.enum([
  'advise-patient',
  'notify-family',
  'phone-by-health-manager',
  'priority-revisit',
  'urgent-referral',
  'doctor-consultation',
]);
/** @category Schedule */
export type RequiredAction = z.infer<typeof RequiredActionSchema>;

/**
 * An escalation rule as data: `when` is a rule document evaluated with the facts
 * `{ asOf, observations, timeZone, symptoms }` (care operators `readings`, `consecutive`, ...).
 * When true it raises an alert with `severity`, `actions`, a response deadline of
 * `respondWithinHours` after `asOf`, and, with `followUpWithinDays`, a schedule change: an extra
 * follow-up due within that many days.
 *
 * @category Schedule
 */
export const EscalationRuleSchema = z.strictObject({
  id: ScheduleSlugSchema,
  when: RuleDocumentSchema,
  severity: AlertSeveritySchema,
  actions: z.array(RequiredActionSchema).min(1).max(6),
  respondWithinHours: z.number().min(0).max(720).optional(),
  followUpWithinDays: z.number().int().min(0).max(366).optional(),
  followUpChannel: ChannelSchema.optional(),
  reason: LocalizedTextSchema,
  source: SourceSchema,
});
/** @category Schedule */
export type EscalationRule = z.infer<typeof EscalationRuleSchema>;

const clockTime = stringMatching(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day HH:mm');

/**
 * When reminders go out: `daysBefore` the due date at `time` (local wall time of the patient;
 * default 1 day before at 09:00), moved out of the patient's quiet hours.
 *
 * @category Schedule
 */
export const ReminderSpecSchema = z.strictObject({
  time: clockTime.optional(),
  daysBefore: z.number().int().min(0).max(30).optional(),
});
/** @category Schedule */
export type ReminderSpec = z.infer<typeof ReminderSpecSchema>;

/**
 * A follow-up policy: the series to schedule (cadence, anchor, window, purpose, channel), the
 * channel rules, the reminder time and the escalation rules. A care plan embeds one; hosts may
 * write their own. Every clinical number in it carries its `source`.
 *
 * @example
 * ```ts
 * const policy: FollowUpPolicyInput = {
 *   id: 'diabetes-stable',
 *   series: [{
 *     id: 'quarterly', anchor: { kind: 'last-contact' },
 *     cadence: { kind: 'every', every: { value: 3, unit: 'month' } },
 *     window: { before: 14, after: 14 },
 *     purpose: { 'zh-CN': '糖尿病季度随访', en: 'Quarterly diabetes follow-up' },
 *     source: { kind: 'guideline', id: 'nbphs-2017', title: '国家基本公共卫生服务规范（第三版）', year: 2017, section: '2型糖尿病患者健康管理' },
 *   }],
 * };
 * ```
 * @category Schedule
 */
export const FollowUpPolicySchema = z
  .strictObject({
    id: ScheduleSlugSchema,
    title: LocalizedTextSchema.optional(),
    series: z.array(FollowUpSeriesSchema).min(1).max(64),
    /** Channel rules tried in order; absent: `DEFAULT_CHANNEL_RULES`. */
    channelRules: z.array(ChannelRuleSchema).max(64).optional(),
    /** Escalation rules; absent: `DEFAULT_ESCALATION_RULES`. */
    escalation: z.array(EscalationRuleSchema).max(128).optional(),
    reminder: ReminderSpecSchema.optional(),
    /** The zone for reminders when the record names none; absent: Asia/Shanghai (the Chinese profile). */
    timeZone: TimeZoneSchema.optional(),
    /** Service package the policy was written for, when it is package-specific. */
    servicePackage: ServicePackageSchema.optional(),
    source: z.array(SourceSchema).max(16).optional(),
  })
  .superRefine((policy, ctx) => {
    const seen = new Set<string>();
    policy.series.forEach((series, index) => {
      if (seen.has(series.id)) ctx.addIssue({ code: 'custom', path: ['series', index, 'id'], message: 'repeats the id of an earlier series', params: issueParams('duplicate') });
      seen.add(series.id);
      if (series.cadence.kind === 'phases') {
        series.cadence.phases.forEach((phase, at) => {
          if (phase.for === undefined && at < (series.cadence.kind === 'phases' ? series.cadence.phases.length - 1 : 0)) {
            ctx.addIssue({ code: 'custom', path: ['series', index, 'cadence', 'phases', at, 'for'], message: 'is required on every phase but the last', params: issueParams('required') });
          }
        });
      }
    });
    const ruleIds = new Set<string>();
    policy.escalation?.forEach((rule, index) => {
      if (ruleIds.has(rule.id)) ctx.addIssue({ code: 'custom', path: ['escalation', index, 'id'], message: 'repeats the id of an earlier rule', params: issueParams('duplicate') });
      ruleIds.add(rule.id);
    });
  });

/** A validated follow-up policy. @category Schedule */
export type FollowUpPolicy = z.output<typeof FollowUpPolicySchema>;
/** A follow-up policy as a host writes it. @category Schedule */
export type FollowUpPolicyInput = z.input<typeof FollowUpPolicySchema>;
