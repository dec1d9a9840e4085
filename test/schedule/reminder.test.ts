import { describe, expect, it } from 'vitest';
import { instantToEpochMs, localDateTimeOf } from '../../src/core/index.js';
import { localTimeToInstant, scheduleFollowUps } from '../../src/schedule/index.js';
import { monthlyPolicy, rightOf } from './helpers.js';

/** The wall clock an instant shows in a zone, through core (independent of the resolver). */
function wallOf(instant: string, zone: string): string {
  return rightOf(localDateTimeOf(instant, zone)).slice(0, 16);
}

describe('DST policy: a missing wall time moves forward, an ambiguous one takes the earlier offset', () => {
  const cases = [
    // zone, gap day and time (moves forward by the gap), overlap day and time (earlier offset)
    { zone: 'America/New_York', gap: ['2026-03-08', '02:30', '03:30', '-04:00'], overlap: ['2026-11-01', '01:30', '-04:00', '-05:00'] },
    { zone: 'Europe/London', gap: ['2026-03-29', '01:30', '02:30', '+01:00'], overlap: ['2026-10-25', '01:30', '+01:00', '+00:00'] },
    // Lord Howe shifts by 30 minutes.
    { zone: 'Australia/Lord_Howe', gap: ['2026-10-04', '02:15', '02:45', '+11:00'], overlap: ['2026-04-05', '01:45', '+11:00', '+10:30'] },
  ] as const;
  for (const { zone, gap, overlap } of cases) {
    it(`${zone}: gap`, () => {
      const [date, time, shown, offset] = gap;
      const resolved = rightOf(localTimeToInstant(date, time, zone));
      expect(resolved.resolution).toBe('dst-gap');
      expect(resolved.instant).toBe(`${date}T${shown}:00${offset}`);
      expect(wallOf(resolved.instant, zone)).toBe(`${date}T${shown}`);
    });
    it(`${zone}: overlap takes the earlier instant`, () => {
      const [date, time, earlier, later] = overlap;
      const resolved = rightOf(localTimeToInstant(date, time, zone));
      expect(resolved.resolution).toBe('dst-overlap-earlier');
      expect(resolved.instant).toBe(`${date}T${time}:00${earlier}`);
      const first = rightOf(instantToEpochMs(resolved.instant));
      const second = rightOf(instantToEpochMs(`${date}T${time}:00${later}`));
      expect(first).toBeLessThan(second);
      expect(wallOf(`${date}T${time}:00${later}`, zone)).toBe(`${date}T${time}`);
    });
    it(`${zone}: an ordinary time is exact`, () => {
      const resolved = rightOf(localTimeToInstant('2026-06-15', '09:00', zone));
      expect(resolved.resolution).toBe('exact');
      expect(wallOf(resolved.instant, zone)).toBe('2026-06-15T09:00');
    });
  }
  it('Asia/Shanghai has no DST: every 09:00 of a year is +08:00', () => {
    for (let month = 1; month <= 12; month += 1) {
      const date = `2026-${String(month).padStart(2, '0')}-15`;
      expect(rightOf(localTimeToInstant(date, '09:00', 'Asia/Shanghai')).instant).toBe(`${date}T09:00:00+08:00`);
    }
  });
  it('rejects invalid dates, times and zones with paths', () => {
    const result = localTimeToInstant('2026-02-30', '24:00', '+08:00');
    expect(result._tag).toBe('Left');
    if (result._tag === 'Left') expect(result.left.issues.map((issue) => issue.path[0])).toEqual(['date', 'time', 'timeZone']);
  });
});

describe('reminders of scheduled follow-ups', () => {
  const record = { id: 'p-1', birthDate: '1960-01-01', sex: 'female' };
  it('default 09:00 the day before, in the patient zone, across a DST change', () => {
    const policy = monthlyPolicy({ before: 0, after: 0 }, { reminder: { time: '02:30', daysBefore: 0 } });
    const schedule = rightOf(scheduleFollowUps(policy, { ...record, preferences: { timeZone: 'America/New_York' } }, { asOf: '2026-02-08', horizon: '2026-04-30', anchors: { lastContact: '2026-02-08' } }));
    const march = schedule.followUps.find((f) => f.due === '2026-03-08');
    expect(march?.reminder.at).toBe('2026-03-08T03:30:00-04:00');
    expect(march?.reminder.shifted).toContain('dst-gap');
    const defaults = rightOf(scheduleFollowUps(monthlyPolicy(), { ...record, preferences: { timeZone: 'Europe/London' } }, { asOf: '2026-01-01', horizon: '2026-12-31' }));
    for (const f of defaults.followUps) {
      expect(f.reminder.localTime).toBe('09:00');
      expect(wallOf(f.reminder.at, 'Europe/London')).toBe(`${f.reminder.localDate}T09:00`);
    }
  });
  it('moves a reminder out of quiet hours to their end', () => {
    const policy = monthlyPolicy(undefined, { reminder: { time: '22:30' } });
    const schedule = rightOf(scheduleFollowUps(policy, { ...record, preferences: { timeZone: 'Asia/Shanghai', quietHours: { start: '21:00', end: '07:00' } } }, { asOf: '2026-01-01', horizon: '2026-03-31' }));
    for (const f of schedule.followUps) {
      expect(f.reminder.localTime).toBe('07:00');
      expect(f.reminder.shifted).toEqual(['quiet-hours']);
      // 22:30 the day before -> 07:00 on the due day
      expect(f.reminder.localDate).toBe(f.due);
    }
  });
});
