import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PatientRecord } from '../../src/model/patient-record.js';
import { validatePatientRecord } from '../../src/model/validate-patient-record.js';
import { caprini, capriniDefinition, type CapriniBands, type CapriniInput, type CapriniOptions } from '../../src/risk/caprini.js';
import { DEFAULT_LOOKBACK_DAYS } from '../../src/risk/derive.js';
import { ScoreResultSchema } from '../../src/risk/score-result.js';
import { anyValue } from '../support/arbitraries.js';
import { scored as ok, failed as fail, pointsOf } from './support.js';




const base: CapriniInput = { ageBand: '40-or-under', sex: 'female', surgery: 'none', mobility: 'ambulatory' };

/** The 1-point items any patient can have. */
const ONE_POINT = [
  'priorMajorSurgeryWithin1Month',
  'varicoseVeins',
  'inflammatoryBowelDisease',
  'swollenLegs',
  'bmiOver25',
  'acuteMyocardialInfarction',
  'heartFailureWithin1Month',
  'sepsisWithin1Month',
  'seriousLungDiseaseWithin1Month',
  'abnormalPulmonaryFunction',
  'otherRiskFactor',
] as const;

const OTHER_ITEMS = [
  'oralContraceptivesOrHormoneTherapy',
  'pregnancyOrPostpartum',
  'adverseObstetricHistory',
  'malignancy',
  'immobilizingCast',
  'centralVenousAccess',
  'historyOfDvtPe',
  'familyHistoryOfThrombosis',
  'factorVLeiden',
  'prothrombin20210A',
  'elevatedHomocysteine',
  'lupusAnticoagulant',
  'anticardiolipinAntibodies',
  'heparinInducedThrombocytopenia',
  'otherThrombophilia',
  'hipPelvisLegFractureWithin1Month',
  'strokeWithin1Month',
  'multipleTraumaWithin1Month',
  'acuteSpinalCordInjuryWithin1Month',
] as const;

const ALL_ITEMS = [...ONE_POINT, ...OTHER_ITEMS] as const;

/** A patient with exactly `total` points from 1-point items. */
const withPoints = (total: number): CapriniInput => ({ ...base, ...Object.fromEntries(ONE_POINT.slice(0, total).map((name) => [name, true])) });

function record(input: Record<string, unknown>): PatientRecord {
  const result = validatePatientRecord({ id: 'p-caprini', birthDate: '1960-06-15', sex: 'female', ...input }, { asOf: '2026-03-10' });
  if (result._tag === 'Left') throw new Error(`invalid test record: ${result.left.message}`);
  return result.right;
}

const context = { asOf: '2026-03-10', lookbackDays: DEFAULT_LOOKBACK_DAYS };

const validInput: fc.Arbitrary<CapriniInput> = fc
  .record({
    ageBand: fc.constantFrom('40-or-under', '41-60', '61-74', '75-or-over'),
    sex: fc.constantFrom('female', 'male', 'other', 'unknown'),
    surgery: fc.constantFrom('none', 'minor', 'major-over-45-min', 'laparoscopic-over-45-min', 'arthroscopic', 'elective-major-lower-extremity-arthroplasty'),
    mobility: fc.constantFrom('ambulatory', 'bed-rest-medical', 'confined-over-72h'),
    items: fc.dictionary(fc.constantFrom(...ALL_ITEMS), fc.boolean()),
  })
  .map(({ items, ...rest }) => {
    const input: Record<string, unknown> = { ...rest, ...items };
    if (rest.sex === 'male') {
      delete input['oralContraceptivesOrHormoneTherapy'];
      delete input['pregnancyOrPostpartum'];
      delete input['adverseObstetricHistory'];
    }
    return input as CapriniInput;
  });

describe('caprini: the worked examples', () => {
  it('65 y, major surgery > 45 min, BMI 27, varicose veins: 6, highest', () => {
    const result = ok(caprini({ ...base, ageBand: '61-74', surgery: 'major-over-45-min', bmiOver25: true, varicoseVeins: true }));
    expect(result.value).toBe(6);
    expect(result.category).toBe('highest');
    expect([pointsOf(result, 'ageBand'), pointsOf(result, 'surgery'), pointsOf(result, 'bmiOver25'), pointsOf(result, 'varicoseVeins')]).toEqual([2, 2, 1, 1]);
  });

  it('45 y, minor surgery: 2, moderate', () => {
    const result = ok(caprini({ ...base, ageBand: '41-60', surgery: 'minor' }));
    expect(result.value).toBe(2);
    expect(result.category).toBe('moderate');
  });

  it('78 y, hip fracture: 8, highest', () => {
    const result = ok(caprini({ ...base, ageBand: '75-or-over', hipPelvisLegFractureWithin1Month: true }));
    expect(result.value).toBe(8);
    expect(result.category).toBe('highest');
  });

  it('35 y, no factors: 0, low', () => {
    const result = ok(caprini({ ...base, ...Object.fromEntries(ALL_ITEMS.map((name) => [name, false])) }));
    expect(result.value).toBe(0);
    expect(result.category).toBe('low');
    expect(result.missing).toEqual([]);
  });
});

describe('caprini: points', () => {
  it.each([
    ['40-or-under', 0],
    ['41-60', 1],
    ['61-74', 2],
    ['75-or-over', 3],
  ] as const)('age band %s scores %i', (ageBand, points) => {
    expect(pointsOf(ok(caprini({ ...base, ageBand })), 'ageBand')).toBe(points);
  });

  it.each([
    ['none', 0],
    ['minor', 1],
    ['major-over-45-min', 2],
    ['laparoscopic-over-45-min', 2],
    ['arthroscopic', 2],
    ['elective-major-lower-extremity-arthroplasty', 5],
  ] as const)('surgery %s scores %i', (surgery, points) => {
    expect(pointsOf(ok(caprini({ ...base, surgery })), 'surgery')).toBe(points);
  });

  it.each([
    ['ambulatory', 0],
    ['bed-rest-medical', 1],
    ['confined-over-72h', 2],
  ] as const)('mobility %s scores %i', (mobility, points) => {
    expect(pointsOf(ok(caprini({ ...base, mobility })), 'mobility')).toBe(points);
  });

  it.each([
    ...ONE_POINT.map((name) => [name, 1] as const),
    ['oralContraceptivesOrHormoneTherapy', 1],
    ['pregnancyOrPostpartum', 1],
    ['adverseObstetricHistory', 1],
    ['malignancy', 2],
    ['immobilizingCast', 2],
    ['centralVenousAccess', 2],
    ['historyOfDvtPe', 3],
    ['familyHistoryOfThrombosis', 3],
    ['factorVLeiden', 3],
    ['prothrombin20210A', 3],
    ['elevatedHomocysteine', 3],
    ['lupusAnticoagulant', 3],
    ['anticardiolipinAntibodies', 3],
    ['heparinInducedThrombocytopenia', 3],
    ['otherThrombophilia', 3],
    ['hipPelvisLegFractureWithin1Month', 5],
    ['strokeWithin1Month', 5],
    ['multipleTraumaWithin1Month', 5],
    ['acuteSpinalCordInjuryWithin1Month', 5],
  ] as const)('%s scores %i', (name, points) => {
    const result = ok(caprini({ ...base, [name]: true }));
    expect(pointsOf(result, name)).toBe(points);
    expect(result.value).toBe(points);
    expect(result.missing).not.toContain(name);
  });

  it('lists every item with its points, and the absent ones in missing', () => {
    const result = ok(caprini({ ...base, varicoseVeins: false, malignancy: true }));
    expect(result.factors.map((factor) => factor.name)).toEqual(['ageBand', 'surgery', 'mobility', ...ALL_ITEMS]);
    expect(result.missing).toHaveLength(ALL_ITEMS.length - 2);
    expect(result.missing).not.toContain('varicoseVeins');
    expect(result.factors.find((factor) => factor.name === 'swollenLegs')).toEqual({ name: 'swollenLegs', input: null, points: 0 });
    expect(result.rationale.en).toContain(`${ALL_ITEMS.length - 2} items not recorded were counted as absent`);
  });
});

describe('caprini: risk levels', () => {
  it.each([
    [0, 'low', '<10%'],
    [1, 'low', '<10%'],
    [2, 'moderate', '10-20%'],
    [3, 'high', '20-40%'],
    [4, 'high', '20-40%'],
    [5, 'highest', '40-80%, mortality 1-5%'],
    [11, 'highest', '40-80%, mortality 1-5%'],
  ])('2005: total %i is %s with DVT incidence %s', (total, category, incidence) => {
    const result = ok(caprini(withPoints(total)));
    expect(result.value).toBe(total);
    expect(result.category).toBe(category);
    expect(result.details).toMatchObject({ bands: 'caprini-2005', dvtIncidence: incidence });
    expect(typeof result.details?.['prophylaxis']).toBe('string');
    expect(result.probability).toBeUndefined();
  });

  it('prints the 2005 prophylaxis for the highest level', () => {
    const result = ok(caprini(withPoints(5)));
    expect(result.details?.['prophylaxis']).toBe('LDUH, LMWH, warfarin or factor Xa inhibitor, alone or with ES/IPC');
    expect(result.rationale.en).toContain('warfarin');
    expect(result.rationale['zh-CN']).toContain('华法林');
  });

  it.each([
    [0, 'lowest', '0', null],
    [1, 'low', '1-2', null],
    [2, 'low', '1-2', null],
    [3, 'moderate', '3-4', 0.007],
    [4, 'moderate', '3-4', 0.007],
    [5, 'high', '5-6', 0.018],
    [6, 'high', '5-6', 0.018],
    [7, 'high', '7-8', 0.04],
    [8, 'high', '7-8', 0.04],
    [9, 'highest', '>=9', 0.107],
    [11, 'highest', '>=9', 0.107],
  ])('Pannucci 2017: total %i is %s (band %s, VTE risk %s)', (total, category, band, risk) => {
    const result = ok(caprini(withPoints(total), { bands: 'pannucci-2017' }));
    expect(result.value).toBe(total);
    expect(result.category).toBe(category);
    expect(result.details).toMatchObject({ bands: 'pannucci-2017', scoreBand: band, vteRiskWithoutChemoprophylaxis: risk });
    expect(result.rationale.en).toContain('Pannucci 2017');
  });

  it('uses the 2005 levels by default, in the definition too', () => {
    expect(ok(caprini(withPoints(2), {})).category).toBe('moderate');
    expect(ok(caprini(withPoints(2), { bands: 'caprini-2005' })).category).toBe('moderate');
    expect(ok(capriniDefinition.score(withPoints(2))).category).toBe('moderate');
    expect(capriniDefinition).toMatchObject({ id: 'caprini', version: '2005' });
  });

  it('cites the 2005 paper', () => {
    expect(ok(caprini(base)).source).toMatchObject({ kind: 'score', id: 'caprini', doi: '10.1016/j.disamonth.2005.02.003' });
  });
});

describe('caprini: validation', () => {
  const issues = (input: unknown, options?: CapriniOptions) => fail(caprini(input, options)).issues.map((issue) => `${issue.path.join('.')} ${issue.code}`);

  it('rejects women-only items for a man, at their paths', () => {
    expect(issues({ ...base, sex: 'male', pregnancyOrPostpartum: true, oralContraceptivesOrHormoneTherapy: true })).toEqual([
      'oralContraceptivesOrHormoneTherapy inconsistent',
      'pregnancyOrPostpartum inconsistent',
    ]);
    expect(issues({ ...base, sex: 'male', adverseObstetricHistory: true })).toEqual(['adverseObstetricHistory inconsistent']);
  });

  it('accepts them for a woman, and does not list them as missing for a man', () => {
    expect(ok(caprini({ ...base, pregnancyOrPostpartum: true })).value).toBe(1);
    const man = ok(caprini({ ...base, sex: 'male', pregnancyOrPostpartum: false }));
    expect(man.missing).not.toContain('oralContraceptivesOrHormoneTherapy');
    expect(man.missing).not.toContain('adverseObstetricHistory');
  });

  it('takes one surgery type, one age band and one mobility only', () => {
    expect(issues({ ...base, surgery: ['minor', 'arthroscopic'] })).toEqual(['surgery invalid-value']);
    expect(issues({ ...base, ageBand: '60-74' })).toEqual(['ageBand invalid-value']);
    expect(issues({ ...base, mobility: 'wheelchair' })).toEqual(['mobility invalid-value']);
    expect(issues({ ...base, majorSurgery: true })).toEqual(['majorSurgery unknown-field']);
  });

  it('rejects unknown options', () => {
    expect(fail(caprini(base, { bands: 'caprini-2010' } as unknown as CapriniOptions)).code).toBe('invalid-input');
    expect(fail(caprini(base, 'pannucci-2017' as unknown as CapriniOptions)).code).toBe('invalid-input');
  });
});

describe('caprini: properties', () => {
  it('adding a risk factor never lowers the score', () => {
    const ages = ['40-or-under', '41-60', '61-74', '75-or-over'] as const;
    const mobilities = ['ambulatory', 'bed-rest-medical', 'confined-over-72h'] as const;
    fc.assert(
      fc.property(validInput, fc.constantFrom(...ONE_POINT, ...OTHER_ITEMS.slice(3), 'ageBand', 'mobility'), (input, change) => {
        const more: CapriniInput =
          change === 'ageBand'
            ? { ...input, ageBand: ages[Math.min(3, ages.indexOf(input.ageBand) + 1)] ?? input.ageBand }
            : change === 'mobility'
              ? { ...input, mobility: mobilities[Math.min(2, mobilities.indexOf(input.mobility) + 1)] ?? input.mobility }
              : { ...input, [change]: true };
        expect(ok(caprini(more)).value).toBeGreaterThanOrEqual(ok(caprini(input)).value);
        expect(ok(caprini(more, { bands: 'pannucci-2017' })).value).toBeGreaterThanOrEqual(ok(caprini(input, { bands: 'pannucci-2017' })).value);
      }),
    );
  });

  it('is deterministic, frozen and valid against ScoreResultSchema under both bands', () => {
    fc.assert(
      fc.property(validInput, fc.constantFrom<CapriniBands>('caprini-2005', 'pannucci-2017'), (input, bands) => {
        const first = ok(caprini(input, { bands }));
        expect(ok(caprini(input, { bands }))).toEqual(first);
        expect(Object.isFrozen(first)).toBe(true);
        expect(Object.isFrozen(first.details)).toBe(true);
        expect(ScoreResultSchema.safeParse(first).success).toBe(true);
      }),
    );
  });

  it('never throws and returns Left for arbitrary input and options', () => {
    fc.assert(
      fc.property(anyValue, (input) => {
        expect(caprini(input)._tag).toBe('Left');
      }),
    );
    fc.assert(
      fc.property(anyValue, (options) => {
        const result = caprini(base, options as CapriniOptions);
        // Only no options or an options object can be accepted.
        const acceptable = options === undefined || (typeof options === 'object' && options !== null && !Array.isArray(options));
        expect(result._tag === 'Left' || acceptable).toBe(true);
      }),
    );
  });
});

describe('caprini: from a patient record', () => {
  it('derives age band, BMI, surgery, conditions, hormones and bed rest', () => {
    const patient = record({
      height: { value: 160, unit: 'cm' },
      weight: { value: 70, unit: 'kg' }, // BMI 27.3
      procedures: [
        { code: 'laparoscopic-cholecystectomy', status: 'completed', date: '2026-03-01' },
        { code: 'total-knee-arthroplasty', status: 'planned', date: '2026-04-15' },
      ],
      conditions: [
        { code: 'venous-thromboembolism', status: 'resolved', onset: '2015-01-10', abatement: '2015-06-01' },
        { code: 'cancer', status: 'remission', onset: '2018-01-01' },
        { code: 'copd', status: 'active' },
        { code: 'heart-failure', status: 'active', onset: '2026-02-20' },
        { code: 'stroke', status: 'active', onset: '2026-01-05' },
      ],
      medications: [{ class: 'hormone-therapy', status: 'active' }],
      functionalStatus: { bedRest: true },
    });
    const derivedInput = capriniDefinition.fromRecord(patient, context);
    expect(derivedInput).toEqual({
      kind: 'ok',
      missing: [],
      input: {
        ageBand: '61-74',
        sex: 'female',
        surgery: 'elective-major-lower-extremity-arthroplasty',
        mobility: 'bed-rest-medical',
        bmiOver25: true,
        historyOfDvtPe: true,
        malignancy: true,
        abnormalPulmonaryFunction: true,
        heartFailureWithin1Month: true,
        strokeWithin1Month: false,
        oralContraceptivesOrHormoneTherapy: true,
      },
    });
    if (derivedInput.kind !== 'ok') throw new Error('expected inputs');
    const result = ok(caprini(derivedInput.input));
    // age 2 + arthroplasty 5 + bed rest 1 + BMI 1 + DVT 3 + malignancy 2 + COPD 1 + CHF 1 + HRT 1
    expect(result.value).toBe(17);
    expect(result.missing).toContain('pregnancyOrPostpartum');
    expect(result.missing).toContain('varicoseVeins');
  });

  it.each([
    [{ code: 'total-hip-arthroplasty', status: 'planned', date: '2026-03-20' }, 'elective-major-lower-extremity-arthroplasty', []],
    [{ code: 'total-hip-arthroplasty', status: 'completed', date: '2026-03-05', admission: 'emergency' }, 'major-over-45-min', []],
    [{ code: 'laparoscopic-cholecystectomy', status: 'planned', date: '2026-03-12' }, 'laparoscopic-over-45-min', []],
    [{ code: 'surgery-other', status: 'completed', date: '2026-02-20' }, 'minor', ['surgery']],
  ])('procedure %o is surgery %s', (procedure, surgery, missing) => {
    const derivedInput = capriniDefinition.fromRecord(record({ procedures: [procedure], functionalStatus: { bedRest: false } }), context);
    expect(derivedInput).toMatchObject({ kind: 'ok', input: { surgery, mobility: 'ambulatory' }, missing });
  });

  it.each([
    [{ code: 'surgery-other', status: 'completed', date: '2026-01-20' }], // more than 30 days ago
    [{ code: 'total-knee-arthroplasty', status: 'cancelled', date: '2026-03-20' }],
    [{ code: 'total-knee-arthroplasty', status: 'planned', date: '2026-03-01' }], // planned, date passed
  ])('does not apply without surgery, a hospital stay or bed rest around asOf (%o)', (procedure) => {
    expect(capriniDefinition.fromRecord(record({ procedures: [procedure], functionalStatus: { bedRest: false } }), context).kind).toBe('not-applicable');
  });

  it('applies during a hospital stay without surgery, surgery counted as none', () => {
    const derivedInput = capriniDefinition.fromRecord(record({ procedures: [], encounters: [{ kind: 'inpatient', start: '2026-03-08' }], functionalStatus: { bedRest: false } }), context);
    expect(derivedInput).toMatchObject({ kind: 'ok', input: { surgery: 'none' } });
  });

  it('counts what it cannot derive as absent and says so', () => {
    const man = record({ sex: 'male', birthDate: '1990-01-01', encounters: [{ kind: 'inpatient', start: '2026-03-08' }] });
    const derivedInput = capriniDefinition.fromRecord(man, context);
    expect(derivedInput).toEqual({ kind: 'ok', input: { ageBand: '40-or-under', sex: 'male', surgery: 'none', mobility: 'ambulatory' }, missing: ['surgery', 'mobility'] });
    if (derivedInput.kind !== 'ok') throw new Error('expected inputs');
    const result = ok(caprini(derivedInput.input));
    expect(result.value).toBe(0);
    expect(result.missing).toContain('historyOfDvtPe');
    expect(result.missing).toContain('bmiOver25');
    expect(result.missing).not.toContain('pregnancyOrPostpartum');
  });

  it('leaves a "< 1 month" item unknown when the condition has no onset date, and counts pregnancy', () => {
    const patient = record({
      birthDate: '1994-02-01',
      conditions: [{ code: 'stroke', status: 'active' }],
      pregnancy: { gestationalWeeks: 30, recordedOn: '2026-03-01' },
      medications: [],
      functionalStatus: { bedRest: true },
    });
    const derivedInput = capriniDefinition.fromRecord(patient, context);
    if (derivedInput.kind !== 'ok') throw new Error('expected inputs');
    const input = derivedInput.input as CapriniInput;
    expect(input.strokeWithin1Month).toBeUndefined();
    expect(input.heartFailureWithin1Month).toBe(false);
    expect(input.pregnancyOrPostpartum).toBe(true);
    expect(input.oralContraceptivesOrHormoneTherapy).toBe(false);
    expect(input.ageBand).toBe('40-or-under');
  });

  it('needs an age', () => {
    const unborn = record({ birthDate: '2026-03-01', functionalStatus: { bedRest: true } });
    expect(capriniDefinition.fromRecord(unborn, { asOf: '2026-02-01', lookbackDays: DEFAULT_LOOKBACK_DAYS })).toEqual({ kind: 'missing', missing: ['ageBand'] });
  });
});
