import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { epochDay, fromEpochDay } from '../../src/core/iso-date.js';
import { isoWeekday } from '../../src/schedule/civil.js';
import { levelCapacity, scheduleFollowUps, type FollowUp } from '../../src/schedule/index.js';
import { monthlyPolicy, rightOf } from './helpers.js';

function followUpsOf(patients: number, anchor: string, window: { before: number; after: number }, clinicId = 'clinic-a'): FollowUp[] {
  const out: FollowUp[] = [];
  for (let index = 0; index < patients; index += 1) {
    const schedule = rightOf(
      scheduleFollowUps(monthlyPolicy(window), { id: `p-${index}`, birthDate: '1970-01-01', sex: 'female' }, { asOf: anchor, horizon: { value: 3, unit: 'month' }, anchors: { lastContact: anchor }, clinicId }),
    );
    out.push(...schedule.followUps);
  }
  return out;
}

describe('levelCapacity', () => {
  it('flattens a peak within windows, deterministically', () => {
    const list = followUpsOf(10, '2026-03-04', { before: 3, after: 3 });
    const result = rightOf(levelCapacity(list, { capacity: { default: 2 } }));
    expect(result.unplaced).toEqual([]);
    for (const counts of Object.values(result.load)) for (const count of Object.values(counts)) expect(count).toBeLessThanOrEqual(2);
    expect(rightOf(levelCapacity(list, { capacity: { default: 2 } }))).toEqual(result);
    const moved = result.followUps.filter((f) => f.adjustments.some((a) => a.kind === 'levelled'));
    expect(moved.length).toBeGreaterThan(0);
  });
  it('reports what cannot fit and keeps urgent follow-ups on their date', () => {
    const list = followUpsOf(4, '2026-03-04', { before: 0, after: 0 });
    const urgent = list.map((f, index) => (index === 0 ? { ...f, urgent: true } : f));
    const result = rightOf(levelCapacity(urgent, { capacity: { byClinic: { 'clinic-a': 1 } } }));
    expect(result.followUps[0]?.due).toBe(urgent[0]?.due);
    // Three non-urgent follow-ups per month with zero-width windows and one slot taken by the urgent one.
    expect(result.unplaced.filter((u) => u.reason === 'no-capacity-in-window')).toHaveLength(9);
  });
  it('never breaks a window and respects closed days (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 25 }),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: epochDay('2026-01-01'), max: epochDay('2026-12-31') }),
        (patients, width, capacity, anchorDay) => {
          const list = followUpsOf(patients, fromEpochDay(anchorDay), { before: width, after: width });
          const result = rightOf(levelCapacity(list, { capacity: { default: capacity }, calendar: { closedWeekdays: [7] } }));
          result.followUps.forEach((f, index) => {
            expect(f.due >= f.window.earliest && f.due <= f.window.latest).toBe(true);
            expect(f.window).toEqual(list[index]?.window);
            if (f.due !== list[index]?.due) expect(isoWeekday(epochDay(f.due))).not.toBe(7);
          });
          const total = Object.values(result.load).flatMap((days) => Object.values(days)).reduce((a, b) => a + b, 0);
          expect(total).toBe(list.length);
        },
      ),
      { numRuns: 40 },
    );
  });
});
