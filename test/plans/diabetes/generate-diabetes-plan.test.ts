import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffPlans } from '../../../src/plans/diff-plans.js';
import { DiabetesCarePlanSchema, generateDiabetesPlan, type DiabetesCarePlan, type DiabetesPlanOptions } from '../../../src/plans/diabetes/generate-diabetes-plan.js';
import { anyValue, nearValidRecord } from '../../support/arbitraries.js';
import { personas } from '../../support/personas.js';

const asOf = '2026-11-23';

function plan(record: unknown, options: DiabetesPlanOptions = {}, when = asOf): DiabetesCarePlan {
  const result = generateDiabetesPlan(record, when, options);
  if (result._tag === 'Left') throw new Error(`${result.left.code}: ${result.left.message}`);
  return result.right;
}

const goal = (p: DiabetesCarePlan, key: string) => p.goals.find((entry) => entry.id.endsWith(`/goal/${key}`))?.target;
const activity = (p: DiabetesCarePlan, key: string) => p.activities.find((entry) => entry.id.endsWith(`/activity/${key}`));

describe('the seed personas come out exactly as the seed table (004_eccb0a9eec47fd06.txt)', () => {
  it('70 years, 10 years of diabetes, nephropathy: relaxed fasting 7-10 and post-meal 10-13.3 mmol/L, low protein <= 0.6 g/kg, low salt, chair exercises', () => {
    const p = plan(personas()['older-diabetic-nephropathy']);
    expect(goal(p, 'fasting')).toEqual({ low: 7, high: 10, unit: 'mmol/L' });
    expect(goal(p, 'post-meal')).toEqual({ low: 10, high: 13.3, unit: 'mmol/L' });
    expect(activity(p, 'protein')?.amount).toEqual({ high: 36.9, unit: 'g', per: 'day' }); // 0.6 x 61.5 kg
    expect(activity(p, 'salt')).toBeDefined();
    expect(activity(p, 'chair-exercise')).toBeDefined();
    expect(activity(p, 'aerobic')).toBeUndefined();
    expect(p.classification['programme']).toBe('complication-care');
  });

  it('35 years, 2 years, office worker: strict fasting 4.4-7.0 and post-meal < 10.0, low carbohydrate high fibre, stand 10 minutes every hour', () => {
    const p = plan(personas()['young-office-diabetic']);
    expect(goal(p, 'fasting')).toEqual({ low: 4.4, high: 7, unit: 'mmol/L' });
    expect(goal(p, 'post-meal')).toEqual({ high: 10, highExclusive: true, unit: 'mmol/L' });
    expect(activity(p, 'carbohydrate')?.title.en).toBe('Lower carbohydrate, high fibre');
    expect(activity(p, 'break-sitting')?.amount).toEqual({ value: 10, unit: 'min', per: 'session' });
  });

  it('gestational diabetes: fasting <= 5.3, 1 h <= 7.8, 2 h <= 6.7 mmol/L, 5-6 meals a day, prenatal yoga', () => {
    const p = plan(personas()['gestational-diabetes']);
    expect(goal(p, 'fasting')).toEqual({ high: 5.3, unit: 'mmol/L' });
    expect(goal(p, 'post-meal-1h')).toEqual({ high: 7.8, unit: 'mmol/L' });
    expect(goal(p, 'post-meal-2h')).toEqual({ high: 6.7, unit: 'mmol/L' });
    expect(activity(p, 'meals')?.frequency).toEqual({ times: 5, timesMax: 6, per: 'day' });
    expect(activity(p, 'prenatal-yoga')).toBeDefined();
    expect(p.followUpPolicy.series.map((series) => series.id)).toEqual(['gestational-every-2-weeks']);
  });
});

const base = {
  id: 'p-1',
  birthDate: '1976-03-01',
  sex: 'male',
  height: { value: 170, unit: 'cm' },
  weight: { value: 65, unit: 'kg' },
  conditions: [{ code: 'diabetes-type-2', status: 'active', onset: '2020-01-01' }],
  medications: [{ class: 'metformin', status: 'active' }],
};
const reading = (code: string, value: number, day = '2026-11-20') => ({ code, value, unit: code === 'hba1c' ? '%' : 'mmol/L', effective: `${day}T08:00:00+08:00` });

describe('guideline rules on both sides of each threshold', () => {
  const noDiabetes = { ...base, conditions: [] };

  it('IFG starts at 6.1 mmol/L for cn-2020 and 5.6 for ada-2025', () => {
    const status = (fpg: number, guideline: 'cn-2020' | 'ada-2025') => {
      const result = generateDiabetesPlan({ ...noDiabetes, observations: [reading('glucose-fasting', fpg)] }, asOf, { guideline });
      return result._tag === 'Right' ? result.right.classification['status'] : result.left.code;
    };
    expect([status(6.0, 'cn-2020'), status(6.1, 'cn-2020'), status(5.5, 'ada-2025'), status(5.6, 'ada-2025')]).toEqual(['not-applicable', 'prediabetes', 'not-applicable', 'prediabetes']);
    expect(status(7.0, 'cn-2020')).toBe('not-applicable'); // 7.0 is diabetes by glucose, not prediabetes: a diagnosis must be recorded
  });

  it('IGT from 7.8 mmol/L at 2 h; HbA1c 5.7 % counts for ada-2025 only', () => {
    const status = (observations: unknown[], guideline: 'cn-2020' | 'ada-2025' = 'cn-2020') => {
      const result = generateDiabetesPlan({ ...noDiabetes, observations }, asOf, { guideline });
      return result._tag === 'Right' ? result.right.classification['prediabetes'] : result.left.code;
    };
    expect(status([reading('glucose-ogtt-2h', 7.7)])).toBe('not-applicable');
    expect(status([reading('glucose-ogtt-2h', 7.8)])).toEqual(['igt']);
    expect(status([reading('hba1c', 5.7)], 'ada-2025')).toEqual(['hba1c']);
    expect(status([reading('hba1c', 5.6)], 'ada-2025')).toBe('not-applicable');
    expect(status([reading('hba1c', 5.7)], 'cn-2020')).toBe('not-applicable');
  });

  it('a diagnosis within 6 months is new (1 month intensive, 6 months standardised), after that established', () => {
    const programme = (onset: string) => plan({ ...base, conditions: [{ code: 'diabetes-type-2', status: 'active', onset }] }).classification['programme'];
    expect(programme('2026-05-24')).toBe('new-diagnosis'); // 183 days
    expect(programme('2026-05-23')).toBe('long-term'); // 184 days
    const p = plan({ ...base, conditions: [{ code: 'diabetes-type-2', status: 'active', onset: '2026-11-01' }] });
    expect(p.phases.map((phase) => [phase.start, phase.end ?? null, phase.status])).toEqual([
      ['2026-11-01', '2026-12-01', 'current'],
      ['2026-12-01', '2027-06-01', 'upcoming'],
      ['2027-06-01', null, 'upcoming'],
    ]);
    expect(p.followUpPolicy.series[0]?.id).toBe('new-diagnosis');
  });

  it('relaxes targets from 65 with a complication, not at 64', () => {
    const withCkd = (birthDate: string) => plan({ ...base, birthDate, conditions: [...base.conditions, { code: 'chronic-kidney-disease', status: 'active' }] });
    expect(goal(withCkd('1961-11-23'), 'fasting')).toEqual({ low: 7, high: 10, unit: 'mmol/L' }); // 65 on asOf
    expect(goal(withCkd('1961-11-24'), 'fasting')).toEqual({ low: 4.4, high: 7, unit: 'mmol/L' }); // 64
  });

  it('pauses exercise above a fasting glucose of 16.7 mmol/L, not at 16.7', () => {
    expect(activity(plan({ ...base, observations: [reading('glucose-fasting', 16.7)] }), 'aerobic')?.paused).toBeUndefined();
    expect(activity(plan({ ...base, observations: [reading('glucose-fasting', 16.8)] }), 'aerobic')?.paused?.en).toMatch(/16.7/);
  });

  it('checks HbA1c every 6 months at target and every 3 above it', () => {
    expect(activity(plan({ ...base, observations: [reading('hba1c', 6.9)] }), 'hba1c')?.intervalMonths).toBe(6);
    expect(activity(plan({ ...base, observations: [reading('hba1c', 7.0)] }), 'hba1c')?.intervalMonths).toBe(3);
    expect(activity(plan(base), 'hba1c')?.intervalMonths).toBe(3);
  });

  it('checks lipids every 5 years under 40 without a statin on ada-2025, yearly otherwise', () => {
    const young = { ...base, birthDate: '1990-01-01' };
    expect(activity(plan(young, { guideline: 'ada-2025' }), 'lipids')?.intervalMonths).toBe(60);
    expect(activity(plan({ ...young, medications: [{ class: 'statin', status: 'active' }] }, { guideline: 'ada-2025' }), 'lipids')?.intervalMonths).toBe(12);
    expect(activity(plan(young), 'lipids')?.intervalMonths).toBe(12);
  });

  it('monitors self-glucose by therapy', () => {
    expect(activity(plan(base), 'smbg')?.frequency).toEqual({ times: 2, timesMax: 4, per: 'week' });
    expect(activity(plan({ ...base, medications: [{ class: 'insulin', status: 'active' }] }), 'smbg')?.frequency).toEqual({ times: 1, timesMax: 2, per: 'day' });
    expect(activity(plan({ ...base, medications: [] }), 'smbg')?.frequency).toBeUndefined();
  });

  it('uses the ADA older-adult table on ada-2025 and KDOQI protein for CKD', () => {
    const older = { ...base, birthDate: '1950-01-01', conditions: [...base.conditions, { code: 'chronic-kidney-disease', status: 'active' }] };
    const p = plan(older, { guideline: 'ada-2025' });
    expect(goal(p, 'hba1c')).toEqual({ high: 8, highExclusive: true, unit: '%' });
    expect(goal(p, 'fasting')).toEqual({ low: 5, high: 8.3, unit: 'mmol/L' });
    expect(activity(p, 'protein')?.amount).toEqual({ low: 39, high: 52, unit: 'g', per: 'day' }); // 0.6-0.8 x 65 kg
    expect(p.guideline).toBe('ada-2025');
  });

  it('writes GDM targets as strict "<" on ada-2025', () => {
    const p = plan(personas()['gestational-diabetes'], { guideline: 'ada-2025' });
    expect(goal(p, 'fasting')).toEqual({ high: 5.3, highExclusive: true, unit: 'mmol/L' });
  });

  it('escalates above this plan’s own fasting target', () => {
    const older = plan(personas()['older-diabetic-nephropathy']);
    const rule = older.followUpPolicy.escalation?.find((entry) => entry.id === 'glucose-above-target-3-days');
    expect(JSON.stringify(rule?.when)).toContain('10');
    expect(older.followUpPolicy.escalation?.map((entry) => entry.id)).toEqual(expect.arrayContaining(['urgent-glucose', 'hypoglycaemia-level-1', 'hypoglycaemia-level-2', 'hypoglycaemia-level-3', 'adverse-drug-reaction', 'hba1c-worsening', 'glucose-13-9-advice']));
  });

  it('does not apply without diabetes or prediabetes', () => {
    const result = generateDiabetesPlan({ id: 'p', birthDate: '1980-01-01', sex: 'female' }, asOf);
    expect(result._tag === 'Left' && result.left.code).toBe('not-applicable');
  });
});

describe('plan properties', () => {
  it('every persona plan validates, every item has a rationale and a source, targets are ordered and never below 3.9 mmol/L', () => {
    for (const [name, record] of Object.entries(personas())) {
      for (const guideline of ['cn-2020', 'ada-2025'] as const) {
        const result = generateDiabetesPlan(record, asOf, { guideline });
        if (result._tag === 'Left') {
          expect(result.left.code, name).toBe('not-applicable');
          continue;
        }
        const p = result.right;
        expect(DiabetesCarePlanSchema.safeParse(p).success, name).toBe(true);
        for (const item of [...p.goals, ...p.activities]) {
          expect(item.rationale.en.length).toBeGreaterThan(0);
          expect(item.rationale['zh-CN'].length).toBeGreaterThan(0);
          expect(item.source.title.length).toBeGreaterThan(0);
        }
        for (const g of p.goals) {
          if (g.target?.unit === 'mmol/L' && g.category === 'glucose' && g.target.low !== undefined) expect(g.target.low).toBeGreaterThanOrEqual(3.9);
          if (g.target?.low !== undefined && g.target.high !== undefined) expect(g.target.low).toBeLessThan(g.target.high);
        }
        expect(JSON.parse(JSON.stringify(p))).toEqual(p);
        expect(Object.isFrozen(p)).toBe(true);
      }
    }
  });

  it('is deterministic and never throws for near-valid or arbitrary input', () => {
    fc.assert(
      fc.property(fc.oneof(nearValidRecord, anyValue), fc.constantFrom<DiabetesPlanOptions>({}, { guideline: 'ada-2025' }), (record, options) => {
        const first = generateDiabetesPlan(record, asOf, options);
        expect(generateDiabetesPlan(record, asOf, options)).toEqual(first);
      }),
      { numRuns: 150 },
    );
    expect(generateDiabetesPlan(personas()['young-office-diabetic'], '2026-02-30')._tag).toBe('Left');
    expect(generateDiabetesPlan(personas()['young-office-diabetic'], asOf, { guideline: 'who' } as never)._tag).toBe('Left');
  });
});

describe('diffPlans', () => {
  it('says what changed and why, and suggests the lifecycle event of a programme change', () => {
    const record = { ...base, conditions: [{ code: 'diabetes-type-2', status: 'active', onset: '2026-10-01' }], observations: [reading('hba1c', 8.2, '2026-10-02')] };
    const november = plan(record, {}, '2026-11-23');
    const later = plan({ ...record, observations: [...record.observations, reading('hba1c', 6.6, '2027-05-01')] }, {}, '2027-06-01');
    const result = diffPlans(november, later);
    if (result._tag === 'Left') throw new Error(result.left.message);
    const diff = result.right;
    expect(diff.classification.find((entry) => entry.field === 'programme')).toEqual({ field: 'programme', before: 'new-diagnosis', after: 'long-term' });
    expect(diff.lifecycleEvents.map((event) => [event.type, event.payload])).toEqual([['treatment-completed', { next: 'long-term-follow-up' }]]);
    const hba1c = diff.items.find((item) => item.id.endsWith('/activity/hba1c'));
    expect(hba1c?.change).toBe('changed');
    expect(hba1c?.fields).toContain('intervalMonths');
    expect(hba1c?.reason.en).toMatch(/at target/);
  });

  it('refuses plans of different patients', () => {
    const a = plan(personas()['young-office-diabetic']);
    const b = plan(personas()['older-diabetic-nephropathy']);
    const result = diffPlans(a, b);
    expect(result._tag === 'Left' && result.left.issues[0]?.path).toEqual([1, 'patientId']);
  });
});

describe('more thresholds and packages', () => {
  it('relaxes at 65 with 10 years of diabetes and no complication, not with 9', () => {
    const older = (onset: string) => plan({ ...base, birthDate: '1950-01-01', conditions: [{ code: 'diabetes-type-2', status: 'active', onset }] });
    expect(goal(older('2016-11-23'), 'fasting')).toEqual({ low: 7, high: 10, unit: 'mmol/L' });
    expect(goal(older('2017-11-24'), 'fasting')).toEqual({ low: 4.4, high: 7, unit: 'mmol/L' });
  });

  it('prescribes chair exercises from 70, not at 69', () => {
    expect(activity(plan({ ...base, birthDate: '1956-11-23' }), 'chair-exercise')).toBeDefined();
    expect(activity(plan({ ...base, birthDate: '1956-11-24' }), 'chair-exercise')).toBeUndefined();
  });

  it('sets a weight-loss target from BMI 24 and under 65 only', () => {
    const withBmi = (weight: number, birthDate = base.birthDate) => plan({ ...base, birthDate, weight: { value: weight, unit: 'kg' } });
    // 170 cm: 69.36 kg is BMI 24.0; 69.3 kg is 23.98.
    expect(activity(withBmi(69.4), 'weight')).toBeDefined();
    expect(activity(withBmi(69.3), 'weight')).toBeUndefined();
    expect(activity(withBmi(80, '1961-11-23'), 'weight')).toBeUndefined();
  });

  it('gives office workers aged 25-45 the lower-carbohydrate pattern, not at 46', () => {
    const office = (birthDate: string) => activity(plan({ ...base, birthDate, lifestyle: { occupation: 'office' } }), 'carbohydrate')?.title.en;
    expect(office('1981-11-23')).toBe('Lower carbohydrate, high fibre');
    expect(office('1980-11-23')).toBe('Nutrient-dense, high-fibre eating pattern');
  });

  it('adds the premium and insurance packages’ contacts', () => {
    const premium = plan({ ...base, servicePackage: 'premium' });
    expect(premium.followUpPolicy.series.map((series) => series.id)).toEqual(['diabetes-quarterly', 'premium-home-glucose', 'premium-dietitian']);
    const insured = plan(base, { insurancePackage: true });
    expect(insured.followUpPolicy.series.map((series) => [series.id, series.cadence.kind === 'every' ? series.cadence.every.value : null])).toEqual([
      ['diabetes-quarterly', 3],
      ['insurance-follow-up', 1],
      ['insurance-glucose-test', 3],
      ['insurance-nutrition', 6],
    ]);
  });
});

describe('rules driven by readings and the risk module', () => {
  it('pauses exercise with 2 hypoglycaemic readings in 90 days, not with 1', () => {
    const lows = (n: number) => Array.from({ length: n }, (_, i) => reading('glucose-capillary', 3.5, `2026-11-${String(10 + i).padStart(2, '0')}`));
    expect(activity(plan({ ...base, observations: lows(2) }), 'aerobic')?.paused?.en).toMatch(/hypoglycaemia/);
    expect(activity(plan({ ...base, observations: lows(1) }), 'aerobic')?.paused).toBeUndefined();
  });

  it('checks kidneys at the KDIGO visits a year and feet at the IWGDF interval', () => {
    const kidney = {
      ...base,
      observations: [
        { code: 'creatinine', value: 1.4, unit: 'mg/dL', effective: '2026-11-01T08:00:00+08:00' },
        { code: 'uacr', value: 400, unit: 'mg/g', effective: '2026-11-01T08:00:00+08:00' },
      ],
    };
    const p = plan(kidney);
    // 50 years, creatinine 1.4 mg/dL: eGFR about 61 (G2); UACR 400 (A3); ADA 2024 grid for diabetes: 3 a year.
    expect(activity(p, 'kidney')?.intervalMonths).toBe(4);
    const feet = plan({ ...base, footExam: { examinedOn: '2026-10-01', lossOfProtectiveSensation: true, peripheralArteryDisease: false, deformity: true } });
    expect(activity(feet, 'foot')?.intervalMonths).toBe(3); // IWGDF 2: every 3-6 months
    expect(activity(plan(base), 'foot')?.intervalMonths).toBe(12);
  });

  it('limits salt with hypertension or CKD, not otherwise', () => {
    expect(activity(plan({ ...base, conditions: [...base.conditions, { code: 'hypertension', status: 'active' }] }), 'salt')).toBeDefined();
    expect(activity(plan(base), 'salt')).toBeUndefined();
  });

  it('checks HbA1c monthly in pregnancy and sets no weight or LDL goal there', () => {
    const p = plan(personas()['gestational-diabetes']);
    expect(activity(p, 'hba1c')?.intervalMonths).toBe(1);
    expect(goal(p, 'bmi')).toBeUndefined();
    expect(goal(p, 'ldl')).toBeUndefined();
  });

  it('sets LDL below 1.8 mmol/L with cardiovascular disease, 2.6 without (cn-2020)', () => {
    expect(goal(plan({ ...base, conditions: [...base.conditions, { code: 'coronary-heart-disease', status: 'active' }] }), 'ldl')?.high).toBe(1.8);
    expect(goal(plan(base), 'ldl')?.high).toBe(2.6);
  });
});
