import { z } from 'zod';
import type { CareError } from '../core/care-error.js';
import { canonicalJson } from '../core/canonical-json.js';
import { deterministicId } from '../core/deterministic-id.js';
import { right, type Either } from '../core/either.js';
import { deepFreeze } from '../core/freeze.js';
import type { Localized } from '../core/i18n.js';
import { instantToEpochMs } from '../core/instant.js';
import type { JsonValue } from '../core/json-value.js';
import { protect } from '../core/protect.js';
import { validate } from '../core/validate.js';
import { CarePlanBaseSchema } from './care-plan.js';

/** A plan of any kind (its kind-specific parts are compared as data). */
const AnyPlanSchema = CarePlanBaseSchema.loose();

/** One item added, removed or changed between two plans. @category Plans */
export interface PlanItemChange {
  readonly section: 'goals' | 'activities' | 'phases' | 'milestones' | 'redFlags';
  readonly id: string;
  readonly change: 'added' | 'removed' | 'changed';
  readonly title: Localized;
  /** The fields that differ, for `changed`. */
  readonly fields: readonly string[];
  /** Why: the new item's rationale (the old one's for a removal). */
  readonly reason: Localized;
}

/** A lifecycle event a plan change calls for, ready for the lifecycle module's `applyEvent`. @category Plans */
export interface SuggestedLifecycleEvent {
  readonly id: string;
  readonly type: string;
  readonly at: string;
  readonly payload: Readonly<Record<string, JsonValue>>;
}

/** What changed between two plans of the same patient and kind, and why. @category Plans */
export interface PlanDiff {
  readonly from: { readonly id: string; readonly asOf: string };
  readonly to: { readonly id: string; readonly asOf: string };
  readonly items: readonly PlanItemChange[];
  readonly classification: readonly { readonly field: string; readonly before: JsonValue; readonly after: JsonValue }[];
  readonly lifecycleEvents: readonly SuggestedLifecycleEvent[];
}

type Item = { readonly id: string; readonly rationale?: Localized; readonly [key: string]: unknown };

function titleOf(item: Item): Localized {
  for (const key of ['title', 'description', 'name', 'sign']) {
    const value = item[key];
    if (typeof value === 'object' && value !== null && 'en' in value && 'zh-CN' in value) return value as Localized;
  }
  return { en: item.id, 'zh-CN': item.id };
}

function compare(section: PlanItemChange['section'], before: readonly Item[], after: readonly Item[]): PlanItemChange[] {
  const out: PlanItemChange[] = [];
  const old = new Map(before.map((item) => [item.id, item]));
  const now = new Map(after.map((item) => [item.id, item]));
  const none: Localized = { en: 'No longer part of the plan.', 'zh-CN': '不再属于本方案。' };
  for (const item of after) {
    const previous = old.get(item.id);
    if (previous === undefined) {
      out.push({ section, id: item.id, change: 'added', title: titleOf(item), fields: [], reason: item.rationale ?? none });
      continue;
    }
    // Dates that move with asOf (phase status aside) are not changes of substance.
    const keys = new Set([...Object.keys(previous), ...Object.keys(item)]);
    const fields = [...keys].filter((key) => canonicalJson(previous[key]) !== canonicalJson(item[key])).sort();
    if (fields.length > 0) out.push({ section, id: item.id, change: 'changed', title: titleOf(item), fields, reason: item.rationale ?? none });
  }
  for (const item of before) {
    if (!now.has(item.id)) out.push({ section, id: item.id, change: 'removed', title: titleOf(item), fields: [], reason: item.rationale ?? none });
  }
  return out;
}

/**
 * Lifecycle events for a change of diabetes programme (000_71735d5778d29d68.txt 05.1): entering
 * the new-diagnosis programme decides intensive management; leaving it for long-term management
 * completes treatment; entering complication care or the older-multimorbid programme is a
 * (non-urgent) deterioration; a return to prevention decides "no disease".
 */
function programmeEvents(patientId: string, before: JsonValue, after: JsonValue, at: string): SuggestedLifecycleEvent[] {
  if (before === after || typeof after !== 'string') return [];
  const id = deterministicId('lifecycle-event', { patient: patientId, from: before, to: after, at });
  switch (after) {
    case 'new-diagnosis':
      return [{ id, type: 'treatment-decided', at, payload: { pathway: 'intensive-management' } }];
    case 'long-term':
      return before === 'new-diagnosis' ? [{ id, type: 'treatment-completed', at, payload: { next: 'long-term-follow-up' } }] : [];
    case 'complication-care':
    case 'older-multimorbid':
      return [{ id, type: 'deterioration-detected', at, payload: { severity: 'non-urgent' } }];
    case 'prevention':
      return [{ id, type: 'treatment-decided', at, payload: { pathway: 'no-disease' } }];
    default:
      return [];
  }
}

/**
 * What changed between two plans of a patient, and why: goals, activities, phases, milestones and
 * red flags added, removed or changed (with the fields that differ and the new rationale), the
 * classification fields that moved, and the lifecycle events a programme change calls for (at the
 * new plan's `asOf`; a calendar date is read as midnight UTC).
 *
 * @param before - the earlier plan
 * @param after - the later plan
 * @returns the {@link PlanDiff}, or `Left` when either is not a plan or they belong to different patients or kinds
 *
 * @example
 * ```ts
 * diffPlans(planInNovember, planInFebruary);
 * // => Right { items: [{ section: 'activities', id: '.../activity/hba1c', change: 'changed', fields: ['instructions', 'intervalMonths', ...] }],
 * //            classification: [{ field: 'programme', before: 'new-diagnosis', after: 'long-term' }],
 * //            lifecycleEvents: [{ type: 'treatment-completed', payload: { next: 'long-term-follow-up' }, ... }] }
 * ```
 * @category Plans
 */
export function diffPlans(before: unknown, after: unknown): Either<CareError, PlanDiff> {
  return protect('diffPlans', () => {
    const plans = validate(z.tuple([AnyPlanSchema, AnyPlanSchema]).superRefine(([a, b], ctx) => {
      if (a.patientId !== b.patientId) ctx.addIssue({ code: 'custom', path: [1, 'patientId'], message: 'belongs to another patient', params: { carepathCode: 'inconsistent' } });
      if (a.kind !== b.kind) ctx.addIssue({ code: 'custom', path: [1, 'kind'], message: 'is a plan of another kind', params: { carepathCode: 'inconsistent' } });
    }), [before, after], 'Plans');
    if (plans._tag === 'Left') return plans;
    const [a, b] = plans.right;
    const items = [
      ...compare('goals', a.goals, b.goals),
      ...compare('activities', a.activities, b.activities),
      ...compare('phases', a.phases, b.phases),
      ...compare('milestones', a.milestones, b.milestones),
      ...compare('redFlags', a.redFlags, b.redFlags),
    ];
    const keys = [...new Set([...Object.keys(a.classification), ...Object.keys(b.classification)])].sort();
    const classification = keys
      .filter((key) => canonicalJson(a.classification[key] ?? null) !== canonicalJson(b.classification[key] ?? null))
      .map((field) => ({ field, before: a.classification[field] ?? null, after: b.classification[field] ?? null }));
    const at = instantToEpochMs(b.asOf)._tag === 'Right' ? b.asOf : `${b.asOf.slice(0, 10)}T00:00:00Z`;
    const programme = classification.find((entry) => entry.field === 'programme');
    const lifecycleEvents = a.kind === 'diabetes' && programme !== undefined ? programmeEvents(b.patientId, programme.before, programme.after, at) : [];
    return right(deepFreeze({ from: { id: a.id, asOf: a.asOf }, to: { id: b.id, asOf: b.asOf }, items, classification, lifecycleEvents }));
  });
}
