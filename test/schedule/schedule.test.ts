import chineseDaysData from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { epochDay, fromEpochDay } from '../../src/core/iso-date.js';
import { calendarFromChineseDays, chinaCalendar } from '../../src/calendars/china.js';
import { isoWeekday } from '../../src/schedule/civil.js';
import { followUpPolicyFor, nextFollowUp, scheduleFollowUps, type FollowUpPolicyInput } from '../../src/schedule/index.js';
import { monthlyPolicy, must, naiveAddMonths, olderDiabetic, purpose, rightOf, source } from './helpers.js';

const record = { id: 'p-1', birthDate: '1980-01-01', sex: 'male' };
const weekdays = { closedWeekdays: [6, 7] };

describe('scheduleFollowUps', () => {
  it('lists monthly follow-ups from the last contact, with windows, ids and sources', () => {
    const schedule = rightOf(scheduleFollowUps(monthlyPolicy(), record, { asOf: '2026-01-31', horizon: { value: 4, unit: 'month' }, anchors: { lastContact: '2026-01-31' } }));
    expect(schedule.followUps.map((f) => f.due)).toEqual([1, 2, 3, 4].map((k) => naiveAddMonths('2026-01-31', k)));
    for (const f of schedule.followUps) {
      expect(f.window.earliest).toBe(fromEpochDay(epochDay(f.nominalDue) - 7));
      expect(f.window.latest).toBe(fromEpochDay(epochDay(f.nominalDue) + 7));
      expect(f.source).toEqual(source);
    }
    expect(new Set(schedule.followUps.map((f) => f.id)).size).toBe(4);
    const again = rightOf(scheduleFollowUps(monthlyPolicy(), record, { asOf: '2026-01-31', horizon: { value: 4, unit: 'month' }, anchors: { lastContact: '2026-01-31' } }));
    expect(again).toEqual(schedule);
  });

  it('anchors on record events: surgery offsets day 1, 3, 7 (004_eccb0a9eec47fd06.txt)', () => {
    const policy: FollowUpPolicyInput = {
      id: 'post-op',
      series: [{ id: 'day-1-3-7', anchor: { kind: 'surgery' }, cadence: { kind: 'offsets', offsets: [1, 3, 7].map((value) => ({ value, unit: 'day' as const })) }, window: { before: 0, after: 0 }, purpose, source }],
    };
    const patient = { ...record, procedures: [{ code: 'laparoscopic-cholecystectomy', status: 'completed', date: '2026-05-10' }] };
    const schedule = rightOf(scheduleFollowUps(policy, patient, { asOf: '2026-05-10', horizon: { value: 1, unit: 'month' } }));
    expect(schedule.followUps.map((f) => f.due)).toEqual(['2026-05-11', '2026-05-13', '2026-05-17']);
    const none = rightOf(scheduleFollowUps(policy, record, { asOf: '2026-05-10', horizon: { value: 1, unit: 'month' } }));
    expect(none.followUps).toEqual([]);
    expect(none.skipped.map((s) => s.seriesId)).toEqual(['day-1-3-7']);
  });

  it('moves a follow-up off a weekend to the nearest open day inside its window', () => {
    // 2026-02-28 is a Saturday: nearest open day is Friday 27 (tie with Monday 2 March goes earlier).
    const schedule = rightOf(scheduleFollowUps(monthlyPolicy(), record, { asOf: '2026-01-31', horizon: '2026-03-01', anchors: { lastContact: '2026-01-31' }, calendar: weekdays }));
    const feb = schedule.followUps[0];
    expect(feb?.nominalDue).toBe('2026-02-28');
    expect(feb?.due).toBe('2026-02-27');
    expect(feb?.adjustments[0]?.kind).toBe('moved');
  });

  it('uses make-up working days (调休) and holidays from the China calendar', () => {
    const calendar = rightOf(chinaCalendar());
    // 2026-02-14 (Saturday) is a make-up working day for the Spring Festival; 2026-02-15..23 are holidays.
    expect(calendar.workdays).toContain('2026-02-14');
    expect(calendar.holidays).toContain('2026-02-16');
    const policy = monthlyPolicy({ before: 0, after: 0 });
    const onMakeUpDay = rightOf(scheduleFollowUps(policy, record, { asOf: '2026-01-14', horizon: '2026-02-20', anchors: { lastContact: '2026-01-14' }, calendar }));
    expect(onMakeUpDay.followUps[0]?.due).toBe('2026-02-14');
    expect(onMakeUpDay.followUps[0]?.adjustments).toEqual([]);
    // Due on a holiday with a wide window: moves to the nearest open day, never outside the window.
    const wide = rightOf(scheduleFollowUps(monthlyPolicy({ before: 3, after: 10 }), record, { asOf: '2026-01-18', horizon: '2026-02-28', anchors: { lastContact: '2026-01-18' }, calendar }));
    const moved = wide.followUps[0];
    expect(moved?.nominalDue).toBe('2026-02-18');
    expect(moved?.due).toBe('2026-02-24');
    // Due on a holiday with no open day in the window: flagged, kept on its date.
    const narrow = rightOf(scheduleFollowUps(monthlyPolicy({ before: 1, after: 1 }), record, { asOf: '2026-01-18', horizon: '2026-02-28', anchors: { lastContact: '2026-01-18' }, calendar }));
    expect(narrow.followUps[0]?.due).toBe('2026-02-18');
    expect(narrow.followUps[0]?.adjustments[0]?.kind).toBe('no-open-day');
    expect(narrow.flagged).toEqual([narrow.followUps[0]?.id]);
  });

  it('never defers an urgent follow-up', () => {
    const policy = monthlyPolicy({ before: 3, after: 3 });
    const urgent = { ...policy, series: policy.series.map((s) => ({ ...s, urgent: true })) };
    const schedule = rightOf(scheduleFollowUps(urgent, record, { asOf: '2026-01-31', horizon: '2026-03-01', anchors: { lastContact: '2026-01-31' }, calendar: weekdays }));
    expect(schedule.followUps[0]?.due).toBe('2026-02-28');
    expect(schedule.followUps[0]?.adjustments[0]?.kind).toBe('urgent-kept');
    expect(schedule.followUps[0]?.channel).toBe('phone');
  });

  it('never leaves a window and lands on an open day or flags it (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: epochDay('2024-01-01'), max: epochDay('2027-12-31') }),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 0, max: 5 }),
        fc.subarray([1, 2, 3, 4, 5, 6, 7], { maxLength: 6 }),
        fc.integer({ min: 1, max: 3 }),
        (anchorDay, before, after, closedWeekdays, step) => {
          const anchor = fromEpochDay(anchorDay);
          const policy = { ...monthlyPolicy({ before, after }), series: [{ ...must(monthlyPolicy().series[0]), window: { before, after }, cadence: { kind: 'every' as const, every: { value: step, unit: 'week' as const } } }] };
          const schedule = rightOf(scheduleFollowUps(policy, record, { asOf: anchor, horizon: { value: 6, unit: 'month' }, anchors: { lastContact: anchor }, calendar: { closedWeekdays } }));
          const closed = new Set(closedWeekdays);
          let previous = '';
          for (const f of schedule.followUps) {
            expect(f.due >= f.window.earliest && f.due <= f.window.latest).toBe(true);
            const open = !closed.has(isoWeekday(epochDay(f.due)));
            expect(open || f.adjustments.some((a) => a.kind === 'no-open-day')).toBe(true);
            expect(f.nominalDue > previous).toBe(true);
            previous = f.nominalDue;
          }
          expect(new Set(schedule.followUps.map((f) => f.id)).size).toBe(schedule.followUps.length);
        },
      ),
      { numRuns: 120 },
    );
  });

  it('fails with a Left, not a long loop, past the limit', () => {
    const daily = { ...monthlyPolicy(), series: [{ ...must(monthlyPolicy().series[0]), cadence: { kind: 'every' as const, every: { value: 1, unit: 'day' as const } } }] };
    const result = scheduleFollowUps(daily, record, { asOf: '2026-01-01', horizon: { value: 10, unit: 'year' }, limit: 500 });
    expect(result._tag).toBe('Left');
  });

  it('reads asOf given as an instant on the patient calendar', () => {
    const schedule = rightOf(scheduleFollowUps(monthlyPolicy(), { ...record, preferences: { timeZone: 'Asia/Shanghai' } }, { asOf: '2026-01-30T20:00:00Z', horizon: { value: 1, unit: 'month' } }));
    expect(schedule.asOf).toBe('2026-01-31');
  });
});

describe('channels', () => {
  const at = { asOf: '2026-01-01', horizon: { value: 1, unit: 'month' } } as const;
  const channelOf = (patient: Record<string, unknown>) => rightOf(scheduleFollowUps(monthlyPolicy(), { ...record, ...patient }, at)).followUps[0];
  it('older patient -> phone and large print (000_..., 004_...)', () => {
    const f = channelOf({ birthDate: '1950-01-01' });
    expect([f?.channel, f?.largePrint, f?.channelReason.rule]).toEqual(['phone', true, 'older-or-offline']);
    expect(f?.channelReason.text['zh-CN']).toContain('大字版');
  });
  it('offline-dependent -> phone; online-active -> app; premium -> home visit', () => {
    expect(channelOf({ social: { digitalAccess: 'none' } })?.channel).toBe('phone');
    const app = channelOf({ social: { digitalAccess: 'full' } });
    expect([app?.channel, app?.largePrint]).toEqual(['app', false]);
    expect(channelOf({ servicePackage: 'premium', social: { digitalAccess: 'full' } })?.channel).toBe('home-visit');
  });
  it('a stated preference wins, an avoided channel is skipped', () => {
    expect(channelOf({ preferences: { channel: 'sms' } })?.channelReason.rule).toBe('patient-preference');
    const avoided = channelOf({ social: { digitalAccess: 'full' }, preferences: { avoidChannels: ['app'] } });
    expect(avoided?.channel).toBe('phone');
    expect(avoided?.channelReason.rule).toBe('fallback');
  });
});

describe('nextFollowUp re-anchors on the last contact actually made', () => {
  it('a late visit moves the next due date', () => {
    const onTime = rightOf(nextFollowUp(monthlyPolicy(), record, { lastCompleted: '2026-03-15', asOf: '2026-03-20' }));
    const late = rightOf(nextFollowUp(monthlyPolicy(), record, { lastCompleted: '2026-03-22', asOf: '2026-03-23' }));
    expect(onTime.due).toBe('2026-04-15');
    expect(late.due).toBe('2026-04-22');
    expect(late.sequence).toBe(0);
  });
  it('re-anchors from the 31st without accumulating clamping', () => {
    expect(rightOf(nextFollowUp(monthlyPolicy(), record, { lastCompleted: '2026-01-31', asOf: '2026-02-01' })).due).toBe('2026-02-28');
    expect(rightOf(nextFollowUp(monthlyPolicy(), record, { lastCompleted: '2024-01-31', asOf: '2024-02-01' })).due).toBe('2024-02-29');
  });
  it('returns an overdue next follow-up rather than skipping it, and rejects unknown series', () => {
    const overdue = rightOf(nextFollowUp(monthlyPolicy(), record, { lastCompleted: '2026-01-10', asOf: '2026-03-01' }));
    expect(overdue.due).toBe('2026-02-10');
    expect(nextFollowUp(monthlyPolicy(), record, { lastCompleted: '2026-01-10', asOf: '2026-03-01', seriesId: 'nope' })._tag).toBe('Left');
  });
});

describe('intensity by tier as data', () => {
  it('older diabetic with nephropathy: chronic monthly + IWGDF + KDIGO series', () => {
    const choice = rightOf(followUpPolicyFor(olderDiabetic, { asOf: '2026-11-23' }));
    expect(choice.tier).toBe('chronic');
    expect(choice.policy.series.map((s) => s.id)).toEqual(['chronic-monthly', 'foot-exam', 'kidney-monitoring']);
    expect(choice.policy.series[0]?.source.id).toBe('003_2e90203f66327890.txt');
  });
  it('NBPHS classification: satisfactory quarterly, unsatisfactory within 2 weeks, twice -> referral (urgent)', () => {
    const by = (control: 'satisfactory' | 'unsatisfactory' | 'two-unsatisfactory') => must(rightOf(followUpPolicyFor(olderDiabetic, { asOf: '2026-11-23', control })).policy.series[0]);
    expect(by('satisfactory').cadence).toEqual({ kind: 'every', every: { value: 3, unit: 'month' } });
    const twoWeeks = rightOf(nextFollowUp({ id: 'x', series: [by('unsatisfactory')] }, olderDiabetic, { lastCompleted: '2026-11-20', asOf: '2026-11-23' }));
    expect([twoWeeks.due, twoWeeks.window.earliest, twoWeeks.window.latest]).toEqual(['2026-12-04', '2026-11-21', '2026-12-04']);
    expect(by('two-unsatisfactory').urgent).toBe(true);
  });
  it('host overrides an entry of the table', () => {
    const override = { ...must(monthlyPolicy().series[0]), id: 'host-chronic' };
    expect(rightOf(followUpPolicyFor(olderDiabetic, { asOf: '2026-11-23', intensity: { chronic: override } })).policy.series[0]?.id).toBe('host-chronic');
  });
});

describe('China calendar data', () => {
  it('comes from the chinese-days data file and accepts host-supplied data', () => {
    const fromData = rightOf(calendarFromChineseDays(chineseDaysData));
    expect(fromData).toEqual(rightOf(chinaCalendar()));
    expect(fromData.holidays?.length).toBe(Object.keys(chineseDaysData.holidays).length);
    expect(calendarFromChineseDays({ holidays: { 'not-a-date': 'x' }, workdays: {} })._tag).toBe('Left');
  });
});
