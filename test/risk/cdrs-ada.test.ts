import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adaRiskTest, type AdaRiskTestInput } from '../../src/risk/ada-risk-test.js';
import { cdrs, type CdrsInput } from '../../src/risk/cdrs.js';
import { failed, pointsOf, scored } from './support.js';

describe('cdrs', () => {
  it.each<[string, CdrsInput, number, string]>([
    ['C1', { age: 48, sex: 'male', bmi: 26, waistCm: 88, sbpMmHg: 135, familyHistoryFirstDegree: false }, 30, 'high-risk'],
    ['C2', { age: 30, sex: 'female', bmi: 21, waistCm: 68, sbpMmHg: 105, familyHistoryFirstDegree: true }, 10, 'below-cut-off'],
    ['C3', { age: 60, sex: 'female', bmi: 23, waistCm: 78, sbpMmHg: 118, familyHistoryFirstDegree: false }, 23, 'below-cut-off'],
    ['C4', { age: 70, sex: 'male', bmi: 31, waistCm: 96, sbpMmHg: 165, familyHistoryFirstDegree: true }, 51, 'high-risk'],
    // The open-source React example printed 31 for this profile; the table gives 28.
    ['wrong published example', { age: 31, sex: 'male', bmi: 30, waistCm: 95, sbpMmHg: 145, familyHistoryFirstDegree: false }, 28, 'high-risk'],
  ])('reproduces %s', (_, input, total, category) => {
    const result = scored(cdrs(input));
    expect(result.value).toBe(total);
    expect(result.category).toBe(category);
  });

  it('draws every band at its boundary', () => {
    const base: CdrsInput = { age: 40, sex: 'male', bmi: 20, waistCm: 70, sbpMmHg: 100, familyHistoryFirstDegree: false };
    const points = (input: Partial<CdrsInput>, name: string) => pointsOf(scored(cdrs({ ...base, ...input })), name);
    expect([24, 25, 34, 35, 39, 40, 44, 45, 49, 50, 54, 55, 59, 60, 64, 65, 74].map((age) => points({ age }, 'age'))).toEqual([0, 4, 4, 8, 8, 11, 11, 12, 12, 13, 13, 15, 15, 16, 16, 18, 18]);
    expect([21.9, 22, 23.9, 24, 29.9, 30].map((bmi) => points({ bmi }, 'bmi'))).toEqual([0, 1, 1, 3, 3, 5]);
    expect([74.9, 75, 79.9, 80, 84.9, 85, 89.9, 90, 94.9, 95].map((waistCm) => points({ waistCm }, 'waistCm'))).toEqual([0, 3, 3, 5, 5, 7, 7, 8, 8, 10]);
    expect([69.9, 70, 74.9, 75, 79.9, 80, 84.9, 85, 89.9, 90].map((waistCm) => points({ sex: 'female', waistCm }, 'waistCm'))).toEqual([0, 3, 3, 5, 5, 7, 7, 8, 8, 10]);
    expect([109, 110, 119, 120, 129, 130, 139, 140, 149, 150, 159, 160].map((sbpMmHg) => points({ sbpMmHg }, 'sbpMmHg'))).toEqual([0, 1, 1, 3, 3, 6, 6, 7, 7, 8, 8, 10]);
  });

  it('puts 25 at the cut-off and 24 below it', () => {
    // 13 (age 50) + 2 (male) + 3 (BMI 24) + 7 (waist 85) = 25; with BMI 23 (1) = 23, waist 80 (5) = 23.
    expect(scored(cdrs({ age: 50, sex: 'male', bmi: 24, waistCm: 85, sbpMmHg: 100, familyHistoryFirstDegree: false })).category).toBe('high-risk');
    expect(scored(cdrs({ age: 50, sex: 'male', bmi: 24, waistCm: 85, sbpMmHg: 100, familyHistoryFirstDegree: false })).value).toBe(25);
    const below = scored(cdrs({ age: 49, sex: 'male', bmi: 24, waistCm: 85, sbpMmHg: 100, familyHistoryFirstDegree: false }));
    expect([below.value, below.category]).toEqual([24, 'below-cut-off']);
  });

  it('refuses ages outside 20-74 with out-of-population', () => {
    for (const age of [19, 75]) {
      const error = failed(cdrs({ age, sex: 'male', bmi: 26, waistCm: 88, sbpMmHg: 135, familyHistoryFirstDegree: false }));
      expect(error.code).toBe('out-of-population');
      expect(error.issues[0]?.path).toEqual(['age']);
    }
  });
});

describe('adaRiskTest', () => {
  const base: AdaRiskTestInput = { age: 62, sex: 'male', gestationalDiabetesHistory: false, familyHistory: false, hypertension: false, physicallyActive: true, bmi: 24.4 };

  it('scores the WebMD/Bang A1 profile 4 on the ADA test, not the Bang 2009 score of 3', () => {
    const result = scored(adaRiskTest(base));
    expect(result.value).toBe(4);
    expect(result.category).toBe('below-cut-off');
    expect(pointsOf(result, 'physicallyActive')).toBe(0);
  });

  it.each<[string, AdaRiskTestInput, number, string]>([
    ['A2', { age: 45, sex: 'female', gestationalDiabetesHistory: true, familyHistory: true, hypertension: false, physicallyActive: false, bmi: 31 }, 6, 'high-risk'],
    ['A3', { age: 52, sex: 'male', gestationalDiabetesHistory: false, familyHistory: false, hypertension: true, physicallyActive: true, bmi: 27 }, 5, 'high-risk'],
  ])('reproduces %s', (_, input, total, category) => {
    const result = scored(adaRiskTest(input));
    expect([result.value, result.category]).toEqual([total, category]);
  });

  it('draws age and BMI bands at their boundaries, with the Asian first point at 23', () => {
    const points = (input: Partial<AdaRiskTestInput>, name: string) => pointsOf(scored(adaRiskTest({ ...base, ...input })), name);
    expect([39, 40, 49, 50, 59, 60].map((age) => points({ age }, 'age'))).toEqual([0, 1, 1, 2, 2, 3]);
    expect([24.9, 25, 29.9, 30, 39.9, 40].map((bmi) => points({ bmi }, 'bmi'))).toEqual([0, 1, 1, 2, 2, 3]);
    expect([22.9, 23, 24.9].map((bmi) => points({ bmi, asian: true }, 'bmi'))).toEqual([0, 1, 1]);
    expect(points({ bmi: 23, asian: false }, 'bmi')).toBe(0);
  });

  it('puts 5 at the cut-off and 4 below', () => {
    expect(scored(adaRiskTest({ ...base, hypertension: true })).category).toBe('high-risk');
    expect(scored(adaRiskTest(base)).category).toBe('below-cut-off');
  });

  it('rejects gestational diabetes for a man', () => {
    expect(failed(adaRiskTest({ ...base, gestationalDiabetesHistory: true })).issues[0]?.path).toEqual(['gestationalDiabetesHistory']);
  });
});

describe('points-based diabetes scores never fall when a risk factor is added', () => {
  it('cdrs and adaRiskTest', () => {
    const common = {
      age: fc.integer({ min: 20, max: 70 }),
      sex: fc.constantFrom('female' as const, 'male' as const),
      bmi: fc.double({ min: 15, max: 60, noNaN: true }),
    };
    fc.assert(
      fc.property(fc.record({ ...common, waistCm: fc.double({ min: 50, max: 150, noNaN: true }), sbpMmHg: fc.integer({ min: 90, max: 200 }), familyHistoryFirstDegree: fc.boolean() }), fc.integer({ min: 0, max: 4 }), (x, delta) => {
        const before = scored(cdrs(x)).value;
        expect(scored(cdrs({ ...x, age: Math.min(74, x.age + delta) })).value).toBeGreaterThanOrEqual(before);
        expect(scored(cdrs({ ...x, bmi: x.bmi + delta })).value).toBeGreaterThanOrEqual(before);
        expect(scored(cdrs({ ...x, waistCm: x.waistCm + delta })).value).toBeGreaterThanOrEqual(before);
        expect(scored(cdrs({ ...x, sbpMmHg: x.sbpMmHg + delta })).value).toBeGreaterThanOrEqual(before);
        expect(scored(cdrs({ ...x, familyHistoryFirstDegree: true })).value).toBeGreaterThanOrEqual(before);
      }),
    );
    fc.assert(
      fc.property(fc.record({ ...common, familyHistory: fc.boolean(), hypertension: fc.boolean(), physicallyActive: fc.boolean(), asian: fc.boolean() }), fc.integer({ min: 0, max: 4 }), (x, delta) => {
        const input = { ...x, gestationalDiabetesHistory: false };
        const before = scored(adaRiskTest(input)).value;
        expect(scored(adaRiskTest({ ...input, age: x.age + delta })).value).toBeGreaterThanOrEqual(before);
        expect(scored(adaRiskTest({ ...input, bmi: x.bmi + delta })).value).toBeGreaterThanOrEqual(before);
        expect(scored(adaRiskTest({ ...input, hypertension: true })).value).toBeGreaterThanOrEqual(before);
        expect(scored(adaRiskTest({ ...input, physicallyActive: false })).value).toBeGreaterThanOrEqual(before);
        expect(scored(adaRiskTest({ ...input, familyHistory: true })).value).toBeGreaterThanOrEqual(before);
      }),
    );
  });
});
