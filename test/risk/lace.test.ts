import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PatientRecord } from '../../src/model/patient-record.js';
import { validatePatientRecord } from '../../src/model/validate-patient-record.js';
import { DEFAULT_LOOKBACK_DAYS } from '../../src/risk/derive.js';
import { lace, laceDefinition, type LaceInput } from '../../src/risk/lace.js';
import { ScoreResultSchema } from '../../src/risk/score-result.js';
import { anyValue } from '../support/arbitraries.js';
import { scored as ok, failed as fail, pointsOf } from './support.js';




const base: LaceInput = { lengthOfStayDays: 0, acuteAdmission: false, charlsonIndex: 0, edVisits6Months: 0 };

function record(input: Record<string, unknown>): PatientRecord {
  const result = validatePatientRecord({ id: 'p-lace', birthDate: '1950-05-01', sex: 'female', ...input }, { asOf: '2026-03-10' });
  if (result._tag === 'Left') throw new Error(`invalid test record: ${result.left.message}`);
  return result.right;
}

const context = { asOf: '2026-03-10', lookbackDays: DEFAULT_LOOKBACK_DAYS };

const validInput = fc.record({
  lengthOfStayDays: fc.integer({ min: 0, max: 3650 }),
  acuteAdmission: fc.boolean(),
  charlsonIndex: fc.integer({ min: 0, max: 40 }),
  edVisits6Months: fc.integer({ min: 0, max: 500 }),
});

describe('lace: the worked examples', () => {
  it('L3: 14 days, acute, CCI 4, 5 ED visits scores the maximum 19', () => {
    const result = ok(lace({ lengthOfStayDays: 14, acuteAdmission: true, charlsonIndex: 4, edVisits6Months: 5 }));
    expect(result.value).toBe(19);
    expect(result.category).toBe('high');
    expect(result.factors.map((factor) => factor.points)).toEqual([7, 3, 5, 4]);
  });

  it('L4: 4 days, acute, CCI 2, 1 ED visit scores 10, the lower edge of "high"', () => {
    const result = ok(lace({ lengthOfStayDays: 4, acuteAdmission: true, charlsonIndex: 2, edVisits6Months: 1 }));
    expect(result.value).toBe(10);
    expect(result.category).toBe('high');
  });

  it('L5: same-day stay, elective, CCI 0, no ED visits scores 0', () => {
    const result = ok(lace(base));
    expect(result.value).toBe(0);
    expect(result.category).toBe('low');
    expect(result.factors.map((factor) => factor.points)).toEqual([0, 0, 0, 0]);
  });
});

describe('lace: point bands on both sides of every edge', () => {
  it.each([
    [0, 0],
    [1, 1],
    [2, 2],
    [3, 3],
    [4, 4],
    [5, 4],
    [6, 4],
    [7, 5],
    [13, 5],
    [14, 7],
    [30, 7],
  ])('length of stay %i days scores %i', (days, points) => {
    expect(pointsOf(ok(lace({ ...base, lengthOfStayDays: days })), 'lengthOfStayDays')).toBe(points);
  });

  it('does not use the wrong open-source LOS table (5 -> 5, 6 -> 6, >= 14 -> 6)', () => {
    expect(pointsOf(ok(lace({ ...base, lengthOfStayDays: 5 })), 'lengthOfStayDays')).toBe(4);
    expect(pointsOf(ok(lace({ ...base, lengthOfStayDays: 6 })), 'lengthOfStayDays')).toBe(4);
    expect(pointsOf(ok(lace({ ...base, lengthOfStayDays: 14 })), 'lengthOfStayDays')).not.toBe(6);
  });

  it.each([
    [0, 0],
    [1, 1],
    [2, 2],
    [3, 3],
    [4, 5],
    [5, 5],
    [6, 5],
    [12, 5],
  ])('Charlson index %i scores %i (>= 4 is 5, not 4)', (index, points) => {
    expect(pointsOf(ok(lace({ ...base, charlsonIndex: index })), 'charlsonIndex')).toBe(points);
  });

  it.each([
    [0, 0],
    [3, 3],
    [4, 4],
    [5, 4],
    [20, 4],
  ])('%i ED visits score %i', (visits, points) => {
    expect(pointsOf(ok(lace({ ...base, edVisits6Months: visits })), 'edVisits6Months')).toBe(points);
  });

  it('acute admission scores 3', () => {
    expect(pointsOf(ok(lace({ ...base, acuteAdmission: true })), 'acuteAdmission')).toBe(3);
  });

  it.each([
    [{ lengthOfStayDays: 4 }, 4, 'low'],
    [{ lengthOfStayDays: 1, charlsonIndex: 4 }, 6, 'moderate'],
    [{ lengthOfStayDays: 4, charlsonIndex: 1 }, 5, 'moderate'],
    [{ lengthOfStayDays: 4, charlsonIndex: 2, edVisits6Months: 3 }, 9, 'moderate'],
    [{ lengthOfStayDays: 4, charlsonIndex: 3, edVisits6Months: 3 }, 10, 'high'],
  ])('categories: %o totals %i, %s', (input, total, category) => {
    const result = ok(lace({ ...base, ...input }));
    expect(result.value).toBe(total);
    expect(result.category).toBe(category);
  });
});

describe('lace: output', () => {
  it('gives no probability, the published end points, and labels the bands as a later convention', () => {
    const result = ok(lace({ lengthOfStayDays: 4, acuteAdmission: true, charlsonIndex: 2, edVisits6Months: 1 }));
    expect(result.probability).toBeUndefined();
    expect(result.details).toMatchObject({ publishedRiskAtScore0: 0.02, publishedRiskAtScore19: 0.437 });
    expect(result.details?.['categoryConvention']).toEqual(expect.stringContaining('not from van Walraven 2010'));
    expect(result.rationale.en).toContain('later convention');
    expect(result.rationale['zh-CN']).toContain('惯例');
    expect(result.missing).toEqual([]);
    expect(result.source).toMatchObject({ kind: 'score', id: 'lace', doi: '10.1503/cmaj.091117' });
    expect(result.source.title).toContain('CMAJ 2010');
    expect(result.version).toBe(result.source.version);
  });

  it('rejects invalid input with the path at fault', () => {
    const paths = (input: unknown) => fail(lace(input)).issues.map((issue) => issue.path.join('.'));
    expect(fail(lace({ ...base, lengthOfStayDays: -1 })).code).toBe('invalid-input');
    expect(paths({ ...base, lengthOfStayDays: -1 })).toEqual(['lengthOfStayDays']);
    expect(paths({ ...base, charlsonIndex: 1.5 })).toEqual(['charlsonIndex']);
    expect(paths({ lengthOfStayDays: 2, acuteAdmission: true, charlsonIndex: 0 })).toEqual(['edVisits6Months']);
    expect(paths({ ...base, extra: 1 })).toEqual(['extra']);
  });
});

describe('lace: properties', () => {
  it('adding a risk factor never lowers the score', () => {
    fc.assert(
      fc.property(validInput, fc.constantFrom('lengthOfStayDays', 'charlsonIndex', 'edVisits6Months', 'acuteAdmission'), fc.integer({ min: 1, max: 20 }), (input, key, step) => {
        const more: LaceInput =
          key === 'acuteAdmission'
            ? { ...input, acuteAdmission: true }
            : { ...input, [key]: Math.min(input[key] + step, key === 'lengthOfStayDays' ? 3650 : key === 'charlsonIndex' ? 40 : 500) };
        expect(ok(lace(more)).value).toBeGreaterThanOrEqual(ok(lace(input)).value);
      }),
    );
  });

  it('is deterministic, frozen, within 0-19 and valid against ScoreResultSchema', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const first = ok(lace(input));
        expect(ok(lace(input))).toEqual(first);
        expect(Object.isFrozen(first)).toBe(true);
        expect(Object.isFrozen(first.factors[0])).toBe(true);
        expect(first.value).toBeGreaterThanOrEqual(0);
        expect(first.value).toBeLessThanOrEqual(19);
        expect(ScoreResultSchema.safeParse(first).success).toBe(true);
      }),
    );
  });

  it('never throws and returns Left for arbitrary input', () => {
    fc.assert(
      fc.property(anyValue, (input) => {
        const result = lace(input);
        expect(result._tag).toBe('Left');
      }),
    );
  });
});

describe('lace: from a patient record', () => {
  const stay = { kind: 'inpatient', start: '2026-02-20', end: '2026-02-25', admission: 'emergency' } as const;

  it('uses the latest inpatient stay ended on or before asOf, its ED visits and the Charlson index', () => {
    const patient = record({
      encounters: [
        { kind: 'inpatient', start: '2025-10-01', end: '2025-10-03', admission: 'elective' },
        stay,
        // Ends after asOf: not the index stay.
        { kind: 'inpatient', start: '2026-03-08', end: '2026-03-12', admission: 'elective' },
        { kind: 'emergency', start: '2026-02-20' }, // the visit that led to the admission: excluded
        { kind: 'emergency', start: '2026-01-15' },
        { kind: 'emergency', start: '2025-08-20' }, // exactly 6 months before: counted
        { kind: 'emergency', start: '2025-08-19' }, // more than 6 months before: excluded
        { kind: 'outpatient', start: '2026-02-01' },
      ],
      conditions: [
        { code: 'heart-failure', status: 'active' },
        { code: 'copd', status: 'active' },
        { code: 'coronary-heart-disease', status: 'active' },
      ],
    });
    const derivedInput = laceDefinition.fromRecord(patient, context);
    expect(derivedInput.kind).toBe('ok');
    if (derivedInput.kind !== 'ok') return;
    expect(derivedInput.input).toEqual({ lengthOfStayDays: 5, acuteAdmission: true, charlsonIndex: 2, edVisits6Months: 2 });
    expect(derivedInput.missing).toContain('charlsonIndex.myocardial-infarction');
    expect(derivedInput.missing).toContain('charlsonIndex.metastatic-solid-tumour');
    expect(ok(laceDefinition.score(derivedInput.input)).value).toBe(4 + 3 + 2 + 2);
  });

  it.each([
    [[{ code: 'diabetes-type-2', status: 'active' }], 1],
    [[{ code: 'diabetes-type-2', status: 'active' }, { code: 'diabetic-retinopathy', status: 'active' }], 2],
    [[{ code: 'diabetes-type-2', status: 'active' }, { code: 'diabetic-neuropathy', status: 'active' }], 2],
    [[{ code: 'diabetes-type-1', status: 'active' }, { code: 'chronic-kidney-disease', status: 'active' }], 4],
    [[{ code: 'cancer', status: 'remission' }, { code: 'cognitive-impairment', status: 'active' }], 3],
    [[{ code: 'stroke', status: 'resolved' }, { code: 'peripheral-artery-disease', status: 'active' }], 2],
    [[{ code: 'coronary-heart-disease', status: 'active' }, { code: 'hypertension', status: 'active' }], 0],
    [[{ code: 'copd', status: 'resolved' }], 0],
    [[{ code: 'heart-failure', status: 'active', onset: '2026-02-26' }], 0],
  ])('Charlson from %o is %i', (conditions, index) => {
    const derivedInput = laceDefinition.fromRecord(record({ encounters: [stay], conditions }), context);
    expect(derivedInput.kind === 'ok' ? (derivedInput.input as LaceInput).charlsonIndex : undefined).toBe(index);
  });

  it('reports missing inputs without an ended inpatient stay, an admission type or a conditions list', () => {
    const noStay = laceDefinition.fromRecord(record({ conditions: [], encounters: [{ kind: 'inpatient', start: '2026-03-09' }] }), context);
    expect(noStay).toEqual({ kind: 'missing', missing: ['lengthOfStayDays', 'acuteAdmission', 'edVisits6Months'] });
    const nothing = laceDefinition.fromRecord(record({}), context);
    expect(nothing).toEqual({ kind: 'missing', missing: ['lengthOfStayDays', 'acuteAdmission', 'edVisits6Months', 'charlsonIndex'] });
    const noAdmission = laceDefinition.fromRecord(record({ conditions: [], encounters: [{ kind: 'inpatient', start: '2026-02-01', end: '2026-02-02' }] }), context);
    expect(noAdmission).toEqual({ kind: 'missing', missing: ['acuteAdmission'] });
    const noConditions = laceDefinition.fromRecord(record({ encounters: [stay] }), context);
    expect(noConditions).toEqual({ kind: 'missing', missing: ['charlsonIndex'] });
  });

  it('exposes its definition like the other scores', () => {
    expect(laceDefinition).toMatchObject({ id: 'lace', version: 'CMAJ 2010, 0-19' });
    expect(laceDefinition.name['zh-CN']).toContain('LACE');
  });
});
