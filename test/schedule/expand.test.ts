import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, epochDay, fromEpochDay } from '../../src/core/iso-date.js';
import { dayOfIso, isoOfDay, isoOfDays, isoWeekday } from '../../src/schedule/civil.js';
import { expandCadence } from '../../src/schedule/index.js';
import { addDaysUtc, must, naiveAddMonths, rightOf } from './helpers.js';

const monthly = (start = 1) => ({ kind: 'every', every: { value: 1, unit: 'month' }, start: { value: start, unit: 'month' } }) as const;

describe('civil arithmetic', () => {
  it('agrees with core epochDay/fromEpochDay over 1850-2300', () => {
    fc.assert(
      fc.property(fc.integer({ min: epochDay('1850-01-01'), max: epochDay('2300-12-31') }), (day) => {
        expect(isoOfDay(day)).toBe(fromEpochDay(day));
        expect(dayOfIso(fromEpochDay(day))).toBe(day);
      }),
      { numRuns: 300 },
    );
  });
  it('isoOfDays (the calendar walk) agrees with isoOfDay on ascending days', () => {
    fc.assert(
      fc.property(fc.integer({ min: epochDay('1850-01-01'), max: epochDay('2290-01-01') }), fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 80 }), (start, steps) => {
        const days = steps.reduce<number[]>((list, step) => [...list, (list.at(-1) ?? start) + step], [start]);
        expect(isoOfDays(days)).toEqual(days.map(isoOfDay));
      }),
      { numRuns: 200 },
    );
  });
  it('knows 1970-01-01 was a Thursday and 2026-11-23 a Monday', () => {
    expect(isoWeekday(0)).toBe(4);
    expect(isoWeekday(dayOfIso('2026-11-23'))).toBe(1);
  });
});

describe('expandCadence: month ends, leap days, year ends', () => {
  it('monthly from 31 January anchors on the original day each time', () => {
    const { dates } = rightOf(expandCadence(monthly(0), '2026-01-31', { to: '2026-06-30' }));
    expect(dates).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31', '2026-06-30']);
  });
  it('monthly from 31 January in a leap year lands on 29 February', () => {
    expect(rightOf(expandCadence(monthly(0), '2024-01-31', { to: '2024-03-31' })).dates).toEqual(['2024-01-31', '2024-02-29', '2024-03-31']);
  });
  it('yearly from 29 February falls on 28 February in common years and 29 in leap years', () => {
    const { dates } = rightOf(expandCadence({ kind: 'every', every: { value: 1, unit: 'year' } }, '2024-02-29', { to: '2029-01-01' }));
    expect(dates).toEqual(['2025-02-28', '2026-02-28', '2027-02-28', '2028-02-29']);
  });
  it('crosses year ends: weekly from 24 December', () => {
    const { dates } = rightOf(expandCadence({ kind: 'every', every: { value: 1, unit: 'week' } }, '2026-12-24', { to: '2027-01-15' }));
    expect(dates).toEqual(['2026-12-31', '2027-01-07', '2027-01-14']);
  });
  it('matches a naive clamped-from-anchor reference for any anchor and step (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: epochDay('1990-01-01'), max: epochDay('2100-12-31') }),
        fc.integer({ min: 1, max: 14 }),
        fc.integer({ min: 1, max: 40 }),
        (anchorDay, step, count) => {
          const anchor = fromEpochDay(anchorDay);
          const result = rightOf(expandCadence({ kind: 'every', every: { value: step, unit: 'month' }, count }, anchor, { to: '2160-12-31' }));
          const expected = Array.from({ length: count }, (_, k) => naiveAddMonths(anchor, (k + 1) * step));
          expect(result.dates).toEqual(expected);
          // core's addMonths agrees too
          expect(result.dates).toEqual(expected.map((_, k) => addMonths(anchor, (k + 1) * step)));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('expandCadence: offsets, phases, count, until, windows of interest', () => {
  it('offsets: day 1, 3, 7 after surgery', () => {
    const cadence = { kind: 'offsets', offsets: [1, 3, 7].map((value) => ({ value, unit: 'day' })) };
    expect(rightOf(expandCadence(cadence, '2026-03-30', { to: '2026-12-31' })).dates).toEqual(['2026-03-31', '2026-04-02', '2026-04-06']);
  });
  it('phases: weekly for 1 month, then monthly for 6 months (000_71735d5778d29d68.txt new diagnosis)', () => {
    const cadence = {
      kind: 'phases',
      phases: [
        { every: { value: 1, unit: 'week' }, for: { value: 1, unit: 'month' } },
        { every: { value: 1, unit: 'month' }, for: { value: 6, unit: 'month' } },
      ],
    };
    const { dates } = rightOf(expandCadence(cadence, '2026-03-02', { to: '2027-12-31' }));
    const weekly = [7, 14, 21, 28].map((d) => addDaysUtc('2026-03-02', d));
    const monthlyPart = [2, 3, 4, 5, 6, 7].map((m) => naiveAddMonths('2026-03-02', m));
    expect(dates).toEqual([...weekly, ...monthlyPart]);
  });
  it('from skips earlier occurrences but keeps their sequence numbers', () => {
    const all = rightOf(expandCadence(monthly(), '2020-01-15', { to: '2030-01-01' }));
    const later = rightOf(expandCadence(monthly(), '2020-01-15', { from: '2026-06-01', to: '2030-01-01' }));
    expect(later.dates).toEqual(all.dates.slice(later.firstSequence));
    expect(all.dates[later.firstSequence]).toBe('2026-06-15');
  });
  it('count and until bound the series', () => {
    expect(rightOf(expandCadence({ ...monthly(), count: 3 }, '2026-01-10', { to: '2030-01-01' })).dates).toHaveLength(3);
    expect(rightOf(expandCadence({ ...monthly(), until: '2026-04-10' }, '2026-01-10', { to: '2030-01-01' })).dates).toEqual(['2026-02-10', '2026-03-10', '2026-04-10']);
  });
  it('reports an error instead of looping past its limit or horizon', () => {
    const daily = { kind: 'every', every: { value: 1, unit: 'day' } };
    const tooMany = expandCadence(daily, '2026-01-01', { to: '2100-01-01', limit: 100 });
    expect(tooMany._tag).toBe('Left');
    if (tooMany._tag === 'Left') expect(tooMany.left.issues[0]?.code).toBe('too-big');
    expect(expandCadence(daily, '1850-01-01', { to: '2300-01-01' })._tag).toBe('Left');
  });
  it('gives ascending, unique dates inside [from, to] (fast-check)', () => {
    const unit = fc.constantFrom('day', 'week', 'month', 'year');
    fc.assert(
      fc.property(
        fc.integer({ min: epochDay('2000-01-01'), max: epochDay('2040-12-31') }),
        fc.array(fc.record({ every: fc.record({ value: fc.integer({ min: 1, max: 6 }), unit }), for: fc.record({ value: fc.integer({ min: 1, max: 6 }), unit }) }), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 1, max: 1500 }),
        (anchorDay, phases, fromOffset, span) => {
          const anchor = fromEpochDay(anchorDay);
          const from = fromEpochDay(anchorDay + fromOffset);
          const to = fromEpochDay(anchorDay + fromOffset + span);
          const result = expandCadence({ kind: 'phases', phases }, anchor, { from, to, limit: 100_000 });
          const { dates } = rightOf(result);
          for (let i = 0; i < dates.length; i += 1) {
            expect(must(dates[i]) >= from && must(dates[i]) <= to).toBe(true);
            if (i > 0) expect(must(dates[i - 1]) < must(dates[i])).toBe(true);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
