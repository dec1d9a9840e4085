import { describe, expect, it } from 'vitest';
import { activityOf, itemOf, person, plan, rulesOf } from './support.js';

// USPSTF boundaries, in the `us` profile.
const us = { profile: 'us' } as const;

describe('lung cancer (2021): 50-80, >= 20 pack-years, quit within 15 years', () => {
  const current = (packYears: number) => ({ smoking: { status: 'current', packYears } });
  const former = (packYears: number, yearsSinceQuitting: number) => ({ smoking: { status: 'former', packYears, yearsSinceQuitting } });

  it.each([
    ['age 49', person(49, 'male', current(30)), false],
    ['age 50', person(50, 'male', current(30)), true],
    ['age 80', person(80, 'female', current(30)), true],
    ['age 81', person(81, 'female', current(30)), false],
    ['19 pack-years', person(60, 'male', current(19)), false],
    ['20 pack-years', person(60, 'male', current(20)), true],
    ['quit 15 years ago', person(60, 'male', former(25, 15)), true],
    ['quit 16 years ago', person(60, 'male', former(25, 16)), false],
    ['never smoked', person(60, 'male', { smoking: { status: 'never' } }), false],
  ])('%s: annual low-dose CT = %s', (_label, record, expected) => {
    const result = plan(record, [], us);
    expect(rulesOf(result, 'ldct-lung').includes('uspstf.lung-2021')).toBe(expected);
    if (expected) expect(activityOf(result, 'ldct-lung')?.intervalMonths).toBe(12);
  });
});

describe('colorectal cancer (2021)', () => {
  it.each([
    [44, undefined],
    [45, 'uspstf.colorectal-45-49'],
    [49, 'uspstf.colorectal-45-49'],
    [50, 'uspstf.colorectal-50-75'],
    [75, 'uspstf.colorectal-50-75'],
    [76, 'uspstf.colorectal-76-85'],
    [85, 'uspstf.colorectal-76-85'],
    [86, undefined],
  ])('age %i: %s', (age, rule) => {
    const result = plan(person(age, 'female'), [], us);
    expect(rulesOf(result, 'colorectal-screening')).toEqual(rule === undefined ? [] : [rule]);
  });

  it('marks 76-85 as selectively offered (grade C) and 50-75 as grade A', () => {
    expect(itemOf(plan(person(80, 'male'), [], us), 'colorectal-screening')?.rules[0]).toMatchObject({ recommendation: 'selectively-offer', grade: 'C' });
    expect(itemOf(plan(person(60, 'male'), [], us), 'colorectal-screening')?.rules[0]).toMatchObject({ recommendation: 'recommended', grade: 'A' });
  });

  it.each([
    ['fit', '2025-06-10', '2026-06-10'],
    ['colonoscopy', '2019-06-10', '2029-06-10'],
    ['ct-colonography', '2021-06-10', '2026-06-10'],
    ['flexible-sigmoidoscopy', '2020-06-10', '2025-06-10'],
  ])('the next %s follows its own interval', (test, date, due) => {
    const result = plan(person(60, 'male'), [{ item: 'colorectal-screening', date, result: 'normal', details: { test } }], us);
    expect(activityOf(result, 'colorectal-screening')?.due).toBe(due);
  });

  it('lists the test options in both languages', () => {
    const activity = activityOf(plan(person(60, 'male'), [], us), 'colorectal-screening');
    expect(activity?.instructions.en).toContain('Colonoscopy, every 10 years');
    expect(activity?.instructions['zh-CN']).toContain('结肠镜，每10年');
  });
});

describe('breast cancer (2024): biennial mammography 40-74', () => {
  it.each([
    [39, false],
    [40, true],
    [74, true],
    [75, false],
  ])('woman aged %i: %s', (age, expected) => {
    const result = plan(person(age, 'female'), [], us);
    expect(rulesOf(result, 'mammography').includes('uspstf.breast-2024')).toBe(expected);
    if (expected) expect(activityOf(result, 'mammography')?.intervalMonths).toBe(24);
  });
});

describe('cervical cancer (2018): 21-29 cytology every 3 years; 30-65 cytology, HPV or co-test', () => {
  it.each([
    [20, undefined],
    [21, 'uspstf.cervical-21-29'],
    [29, 'uspstf.cervical-21-29'],
    [30, 'uspstf.cervical-30-65'],
    [65, 'uspstf.cervical-30-65'],
    [66, undefined],
  ])('woman aged %i: %s', (age, rule) => {
    expect(rulesOf(plan(person(age, 'female'), [], us), 'cervical-screening')).toEqual(rule === undefined ? [] : [rule]);
  });

  it('uses 5 years after an HPV test from 30, 3 years after cytology, and nothing after hysterectomy with the cervix removed', () => {
    const hpv = plan(person(40, 'female'), [{ item: 'cervical-screening', date: '2023-05-01', result: 'normal', details: { test: 'hpv' } }], us);
    expect(activityOf(hpv, 'cervical-screening')?.due).toBe('2028-05-01');
    const cytology = plan(person(40, 'female'), [{ item: 'cervical-screening', date: '2023-05-01', result: 'normal', details: { test: 'cytology' } }], us);
    expect(activityOf(cytology, 'cervical-screening')?.due).toBe('2026-05-01');
    // An HPV test is not an option for 21-29: the default (cytology, 3 years) applies.
    const young = plan(person(25, 'female'), [{ item: 'cervical-screening', date: '2023-05-01', result: 'normal', details: { test: 'hpv' } }], us);
    expect(activityOf(young, 'cervical-screening')?.due).toBe('2026-05-01');
    expect(itemOf(plan(person(40, 'female'), [], { ...us, facts: { cervixRemoved: true } }), 'cervical-screening')).toBeUndefined();
  });
});

describe('prostate, AAA, osteoporosis', () => {
  it.each([
    [54, false],
    [55, true],
    [69, true],
    [70, false],
  ])('PSA as a shared decision, man aged %i: %s', (age, expected) => {
    const summary = itemOf(plan(person(age, 'male'), [], us), 'psa-shared-decision');
    expect(summary !== undefined).toBe(expected);
    if (summary !== undefined) expect(summary.rules[0]?.recommendation).toBe('shared-decision');
  });

  it('AAA: one-time ultrasound for men 65-75 who ever smoked; selectively for never smokers; none for women', () => {
    const ever = itemOf(plan(person(65, 'male', { smoking: { status: 'former', packYears: 5, yearsSinceQuitting: 30 } }), [], us), 'aaa-ultrasound');
    expect(ever?.rules.map((rule) => [rule.id, rule.recommendation, rule.once])).toEqual([['uspstf.aaa-men-ever-smoked', 'recommended', true]]);
    const never = itemOf(plan(person(75, 'male', { smoking: { status: 'never' } }), [], us), 'aaa-ultrasound');
    expect(never?.rules.map((rule) => rule.recommendation)).toEqual(['selectively-offer']);
    expect(itemOf(plan(person(76, 'male', { smoking: { status: 'current', packYears: 40 } }), [], us), 'aaa-ultrasound')).toBeUndefined();
    expect(itemOf(plan(person(70, 'female', { smoking: { status: 'current', packYears: 40 } }), [], us), 'aaa-ultrasound')).toBeUndefined();
  });

  it('AAA done once is completed, with no activity', () => {
    const result = plan(person(70, 'male', { smoking: { status: 'current', packYears: 40 } }), [{ item: 'aaa-ultrasound', date: '2024-01-10', result: 'normal' }], us);
    expect(itemOf(result, 'aaa-ultrasound')).toMatchObject({ status: 'completed', activityId: null });
    expect(result.activities.some((activity) => activity.title.en.startsWith('Abdominal aortic'))).toBe(false);
  });

  it('osteoporosis: women from 65; under 65 only with increased risk after menopause', () => {
    expect(itemOf(plan(person(64, 'female'), [], us), 'bone-density')).toBeUndefined();
    expect(rulesOf(plan(person(65, 'female'), [], us), 'bone-density')).toEqual(['uspstf.osteoporosis-women-65']);
    expect(rulesOf(plan(person(58, 'female'), [], { ...us, facts: { postmenopausalIncreasedFractureRisk: true } }), 'bone-density')).toEqual(['uspstf.osteoporosis-postmenopausal-under-65']);
    expect(itemOf(plan(person(70, 'male'), [], us), 'bone-density')).toBeUndefined();
  });
});

describe('diabetes, blood pressure, depression, hepatitis', () => {
  const body = (bmi: number) => ({ observations: [{ code: 'bmi', value: bmi, unit: 'kg/m2', effective: '2026-02-01T09:00:00+08:00' }] });

  it.each([
    [34, 30, false],
    [35, 30, true],
    [70, 25, true],
    [71, 30, false],
    [50, 24.9, false],
  ])('diabetes screening at age %i, BMI %f: %s (every 3 years)', (age, bmi, expected) => {
    const result = plan(person(age, 'male', body(bmi)), [], us);
    expect(rulesOf(result, 'diabetes-screening').includes('uspstf.diabetes-35-70')).toBe(expected);
    if (expected) expect(activityOf(result, 'diabetes-screening')?.intervalMonths).toBe(36);
  });

  it('blood pressure: yearly from 40, every 3 years at 18-39, yearly at 18-39 with a risk factor; not with known hypertension', () => {
    expect(activityOf(plan(person(40, 'female'), [], us), 'blood-pressure')?.intervalMonths).toBe(12);
    const young = plan(person(39, 'female'), [], us);
    expect(activityOf(young, 'blood-pressure')?.intervalMonths).toBe(36);
    expect(itemOf(young, 'blood-pressure')?.decidedBy).toBe('uspstf.blood-pressure-18-39');
    const atRisk = plan(person(30, 'female', body(27)), [], us);
    expect(itemOf(atRisk, 'blood-pressure')?.decidedBy).toBe('uspstf.blood-pressure-18-39-increased-risk');
    expect(activityOf(atRisk, 'blood-pressure')?.intervalMonths).toBe(12);
    expect(itemOf(plan(person(17, 'female'), [], us), 'blood-pressure')).toBeUndefined();
    expect(itemOf(plan(person(50, 'male', { conditions: [{ code: 'hypertension', status: 'active' }] }), [], us), 'blood-pressure')).toBeUndefined();
  });

  it('depression for every adult; hepatitis C once at 18-79; hepatitis B only at increased risk', () => {
    expect(itemOf(plan(person(18, 'male'), [], us), 'depression-screening')).toBeDefined();
    expect(itemOf(plan(person(17, 'male'), [], us), 'depression-screening')).toBeUndefined();
    expect(itemOf(plan(person(79, 'male'), [], us), 'hepatitis-c')?.rules[0]?.once).toBe(true);
    expect(itemOf(plan(person(80, 'male'), [], us), 'hepatitis-c')).toBeUndefined();
    expect(itemOf(plan(person(40, 'male'), [], us), 'hepatitis-b')).toBeUndefined();
    expect(rulesOf(plan(person(40, 'male'), [], { ...us, facts: { hepatitisBIncreasedRisk: true } }), 'hepatitis-b')).toEqual(['uspstf.hepatitis-b-increased-risk']);
  });
});
