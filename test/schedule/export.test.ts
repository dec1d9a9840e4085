import fc from 'fast-check';
import ICAL from 'ical.js';
import rrulePkg from 'rrule';
import { describe, expect, it } from 'vitest';
import { epochDay, fromEpochDay } from '../../src/core/iso-date.js';
import { cadenceToRRule, expandCadence, scheduleFollowUps, toICalendar } from '../../src/schedule/index.js';
import { foldLine } from '../../src/schedule/export.js';
import { must, olderDiabetic, rightOf } from './helpers.js';
import { followUpPolicyFor } from '../../src/schedule/index.js';

const { rrulestr } = rrulePkg;

/** Dates of RRULE text by rrule's own engine (UTC all-day dates). */
function rruleDates(lines: readonly string[], until: string): string[] {
  const text = lines.map((line) => line.replace('DTSTART;VALUE=DATE:', 'DTSTART:').replace(/^(DTSTART:\d{8})$/, '$1T000000Z').replace(/UNTIL=(\d{8})(?!T)/, 'UNTIL=$1T000000Z')).join('\n');
  const rule = rrulestr(text);
  return rule.between(new Date(0), new Date(`${until}T00:00:00Z`), true).map((d) => d.toISOString().slice(0, 10));
}

describe('cadenceToRRule', () => {
  it('monthly from the 31st uses BYMONTHDAY=28..31;BYSETPOS=-1 and matches our dates', () => {
    const cadence = { kind: 'every', every: { value: 1, unit: 'month' }, start: { value: 0, unit: 'day' }, count: 13 } as const;
    const [component] = rightOf(cadenceToRRule(cadence, '2026-01-31'));
    expect(component?.rrule).toContain('BYMONTHDAY=28,29,30,31');
    expect(component?.rrule).toContain('BYSETPOS=-1');
    const ours = rightOf(expandCadence(cadence, '2026-01-31', { to: '2028-01-01' })).dates;
    expect(rruleDates(must(component).lines, '2028-01-01')).toEqual(ours);
    expect(ours.slice(0, 3)).toEqual(['2026-01-31', '2026-02-28', '2026-03-31']);
  });
  it('plain RFC 5545 MONTHLY from the 31st would skip short months (why the BYSETPOS form)', () => {
    expect(rruleDates(['DTSTART;VALUE=DATE:20260131', 'RRULE:FREQ=MONTHLY;COUNT=3'], '2027-01-01')).toEqual(['2026-01-31', '2026-03-31', '2026-05-31']);
  });
  it('yearly from 29 February', () => {
    const cadence = { kind: 'every', every: { value: 1, unit: 'year' }, count: 5 } as const;
    const [component] = rightOf(cadenceToRRule(cadence, '2024-02-29'));
    expect(rruleDates(must(component).lines, '2031-01-01')).toEqual(rightOf(expandCadence(cadence, '2024-02-29', { to: '2031-01-01' })).dates);
  });
  it('phases become one component each; offsets become RDATEs', () => {
    const phases = { kind: 'phases', phases: [{ every: { value: 1, unit: 'week' }, for: { value: 1, unit: 'month' } }, { every: { value: 1, unit: 'month' }, for: { value: 6, unit: 'month' } }] } as const;
    const components = rightOf(cadenceToRRule(phases, '2026-01-31'));
    expect(components).toHaveLength(2);
    const joined = components.flatMap((c) => rruleDates(c.lines, '2027-12-31'));
    expect(joined).toEqual(rightOf(expandCadence(phases, '2026-01-31', { to: '2027-12-31' })).dates);
    const [offsets] = rightOf(cadenceToRRule({ kind: 'offsets', offsets: [1, 3, 7].map((value) => ({ value, unit: 'day' })) }, '2026-03-30'));
    expect(offsets?.lines).toEqual(['DTSTART;VALUE=DATE:20260331', 'RDATE;VALUE=DATE:20260402,20260406']);
  });
  it('agrees with rrule on any every-cadence (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: epochDay('2000-01-01'), max: epochDay('2060-12-31') }),
        fc.constantFrom('day', 'week', 'month', 'year'),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 30 }),
        (anchorDay, unit, value, count) => {
          const anchor = fromEpochDay(anchorDay);
          const cadence = { kind: 'every', every: { value, unit }, count } as const;
          const [component] = rightOf(cadenceToRRule(cadence, anchor));
          const to = fromEpochDay(anchorDay + 60_000);
          expect(rruleDates(must(component).lines, to)).toEqual(rightOf(expandCadence(cadence, anchor, { to, limit: 100 })).dates);
        },
      ),
      { numRuns: 80 },
    );
  });
});

describe('toICalendar', () => {
  const policy = rightOf(followUpPolicyFor(olderDiabetic, { asOf: '2026-11-23' })).policy;
  const schedule = rightOf(scheduleFollowUps(policy, olderDiabetic, { asOf: '2026-11-23', horizon: { value: 6, unit: 'month' } }));
  const text = rightOf(toICalendar(schedule.followUps, { asOf: '2026-11-23T09:00:00+08:00', language: 'zh-CN', calendarName: '随访, 日程; 测试' }));

  it('is parsed back by ical.js with one event per follow-up, UIDs, dates, alarms and escaped text', () => {
    const component = new ICAL.Component(ICAL.parse(text) as unknown[]);
    const events = component.getAllSubcomponents('vevent');
    expect(events).toHaveLength(schedule.followUps.length);
    events.forEach((vevent, index) => {
      const f = must(schedule.followUps[index]);
      const event = new ICAL.Event(vevent);
      expect(event.uid).toBe(`${f.id}@carepath`);
      expect(event.startDate.toString()).toBe(f.due);
      expect(event.summary).toBe(f.purpose['zh-CN']);
      expect(event.description).toContain(f.channelReason.text['zh-CN']);
      const stamp = vevent.getFirstPropertyValue('dtstamp') as ICAL.Time;
      expect(stamp.toString()).toBe('2026-11-23T01:00:00Z');
      const alarm = vevent.getFirstSubcomponent('valarm');
      const trigger = alarm?.getFirstPropertyValue('trigger') as ICAL.Time;
      expect(trigger.toUnixTime() * 1000).toBe(Date.parse(f.reminder.at));
    });
    // ical.js leaves X- properties raw: they carry our escaping.
    expect(component.getFirstPropertyValue('x-wr-calname')).toBe('随访\\, 日程\\; 测试');
  });
  it('escapes commas, semicolons, backslashes and newlines so a parser reads them back', () => {
    const tricky = { ...must(schedule.followUps[0]), purpose: { 'zh-CN': 'a, b; c\\d\ne', en: 'x' } };
    const ics = rightOf(toICalendar([tricky], { asOf: '2026-11-23' }));
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics) as unknown[]).getFirstSubcomponent('vevent') ?? undefined);
    expect(event.summary).toBe('a, b; c\\d\ne');
  });
  it('uses CRLF, folds at 75 octets and never splits a UTF-8 character', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (value) => {
        const folded = foldLine(`DESCRIPTION:${value}`);
        for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
        expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${value}`);
      }),
      { numRuns: 200 },
    );
  });
  it('is deterministic: the same input gives the same bytes', () => {
    expect(rightOf(toICalendar(schedule.followUps, { asOf: '2026-11-23T09:00:00+08:00', language: 'zh-CN', calendarName: '随访, 日程; 测试' }))).toBe(text);
  });
});
