/**
 * The scheduler: follow-up policies as data (cadences, phases, windows, intensity by tier,
 * channel rules, escalation rules) expanded into dated follow-ups with channels and reasons,
 * reminders in the patient's zone (DST-safe), clinic calendars, status and overdue lists,
 * escalation of readings, capacity levelling, and RRULE / iCalendar export. See docs/schedule.md.
 *
 * @packageDocumentation
 * @module schedule
 */
export {
  AlertSeveritySchema,
  AnchorSchema,
  CadencePhaseSchema,
  CadenceSchema,
  CadenceUnitSchema,
  CalendarDurationSchema,
  ChannelRuleSchema,
  EscalationRuleSchema,
  FollowUpPolicySchema,
  FollowUpSeriesSchema,
  FollowUpWindowSpecSchema,
  LocalizedTextSchema,
  ReminderSpecSchema,
  RequiredActionSchema,
  ScheduleSlugSchema,
  type AlertSeverity,
  type Anchor,
  type AnchorEvent,
  type Cadence,
  type CadencePhase,
  type CadenceUnit,
  type CalendarDuration,
  type ChannelRule,
  type EscalationRule,
  type FollowUpPolicy,
  type FollowUpPolicyInput,
  type FollowUpSeries,
  type FollowUpWindowSpec,
  type ReminderSpec,
  type RequiredAction,
} from './follow-up-policy.js';
export {
  ChannelReasonSchema,
  FollowUpSchema,
  FollowUpWindowSchema,
  ReminderSchema,
  ScheduleAdjustmentSchema,
  type ChannelReason,
  type FollowUp,
  type FollowUpWindow,
  type Reminder,
  type ScheduleAdjustment,
} from './follow-up.js';
export { CalendarSchema, type Calendar, type CalendarInput } from './calendar.js';
export { DEFAULT_CHANNEL_RULES, OLDER_AGE, type ChannelFacts } from './channel.js';
export { expandCadence, type ExpandOptions, type Expansion } from './expand.js';
export { DEFAULT_INTENSITY, type IntensityKey, type IntensityTable } from './intensity.js';
export { followUpPolicyFor, PolicyForOptionsSchema, type PolicyChoice, type PolicyForOptions } from './policy-for.js';
export { localTimeToInstant, type ResolvedWallTime } from './reminder.js';
export {
  nextFollowUp,
  NextFollowUpOptionsSchema,
  scheduleFollowUps,
  ScheduleAnchorsSchema,
  ScheduleOptionsSchema,
  type NextFollowUpOptions,
  type Schedule,
  type ScheduleOptions,
  type SkippedSeries,
} from './schedule.js';
export {
  ContactSchema,
  followUpStatus,
  overdueList,
  type Contact,
  type FollowUpMissedEvent,
  type FollowUpState,
  type FollowUpStatus,
  type FollowUpStatusReport,
  type OverdueEntry,
} from './status.js';
export {
  DANGER_SYMPTOMS,
  DEFAULT_ESCALATION_RULES,
  evaluateReadings,
  type Alert,
  type EvaluateReadingsOptions,
  type ReadingsEvaluation,
  type ScheduleChange,
  EvaluateOptionsSchema,
} from './escalation.js';
export { levelCapacity, LevelOptionsSchema, type LevelOptions, type Levelled, type Unplaced } from './levelling.js';
export { cadenceToRRule, ICalOptionsSchema, toICalendar, type ICalendarOptions, type RecurrenceComponent } from './export.js';
