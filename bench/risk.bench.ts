import { readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { assess } from '../src/risk/assess.js';
import { ckdEpi2021 } from '../src/risk/ckd-epi-2021.js';
import { findrisc } from '../src/risk/findrisc.js';
import { pooledCohort } from '../src/risk/pooled-cohort.js';
import { validatePatientRecord } from '../src/model/validate-patient-record.js';

// Side by side: each score with validation (the public function) and the same arithmetic written
// by hand without validation. Goal: validated scoring within 10x of the raw arithmetic.

interface RawFindrisc {
  age: number;
  sex: string;
  bmi: number;
  waistCm: number;
  dailyActivity30Min: boolean;
  vegetablesFruitDaily: boolean;
  antihypertensiveMedication: boolean;
  highBloodGlucoseEver: boolean;
  familyHistory: string;
}
const findriscInput: RawFindrisc = { age: 60, sex: 'female', bmi: 32, waistCm: 92, dailyActivity30Min: false, vegetablesFruitDaily: false, antihypertensiveMedication: true, highBloodGlucoseEver: true, familyHistory: 'first-degree' };
function findriscRaw(x: RawFindrisc): number {
  const age = x.age < 45 ? 0 : x.age <= 54 ? 2 : x.age <= 64 ? 3 : 4;
  const bmi = x.bmi < 25 ? 0 : x.bmi <= 30 ? 1 : 3;
  const waist = x.sex === 'male' ? (x.waistCm < 94 ? 0 : x.waistCm <= 102 ? 3 : 4) : x.waistCm < 80 ? 0 : x.waistCm <= 88 ? 3 : 4;
  return age + bmi + waist + (x.dailyActivity30Min ? 0 : 2) + (x.vegetablesFruitDaily ? 0 : 1) + (x.antihypertensiveMedication ? 2 : 0) + (x.highBloodGlucoseEver ? 5 : 0) + (x.familyHistory === 'first-degree' ? 5 : x.familyHistory === 'second-degree' ? 3 : 0);
}

const pceInput = { age: 55, sex: 'male', race: 'white', totalCholesterol: { value: 213, unit: 'mg/dL' }, hdlCholesterol: { value: 50, unit: 'mg/dL' }, systolicBpMmHg: 120, bpTreated: false, currentSmoker: false, diabetes: false } as const;
function pceRaw(age: number, tc: number, hdl: number, sbp: number): number {
  const la = Math.log(age);
  const sum = 12.344 * la + 11.853 * Math.log(tc) - 2.664 * la * Math.log(tc) - 7.99 * Math.log(hdl) + 1.769 * la * Math.log(hdl) + 1.764 * Math.log(sbp);
  return 1 - 0.9144 ** Math.exp(sum - 61.18);
}

const ckdInput = { age: 60, sex: 'male', creatinine: { value: 1.4, unit: 'mg/dL' } } as const;
const ckdRaw = (scr: number, age: number) => 142 * Math.min(scr / 0.9, 1) ** -0.302 * Math.max(scr / 0.9, 1) ** -1.2 * 0.9938 ** age;

let sink = 0;

describe('FINDRISC', () => {
  bench('findrisc (validated, explained, frozen)', () => {
    const result = findrisc(findriscInput);
    if (result._tag === 'Right') sink += result.right.value;
  });
  bench('hand-written arithmetic', () => {
    sink += findriscRaw(findriscInput);
  });
});

describe('Pooled Cohort Equations', () => {
  bench('pooledCohort (validated, explained, frozen)', () => {
    const result = pooledCohort(pceInput);
    if (result._tag === 'Right') sink += result.right.value;
  });
  bench('hand-written arithmetic', () => {
    sink += pceRaw(55, 213, 50, 120);
  });
});

describe('CKD-EPI 2021', () => {
  bench('ckdEpi2021 (validated, explained, frozen)', () => {
    const result = ckdEpi2021(ckdInput);
    if (result._tag === 'Right') sink += result.right.value;
  });
  bench('hand-written arithmetic', () => {
    sink += ckdRaw(1.4, 60);
  });
});

const record = JSON.parse(readFileSync(new URL('../examples/data/older-diabetic-nephropathy.json', import.meta.url), 'utf8')) as unknown;
const validated = validatePatientRecord(record);

describe('assess a full record (goal: >= 50 000 records/s on one core)', () => {
  bench('assess(raw JSON record)', () => {
    const result = assess(record, '2026-11-23');
    if (result._tag === 'Right') sink += result.right.results.length;
  });
  bench('assess(already validated record)', () => {
    const result = assess(validated._tag === 'Right' ? validated.right : record, '2026-11-23');
    if (result._tag === 'Right') sink += result.right.results.length;
  });
});

export { sink };
