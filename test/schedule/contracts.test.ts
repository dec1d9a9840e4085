import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarFromChineseDays, chinaCalendar } from '../../src/calendars/china.js';
import * as schedule from '../../src/schedule/index.js';
import { anyValue } from '../support/arbitraries.js';
import { isDeepFrozen, monthlyPolicy, olderDiabetic, rightOf } from './helpers.js';

const asOf = '2026-11-23';
const policy = rightOf(schedule.followUpPolicyFor(olderDiabetic, { asOf })).policy;
const followUps = rightOf(schedule.scheduleFollowUps(policy, olderDiabetic, { asOf, horizon: { value: 6, unit: 'month' } })).followUps;
const readings = [{ code: 'glucose-fasting', value: 17, unit: 'mmol/L', effective: '2026-11-23T07:00:00+08:00' }];

/** Each public function with valid arguments. */
const calls: readonly [string, (...args: unknown[]) => unknown, () => unknown[]][] = [
  ['expandCadence', schedule.expandCadence, () => [{ kind: 'every', every: { value: 1, unit: 'month' } }, '2026-01-31', { to: '2027-01-01' }]],
  ['scheduleFollowUps', schedule.scheduleFollowUps, () => [structuredClone(policy), structuredClone(olderDiabetic), { asOf, horizon: { value: 6, unit: 'month' }, calendar: { holidays: ['2026-12-23'] } }]],
  ['nextFollowUp', schedule.nextFollowUp, () => [monthlyPolicy(), structuredClone(olderDiabetic), { lastCompleted: '2026-11-20', asOf }]],
  ['followUpPolicyFor', schedule.followUpPolicyFor, () => [structuredClone(olderDiabetic), { asOf }]],
  ['followUpStatus', schedule.followUpStatus, () => [structuredClone(followUps), [{ id: 'c1', date: '2026-12-20' }], '2027-03-01']],
  ['overdueList', schedule.overdueList, () => [structuredClone(followUps), [], '2027-03-01']],
  ['evaluateReadings', schedule.evaluateReadings, () => [undefined, structuredClone(readings), '2026-11-23T09:00:00+08:00', { symptoms: ['nausea-vomiting'] }]],
  ['levelCapacity', schedule.levelCapacity, () => [structuredClone(followUps), { capacity: { default: 1 } }]],
  ['cadenceToRRule', schedule.cadenceToRRule, () => [{ kind: 'every', every: { value: 1, unit: 'month' } }, '2026-01-31']],
  ['toICalendar', schedule.toICalendar, () => [structuredClone(followUps), { asOf: '2026-11-23T09:00:00+08:00' }]],
  ['localTimeToInstant', schedule.localTimeToInstant, () => ['2026-03-08', '02:30', 'America/New_York']],
  ['calendarFromChineseDays', calendarFromChineseDays, () => [{ holidays: { '2026-10-01': 'National Day' }, workdays: {} }]],
  ['chinaCalendar', chinaCalendar, () => []],
];

describe('contracts of every public function', () => {
  for (const [name, fn, args] of calls) {
    it(`${name}: Right on valid input, deep-frozen, deterministic, inputs neither mutated nor frozen`, () => {
      const input = args();
      const before = structuredClone(input);
      const first = fn(...input) as { _tag: string };
      expect(first._tag).toBe('Right');
      expect(isDeepFrozen(first)).toBe(true);
      expect(input).toEqual(before);
      for (const value of input) if (typeof value === 'object' && value !== null) expect(Object.isFrozen(value)).toBe(false);
      expect(fn(...args())).toEqual(first);
    });
    it(`${name}: never throws on arbitrary input and returns a frozen Left or Right`, () => {
      fc.assert(
        fc.property(fc.array(anyValue, { maxLength: 4 }), (values) => {
          const result = fn(...values) as { _tag: string; left?: { code: string } };
          expect(['Left', 'Right']).toContain(result._tag);
          expect(Object.isFrozen(result)).toBe(true);
          if (result._tag === 'Left') expect(result.left?.code).not.toBe('internal');
        }),
        { numRuns: 60 },
      );
    });
  }
  it('error messages carry paths, never patient values', () => {
    const planted = { ...structuredClone(olderDiabetic), birthDate: '1987-06-05x' };
    const result = schedule.scheduleFollowUps(policy, planted, { asOf, horizon: '2027-01-01' });
    expect(result._tag).toBe('Left');
    if (result._tag === 'Left') {
      expect(result.left.message).not.toContain('1987-06-05x');
      expect(result.left.issues[0]?.path).toEqual(['birthDate']);
    }
  });
});
