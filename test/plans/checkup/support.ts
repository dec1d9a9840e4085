import { expect } from 'vitest';
import type { CareError } from '../../../src/core/care-error.js';
import type { Either } from '../../../src/core/either.js';
import { CarePlanBaseSchema, type Activity } from '../../../src/plans/care-plan.js';
import { generateCheckupPlan, type CheckupItemSummary, type CheckupPlan, type CheckupPlanOptions } from '../../../src/plans/checkup/index.js';

export const AS_OF = '2026-03-01';

/** A record input for someone who is exactly `age` completed years old on {@link AS_OF}. */
export function person(age: number, sex: 'female' | 'male' | 'other' | 'unknown', extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: `p-${sex}-${age}`, birthDate: `${2026 - age}-01-15`, sex, ...extra };
}

/** The plan, checked against the shared CarePlanBase schema and frozen; fails the test on a Left. */
export function planOf(result: Either<CareError, CheckupPlan>): CheckupPlan {
  if (result._tag === 'Left') throw new Error(`expected a plan, got ${result.left.code}: ${result.left.message}`);
  const parsed = CarePlanBaseSchema.safeParse(result.right);
  expect(parsed.success).toBe(true);
  expect(Object.isFrozen(result.right)).toBe(true);
  expect(result.right.kind).toBe('checkup');
  return result.right;
}

export function errorOf<T>(result: Either<CareError, T>): CareError {
  if (result._tag === 'Right') throw new Error('expected an error, got a Right');
  return result.left;
}

export function plan(record: unknown, history: unknown = [], options: CheckupPlanOptions = {}, asOf = AS_OF): CheckupPlan {
  return planOf(generateCheckupPlan(record, history, asOf, options));
}

export function items(result: CheckupPlan): readonly CheckupItemSummary[] {
  return result.classification['items'] as unknown as readonly CheckupItemSummary[];
}

export function itemOf(result: CheckupPlan, item: string): CheckupItemSummary | undefined {
  return items(result).find((entry) => entry.item === item);
}

export function activityOf(result: CheckupPlan, item: string): Activity | undefined {
  const summary = itemOf(result, item);
  return summary?.activityId === null || summary === undefined ? undefined : result.activities.find((activity) => activity.id === summary.activityId);
}

/** Ids of the rules that applied to an item (empty when the item is not in the plan). */
export function rulesOf(result: CheckupPlan, item: string): readonly string[] {
  return itemOf(result, item)?.rules.map((rule) => rule.id) ?? [];
}
