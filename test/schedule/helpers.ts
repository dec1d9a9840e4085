import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FollowUpPolicyInput } from '../../src/schedule/index.js';

export const olderDiabetic: Record<string, unknown> = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../examples/data/older-diabetic-nephropathy.json', import.meta.url)), 'utf8'),
) as Record<string, unknown>;

export const source = { kind: 'carepath', id: 'test', title: 'test policy' } as const;
export const purpose = { 'zh-CN': '随访', en: 'Follow-up' } as const;

export function monthlyPolicy(window = { before: 7, after: 7 }, extra: Partial<FollowUpPolicyInput> = {}): FollowUpPolicyInput {
  return {
    id: 'test-policy',
    series: [{ id: 'monthly', anchor: { kind: 'last-contact' }, cadence: { kind: 'every', every: { value: 1, unit: 'month' } }, window, purpose, source }],
    ...extra,
  };
}

export function rightOf<T>(result: { _tag: 'Left'; left: { message: string } } | { _tag: 'Right'; right: T }): T {
  if (result._tag === 'Left') throw new Error(`expected Right, got Left: ${result.left.message}`);
  return result.right;
}

export function isDeepFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (!Object.isFrozen(value)) return false;
  return Object.values(value).every(isDeepFrozen);
}

/** Naive reference: occurrence k of a monthly cadence = core-style clamped add from the anchor. */
export function naiveAddMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const dim = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, dim)).padStart(2, '0')}`;
}

export function addDaysUtc(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The value, or a test failure when it is missing. */
export function must<T>(value: T | undefined | null): T {
  if (value === undefined || value === null) throw new Error('expected a value');
  return value;
}
