import { z } from 'zod';
import { careError, type CareError, type CareIssue } from '../../core/care-error.js';
import { left, right, type Either } from '../../core/either.js';
import { deepFreeze } from '../../core/freeze.js';
import { IsoDateSchema } from '../../core/iso-date.js';
import { protect } from '../../core/protect.js';
import { fromZodIssues } from '../../core/zod-issues.js';
import { ObservationSchema } from '../../model/observation.js';
import { CarePlanBaseSchema } from '../care-plan.js';
import { buildPlan, type PostOpPlan } from './build.js';
import { PlanContextSchema, type Evidence } from './context.js';
import { asOfError, dayOf, isAsOf } from './generate.js';
import { checkProtocol } from './protocol.js';

/**
 * A report that a milestone without a reading (walking with a walker, normal walking) was or was
 * not met, as the physiotherapist or the patient reports it.
 *
 * @category Plans
 */
export const MilestoneReportSchema = z.strictObject({
  /** The milestone's id in the protocol (`week-1`, `month-1`, ...) or its id in the plan. */
  milestone: z.string().min(1).max(300),
  met: z.boolean(),
  /** The day it was assessed. */
  on: IsoDateSchema,
});
/** @category Plans */
export type MilestoneReport = z.infer<typeof MilestoneReportSchema>;

const UpdateItemSchema = z.union([ObservationSchema, MilestoneReportSchema]);
const UpdateItemsSchema = z.array(UpdateItemSchema).max(10_000);

/** Updates the plan; `updatePostOpPlan` wraps it in `protect`. */
function update(planInput: unknown, observationsInput: unknown, asOfInput: unknown): Either<CareError, PostOpPlan> {
  if (!isAsOf(asOfInput)) return left(asOfError());
  const asOf = asOfInput;
  const base = CarePlanBaseSchema.safeParse(planInput, { reportInput: true });
  if (!base.success) return left(careError('invalid-input', 'Plan is invalid', fromZodIssues(base.error.issues).map((issue) => ({ ...issue, path: ['plan', ...issue.path] }))));
  const plan = base.data;
  if (plan.kind !== 'postop') return left(careError('not-applicable', 'The plan is not a post-operative plan', [{ path: ['plan', 'kind'], code: 'invalid-value', message: 'must be postop' }]));
  const parsedContext = PlanContextSchema.safeParse(plan.classification['context'], { reportInput: true });
  if (!parsedContext.success) {
    return left(careError('invalid-input', 'Plan is invalid', fromZodIssues(parsedContext.error.issues).map((issue) => ({ ...issue, path: ['plan', 'classification', 'context', ...issue.path] }))));
  }
  const context = parsedContext.data;
  const protocol = checkProtocol(context.protocol);
  if (protocol._tag === 'Left') return left(careError('invalid-input', 'Plan is invalid', protocol.left.issues.map((issue) => ({ ...issue, path: ['plan', 'classification', 'context', 'protocol', ...issue.path] }))));
  if (plan.id !== context.planId || plan.patientId !== context.patientId) {
    return left(careError('invalid-input', 'Plan is invalid', [{ path: ['plan', 'id'], code: 'inconsistent', message: 'does not match the plan context' }]));
  }
  const day = dayOf(asOf, context.timeZone);
  if (day < dayOf(plan.asOf, context.timeZone)) {
    return left(careError('conflict', 'asOf is before the plan\'s asOf', [{ path: ['asOf'], code: 'inconsistent', message: 'is before the asOf of the plan' }]));
  }

  const items = UpdateItemsSchema.safeParse(observationsInput, { reportInput: true });
  if (!items.success) return left(careError('invalid-input', 'Observations are invalid', fromZodIssues(items.error.issues).map((issue) => ({ ...issue, path: ['observations', ...issue.path] }))));
  const milestoneIds = new Set(protocol.right.phases.flatMap((phase) => phase.milestones.map((milestone) => milestone.id)));
  const prefix = `${context.planId}/milestone/`;
  const issues: CareIssue[] = [];
  const evidence: Evidence[] = [];
  items.data.forEach((item, index) => {
    if ('milestone' in item) {
      const id = item.milestone.startsWith(prefix) ? item.milestone.slice(prefix.length) : item.milestone;
      if (!milestoneIds.has(id)) issues.push({ path: ['observations', index, 'milestone'], code: 'unknown-code', message: 'names no milestone of the plan' });
      else if (item.on > day) issues.push({ path: ['observations', index, 'on'], code: 'inconsistent', message: 'is after asOf' });
      else evidence.push({ kind: 'report', milestone: id, met: item.met, day: item.on });
    } else {
      const itemDay = dayOf(item.effective, context.timeZone);
      if (itemDay > day) issues.push({ path: ['observations', index, 'effective'], code: 'inconsistent', message: 'is after asOf' });
      else evidence.push({ kind: 'reading', code: item.code, value: item.value, day: itemDay });
    }
  });
  if (issues.length > 0) return left(careError('invalid-input', 'Observations are invalid', issues));
  const next = { ...context, evidence: [...context.evidence, ...evidence] };
  return right(deepFreeze(buildPlan(next, protocol.right, asOf, day)));
}

/**
 * Updates a post-operative plan with new readings (knee flexion, temperature...) and milestone
 * reports at a later point in time: milestones met or missed, the phase reached, escalations for
 * missed milestones and the exercises they hold. The plan keeps its id; everything is rebuilt
 * from the context the plan carries (`classification.context`), so an update equals a fresh
 * generation with the same evidence.
 *
 * @param plan - a plan from {@link generatePostOpPlan} or an earlier update (plain JSON is fine)
 * @param observations - readings (`{ code, value, unit, effective }`, converted as the record's
 *   are) and reports (`{ milestone, met, on }`), none after `asOf`
 * @param asOf - `YYYY-MM-DD` or an instant, not before the plan's `asOf`
 * @returns `Right` with the updated frozen plan, or `Left`: `invalid-time`, `invalid-input`
 *   (plan, observations), `conflict` (asOf earlier than the plan's), `not-applicable` (not a
 *   post-operative plan)
 *
 * @example
 * ```ts
 * updatePostOpPlan(plan, [{ code: 'knee-flexion', value: 75, unit: 'deg', effective: '2026-11-30T10:00:00+08:00' }], '2026-11-30');
 * // => Right { status: 'behind',
 * //   milestones: [..., { id: '…/milestone/flexion-90', status: 'missed' }, ...],
 * //   activities: [..., { category: 'referral', title: { en: 'Physiotherapy review' }, due: '2026-12-03' },
 * //                 { title: { en: 'Stair training' }, paused: { en: 'Held until this milestone is met: Knee bends to at least 90 degrees.' } }, ...] }
 * ```
 * @category Plans
 */
export function updatePostOpPlan(plan: unknown, observations: unknown, asOf: unknown): Either<CareError, PostOpPlan> {
  return protect('updatePostOpPlan', () => update(plan, observations, asOf));
}
