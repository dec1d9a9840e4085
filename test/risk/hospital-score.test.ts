import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PatientRecord } from '../../src/model/patient-record.js';
import { validatePatientRecord } from '../../src/model/validate-patient-record.js';
import { DEFAULT_LOOKBACK_DAYS } from '../../src/risk/derive.js';
import { hospitalScore, hospitalScoreDefinition, type HospitalScoreInputIn } from '../../src/risk/hospital-score.js';
import { ScoreResultSchema } from '../../src/risk/score-result.js';
import { anyValue } from '../support/arbitraries.js';
import { scored as ok, failed as fail, pointsOf } from './support.js';




const gdl = (value: number) => ({ value, unit: 'g/dL' });
const mmol = (value: number) => ({ value, unit: 'mmol/L' });

const base: HospitalScoreInputIn = {
  hemoglobinAtDischarge: gdl(13),
  oncologyService: false,
  sodiumAtDischarge: mmol(138),
  procedureDuringStay: false,
  urgentAdmission: false,
  admissionsPrevious12Months: 0,
  lengthOfStayDays: 3,
};

const score = (input: Partial<HospitalScoreInputIn>) => ok(hospitalScore({ ...base, ...input }));

function record(input: Record<string, unknown>): PatientRecord {
  const result = validatePatientRecord({ id: 'p-hospital', birthDate: '1948-11-02', sex: 'male', ...input }, { asOf: '2026-03-10' });
  if (result._tag === 'Left') throw new Error(`invalid test record: ${result.left.message}`);
  return result.right;
}

const context = { asOf: '2026-03-10', lookbackDays: DEFAULT_LOOKBACK_DAYS };

const validInput = fc.record({
  hemoglobinAtDischarge: fc.record({ value: fc.double({ min: 10, max: 250, noNaN: true }), unit: fc.constant('g/L') }),
  oncologyService: fc.boolean(),
  sodiumAtDischarge: fc.record({ value: fc.double({ min: 80, max: 200, noNaN: true }), unit: fc.constant('mmol/L') }),
  procedureDuringStay: fc.boolean(),
  urgentAdmission: fc.boolean(),
  admissionsPrevious12Months: fc.integer({ min: 0, max: 365 }),
  lengthOfStayDays: fc.integer({ min: 0, max: 3650 }),
});

describe('hospitalScore: the worked examples', () => {
  it('Hb 11.5, Na 133, procedure, urgent, 3 admissions, LOS 6 scores 8, high', () => {
    const result = score({
      hemoglobinAtDischarge: gdl(11.5),
      sodiumAtDischarge: mmol(133),
      procedureDuringStay: true,
      urgentAdmission: true,
      admissionsPrevious12Months: 3,
      lengthOfStayDays: 6,
    });
    expect(result.factors.map((factor) => factor.points)).toEqual([1, 0, 1, 1, 1, 2, 2]);
    expect(result.value).toBe(8);
    expect(result.category).toBe('high');
  });

  it('Hb 11, oncology, Na 136, procedure, urgent, 0 admissions, LOS 4 scores 5, intermediate', () => {
    const result = score({
      hemoglobinAtDischarge: gdl(11),
      oncologyService: true,
      sodiumAtDischarge: mmol(136),
      procedureDuringStay: true,
      urgentAdmission: true,
      admissionsPrevious12Months: 0,
      lengthOfStayDays: 4,
    });
    expect(result.factors.map((factor) => factor.points)).toEqual([1, 2, 0, 1, 1, 0, 0]);
    expect(result.value).toBe(5);
    expect(result.category).toBe('intermediate');
  });

  it('Hb 13, Na 138, no procedure, elective, 1 admission, LOS 3 scores 0, low', () => {
    const result = score({ admissionsPrevious12Months: 1 });
    expect(result.value).toBe(0);
    expect(result.category).toBe('low');
  });
});

describe('hospitalScore: edges and traps', () => {
  it.each([
    [0, 0],
    [1, 0],
    [2, 2],
    [5, 2],
    [6, 5],
    [30, 5],
  ])('%i previous admissions score %i (exactly one scores 0)', (admissions, points) => {
    expect(pointsOf(score({ admissionsPrevious12Months: admissions }), 'admissionsPrevious12Months')).toBe(points);
  });

  it('scores discharge from an oncology service 2, not 1', () => {
    expect(pointsOf(score({ oncologyService: true }), 'oncologyService')).toBe(2);
  });

  it.each([
    [0, 0],
    [4, 0],
    [5, 2],
    [40, 2],
  ])('length of stay %i days scores %i', (days, points) => {
    expect(pointsOf(score({ lengthOfStayDays: days }), 'lengthOfStayDays')).toBe(points);
  });

  it.each([
    [gdl(11.9), 1],
    [gdl(12.0), 0],
    [{ value: 119, unit: 'g/L' }, 1],
    [{ value: 120, unit: 'g/L' }, 0],
  ])('haemoglobin %o scores %i (limit 12 g/dL = 120 g/L)', (hb, points) => {
    expect(pointsOf(score({ hemoglobinAtDischarge: hb }), 'hemoglobinAtDischarge')).toBe(points);
  });

  it.each([
    [mmol(134), 1],
    [mmol(134.9), 1],
    [mmol(135), 0],
    [{ value: 134, unit: 'meq/L' }, 1],
  ])('sodium %o scores %i', (na, points) => {
    expect(pointsOf(score({ sodiumAtDischarge: na }), 'sodiumAtDischarge')).toBe(points);
  });

  it('procedure and urgent admission score 1 each', () => {
    expect(pointsOf(score({ procedureDuringStay: true }), 'procedureDuringStay')).toBe(1);
    expect(pointsOf(score({ urgentAdmission: true }), 'urgentAdmission')).toBe(1);
  });

  it.each([
    [{ oncologyService: true, admissionsPrevious12Months: 2 }, 4, 'low'],
    [{ oncologyService: true, admissionsPrevious12Months: 2, urgentAdmission: true }, 5, 'intermediate'],
    [{ oncologyService: true, admissionsPrevious12Months: 2, lengthOfStayDays: 5 }, 6, 'intermediate'],
    [{ oncologyService: true, admissionsPrevious12Months: 2, lengthOfStayDays: 5, urgentAdmission: true }, 7, 'high'],
    [
      {
        hemoglobinAtDischarge: gdl(9),
        oncologyService: true,
        sodiumAtDischarge: mmol(130),
        procedureDuringStay: true,
        urgentAdmission: true,
        admissionsPrevious12Months: 6,
        lengthOfStayDays: 5,
      },
      13,
      'high',
    ],
  ])('groups: %o totals %i, %s', (input, total, category) => {
    const result = score(input);
    expect(result.value).toBe(total);
    expect(result.category).toBe(category);
  });
});

describe('hospitalScore: output and validation', () => {
  it('reports canonical units, no probability, bilingual rationale and the source', () => {
    const result = score({ hemoglobinAtDischarge: gdl(11.5) });
    expect(result.factors[0]).toEqual({ name: 'hemoglobinAtDischarge', input: 115, points: 1 });
    expect(result.probability).toBeUndefined();
    expect(result.details).toMatchObject({ hemoglobinUnit: 'g/L', sodiumUnit: 'mmol/L' });
    expect(result.rationale.en).toContain('HOSPITAL score 1/13');
    expect(result.rationale['zh-CN']).toContain('HOSPITAL 评分 1/13');
    expect(result.source).toMatchObject({ kind: 'score', id: 'hospital-score', doi: '10.1001/jamainternmed.2013.3023' });
    expect(result.source.title).toContain('JAMA Intern Med 2016');
  });

  it('rejects an unknown unit, an implausible value and a missing item at their paths', () => {
    const paths = (input: unknown) => fail(hospitalScore(input)).issues.map((issue) => `${issue.path.join('.')} ${issue.code}`);
    expect(paths({ ...base, hemoglobinAtDischarge: { value: 12, unit: 'mg/dL' } })).toEqual(['hemoglobinAtDischarge.unit unknown-unit']);
    expect(paths({ ...base, sodiumAtDischarge: mmol(13.5) })).toEqual(['sodiumAtDischarge.value too-small']);
    expect(paths({ ...base, hemoglobinAtDischarge: 11 })).toEqual(['hemoglobinAtDischarge invalid-type']);
    const rest: Record<string, unknown> = { ...base };
    delete rest['urgentAdmission'];
    expect(paths(rest)).toEqual(['urgentAdmission required']);
  });
});

describe('hospitalScore: properties', () => {
  const worse = [
    (input: HospitalScoreInputIn) => ({ ...input, hemoglobinAtDischarge: { value: Math.max(10, input.hemoglobinAtDischarge.value - 30), unit: 'g/L' } }),
    (input: HospitalScoreInputIn) => ({ ...input, oncologyService: true }),
    (input: HospitalScoreInputIn) => ({ ...input, sodiumAtDischarge: { value: Math.max(80, input.sodiumAtDischarge.value - 10), unit: 'mmol/L' } }),
    (input: HospitalScoreInputIn) => ({ ...input, procedureDuringStay: true }),
    (input: HospitalScoreInputIn) => ({ ...input, urgentAdmission: true }),
    (input: HospitalScoreInputIn) => ({ ...input, admissionsPrevious12Months: Math.min(365, input.admissionsPrevious12Months + 1) }),
    (input: HospitalScoreInputIn) => ({ ...input, lengthOfStayDays: Math.min(3650, input.lengthOfStayDays + 1) }),
  ];

  it('adding a risk factor never lowers the score', () => {
    fc.assert(
      fc.property(validInput, fc.integer({ min: 0, max: worse.length - 1 }), (input, index) => {
        const change = worse[index];
        if (change === undefined) throw new Error('no such change');
        expect(ok(hospitalScore(change(input))).value).toBeGreaterThanOrEqual(ok(hospitalScore(input)).value);
      }),
    );
  });

  it('is deterministic, frozen, within 0-13 and valid against ScoreResultSchema', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const first = ok(hospitalScore(input));
        expect(ok(hospitalScore(input))).toEqual(first);
        expect(Object.isFrozen(first)).toBe(true);
        expect(Object.isFrozen(first.factors)).toBe(true);
        expect(first.value).toBeGreaterThanOrEqual(0);
        expect(first.value).toBeLessThanOrEqual(13);
        expect(ScoreResultSchema.safeParse(first).success).toBe(true);
      }),
    );
  });

  it('never throws and returns Left for arbitrary input', () => {
    fc.assert(
      fc.property(anyValue, (input) => {
        expect(hospitalScore(input)._tag).toBe('Left');
      }),
    );
  });
});

describe('hospitalScore: from a patient record', () => {
  const stay = { kind: 'inpatient', start: '2026-02-20', end: '2026-02-26', admission: 'emergency', service: 'oncology' } as const;
  const observations = [
    { code: 'hemoglobin', value: 10.5, unit: 'g/dL', effective: '2026-02-21T08:00:00+08:00' },
    { code: 'hemoglobin', value: 11.8, unit: 'g/dL', effective: '2026-02-26T07:00:00+08:00' },
    { code: 'hemoglobin', value: 14, unit: 'g/dL', effective: '2026-03-05T07:00:00+08:00' }, // after discharge
    { code: 'sodium', value: 137, unit: 'mmol/L', effective: '2026-02-25T07:00:00+08:00' },
  ];

  it('derives every item from the latest inpatient stay', () => {
    const patient = record({
      encounters: [
        stay,
        { kind: 'inpatient', start: '2025-06-01', end: '2025-06-04', admission: 'emergency' },
        { kind: 'inpatient', start: '2025-02-20', end: '2025-02-22', admission: 'emergency' }, // exactly 12 months before: counted
        { kind: 'inpatient', start: '2025-02-19', end: '2025-02-22', admission: 'emergency' }, // more than 12 months before
        { kind: 'emergency', start: '2025-12-01' },
      ],
      observations,
      procedures: [
        { code: 'surgery-other', status: 'completed', date: '2026-02-22' },
        { code: 'surgery-other', status: 'completed', date: '2025-06-02' },
      ],
    });
    const derivedInput = hospitalScoreDefinition.fromRecord(patient, context);
    expect(derivedInput).toEqual({
      kind: 'ok',
      missing: [],
      input: {
        hemoglobinAtDischarge: { value: 118, unit: 'g/L' },
        oncologyService: true,
        sodiumAtDischarge: { value: 137, unit: 'mmol/L' },
        procedureDuringStay: true,
        urgentAdmission: true,
        admissionsPrevious12Months: 2,
        lengthOfStayDays: 6,
      },
    });
    if (derivedInput.kind !== 'ok') throw new Error('expected inputs');
    const result = ok(hospitalScoreDefinition.score(derivedInput.input));
    expect(result.value).toBe(1 + 2 + 0 + 1 + 1 + 2 + 2);
    expect(result.category).toBe('high');
  });

  it('one previous admission scores 0; no procedure in the stay is false', () => {
    const patient = record({
      encounters: [
        { ...stay, service: 'medical', admission: 'elective' },
        { kind: 'inpatient', start: '2025-09-01', end: '2025-09-03' },
      ],
      observations,
      procedures: [{ code: 'surgery-other', status: 'cancelled', date: '2026-02-22' }],
    });
    const derivedInput = hospitalScoreDefinition.fromRecord(patient, context);
    if (derivedInput.kind !== 'ok') throw new Error('expected inputs');
    expect(derivedInput.input).toMatchObject({ oncologyService: false, procedureDuringStay: false, urgentAdmission: false, admissionsPrevious12Months: 1 });
    expect(pointsOf(ok(hospitalScore(derivedInput.input)), 'admissionsPrevious12Months')).toBe(0);
  });

  it('names what is missing: readings outside the stay, service, admission type, procedures, the stay itself', () => {
    const patient = record({
      encounters: [{ kind: 'inpatient', start: '2026-02-20', end: '2026-02-26' }],
      observations: [{ code: 'hemoglobin', value: 12, unit: 'g/dL', effective: '2026-02-10T08:00:00+08:00' }],
    });
    expect(hospitalScoreDefinition.fromRecord(patient, context)).toEqual({
      kind: 'missing',
      missing: ['hemoglobinAtDischarge', 'oncologyService', 'sodiumAtDischarge', 'procedureDuringStay', 'urgentAdmission'],
    });
    const none = hospitalScoreDefinition.fromRecord(record({}), context);
    expect(none.kind).toBe('missing');
    expect(none.kind === 'missing' ? none.missing : []).toHaveLength(7);
  });

  it('exposes its definition', () => {
    expect(hospitalScoreDefinition).toMatchObject({ id: 'hospital-score' });
    expect(hospitalScoreDefinition.name.en).toContain('HOSPITAL');
  });
});
