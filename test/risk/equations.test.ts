import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chinaPar, type ChinaParInput } from '../../src/risk/china-par.js';
import { pooledCohort } from '../../src/risk/pooled-cohort.js';
import { failed, scored } from './support.js';

const tableA = {
  age: 55,
  totalCholesterol: { value: 213, unit: 'mg/dL' },
  hdlCholesterol: { value: 50, unit: 'mg/dL' },
  systolicBpMmHg: 120,
  bpTreated: false,
  currentSmoker: false,
  diabetes: false,
};

describe('pooledCohort', () => {
  it.each([
    ['female', 'white', 2.1, 2.052],
    ['female', 'african-american', 3.0, 3.026],
    ['male', 'white', 5.3, 5.384],
    ['male', 'african-american', 6.1, 6.073],
  ] as const)('reproduces Goff 2013 Table A for %s %s: published %s %%', (sex, race, published, exact) => {
    const result = scored(pooledCohort({ ...tableA, sex, race }));
    // +-0.1 percentage point against the guideline (which rounds each term), 2 decimals against the exact computation.
    expect(Math.abs(result.value - published)).toBeLessThanOrEqual(0.1);
    expect(result.value).toBeCloseTo(exact, 2);
    expect(result.probability?.horizonYears).toBe(10);
  });

  it('uses the white equations for other races', () => {
    expect(scored(pooledCohort({ ...tableA, sex: 'male', race: 'other' })).value).toBe(scored(pooledCohort({ ...tableA, sex: 'male', race: 'white' })).value);
  });

  it('gives the same risk for mmol/L and mg/dL within rounding of the conversion', () => {
    const mmol = scored(pooledCohort({ ...tableA, sex: 'male', race: 'white', totalCholesterol: { value: 213 / 38.67, unit: 'mmol/L' }, hdlCholesterol: { value: 50 / 38.67, unit: 'mmol/L' } }));
    expect(mmol.value).toBeCloseTo(5.384, 2);
  });

  it('draws the 2018 categories at 5, 7.5 and 20 %', () => {
    const category = () => {
      const results = [];
      for (let sbp = 90; sbp <= 200; sbp += 1) for (const age of [40, 50, 60, 70, 79]) for (const smoker of [false, true]) for (const diabetes of [false, true]) {
        results.push(scored(pooledCohort({ ...tableA, age, sex: 'male', race: 'white', systolicBpMmHg: sbp, currentSmoker: smoker, diabetes })));
      }
      return results;
    };
    for (const result of category()) {
      const expected = result.value < 5 ? 'low' : result.value < 7.5 ? 'borderline' : result.value < 20 ? 'intermediate' : 'high';
      expect(result.category).toBe(expected);
    }
  });

  it('refuses ages outside 40-79 and values outside the estimator’s ranges, never extrapolating', () => {
    for (const age of [39, 80]) expect(failed(pooledCohort({ ...tableA, age, sex: 'male', race: 'white' })).code).toBe('out-of-population');
    const error = failed(pooledCohort({ ...tableA, sex: 'male', race: 'white', systolicBpMmHg: 220, totalCholesterol: { value: 100, unit: 'mg/dL' } }));
    expect(error.code).toBe('out-of-population');
    expect(error.issues.map((issue) => issue.path[0])).toEqual(['totalCholesterol', 'systolicBpMmHg']);
    expect(error.issues[0]?.message).toContain('between 130 and 320 mg/dL');
  });

  it('rejects an SBP of 20 as an impossible value, naming the range', () => {
    const error = failed(pooledCohort({ ...tableA, sex: 'male', race: 'white', systolicBpMmHg: 20 }));
    expect(error.code).toBe('invalid-input');
    expect(error.issues[0]).toMatchObject({ path: ['systolicBpMmHg'], message: 'must be >= 40' });
  });

  it('keeps probabilities in [0, 1] and raises risk with each risk factor', () => {
    const input = fc.record({
      age: fc.integer({ min: 40, max: 79 }),
      sex: fc.constantFrom('female' as const, 'male' as const),
      race: fc.constantFrom('white' as const, 'african-american' as const, 'other' as const),
      tc: fc.integer({ min: 130, max: 320 }),
      hdl: fc.integer({ min: 20, max: 100 }),
      sbp: fc.integer({ min: 90, max: 200 }),
      bpTreated: fc.boolean(),
    });
    fc.assert(
      fc.property(input, (x) => {
        const run = (smoker: boolean, diabetes: boolean) =>
          scored(pooledCohort({ age: x.age, sex: x.sex, race: x.race, totalCholesterol: { value: x.tc, unit: 'mg/dL' }, hdlCholesterol: { value: x.hdl, unit: 'mg/dL' }, systolicBpMmHg: x.sbp, bpTreated: x.bpTreated, currentSmoker: smoker, diabetes }));
        const none = run(false, false);
        expect(none.probability?.value).toBeGreaterThanOrEqual(0);
        expect(none.probability?.value).toBeLessThanOrEqual(1);
        expect(run(false, true).value).toBeGreaterThanOrEqual(none.value);
        // The white-male smoking term, 7.837 - 1.795 ln(age), turns negative above age 78.7: a
        // property of the published equation, asserted below, not a defect.
        if (x.age <= 78) expect(run(true, false).value).toBeGreaterThanOrEqual(none.value);
      }),
    );
  });

  it('keeps the published white-male smoking quirk: at 79 smoking lowers the estimate slightly', () => {
    const run = (smoker: boolean) => scored(pooledCohort({ ...tableA, age: 79, sex: 'male', race: 'white', currentSmoker: smoker })).value;
    expect(run(true)).toBeLessThan(run(false));
    expect(7.837 - 1.795 * Math.log(79)).toBeLessThan(0);
  });
});

const cp1: ChinaParInput = {
  age: 60, sex: 'male', systolicBpMmHg: 130, bpTreated: false, totalCholesterol: { value: 210, unit: 'mg/dL' }, hdlCholesterol: { value: 55, unit: 'mg/dL' },
  waistCm: 80, currentSmoker: false, diabetes: true, region: 'north', residence: 'urban', familyHistoryAscvd: false,
};

describe('chinaPar', () => {
  it.each([
    ['male', 11.0],
    ['female', 10.1],
  ] as const)('reproduces the Yang 2016 supplement profile CP-1 for %s within 0.3 percentage point', (sex, published) => {
    const result = scored(chinaPar({ ...cp1, sex }));
    expect(Math.abs(result.value - published)).toBeLessThanOrEqual(0.3);
    expect(result.category).toBe('high');
  });

  it('matches the supplement’s individual sums (142.04 men, 119.22 women) within the coefficients’ precision', () => {
    expect(Number(scored(chinaPar(cp1)).details?.['individualSum'])).toBeCloseTo(142.04, 1);
    expect(Number(scored(chinaPar({ ...cp1, sex: 'female' })).details?.['individualSum'])).toBeCloseTo(119.22, 1);
  });

  it('draws the 2019 strata at 5 and 10 %', () => {
    for (let sbp = 100; sbp <= 180; sbp += 2) {
      for (const age of [35, 45, 55, 65, 74]) {
        const result = scored(chinaPar({ ...cp1, age, systolicBpMmHg: sbp }));
        expect(result.category).toBe(result.value < 5 ? 'low' : result.value < 10 ? 'intermediate' : 'high');
      }
    }
  });

  it('refuses ages outside 35-74', () => {
    expect(failed(chinaPar({ ...cp1, age: 34 })).code).toBe('out-of-population');
    expect(failed(chinaPar({ ...cp1, age: 75 })).code).toBe('out-of-population');
  });

  it('uses the treated or the untreated SBP pair, and treatment raises risk at the same SBP', () => {
    expect(scored(chinaPar({ ...cp1, bpTreated: true })).value).toBeGreaterThan(scored(chinaPar(cp1)).value);
  });
});
