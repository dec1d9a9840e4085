import { z } from 'zod';
import { LanguageSchema } from '../core/i18n.js';
import { IsoDateSchema } from '../core/iso-date.js';
import { JsonValueSchema } from '../core/json-value.js';
import { SourceSchema } from '../core/source.js';
import { ChannelSchema, ServicePackageSchema } from '../model/patient-record.js';
import { ObservationCodeSchema } from '../model/vocabulary.js';

/**
 * The care plan shared by the three generators (diabetes, post-operative rehabilitation,
 * check-up): goals, activities, phases, milestones, red flags, escalation rules and the follow-up
 * policy the scheduler turns into dated follow-ups. Every goal, activity, milestone and red flag
 * carries a rationale in zh-CN and en and the source it comes from.
 *
 * @module
 */

/** Text in both languages. @category Plans */
export const LocalizedSchema = z.strictObject({ 'zh-CN': z.string().min(1), en: z.string().min(1) });


const id = z.string().min(1).max(200);

/** The kinds of plan. @category Plans */
export const CarePlanKindSchema = z.enum(['diabetes', 'postop', 'checkup']);
/** @category Plans */
export type CarePlanKind = z.infer<typeof CarePlanKindSchema>;

/**
 * A target range in a unit. `low`/`high` are inclusive unless the `...Exclusive` flag says
 * otherwise ("< 10.0 mmol/L" is `{ high: 10, highExclusive: true }`).
 *
 * @category Plans
 */
export const TargetSchema = z
  .strictObject({
    low: z.number().optional(),
    high: z.number().optional(),
    lowExclusive: z.boolean().optional(),
    highExclusive: z.boolean().optional(),
    unit: z.string().min(1),
  })
  .refine((target) => target.low !== undefined || target.high !== undefined, { message: 'needs a low or a high bound' })
  .refine((target) => target.low === undefined || target.high === undefined || target.low < target.high, { message: 'low must be below high' });
/** @category Plans */
export type Target = z.infer<typeof TargetSchema>;

/** A measurable aim of the plan. @category Plans */
export const GoalSchema = z.strictObject({
  id,
  category: z.enum(['glucose', 'hba1c', 'blood-pressure', 'lipids', 'weight', 'kidney', 'function', 'range-of-motion', 'wound', 'screening', 'behaviour']),
  /** The reading that shows progress towards the goal. */
  measure: ObservationCodeSchema.optional(),
  /** When the reading is taken, for glucose (fasting, 1 h or 2 h after a meal, bedtime). */
  timing: z.enum(['fasting', 'post-meal-1h', 'post-meal-2h', 'post-meal', 'bedtime', 'any']).optional(),
  description: LocalizedSchema,
  target: TargetSchema.optional(),
  due: IsoDateSchema.optional(),
  rationale: LocalizedSchema,
  source: SourceSchema,
});
/** @category Plans */
export type Goal = z.infer<typeof GoalSchema>;

/** How often an activity is done. @category Plans */
export const FrequencySchema = z.strictObject({
  times: z.number().positive(),
  /** Times up to this many (a range such as 2-4 times a week). */
  timesMax: z.number().positive().optional(),
  per: z.enum(['day', 'week', 'month', 'year']),
});
/** @category Plans */
export type Frequency = z.infer<typeof FrequencySchema>;

/** An amount: grams of protein a day, minutes of activity a week, degrees of flexion. @category Plans */
export const AmountSchema = z.strictObject({
  value: z.number().optional(),
  low: z.number().optional(),
  high: z.number().optional(),
  unit: z.string().min(1),
  per: z.enum(['day', 'week', 'meal', 'session']).optional(),
});
/** @category Plans */
export type Amount = z.infer<typeof AmountSchema>;

/** Something the patient or the team does. @category Plans */
export const ActivitySchema = z.strictObject({
  id,
  category: z.enum(['nutrition', 'exercise', 'monitoring', 'screening', 'medication', 'education', 'support', 'restriction', 'checklist', 'referral', 'visit', 'family-task']),
  title: LocalizedSchema,
  instructions: LocalizedSchema,
  frequency: FrequencySchema.optional(),
  amount: AmountSchema.optional(),
  /** The reading it produces, when it is a measurement. */
  measure: ObservationCodeSchema.optional(),
  phaseId: id.optional(),
  start: IsoDateSchema.optional(),
  end: IsoDateSchema.optional(),
  due: IsoDateSchema.optional(),
  /** Interval between occurrences in months, for screenings and examinations. */
  intervalMonths: z.number().positive().optional(),
  channel: ChannelSchema.optional(),
  format: z.enum(['standard', 'large-print', 'audio', 'video', 'group-session']).optional(),
  /** The service package that includes it (`001_175e5153b43beeec.txt`), or an add-on. */
  package: z.union([ServicePackageSchema, z.literal('add-on')]).optional(),
  /** Paused, with the reason, when a contraindication applies. */
  paused: LocalizedSchema.optional(),
  rationale: LocalizedSchema,
  source: SourceSchema,
});
/** @category Plans */
export type Activity = z.infer<typeof ActivitySchema>;

/** A period of the plan. @category Plans */
export const PhaseSchema = z.strictObject({
  id,
  name: LocalizedSchema,
  description: LocalizedSchema,
  start: IsoDateSchema,
  end: IsoDateSchema.optional(),
  status: z.enum(['completed', 'current', 'upcoming', 'behind']),
  rationale: LocalizedSchema,
  source: SourceSchema,
});
/** @category Plans */
export type Phase = z.infer<typeof PhaseSchema>;

/** Something expected by a date, checked against a reading or a report. @category Plans */
export const MilestoneSchema = z.strictObject({
  id,
  phaseId: id.optional(),
  description: LocalizedSchema,
  dueBy: IsoDateSchema,
  measure: ObservationCodeSchema.optional(),
  target: TargetSchema.optional(),
  status: z.enum(['pending', 'met', 'missed']),
  rationale: LocalizedSchema,
  source: SourceSchema,
});
/** @category Plans */
export type Milestone = z.infer<typeof MilestoneSchema>;

/** A sign the patient or family must act on, with what to do and how fast. @category Plans */
export const RedFlagSchema = z.strictObject({
  id,
  sign: LocalizedSchema,
  action: LocalizedSchema,
  severity: z.enum(['urgent', 'high', 'moderate']),
  /** ISO 8601 duration within which to act (PT2H, P1D). */
  deadline: z.string().regex(/^P(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?)?$/, 'must be an ISO 8601 duration such as PT2H'),
  rationale: LocalizedSchema,
  source: SourceSchema,
});
/** @category Plans */
export type RedFlag = z.infer<typeof RedFlagSchema>;

/** Everything a plan shares, whatever its kind (the follow-up policy is added by each generator). @category Plans */
export const CarePlanBaseSchema = z.strictObject({
  id,
  kind: CarePlanKindSchema,
  /** Version of the plan format. */
  schemaVersion: z.literal(1),
  patientId: id,
  asOf: z.string().min(10),
  /** The guideline profile the plan used (e.g. `cn-2020`, `ada-2025`, `cn`, `us`, `both`). */
  guideline: z.string().min(1),
  languages: z.array(LanguageSchema).min(1),
  title: LocalizedSchema,
  summary: LocalizedSchema,
  status: z.enum(['active', 'behind', 'proposed']),
  /** Kind-specific classification (diagnosis, programme phase, tier...), as data. */
  classification: z.record(z.string(), JsonValueSchema),
  phases: z.array(PhaseSchema),
  goals: z.array(GoalSchema),
  activities: z.array(ActivitySchema),
  milestones: z.array(MilestoneSchema),
  redFlags: z.array(RedFlagSchema),
  /** What could not be personalised and why (missing readings, inputs outside a range). */
  warnings: z.array(LocalizedSchema),
  sources: z.array(SourceSchema),
});
/** @category Plans */
export type CarePlanBase = z.infer<typeof CarePlanBaseSchema>;
