import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageAt } from '../../src/core/age-at.js';
import { epochDay, fromEpochDay, isLeapYear } from '../../src/core/iso-date.js';

const right = (value: number) => ({ _tag: 'Right', right: value });

describe('ageAt', () => {
  it('counts completed years', () => {
    expect(ageAt('1956-03-15', '2026-03-14')).toEqual(right(69));
    expect(ageAt('1956-03-15', '2026-03-15')).toEqual(right(70));
    expect(ageAt('1991-07-01', '2026-11-23')).toEqual(right(35));
    expect(ageAt('2026-11-23', '2026-11-23')).toEqual(right(0));
  });

  it('lets a 29 February birthday pass on 1 March in common years', () => {
    expect(ageAt('2000-02-29', '2025-02-28')).toEqual(right(24));
    expect(ageAt('2000-02-29', '2025-03-01')).toEqual(right(25));
    expect(ageAt('2000-02-29', '2024-02-29')).toEqual(right(24));
  });

  it('rejects a date before birth and impossible dates', () => {
    const before = ageAt('2000-01-02', '2000-01-01');
    expect(before._tag).toBe('Left');
    if (before._tag === 'Left') expect(before.left.issues[0]?.path).toEqual(['on']);
    const impossible = ageAt('2026-02-30', '2026-03-01');
    expect(impossible._tag).toBe('Left');
    if (impossible._tag === 'Left') expect(impossible.left.issues[0]?.path).toEqual(['birthDate']);
  });

  it('grows by exactly one on each birthday and never decreases', () => {
    const anyDay = fc.integer({ min: epochDay('1900-01-01'), max: epochDay('2150-12-31') });
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 0, max: 40_000 }), (birth, offset) => {
        const born = fromEpochDay(birth);
        const today = fromEpochDay(birth + offset);
        const tomorrow = fromEpochDay(birth + offset + 1);
        const a = ageAt(born, today);
        const b = ageAt(born, tomorrow);
        if (a._tag !== 'Right' || b._tag !== 'Right') throw new Error('valid dates must give an age');
        expect(b.right - a.right).toBeGreaterThanOrEqual(0);
        expect(b.right - a.right).toBeLessThanOrEqual(1);
        // The age goes up exactly on the birthday (1 March for a 29 February birthday in common years).
        const md = (iso: string) => iso.slice(5);
        const commonYear = !isLeapYear(Number(tomorrow.slice(0, 4)));
        const birthdayReached = md(tomorrow) === md(born) || (md(born) === '02-29' && commonYear && md(tomorrow) === '03-01');
        expect(b.right - a.right === 1).toBe(birthdayReached);
      }),
    );
  });
});
