import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysBetween, daysInMonth, epochDay, fromEpochDay, isoDateParts, parseIsoDate } from '../../src/core/iso-date.js';

describe('isoDateParts', () => {
  it('accepts real calendar dates, leap days included', () => {
    expect(isoDateParts('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(isoDateParts('2000-02-29')).toEqual({ year: 2000, month: 2, day: 29 });
    expect(isoDateParts('2026-12-31')).toEqual({ year: 2026, month: 12, day: 31 });
  });

  it.each(['2026-02-30', '2025-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-1-01', '26-01-01', '2026-01-01T00:00:00Z', '1849-12-31', '2301-01-01', ''])(
    'rejects %j',
    (text) => {
      expect(isoDateParts(text)).toBeUndefined();
    },
  );

  it('agrees with the proleptic Gregorian calendar of Date.UTC for every day 1850-2300', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1850, max: 2300 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (year, month, day) => {
        const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        const real = new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10) === text;
        expect(isoDateParts(text) !== undefined).toBe(real);
      }),
    );
  });
});

describe('daysInMonth', () => {
  it('knows February in leap and common years', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 7)).toBe(31);
  });
});

describe('epoch days', () => {
  it('round-trips every valid date', () => {
    fc.assert(
      fc.property(fc.integer({ min: epochDay('1850-01-01'), max: epochDay('2300-12-31') }), (day) => {
        expect(epochDay(fromEpochDay(day))).toBe(day);
      }),
    );
  });

  it('counts days across leap days and years', () => {
    expect(epochDay('1970-01-01')).toBe(0);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-02-28', '2025-03-01')).toBe(1);
    expect(daysBetween('2026-03-01', '2025-03-01')).toBe(-365);
  });
});

describe('parseIsoDate', () => {
  it('returns Right for a real date and Left with a path-less issue otherwise', () => {
    expect(parseIsoDate('2026-03-01')).toEqual({ _tag: 'Right', right: '2026-03-01' });
    const bad = parseIsoDate('2026-02-30');
    expect(bad._tag).toBe('Left');
    if (bad._tag === 'Left') {
      expect(bad.left.code).toBe('invalid-time');
      expect(bad.left.issues[0]?.code).toBe('invalid-date');
      expect(bad.left.message).not.toContain('2026-02-30');
    }
    expect(parseIsoDate(20260301)._tag).toBe('Left');
  });
});
