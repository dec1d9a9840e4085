import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess, type Assessment } from '../../src/risk/assess.js';
import { scores } from '../../src/risk/registry.js';
import { ScoreResultSchema } from '../../src/risk/score-result.js';
import { validatePatientRecord } from '../../src/model/validate-patient-record.js';
import { nearValidRecord } from '../support/arbitraries.js';
import { personas } from '../support/personas.js';

const asOf = '2026-11-23';

function assessed(record: unknown, when = asOf): Assessment {
  const result = assess(record, when);
  if (result._tag === 'Left') throw new Error(result.left.message);
  return result.right;
}

const byId = (assessment: Assessment, id: string) => assessment.results.find((result) => result.id === id);

describe('assess on the seed personas', () => {
  const all = personas();

  it('places each persona in the tier the seed describes, with reasons', () => {
    const tiers = Object.fromEntries(Object.entries(all).map(([name, record]) => [name, assessed(record).tier]));
    expect(tiers).toEqual({
      'checkup-smoker': 'high-risk',
      'gestational-diabetes': 'chronic',
      'knee-replacement': 'acute',
      'older-diabetic-nephropathy': 'chronic',
      'young-office-diabetic': 'chronic',
    });
    const knee = assessed(all['knee-replacement']);
    expect(knee.tierReasons.map((reason) => reason.code)).toEqual(expect.arrayContaining(['recent-surgery', 'recent-discharge', 'hypertension']));
  });

  it('derives inputs from the record: age at asOf, BMI, eGFR from creatinine, latest readings', () => {
    const older = assessed(all['older-diabetic-nephropathy']);
    expect(older.derived.age).toBe(70);
    expect(older.derived.bmi).toBeCloseTo(61.5 / 1.56 ** 2, 2);
    const egfr = byId(older, 'ckd-epi-2021');
    expect(egfr?.category).toBe('G3b');
    expect(byId(older, 'kdigo')?.category).toBe('G3b A3');
    // A diabetic patient is monitored on the ADA 2024 grid.
    expect(byId(older, 'kdigo')?.details?.['table']).toBe('ada-2024');
    expect(byId(older, 'iwgdf-foot')?.value).toBe(2);
    expect(older.flags.map((flag) => flag.code)).toEqual(expect.arrayContaining(['kidney-risk-very-high', 'foot-risk']));
  });

  it('does not run diabetes screening scores for a person with diabetes, and says why', () => {
    const older = assessed(all['older-diabetic-nephropathy']);
    const findrisc = older.notApplicable.find((entry) => entry.id === 'findrisc');
    expect(findrisc?.reason).toBe('not-applicable');
    expect(findrisc?.rationale.en).toMatch(/diabetes diagnosis/);
  });

  it('lists missing inputs instead of guessing them', () => {
    const gdm = assessed(all['gestational-diabetes']);
    const cdrs = gdm.notApplicable.find((entry) => entry.id === 'cdrs');
    expect(cdrs).toMatchObject({ reason: 'missing-inputs', missing: ['waistCm', 'sbpMmHg'] });
    expect(byId(gdm, 'cdrs')).toBeUndefined();
  });

  it('reports out-of-population scores (PCE at 35) as not computed', () => {
    const young = assessed(all['young-office-diabetic']);
    expect(young.notApplicable.find((entry) => entry.id === 'pooled-cohort')?.reason).toBe('out-of-population');
  });

  it('computes the screening scores for the check-up persona and marks the high-risk ones', () => {
    const smoker = assessed(all['checkup-smoker']);
    expect(byId(smoker, 'cdrs')?.value).toBe(32);
    expect(byId(smoker, 'pooled-cohort')?.category).toBe('intermediate');
    expect(smoker.tierReasons.map((reason) => reason.code)).toEqual(expect.arrayContaining(['cdrs', 'pooled-cohort']));
  });

  it('gives results that satisfy the ScoreResult schema, frozen', () => {
    for (const record of Object.values(all)) {
      const assessment = assessed(record);
      expect(Object.isFrozen(assessment)).toBe(true);
      for (const result of assessment.results) expect(ScoreResultSchema.safeParse(result).success).toBe(true);
    }
  });
});

describe('assess: tiers', () => {
  const base = { id: 'p', birthDate: '1980-01-01', sex: 'female', conditions: [], medications: [], familyHistory: [] };

  it('is healthy without disease or risk', () => {
    expect(assessed(base).tier).toBe('healthy');
  });

  it('is high-risk with prediabetes or elevated blood pressure', () => {
    expect(assessed({ ...base, conditions: [{ code: 'prediabetes', status: 'active' }] }).tier).toBe('high-risk');
    const bp = assessed({ ...base, observations: [{ code: 'bp-systolic', value: 132, unit: 'mm[Hg]', effective: '2026-11-01T09:00:00+08:00' }] });
    expect([bp.tier, bp.tierReasons[0]?.code]).toEqual(['high-risk', 'elevated-blood-pressure']);
    const normal = assessed({ ...base, observations: [{ code: 'bp-systolic', value: 119, unit: 'mm[Hg]', effective: '2026-11-01T09:00:00+08:00' }, { code: 'bp-diastolic', value: 79, unit: 'mm[Hg]', effective: '2026-11-01T09:00:00+08:00' }] });
    expect(normal.tier).toBe('healthy');
  });

  it('is chronic with an active chronic condition, not with a resolved one', () => {
    expect(assessed({ ...base, conditions: [{ code: 'hypertension', status: 'active' }] }).tier).toBe('chronic');
    expect(assessed({ ...base, conditions: [{ code: 'cancer', status: 'resolved' }] }).tier).toBe('healthy');
  });

  it('is acute within 90 days of surgery and 30 days of discharge, not after', () => {
    const surgery = (date: string) => assessed({ ...base, procedures: [{ code: 'laparoscopic-cholecystectomy', status: 'completed', date }] }).tier;
    expect(surgery('2026-08-25')).toBe('acute');
    expect(surgery('2026-08-24')).toBe('healthy');
    const stay = (end: string) => assessed({ ...base, encounters: [{ kind: 'inpatient', start: '2026-09-01', end }] }).tier;
    expect(stay('2026-10-24')).toBe('acute');
    expect(stay('2026-10-23')).toBe('healthy');
    expect(assessed({ ...base, procedures: [{ code: 'total-hip-arthroplasty', status: 'planned', date: '2026-12-20' }] }).tier).toBe('acute');
  });

  it('ignores readings older than the look-back window', () => {
    const old = { ...base, observations: [{ code: 'bp-systolic', value: 150, unit: 'mm[Hg]', effective: '2025-11-01T09:00:00+08:00' }] };
    expect(assessed(old).tier).toBe('healthy');
    const result = assess(old, asOf, { lookbackDays: 400 });
    expect(result._tag === 'Right' && result.right.tier).toBe('high-risk');
  });
});

describe('assess: contracts', () => {
  it('rejects a bad asOf, bad options and an invalid record with paths', () => {
    const bad = assess({ id: 'p', birthDate: '1980-01-01', sex: 'female' }, '2026-02-30');
    expect(bad._tag === 'Left' && bad.left.code).toBe('invalid-time');
    const options = assess({ id: 'p', birthDate: '1980-01-01', sex: 'female' }, asOf, { only: ['nope'] });
    expect(options._tag === 'Left' && options.left.issues[0]?.path).toEqual(['options', 'only']);
    const record = assess({ id: 'p', birthDate: '1980-01-01', sex: 'female', height: { value: 300, unit: 'cm' } }, asOf);
    expect(record._tag === 'Left' && record.left.issues[0]?.path).toEqual(['height', 'value']);
  });

  it('accepts a record carepath already validated and gives the same assessment', () => {
    const record = personas()['older-diabetic-nephropathy'];
    const validated = validatePatientRecord(record);
    if (validated._tag === 'Left') throw new Error('persona must be valid');
    expect(assessed(validated.right)).toEqual(assessed(record));
  });

  it('never throws and is deterministic for near-valid records', () => {
    fc.assert(
      fc.property(nearValidRecord, (record) => {
        const first = assess(record, asOf);
        expect(assess(record, asOf)).toEqual(first);
        if (first._tag === 'Right') for (const result of first.right.results) {
          if (result.probability !== undefined) {
            expect(result.probability.value).toBeGreaterThanOrEqual(0);
            expect(result.probability.value).toBeLessThanOrEqual(1);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('the score registry', () => {
  it('lists every score with names in both languages, a version, a source and an input JSON Schema', () => {
    expect(scores.map((score) => score.id)).toEqual(['findrisc', 'cdrs', 'ada-risk-test', 'seed-diabetes-risk', 'pooled-cohort', 'china-par', 'ckd-epi-2021', 'kdigo', 'glucose-variability', 'iwgdf-foot', 'lace', 'hospital-score', 'caprini', 'morse-fall']);
    for (const score of scores) {
      expect(score.name.en.length).toBeGreaterThan(0);
      expect(score.name['zh-CN'].length).toBeGreaterThan(0);
      expect(score.version.length, score.id).toBeGreaterThan(0);
      expect(score.source.title.length).toBeGreaterThan(0);
      expect(score.inputJsonSchema['type']).toBe('object');
      expect(Object.keys(score.inputJsonSchema['properties'] as object).length).toBeGreaterThan(0);
    }
  });
});
