import { readFileSync } from 'node:fs';
import { epochDay, fromEpochDay } from '../../../src/core/iso-date.js';
import type { PostOpPlan } from '../../../src/plans/postop/index.js';

/** The seed persona with a total knee arthroplasty on 2026-11-16 (examples/data). */
export function kneeRecord(): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL('../../../examples/data/knee-replacement.json', import.meta.url), 'utf8')) as Record<string, unknown>;
}

export const SURGERY = '2026-11-16';

/** Post-operative day n of a surgery date. */
export const pod = (n: number, surgery = SURGERY): string => fromEpochDay(epochDay(surgery) + n);

/** A small record with one procedure and nothing else, for controlled personalisation. */
export function minimalRecord(procedure: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: 'p-min', birthDate: '1970-01-15', sex: 'female', procedures: [procedure], ...extra };
}

export function unwrap<T>(result: { _tag: 'Left'; left: { message: string } } | { _tag: 'Right'; right: T }): T {
  if (result._tag === 'Left') throw new Error(result.left.message);
  return result.right;
}

export const byKey = (plan: PostOpPlan, suffix: string) => plan.activities.find((activity) => activity.id.endsWith(suffix));
export const milestone = (plan: PostOpPlan, key: string) => plan.milestones.find((item) => item.id.endsWith(`/milestone/${key}`));
export const phase = (plan: PostOpPlan, key: string) => plan.phases.find((item) => item.id.endsWith(`/phase/${key}`));

/** True when every object reachable from value is frozen. */
export function deepFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (!Object.isFrozen(value)) return false;
  return Object.values(value).every(deepFrozen);
}
