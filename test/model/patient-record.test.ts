import { describe, expect, it } from 'vitest';
import { formatPath, type CareError } from '../../src/core/care-error.js';
import type { PatientRecord } from '../../src/model/patient-record.js';
import { validatePatientRecord } from '../../src/model/validate-patient-record.js';
import { malformedRecord, personas } from '../support/personas.js';

const minimal = { id: 'p-1', birthDate: '1956-03-15', sex: 'male' } as const;

function ok(input: unknown, asOf?: string): PatientRecord {
  const result = validatePatientRecord(input, asOf === undefined ? {} : { asOf });
  if (result._tag === 'Left') throw new Error(`expected a valid record, got ${result.left.message}`);
  return result.right;
}

function fail(input: unknown, asOf?: string): CareError {
  const result = validatePatientRecord(input, asOf === undefined ? {} : { asOf });
  if (result._tag === 'Right') throw new Error('expected an invalid record');
  return result.left;
}

const issuesOf = (error: CareError) => error.issues.map((issue) => `${formatPath(issue.path)} ${issue.code}`);

describe('validatePatientRecord: the seed personas', () => {
  it.each(Object.entries(personas()))('accepts %s', (_, record) => {
    const valid = ok(record, '2026-11-23');
    expect(Object.isFrozen(valid)).toBe(true);
  });

  it('converts units at the edge and says what was entered', () => {
    const older = ok(personas()['older-diabetic-nephropathy']);
    const byCode = Object.fromEntries((older.observations ?? []).map((observation) => [observation.code, observation]));
    expect(byCode['hba1c']?.unit).toBe('%');
    expect(byCode['hba1c']?.value).toBeCloseTo(7.46, 2);
    expect(byCode['hba1c']?.entered).toEqual({ value: 58, unit: 'mmol/mol' });
    expect(byCode['creatinine']).toMatchObject({ unit: 'umol/L', entered: { value: 1.6, unit: 'mg/dL' } });
    expect(byCode['creatinine']?.value).toBeCloseTo(141.44, 10);
    expect(byCode['uacr']?.value).toBeCloseTo(397.8, 1);
    expect(byCode['glucose-fasting']).toEqual({
      id: 'obs-1',
      code: 'glucose-fasting',
      value: 8.9,
      unit: 'mmol/L',
      effective: '2026-11-18T07:30:00+08:00',
      origin: 'home-device',
    });
    const young = ok(personas()['young-office-diabetic']);
    const ppg = young.observations?.find((observation) => observation.code === 'glucose-postprandial-2h');
    expect(ppg?.value).toBeCloseTo(202 / 18, 10);
    const sleep = young.observations?.find((observation) => observation.code === 'sleep-duration');
    expect(sleep).toMatchObject({ value: 5.5, unit: 'h', entered: { value: 330, unit: 'min' } });
    const smoker = ok(personas()['checkup-smoker']);
    expect(smoker.observations?.[0]).toMatchObject({ value: 136, unit: 'mm[Hg]', entered: { value: 136, unit: 'mmHg' } });
  });

  it('accepts the smallest record', () => {
    expect(ok(minimal)).toEqual(minimal);
  });
});

describe('validatePatientRecord: bad input names every path', () => {
  it('reports everything wrong in the demo’s malformed record', () => {
    expect(issuesOf(fail(malformedRecord()))).toEqual([
      'id required',
      'birthDate invalid-date',
      'sex invalid-value',
      'height.unit unknown-unit',
      'weight.value too-small',
      'smoking.packYears inconsistent',
      'conditions[0].code invalid-value',
      'observations[0].unit unknown-unit',
      'observations[1].value invalid-type',
      'observations[1].effective invalid-instant',
      'favouriteColour unknown-field',
    ]);
  });

  it.each<[string, unknown, string[]]>([
    ['wrong types', { id: 7, birthDate: 19560315, sex: true }, ['id invalid-type', 'birthDate invalid-type', 'sex invalid-value']],
    ['a missing id', { birthDate: '1956-03-15', sex: 'male' }, ['id required']],
    ['an impossible date', { ...minimal, birthDate: '2026-02-30' }, ['birthDate invalid-date']],
    ['a negative weight', { ...minimal, weight: { value: -1, unit: 'kg' } }, ['weight.value too-small']],
    ['NaN and Infinity', { ...minimal, weight: { value: Number.NaN, unit: 'kg' }, height: { value: Number.POSITIVE_INFINITY, unit: 'cm' } }, ['height.value invalid-type', 'weight.value invalid-type']],
    ['an unknown condition code', { ...minimal, conditions: [{ code: 'diabetes', status: 'active' }] }, ['conditions[0].code invalid-value']],
    ['an unknown observation code', { ...minimal, observations: [{ code: 'glucose', value: 7, unit: 'mmol/L', effective: '2026-03-01T08:00:00+08:00' }] }, ['observations[0].code invalid-value']],
    ['an unknown unit', { ...minimal, observations: [{ code: 'glucose-fasting', value: 7, unit: 'mmol', effective: '2026-03-01T08:00:00+08:00' }] }, ['observations[0].unit unknown-unit']],
    ['a unit of another kind', { ...minimal, observations: [{ code: 'creatinine', value: 7, unit: '%', effective: '2026-03-01T08:00:00+08:00' }] }, ['observations[0].unit unknown-unit']],
    ['a value in the wrong unit', { ...minimal, observations: [{ code: 'glucose-fasting', value: 126, unit: 'mmol/L', effective: '2026-03-01T08:00:00+08:00' }] }, ['observations[0].value too-big']],
    ['an instant without offset', { ...minimal, observations: [{ code: 'hba1c', value: 7, unit: '%', effective: '2026-03-01T08:00:00' }] }, ['observations[0].effective invalid-instant']],
    ['extra fields at any depth', { ...minimal, extra: 1, smoking: { status: 'never', brand: 'x' } }, ['smoking.brand unknown-field', 'extra unknown-field']],
    ['an unknown time zone', { ...minimal, preferences: { timeZone: 'China/Beijing' } }, ['preferences.timeZone invalid-time-zone']],
    ['a quiet hour that does not exist', { ...minimal, preferences: { quietHours: { start: '24:00', end: '07:00' } } }, ['preferences.quietHours.start invalid-format']],
    ['not an object', [], ['(root) invalid-type']],
  ])('rejects %s', (_, input, expected) => {
    expect(issuesOf(fail(input)).sort()).toEqual([...expected].sort());
  });

  it('checks fields against each other in the same pass', () => {
    const error = fail({
      ...minimal,
      nationalId: '11010519491231002X',
      smoking: { status: 'current', yearsSinceQuitting: 2 },
      conditions: [{ code: 'hypertension', status: 'active', onset: '1950-01-01', abatement: '1960-01-01' }],
      procedures: [{ code: 'total-knee-arthroplasty', status: 'planned', date: '2027-01-10', approach: 'posterior', dischargeDate: '2027-01-15' }],
      observations: [
        { id: 'a', code: 'hba1c', value: 7, unit: '%', effective: '1950-03-01T08:00:00+08:00' },
        { id: 'a', code: 'hba1c', value: 7, unit: '%', effective: '2026-03-01T08:00:00+08:00' },
      ],
      pregnancy: { gestationalWeeks: 20, recordedOn: '2026-01-01' },
      preferences: { channel: 'phone', avoidChannels: ['phone'] },
    });
    expect(issuesOf(error).sort()).toEqual(
      [
        'smoking.yearsSinceQuitting inconsistent',
        'conditions[0].abatement inconsistent',
        'procedures[0].approach inconsistent',
        'procedures[0].dischargeDate inconsistent',
        'nationalId inconsistent',
        'conditions[0].onset inconsistent',
        'observations[0].effective inconsistent',
        'observations[1].id duplicate',
        'pregnancy inconsistent',
        'preferences.channel inconsistent',
      ].sort(),
    );
  });

  it('checks the resident ID number’s check character and format without quoting it', () => {
    const good = ok({ ...minimal, birthDate: '1949-12-31', nationalId: '11010519491231002X' });
    expect(good.nationalId).toBe('11010519491231002X');
    const checksum = fail({ ...minimal, birthDate: '1949-12-31', nationalId: '110105194912310021' });
    expect(issuesOf(checksum)).toEqual(['nationalId invalid-checksum']);
    expect(JSON.stringify(checksum)).not.toContain('110105194912310021');
    expect(issuesOf(fail({ ...minimal, nationalId: '1101051949' }))).toEqual(['nationalId invalid-format']);
  });

  it('rejects dates after asOf when asOf is given', () => {
    const record = {
      ...minimal,
      conditions: [{ code: 'hypertension', status: 'active', onset: '2026-12-01' }],
      procedures: [
        { code: 'total-hip-arthroplasty', status: 'completed', date: '2026-12-02' },
        { code: 'total-knee-arthroplasty', status: 'planned', date: '2026-12-03' },
      ],
      observations: [{ code: 'hba1c', value: 7, unit: '%', effective: '2026-11-24T08:00:00+08:00' }],
    };
    expect(ok(record)).toBeDefined();
    expect(issuesOf(fail(record, '2026-11-23'))).toEqual([
      'conditions[0].onset inconsistent',
      'procedures[0].date inconsistent',
      'observations[0].effective inconsistent',
    ]);
    expect(issuesOf(fail({ ...minimal, birthDate: '2027-01-01' }, '2026-11-23T10:00:00+08:00'))).toEqual(['birthDate inconsistent']);
    const badAsOf = validatePatientRecord(minimal, { asOf: '2026-02-30' });
    expect(badAsOf._tag === 'Left' && badAsOf.left.code).toBe('invalid-time');
  });

  it('withholds the name of an unknown field that looks like a value', () => {
    const error = fail({ ...minimal, 张三: 1, '110105194912310021': 2 });
    expect(issuesOf(error)).toEqual(['(root) unknown-field', '(root) unknown-field']);
    expect(JSON.stringify(error)).not.toMatch(/张三|110105194912310021/);
  });
});

describe('validatePatientRecord: idempotence', () => {
  it('accepts its own output and returns it unchanged', () => {
    for (const record of Object.values(personas())) {
      const once = ok(record);
      expect(ok(JSON.parse(JSON.stringify(once)))).toEqual(once);
    }
  });
});
