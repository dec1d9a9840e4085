import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findrisc, type FindriscInput } from '../../src/risk/findrisc.js';
import { failed, pointsOf, scored } from './support.js';

const base: FindriscInput = {
  age: 50, sex: 'male', bmi: 27, waistCm: 100, dailyActivity30Min: true, vegetablesFruitDaily: true,
  antihypertensiveMedication: false, highBloodGlucoseEver: false, familyHistory: 'none',
};

describe('findrisc', () => {
  it.each<[string, FindriscInput, number, string, number]>([
    ['F1', base, 6, 'low', 0.01],
    ['F2', { age: 60, sex: 'female', bmi: 32, waistCm: 92, dailyActivity30Min: false, vegetablesFruitDaily: false, antihypertensiveMedication: true, highBloodGlucoseEver: true, familyHistory: 'first-degree' }, 25, 'very-high', 0.5],
    ['F3', { ...base, age: 45, bmi: 25.0, waistCm: 94, familyHistory: 'second-degree' }, 9, 'slightly-elevated', 0.04],
    ['F4', { age: 66, sex: 'female', bmi: 24, waistCm: 79, dailyActivity30Min: false, vegetablesFruitDaily: false, antihypertensiveMedication: false, highBloodGlucoseEver: false, familyHistory: 'none' }, 7, 'slightly-elevated', 0.04],
  ])('reproduces example %s', (_, input, total, category, risk) => {
    const result = scored(findrisc(input));
    expect(result.value).toBe(total);
    expect(result.category).toBe(category);
    expect(result.probability).toEqual({ value: risk, horizonYears: 10 });
  });

  it('uses the form’s closed bands at every boundary', () => {
    const points = (input: Partial<FindriscInput>, name: string) => pointsOf(scored(findrisc({ ...base, ...input })), name);
    expect([44, 45, 54, 55, 64, 65].map((age) => points({ age }, 'age'))).toEqual([0, 2, 2, 3, 3, 4]);
    expect([24.9, 25, 30, 30.1].map((bmi) => points({ bmi }, 'bmi'))).toEqual([0, 1, 1, 3]);
    expect([93.9, 94, 102, 102.1].map((waistCm) => points({ waistCm }, 'waistCm'))).toEqual([0, 3, 3, 4]);
    expect([79.9, 80, 88, 88.1].map((waistCm) => points({ sex: 'female', waistCm }, 'waistCm'))).toEqual([0, 3, 3, 4]);
    // The open-source table with +2 for waist, +2 for high glucose, +2 for vegetables is wrong.
    expect(points({ highBloodGlucoseEver: true }, 'highBloodGlucoseEver')).toBe(5);
    expect(points({ vegetablesFruitDaily: false }, 'vegetablesFruitDaily')).toBe(1);
  });

  it('draws its categories at 6/7, 11/12, 14/15 and 20/21', () => {
    const categoryAt = (total: number) => {
      // Build a total from the age (0-4) plus high glucose (5) plus family (0/3/5) plus the rest.
      const combos: FindriscInput[] = [];
      for (const age of [40, 50, 60, 70]) for (const bmi of [22, 27, 32]) for (const waistCm of [90, 98, 110]) for (const activity of [true, false]) for (const veg of [true, false]) for (const meds of [true, false]) for (const glucose of [true, false]) for (const family of ['none', 'second-degree', 'first-degree'] as const) {
        combos.push({ age, sex: 'male', bmi, waistCm, dailyActivity30Min: activity, vegetablesFruitDaily: veg, antihypertensiveMedication: meds, highBloodGlucoseEver: glucose, familyHistory: family });
      }
      const input = combos.find((candidate) => scored(findrisc(candidate)).value === total);
      if (input === undefined) throw new Error(`no combination totals ${total}`);
      return scored(findrisc(input)).category;
    };
    expect([6, 7, 11, 12, 14, 15, 20, 21].map(categoryAt)).toEqual(['low', 'slightly-elevated', 'slightly-elevated', 'moderate', 'moderate', 'high', 'high', 'very-high']);
  });

  it('never lowers the score when a risk factor is added', () => {
    const input = fc.record({
      age: fc.integer({ min: 18, max: 100 }), sex: fc.constantFrom('female' as const, 'male' as const), bmi: fc.double({ min: 15, max: 60, noNaN: true }),
      waistCm: fc.double({ min: 50, max: 160, noNaN: true }), dailyActivity30Min: fc.boolean(), vegetablesFruitDaily: fc.boolean(),
      antihypertensiveMedication: fc.boolean(), highBloodGlucoseEver: fc.boolean(), familyHistory: fc.constantFrom('none' as const, 'second-degree' as const, 'first-degree' as const),
    });
    fc.assert(
      fc.property(input, fc.integer({ min: 0, max: 10 }), (x, delta) => {
        const before = scored(findrisc(x)).value;
        expect(scored(findrisc({ ...x, age: Math.min(130, x.age + delta) })).value).toBeGreaterThanOrEqual(before);
        expect(scored(findrisc({ ...x, bmi: Math.min(150, x.bmi + delta) })).value).toBeGreaterThanOrEqual(before);
        expect(scored(findrisc({ ...x, waistCm: Math.min(300, x.waistCm + delta) })).value).toBeGreaterThanOrEqual(before);
        expect(scored(findrisc({ ...x, dailyActivity30Min: false })).value).toBeGreaterThanOrEqual(before);
        expect(scored(findrisc({ ...x, highBloodGlucoseEver: true })).value).toBeGreaterThanOrEqual(before);
        expect(scored(findrisc({ ...x, familyHistory: 'first-degree' })).value).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it('rejects bad input by path with the accepted range', () => {
    const error = failed(findrisc({ ...base, age: 150, bmi: 0, familyHistory: 'maybe' }));
    expect(error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`)).toEqual(['age must be <= 130', 'bmi must be >= 5', expect.stringMatching(/^familyHistory must be one of/)]);
  });
});
