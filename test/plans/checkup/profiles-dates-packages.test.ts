import { describe, expect, it } from 'vitest';
import { addMonths, daysBetween } from '../../../src/core/iso-date.js';
import { activityOf, errorOf, itemOf, person, plan, rulesOf } from './support.js';
import { generateCheckupPlan, SCREENING_ITEMS } from '../../../src/plans/checkup/index.js';

const heavySmoker = person(60, 'male', { smoking: { status: 'current', packYears: 35, yearsSmoked: 40 } });

describe('profiles and conflicts', () => {
  it('lung: both profiles show low-dose CT once, with every rule, and say which decided the interval', () => {
    const both = plan(heavySmoker, [], { profile: 'both' });
    const lung = itemOf(both, 'ldct-lung');
    expect(lung?.rules.map((rule) => rule.id)).toEqual(['seed.smoker-men-40.ldct-lung', 'cn.lung-2021', 'uspstf.lung-2021']);
    expect(both.activities.filter((activity) => activity.title.en === SCREENING_ITEMS['ldct-lung'].title.en)).toHaveLength(1);
    // The Chinese 2021 guideline states no verified interval; USPSTF (a guideline) outranks the seed.
    expect(lung?.decidedBy).toBe('uspstf.lung-2021');
    expect(lung?.rules.find((rule) => rule.id === 'cn.lung-2021')?.intervalMonths).toBeNull();
    expect(activityOf(both, 'ldct-lung')?.source.id).toBe('uspstf-lung-2021');
    expect(activityOf(both, 'ldct-lung')?.instructions.en).toContain('decided by rule uspstf.lung-2021');
    // In the cn profile, the seed's annual check-up decides.
    expect(itemOf(plan(heavySmoker, [], { profile: 'cn' }), 'ldct-lung')?.decidedBy).toBe('seed.smoker-men-40.ldct-lung');
    expect(rulesOf(plan(heavySmoker, [], { profile: 'us' }), 'ldct-lung')).toEqual(['uspstf.lung-2021']);
  });

  it('lung: 25 pack-years at 60 meets USPSTF (>= 20) but not the Chinese 2021 guideline (>= 30)', () => {
    const result = plan(person(60, 'female', { smoking: { status: 'current', packYears: 25 } }), [], { profile: 'both' });
    expect(itemOf(result, 'ldct-lung')?.rules.map((rule) => rule.id)).toEqual(['uspstf.lung-2021']);
    expect(itemOf(result, 'ldct-lung')?.notApplied).toContain('cn.lung-2021');
    // Quit 15 years ago: USPSTF still eligible (within 15), the Chinese guideline not (< 15).
    const quit = plan(person(60, 'female', { smoking: { status: 'former', packYears: 40, yearsSinceQuitting: 15 } }), [], { profile: 'both' });
    expect(rulesOf(quit, 'ldct-lung')).toEqual(['uspstf.lung-2021']);
    const recent = plan(person(60, 'female', { smoking: { status: 'former', packYears: 40, yearsSinceQuitting: 14 } }), [], { profile: 'both' });
    expect(rulesOf(recent, 'ldct-lung')).toEqual(['cn.lung-2021', 'uspstf.lung-2021']);
  });

  it('gastric start age: 40 under the 2017 consensus, 45 under the 2022 guideline', () => {
    const hp = { facts: { helicobacterPylori: true }, profile: 'cn' } as const;
    const at42 = itemOf(plan(person(42, 'female'), [], hp), 'gastroscopy');
    expect(at42?.rules.map((rule) => rule.id)).toEqual(['cn.gastric-consensus-2017']);
    expect(at42?.decidedBy).toBeNull();
    expect(at42?.notApplied).toEqual(['seed.smoker-men-40.gastroscopy', 'cn.gastric-2022']);
    const at45 = itemOf(plan(person(45, 'female'), [], hp), 'gastroscopy');
    expect(at45?.rules.map((rule) => rule.id)).toEqual(['cn.gastric-2022', 'cn.gastric-consensus-2017']);
    expect(at45?.decidedBy).toBe('cn.gastric-2022');
    expect(at45?.intervalMonths).toBe(60);
    // The US profile has no gastric rule.
    expect(itemOf(plan(person(45, 'female'), [], { ...hp, profile: 'us' }), 'gastroscopy')).toBeUndefined();
  });

  it('gastric: the guideline outranks the seed annual check-up for a smoker aged 45', () => {
    const result = itemOf(plan(person(45, 'male', { smoking: { status: 'current', packYears: 25, yearsSmoked: 25 } }), [], { profile: 'cn' }), 'gastroscopy');
    expect(result?.rules.map((rule) => [rule.id, rule.intervalMonths])).toEqual([
      ['seed.smoker-men-40.gastroscopy', 12],
      ['cn.gastric-2022', 60],
    ]);
    expect(result?.decidedBy).toBe('cn.gastric-2022');
  });

  it('mammography: the seed (12 months) and USPSTF (24 months) meet; USPSTF decides', () => {
    const result = itemOf(plan(person(42, 'female', { familyHistory: [{ condition: 'breast-cancer', relation: 'mother' }] }), [], { profile: 'both' }), 'mammography');
    expect(result?.rules.map((rule) => rule.id)).toEqual(['seed.breast-family-women-35.mammography', 'uspstf.breast-2024']);
    expect(result?.decidedBy).toBe('uspstf.breast-2024');
    expect(result?.intervalMonths).toBe(24);
  });

  it('records the profile in the plan', () => {
    for (const profile of ['cn', 'us', 'both'] as const) expect(plan(heavySmoker, [], { profile }).guideline).toBe(profile);
    expect(plan(heavySmoker).guideline).toBe('both');
  });
});

describe('due and overdue dates', () => {
  const lungHistory = (date: string, result: 'normal' | 'abnormal' = 'normal') => [{ item: 'ldct-lung', date, result }];

  it('runs from the last result and the interval; overdue items give their days overdue', () => {
    const last = '2024-11-15';
    const result = plan(heavySmoker, lungHistory(last), { profile: 'us' });
    const due = addMonths(last, 12);
    expect(activityOf(result, 'ldct-lung')?.due).toBe(due);
    expect(itemOf(result, 'ldct-lung')).toMatchObject({ status: 'overdue', daysOverdue: daysBetween(due, '2026-03-01') });
    expect(itemOf(result, 'ldct-lung')?.daysOverdue).toBe(106);
    expect(result.status).toBe('behind');
    expect(activityOf(result, 'ldct-lung')?.instructions.en).toContain('Overdue by 106 days');
    expect(activityOf(result, 'ldct-lung')?.instructions['zh-CN']).toContain('已逾期106天');
  });

  it('uses the latest of several results, and puts never-done items due on asOf', () => {
    const result = plan(heavySmoker, [...lungHistory('2023-05-01'), ...lungHistory('2025-09-30')], { profile: 'us' });
    expect(itemOf(result, 'ldct-lung')).toMatchObject({ status: 'upcoming', due: '2026-09-30', daysOverdue: 0 });
    expect(itemOf(result, 'hepatitis-c')).toMatchObject({ status: 'due', due: '2026-03-01', daysOverdue: 0 });
  });

  it('handles leap days: 29 February plus a year is 28 February; due on asOf is due, not overdue', () => {
    const fromLeap = plan(heavySmoker, lungHistory('2024-02-29'), { profile: 'us' }, '2025-03-01');
    expect(itemOf(fromLeap, 'ldct-lung')).toMatchObject({ due: '2025-02-28', status: 'overdue', daysOverdue: 1 });
    const onTime = plan(heavySmoker, lungHistory('2023-02-28'), { profile: 'us' }, '2024-02-28');
    expect(itemOf(onTime, 'ldct-lung')).toMatchObject({ due: '2024-02-28', status: 'due', daysOverdue: 0 });
    // Overdue across a leap February: 2024-01-31 + 12 months = 2025-01-31; asOf 2025-03-01 is 29 days later.
    const across = plan(heavySmoker, lungHistory('2023-01-31'), { profile: 'us' }, '2024-03-01');
    expect(itemOf(across, 'ldct-lung')).toMatchObject({ due: '2024-01-31', daysOverdue: 30 });
  });

  it('shortens the interval after an abnormal result where the source says so', () => {
    const risk = { facts: { helicobacterPylori: true }, profile: 'cn' } as const;
    const normal = plan(person(50, 'female'), [{ item: 'gastroscopy', date: '2025-06-01', result: 'normal' }], risk);
    expect(itemOf(normal, 'gastroscopy')).toMatchObject({ due: '2030-06-01', intervalMonths: 60 });
    const abnormal = plan(person(50, 'female'), [{ item: 'gastroscopy', date: '2025-06-01', result: 'abnormal', details: { finding: 'atrophic-gastritis' } }], risk);
    expect(itemOf(abnormal, 'gastroscopy')).toMatchObject({ due: '2026-06-01', intervalMonths: 12 });
    expect(activityOf(abnormal, 'gastroscopy')?.instructions.en).toContain('shortens the interval to 12 months');
    const bp = plan(person(30, 'female'), [{ item: 'blood-pressure', date: '2025-06-01', result: 'abnormal' }], { profile: 'us' });
    expect(itemOf(bp, 'blood-pressure')).toMatchObject({ due: '2026-06-01', intervalMonths: 12 });
  });

  it('keeps the interval after an abnormal result where the source is silent, and says so', () => {
    const result = plan(heavySmoker, lungHistory('2025-06-01', 'abnormal'), { profile: 'us' });
    expect(itemOf(result, 'ldct-lung')).toMatchObject({ due: '2026-06-01', intervalMonths: 12 });
    expect(activityOf(result, 'ldct-lung')?.instructions.en).toContain('the source gives no shorter interval');
  });

  it('leaves repeats to the clinician when no source states an interval', () => {
    const result = plan(person(40, 'female'), [{ item: 'depression-screening', date: '2025-01-10', result: 'normal' }], { profile: 'us' });
    const summary = itemOf(result, 'depression-screening');
    expect(summary).toMatchObject({ status: 'repeat-not-stated', due: null, intervalMonths: null, decidedBy: null });
    expect(activityOf(result, 'depression-screening')?.due).toBeUndefined();
  });

  it('rejects history after asOf or before birth, by path, without values', () => {
    const later = errorOf(generateCheckupPlan(heavySmoker, [{ item: 'ldct-lung', date: '2026-03-02', result: 'normal' }], '2026-03-01'));
    expect(later.issues).toEqual([{ path: ['history', 0, 'date'], code: 'inconsistent', message: 'is after asOf' }]);
    const malformed = errorOf(generateCheckupPlan(heavySmoker, [{ item: 'ldct-lung', date: '2025-02-30', result: 'fine' }], '2026-03-01'));
    expect(malformed.issues.map((issue) => issue.path)).toEqual([
      ['history', 0, 'date'],
      ['history', 0, 'result'],
    ]);
    expect(malformed.message).not.toContain('fine');
  });
});

describe('packages', () => {
  const smoker45 = person(45, 'male', { smoking: { status: 'current', packYears: 25, yearsSmoked: 25 } });

  it.each(['basic', 'standard', 'premium'] as const)('%s: items up to the package are included, the rest offered as add-ons', (servicePackage) => {
    const result = plan(smoker45, [], { profile: 'both', servicePackage });
    const rank = { basic: 0, standard: 1, premium: 2 };
    for (const activity of result.activities) {
      const summary = (result.classification['items'] as unknown as { activityId: string; package: 'basic' | 'standard' | 'premium'; included: boolean }[]).find((entry) => entry.activityId === activity.id);
      expect(summary).toBeDefined();
      if (summary === undefined) continue;
      const included = rank[servicePackage] >= rank[summary.package];
      expect(summary.included).toBe(included);
      expect(activity.package).toBe(included ? summary.package : 'add-on');
    }
  });

  it('takes the package from the options, then the record, then basic (with a warning)', () => {
    expect(plan({ ...smoker45, servicePackage: 'premium' }).classification['servicePackage']).toBe('premium');
    expect(plan({ ...smoker45, servicePackage: 'premium' }, [], { servicePackage: 'standard' }).classification['servicePackage']).toBe('standard');
    const fallback = plan(smoker45);
    expect(fallback.classification['servicePackage']).toBe('basic');
    expect(fallback.warnings.some((warning) => warning.en.includes('basic (free) package'))).toBe(true);
    expect(activityOf(fallback, 'ldct-lung')?.package).toBe('add-on');
    expect(activityOf(plan({ ...smoker45, servicePackage: 'premium' }), 'ldct-lung')?.package).toBe('premium');
  });
});
