import { describe, expect, it } from 'vitest';
import { ckdEpi2021 } from '../../src/risk/ckd-epi-2021.js';
import { kdigo } from '../../src/risk/kdigo.js';
import { failed, scored } from './support.js';

describe('ckdEpi2021', () => {
  it.each([
    ['male', 60, 1.4, 57.54],
    ['female', 60, 1.0, 64.5],
    ['female', 40, 0.6, 116.3],
    ['male', 50, 0.9, 104.05],
    ['female', 70, 2.5, 20.18],
  ] as const)('reproduces %s, %i y, creatinine %s mg/dL -> %s', (sex, age, scr, egfr) => {
    expect(scored(ckdEpi2021({ age, sex, creatinine: { value: scr, unit: 'mg/dL' } })).value).toBeCloseTo(egfr, 2);
  });

  it('is the 2021 equation, not 2009 (141, -0.411, -1.209, 0.993: 54.2 for a 60-year-old man at 1.4 mg/dL)', () => {
    const ckdEpi2009Male = (scr: number, age: number) => 141 * Math.min(scr / 0.9, 1) ** -0.411 * Math.max(scr / 0.9, 1) ** -1.209 * 0.993 ** age;
    expect(ckdEpi2009Male(1.4, 60)).toBeCloseTo(54.23, 1);
    const value = scored(ckdEpi2021({ age: 60, sex: 'male', creatinine: { value: 1.4, unit: 'mg/dL' } })).value;
    expect(Math.abs(value - ckdEpi2009Male(1.4, 60))).toBeGreaterThan(3);
  });

  it('reads creatinine in umol/L (divided by 88.4)', () => {
    expect(scored(ckdEpi2021({ age: 60, sex: 'male', creatinine: { value: 1.4 * 88.4, unit: 'umol/L' } })).value).toBeCloseTo(57.54, 2);
  });

  it('rejects a creatinine of 0 with its path and range, and children with out-of-population', () => {
    expect(failed(ckdEpi2021({ age: 60, sex: 'male', creatinine: { value: 0, unit: 'mg/dL' } })).issues[0]).toMatchObject({ path: ['creatinine', 'value'], code: 'too-small' });
    expect(failed(ckdEpi2021({ age: 12, sex: 'male', creatinine: { value: 0.5, unit: 'mg/dL' } })).code).toBe('out-of-population');
  });
});

describe('kdigo', () => {
  it.each([
    [72, 45, 'G2 A2', 'yellow', 1],
    [50, 350, 'G3a A3', 'red', 3],
    [25, 10, 'G4 A1', 'red', 3],
  ] as const)('classifies eGFR %s with UACR %s mg/g as %s, %s, %s visits a year', (egfr, uacr, category, colour, visits) => {
    const result = scored(kdigo({ egfr, uacr: { value: uacr, unit: 'mg/g' } }));
    expect(result.category).toBe(category);
    expect(result.details?.['colour']).toBe(colour);
    expect(result.value).toBe(visits);
  });

  it('monitors G1 A1 yearly only with markers of kidney damage', () => {
    expect(scored(kdigo({ egfr: 95, uacr: { value: 10, unit: 'mg/g' }, kidneyDamageMarkers: true })).value).toBe(1);
    const none = scored(kdigo({ egfr: 95, uacr: { value: 10, unit: 'mg/g' } }));
    expect([none.value, none.details?.['colour']]).toEqual([0, 'green']);
    expect(none.missing).toEqual(['kidneyDamageMarkers']);
  });

  it('puts boundaries in the higher GFR band: 60 G2, 45 G3a, 30 G3b, 15 G4', () => {
    const g = (egfr: number) => scored(kdigo({ egfr, uacr: { value: 10, unit: 'mg/g' } })).details?.['gfrCategory'];
    expect([90, 89.9, 60, 59.9, 45, 44.9, 30, 29.9, 15, 14.9].map(g)).toEqual(['G1', 'G2', 'G2', 'G3a', 'G3a', 'G3b', 'G3b', 'G4', 'G4', 'G5']);
  });

  it('puts UACR 30 in A2, 300 in A2 (KDIGO prints 30-300) and 300.1 in A3, in mg/g or mg/mmol', () => {
    const a = (value: number, unit = 'mg/g') => scored(kdigo({ egfr: 70, uacr: { value, unit } })).details?.['albuminuriaCategory'];
    expect([29.9, 30, 300, 300.1].map((value) => a(value))).toEqual(['A1', 'A2', 'A2', 'A3']);
    expect(a(3.5, 'mg/mmol')).toBe('A2');
  });

  it('holds the KDIGO 2012 grid and the ADA 2024 grid, which differ at G1 A3 and G2 A3', () => {
    const visits = (egfr: number, table: 'kdigo-2012' | 'ada-2024') => scored(kdigo({ egfr, uacr: { value: 400, unit: 'mg/g' }, table })).value;
    expect([visits(95, 'kdigo-2012'), visits(70, 'kdigo-2012')]).toEqual([2, 2]);
    expect([visits(95, 'ada-2024'), visits(70, 'ada-2024')]).toEqual([3, 3]);
    // Every other cell agrees.
    for (const egfr of [50, 35, 20, 10]) for (const uacr of [10, 100, 400]) {
      const k = scored(kdigo({ egfr, uacr: { value: uacr, unit: 'mg/g' }, table: 'kdigo-2012' })).value;
      const d = scored(kdigo({ egfr, uacr: { value: uacr, unit: 'mg/g' }, table: 'ada-2024' })).value;
      expect(d).toBe(k);
    }
  });

  it('reproduces the whole KDIGO 2012 grid', () => {
    const grid = [95, 70, 50, 35, 20, 10].map((egfr) => [10, 100, 400].map((uacr) => scored(kdigo({ egfr, uacr: { value: uacr, unit: 'mg/g' }, kidneyDamageMarkers: true })).value));
    expect(grid).toEqual([[1, 1, 2], [1, 1, 2], [1, 2, 3], [2, 3, 3], [3, 3, 4], [4, 4, 4]]);
  });
});
