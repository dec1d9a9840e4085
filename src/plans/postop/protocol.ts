import { z } from 'zod';
import { careError, type CareError, type CareIssue } from '../../core/care-error.js';
import { left, right, type Either } from '../../core/either.js';
import { deepFreeze } from '../../core/freeze.js';
import { addMonths, epochDay, fromEpochDay, isoDateParts, type IsoDate } from '../../core/iso-date.js';
import { protect } from '../../core/protect.js';
import { SourceSchema } from '../../core/source.js';
import { fromZodIssues, issueParams, stringMatching } from '../../core/zod-issues.js';
import { ChannelSchema, ProcedureSchema } from '../../model/patient-record.js';
import { ObservationCodeSchema, ProcedureCodeSchema, type ProcedureCode } from '../../model/vocabulary.js';
import { FrequencySchema, LocalizedSchema, RedFlagSchema, TargetSchema } from '../care-plan.js';
import { isBuiltInExercise } from './exercises.js';

/**
 * Post-operative protocols as data: phases relative to the surgery date with their exercises,
 * restrictions, education and milestones; follow-up visits and contacts; red flags. Validated by
 * zod ({@link PostOpProtocolSchema}) and by {@link validateProtocol}'s cross-checks.
 *
 * @module
 */

const slug = stringMatching(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be a lower-case id of letters, digits and hyphens (at most 63)');

/** Longest time a protocol may reach after surgery: 3 years (a data-entry bound of carepath's). */
const MAX_DAYS = 1096;
const MAX_WEEKS = 156;
const MAX_MONTHS = 36;

/**
 * A time after surgery. `day` n is post-operative day n (the surgery date plus n days). As the
 * start of a phase, `week` n and `month` n mean "after n weeks / months" (the next day); as an end,
 * a due date or a visit, they mean the day n weeks / calendar months after surgery.
 *
 * @category Plans
 */
export const OffsetSchema = z
  .strictObject({ value: z.number().int().min(0), unit: z.enum(['day', 'week', 'month']) })
  .superRefine((offset, ctx) => {
    const max = offset.unit === 'day' ? MAX_DAYS : offset.unit === 'week' ? MAX_WEEKS : MAX_MONTHS;
    if (offset.value > max) ctx.addIssue({ code: 'custom', path: ['value'], message: `must be <= ${max} ${offset.unit}s (3 years)`, params: issueParams('too-big') });
  });
/** @category Plans */
export type Offset = z.infer<typeof OffsetSchema>;

const ApproachSchema = ProcedureSchema.shape.approach.unwrap();

/** An exercise of a phase: the exercise by id, its dose, frequency and range-of-motion target. @category Plans */
export const ProtocolExerciseSchema = z.strictObject({
  id: slug,
  /** An id of {@link EXERCISES} or of the protocol's `customExercises`. */
  exercise: slug,
  sets: z.number().int().min(1).max(20).optional(),
  repetitions: z.number().int().min(1).max(500).optional(),
  minutes: z.number().min(1).max(240).optional(),
  minutesMax: z.number().min(1).max(240).optional(),
  frequency: FrequencySchema.optional(),
  /** Range-of-motion target of the phase, degrees. */
  rangeOfMotion: z
    .strictObject({ joint: z.enum(['knee', 'hip']), mode: z.enum(['passive', 'active']), low: z.number().min(-30).max(180), high: z.number().min(-30).max(180) })
    .refine((rom) => rom.low < rom.high, { message: 'low must be below high', path: ['high'] })
    .optional(),
  /** Milestones that must be met before this exercise is given: it is held while one is missed. */
  requires: z.array(slug).max(20).optional(),
  /** Continue after the phase ends, until this time. */
  until: OffsetSchema.optional(),
  rationale: LocalizedSchema,
  source: SourceSchema.optional(),
});

/** A restriction (what not to do), optionally only for some hip approaches. @category Plans */
export const ProtocolRestrictionSchema = z.strictObject({
  id: slug,
  text: LocalizedSchema,
  /** Only for these total hip arthroplasty approaches (all procedures when absent). */
  approaches: z.array(ApproachSchema).min(1).max(5).optional(),
  /** A hip precaution: its duration follows the `hipPrecautionWeeks` option when given. */
  hipPrecaution: z.boolean().optional(),
  until: OffsetSchema.optional(),
  rationale: LocalizedSchema,
  source: SourceSchema.optional(),
});

/** An education or diet instruction, given on a day of the phase. @category Plans */
export const ProtocolEducationSchema = z.strictObject({
  id: slug,
  category: z.enum(['education', 'nutrition']).optional(),
  title: LocalizedSchema,
  text: LocalizedSchema,
  /** The day it is given (the start of the phase when absent). */
  at: OffsetSchema.optional(),
  until: OffsetSchema.optional(),
  rationale: LocalizedSchema,
  source: SourceSchema.optional(),
});

/** Who reviews a missed milestone, and within how many days. @category Plans */
export const EscalationSchema = z.strictObject({
  action: z.enum(['physiotherapy-review', 'surgeon-review', 'nurse-call', 'doctor-review']),
  withinDays: z.number().int().min(0).max(30),
});

/** Something expected by a day after surgery, shown by a reading or a report. @category Plans */
export const ProtocolMilestoneSchema = z
  .strictObject({
    id: slug,
    due: OffsetSchema,
    description: LocalizedSchema,
    /** The reading that shows it (with `target`); without one it is shown by a report. */
    measure: ObservationCodeSchema.optional(),
    target: TargetSchema.optional(),
    escalation: EscalationSchema,
    rationale: LocalizedSchema,
    source: SourceSchema.optional(),
  })
  .refine((milestone) => (milestone.measure === undefined) === (milestone.target === undefined), { message: 'measure and target go together', path: ['target'] });

/** A phase of the protocol, from `start` to `end` after surgery (both inclusive). @category Plans */
export const ProtocolPhaseSchema = z.strictObject({
  id: slug,
  name: LocalizedSchema,
  description: LocalizedSchema,
  start: OffsetSchema,
  end: OffsetSchema,
  /** Milestones (of earlier phases) that must be met to enter this phase. */
  requires: z.array(slug).max(20).optional(),
  exercises: z.array(ProtocolExerciseSchema).max(40),
  restrictions: z.array(ProtocolRestrictionSchema).max(40),
  education: z.array(ProtocolEducationSchema).max(40),
  milestones: z.array(ProtocolMilestoneSchema).max(20),
  rationale: LocalizedSchema,
  source: SourceSchema.optional(),
});

/** A follow-up visit on a day after surgery. @category Plans */
export const ProtocolVisitSchema = z.strictObject({
  id: slug,
  at: OffsetSchema,
  purpose: LocalizedSchema,
  channel: ChannelSchema.optional(),
  rationale: LocalizedSchema,
  source: SourceSchema.optional(),
});

/** Recurring contact (call or message) between two times after surgery. @category Plans */
export const ProtocolContactSchema = z.strictObject({
  id: slug,
  from: OffsetSchema,
  to: OffsetSchema,
  frequency: FrequencySchema,
  purpose: LocalizedSchema,
  rationale: LocalizedSchema,
  source: SourceSchema.optional(),
});

/** The kinds of red flag; fever, wound, DVT and PE are required of every protocol. @category Plans */
export const RedFlagKindSchema = z.enum(['fever', 'wound', 'dvt', 'pe', 'biliary', 'abdominal-pain', 'dislocation', 'other']);
/** @category Plans */
export type RedFlagKind = z.infer<typeof RedFlagKindSchema>;

/** A red flag: the sign (`{threshold}` is replaced by the fever threshold), what to do and how fast. @category Plans */
export const ProtocolRedFlagSchema = z.strictObject({
  id: slug,
  kind: RedFlagKindSchema,
  sign: LocalizedSchema,
  action: LocalizedSchema,
  severity: RedFlagSchema.shape.severity,
  deadline: RedFlagSchema.shape.deadline,
  rationale: LocalizedSchema,
  source: SourceSchema.optional(),
});

/** A hospital's own exercise. @category Plans */
export const CustomExerciseSchema = z.strictObject({ id: slug, name: LocalizedSchema, instructions: LocalizedSchema });

/**
 * A post-operative protocol as data (JSON). See docs/postop.md for a guide to authoring one.
 *
 * @category Plans
 */
export const PostOpProtocolSchema = z.strictObject({
  schemaVersion: z.literal(1),
  id: slug,
  version: z.string().min(1).max(40),
  procedure: ProcedureCodeSchema,
  title: LocalizedSchema,
  /** The protocol's own citation: items without a `source` cite it. */
  source: SourceSchema,
  customExercises: z.array(CustomExerciseSchema).max(100).optional(),
  phases: z.array(ProtocolPhaseSchema).min(1).max(12),
  visits: z.array(ProtocolVisitSchema).max(40),
  contacts: z.array(ProtocolContactSchema).max(20),
  redFlags: z.array(ProtocolRedFlagSchema).min(1).max(30),
});

/** A validated protocol. @category Plans */
export type PostOpProtocol = z.output<typeof PostOpProtocolSchema>;
/** A protocol as authored (JSON). @category Plans */
export type PostOpProtocolInput = z.input<typeof PostOpProtocolSchema>;
/** @category Plans */
export type ProtocolPhase = PostOpProtocol['phases'][number];
/** @category Plans */
export type ProtocolMilestone = ProtocolPhase['milestones'][number];

/** The red-flag kinds every protocol must have, and those a procedure adds. */
const REQUIRED_RED_FLAGS: readonly RedFlagKind[] = ['fever', 'wound', 'dvt', 'pe'];
const PROCEDURE_RED_FLAGS: { readonly [P in ProcedureCode]: readonly RedFlagKind[] } = {
  'total-knee-arthroplasty': [],
  'total-hip-arthroplasty': ['dislocation'],
  'laparoscopic-cholecystectomy': ['biliary'],
  'surgery-other': [],
};

/**
 * The red-flag kinds a protocol for `procedure` must include.
 *
 * @param procedure - a procedure code
 * @returns the kinds: fever, wound, DVT and PE always, plus the procedure's own
 *
 * @example
 * ```ts
 * requiredRedFlags('laparoscopic-cholecystectomy'); // => ['fever', 'wound', 'dvt', 'pe', 'biliary']
 * ```
 * @category Plans
 */
export function requiredRedFlags(procedure: ProcedureCode): readonly RedFlagKind[] {
  // Total for any runtime input: an unknown procedure needs the red flags every operation needs.
  const code: unknown = procedure;
  const own = typeof code === 'string' && Object.hasOwn(PROCEDURE_RED_FLAGS, code) ? PROCEDURE_RED_FLAGS[code as ProcedureCode] : [];
  return Object.freeze([...REQUIRED_RED_FLAGS, ...own]);
}

/** The date `offset` ends on after `surgery` (an end, a due date or a visit). @internal */
export function endDate(surgery: IsoDate, offset: Offset): IsoDate {
  if (offset.unit === 'month') return addMonths(surgery, offset.value);
  return fromEpochDay(epochDay(surgery) + offset.value * (offset.unit === 'week' ? 7 : 1));
}

/** The date a phase starting at `offset` begins ("after n weeks" is the next day). @internal */
export function startDate(surgery: IsoDate, offset: Offset): IsoDate {
  const end = endDate(surgery, offset);
  return offset.unit === 'day' ? end : fromEpochDay(epochDay(end) + 1);
}

/**
 * Surgery dates that exercise every month length and every end-of-month clamp (days 1, 15, 28-31
 * of each month of a common and a leap year): an ordering that holds for all of them holds for
 * any surgery date, since `addMonths` depends only on the day of the month and the month lengths.
 */
const REFERENCE_DATES: readonly IsoDate[] = (() => {
  const dates: IsoDate[] = [];
  for (const year of [2027, 2028]) {
    for (let month = 1; month <= 12; month++) {
      for (const day of [1, 15, 28, 29, 30, 31]) {
        const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        if (isoDateParts(text) !== undefined) dates.push(text);
      }
    }
  }
  return dates;
})();

type Bound = { readonly offset: Offset; readonly kind: 'start' | 'end' };

const at = (bound: Bound, date: IsoDate) => epochDay(bound.kind === 'start' ? startDate(date, bound.offset) : endDate(date, bound.offset));

/**
 * The surgery dates to compare two bounds on: one date is enough unless exactly one of them is in
 * months (days and weeks are fixed lengths; two month bounds keep their order whatever the date).
 */
const datesFor = (a: Bound, b: Bound): readonly IsoDate[] => ((a.offset.unit === 'month') === (b.offset.unit === 'month') ? REFERENCE_DATES.slice(0, 1) : REFERENCE_DATES);

/** True when bound `a` falls on or before bound `b` for every surgery date. */
function alwaysOnOrBefore(a: Bound, b: Bound): boolean {
  return datesFor(a, b).every((date) => at(a, date) <= at(b, date));
}

/** True when bound `a` falls strictly before bound `b` for every surgery date. */
function alwaysBefore(a: Bound, b: Bound): boolean {
  return datesFor(a, b).every((date) => at(a, date) < at(b, date));
}

/** The cross-checks zod cannot express, each defect as an issue. */
function crossCheck(protocol: PostOpProtocol): CareIssue[] {
  const issues: CareIssue[] = [];
  const issue = (path: (string | number)[], code: CareIssue['code'], message: string) => {
    issues.push({ path, code, message });
  };
  const custom = new Set<string>();
  protocol.customExercises?.forEach((exercise, index) => {
    if (isBuiltInExercise(exercise.id) || custom.has(exercise.id)) issue(['customExercises', index, 'id'], 'duplicate', 'repeats an exercise id');
    custom.add(exercise.id);
  });

  // Milestones by id, with the phase they belong to.
  const milestonePhase = new Map<string, number>();
  const milestoneDue = new Map<string, Offset>();
  const itemIds = new Set<string>();
  const unique = (id: string, path: (string | number)[]) => {
    if (itemIds.has(id)) issue(path, 'duplicate', 'repeats an id used elsewhere in the protocol');
    itemIds.add(id);
  };
  protocol.phases.forEach((phase, p) => {
    unique(phase.id, ['phases', p, 'id']);
    phase.milestones.forEach((milestone, m) => {
      unique(milestone.id, ['phases', p, 'milestones', m, 'id']);
      milestonePhase.set(milestone.id, p);
      milestoneDue.set(milestone.id, milestone.due);
    });
  });

  protocol.phases.forEach((phase, p) => {
    const start: Bound = { offset: phase.start, kind: 'start' };
    const end: Bound = { offset: phase.end, kind: 'end' };
    if (!alwaysOnOrBefore(start, end)) issue(['phases', p, 'end'], 'inconsistent', 'must not be before the start of the phase');
    const previous = p > 0 ? protocol.phases[p - 1] : undefined;
    if (previous !== undefined) {
      if (!alwaysBefore({ offset: previous.start, kind: 'start' }, start)) issue(['phases', p, 'start'], 'inconsistent', 'must start after the previous phase starts (phases are listed in order)');
      if (!alwaysBefore({ offset: previous.end, kind: 'end' }, start)) issue(['phases', p, 'start'], 'inconsistent', 'overlaps the previous phase: it must start after the previous phase ends');
    }
    phase.milestones.forEach((milestone, m) => {
      const due: Bound = { offset: milestone.due, kind: 'end' };
      if (!alwaysOnOrBefore(start, due) || !alwaysOnOrBefore(due, end)) issue(['phases', p, 'milestones', m, 'due'], 'inconsistent', 'lies outside its phase');
    });
    const checkRequires = (requires: readonly string[] | undefined, path: (string | number)[], from: Bound) => {
      requires?.forEach((id, r) => {
        const due = milestoneDue.get(id);
        if (due === undefined) issue([...path, r], 'unknown-code', 'names no milestone of the protocol');
        else if (!alwaysBefore({ offset: due, kind: 'end' }, from)) issue([...path, r], 'inconsistent', 'names a milestone that is not due before this starts');
      });
    };
    checkRequires(phase.requires, ['phases', p, 'requires'], start);
    phase.exercises.forEach((exercise, e) => {
      unique(exercise.id, ['phases', p, 'exercises', e, 'id']);
      if (!isBuiltInExercise(exercise.exercise) && !custom.has(exercise.exercise)) issue(['phases', p, 'exercises', e, 'exercise'], 'unknown-code', 'is not a known exercise (built-in or customExercises)');
      if (exercise.until !== undefined && !alwaysOnOrBefore(start, { offset: exercise.until, kind: 'end' })) issue(['phases', p, 'exercises', e, 'until'], 'inconsistent', 'is before the start of the phase');
      if (exercise.minutes !== undefined && exercise.minutesMax !== undefined && exercise.minutesMax < exercise.minutes) issue(['phases', p, 'exercises', e, 'minutesMax'], 'inconsistent', 'is below minutes');
      checkRequires(exercise.requires, ['phases', p, 'exercises', e, 'requires'], start);
    });
    phase.restrictions.forEach((restriction, r) => {
      unique(restriction.id, ['phases', p, 'restrictions', r, 'id']);
      if (restriction.approaches !== undefined && protocol.procedure !== 'total-hip-arthroplasty') issue(['phases', p, 'restrictions', r, 'approaches'], 'inconsistent', 'applies only to total-hip-arthroplasty protocols');
      if (restriction.until !== undefined && !alwaysOnOrBefore(start, { offset: restriction.until, kind: 'end' })) issue(['phases', p, 'restrictions', r, 'until'], 'inconsistent', 'is before the start of the phase');
    });
    phase.education.forEach((education, i) => {
      unique(education.id, ['phases', p, 'education', i, 'id']);
      if (education.at !== undefined) {
        const at: Bound = { offset: education.at, kind: 'end' };
        if (!alwaysOnOrBefore(start, at) || !alwaysOnOrBefore(at, end)) issue(['phases', p, 'education', i, 'at'], 'inconsistent', 'lies outside its phase');
      }
    });
  });
  protocol.visits.forEach((visit, v) => {
    unique(visit.id, ['visits', v, 'id']);
  });
  protocol.contacts.forEach((contact, c) => {
    unique(contact.id, ['contacts', c, 'id']);
    if (!alwaysOnOrBefore({ offset: contact.from, kind: 'end' }, { offset: contact.to, kind: 'end' })) issue(['contacts', c, 'to'], 'inconsistent', 'must not be before from');
  });
  const kinds = new Set<RedFlagKind>();
  protocol.redFlags.forEach((flag, f) => {
    unique(flag.id, ['redFlags', f, 'id']);
    kinds.add(flag.kind);
  });
  for (const kind of requiredRedFlags(protocol.procedure)) {
    if (!kinds.has(kind)) issue(['redFlags'], 'required', `lacks a red flag of kind ${kind}`);
  }
  return issues;
}

/** Validates a protocol without the try/catch of the public function. @internal */
export function checkProtocol(doc: unknown): Either<CareError, PostOpProtocol> {
  const parsed = PostOpProtocolSchema.safeParse(doc, { reportInput: true });
  if (!parsed.success) return left(careError('invalid-rule', 'Protocol is invalid', fromZodIssues(parsed.error.issues)));
  const issues = crossCheck(parsed.data);
  if (issues.length > 0) return left(careError('invalid-rule', 'Protocol is invalid', issues));
  return right(deepFreeze(parsed.data));
}

/**
 * Validates a post-operative protocol (typically a hospital's own, as JSON) and reports every
 * defect in one pass: schema problems by path first; when the shape is right, every cross-check:
 * phases out of order or overlapping, a phase ending before it starts, milestones outside their
 * phase, unknown exercises, `requires` naming an unknown milestone or one not due before, duplicate
 * ids, hip approaches on a non-hip protocol, and missing red flags (fever, wound, DVT and PE for
 * every protocol; dislocation for hip, biliary for cholecystectomy). Month offsets are checked for
 * every month length, so a valid protocol is valid for any surgery date.
 *
 * @param doc - anything; a protocol document as authored ({@link PostOpProtocolInput})
 * @returns `Right` with the frozen protocol, or `Left` (`invalid-rule`) with an issue per defect
 *
 * @example
 * ```ts
 * validateProtocol({ ...builtInProtocols['total-knee-arthroplasty'], redFlags: [] });
 * // => { _tag: 'Left', left: { code: 'invalid-rule', message: 'Protocol is invalid: redFlags: must have at least 1 items',
 * //      issues: [{ path: ['redFlags'], code: 'too-small', message: 'must have at least 1 items' }] } }
 * validateProtocol(builtInProtocols['total-knee-arthroplasty']);
 * // => { _tag: 'Right', right: { schemaVersion: 1, id: 'tka-seed', ... } }
 * ```
 * @category Plans
 */
export function validateProtocol(doc: unknown): Either<CareError, PostOpProtocol> {
  return protect('validateProtocol', () => checkProtocol(doc));
}


