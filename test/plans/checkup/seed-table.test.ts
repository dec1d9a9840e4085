import { describe, expect, it } from 'vitest';
import { SCREENING_ITEMS } from '../../../src/plans/checkup/index.js';
import { activityOf, itemOf, person, plan, rulesOf } from './support.js';

// Seed 004_eccb0a9eec47fd06.txt, section 04 (健康体检：差异化的筛查方案), row by row; and seed 001's
// "10 + 3" package with the public-health norm's annual items for residents 65+.

const smoker = (years: number) => ({ smoking: { status: 'current', packYears: years, yearsSmoked: years } });
const SMOKER_ITEMS = ['ldct-lung', 'gastroscopy', 'prostate-ultrasound'] as const;
const BREAST_ITEMS = ['breast-ultrasound', 'mammography', 'cervical-screening'] as const;
const STRESS_ITEMS = ['thyroid-ultrasound', 'liver-function', 'ecg', 'psychological-assessment'] as const;
const ELDERLY_ITEMS = [
  'ten-plus-three',
  'health-status-assessment',
  'physical-examination',
  'complete-blood-count',
  'urinalysis',
  'liver-function',
  'kidney-function',
  'fasting-glucose',
  'lipids',
  'ecg',
  'abdominal-ultrasound',
] as const;

describe('seed: men over 40 who smoked 10 years', () => {
  it.each([
    [40, 10, true],
    [39, 10, false],
    [40, 9, false],
    [55, 30, true],
  ])('age %i, %i years smoked: low-dose CT, gastroscopy, prostate ultrasound = %s', (age, years, expected) => {
    const result = plan(person(age, 'male', smoker(years)), [], { profile: 'cn' });
    for (const item of SMOKER_ITEMS) {
      const rule = `seed.smoker-men-40.${item}`;
      expect(rulesOf(result, item).includes(rule)).toBe(expected);
    }
  });

  it('counts former smokers and ignores women', () => {
    const former = plan(person(45, 'male', { smoking: { status: 'former', packYears: 12, yearsSmoked: 12, yearsSinceQuitting: 3 } }), [], { profile: 'cn' });
    expect(rulesOf(former, 'prostate-ultrasound')).toEqual(['seed.smoker-men-40.prostate-ultrasound']);
    const woman = plan(person(45, 'female', smoker(20)), [], { profile: 'cn' });
    expect(rulesOf(woman, 'ldct-lung')).not.toContain('seed.smoker-men-40.ldct-lung');
  });

  it('reports a smoker without years smoked as not assessed, never as not applicable', () => {
    const result = plan(person(45, 'male', { smoking: { status: 'current', packYears: 20 } }), [], { profile: 'cn' });
    expect(itemOf(result, 'prostate-ultrasound')).toBeUndefined();
    const unassessed = result.classification['unassessed'] as unknown as { rule: string; missing: string[] }[];
    expect(unassessed).toContainEqual({ rule: 'seed.smoker-men-40.prostate-ultrasound', item: 'prostate-ultrasound', missing: ['yearsSmoked'] });
    expect(result.warnings.some((warning) => warning.en.includes('yearsSmoked') && warning.en.includes('prostate-ultrasound'))).toBe(true);
  });
});

describe('seed: women over 35 with a family history of breast cancer', () => {
  const family = (condition: string, relation = 'mother') => ({ familyHistory: [{ condition, relation }] });

  it.each([
    [35, 'breast-cancer', true],
    [34, 'breast-cancer', false],
    [50, 'ovarian-cancer', false],
  ])('age %i, family history of %s: breast ultrasound + mammography, HPV + TCT = %s', (age, condition, expected) => {
    const result = plan(person(age, 'female', family(condition)), [], { profile: 'cn' });
    for (const item of BREAST_ITEMS) expect(rulesOf(result, item).includes(`seed.breast-family-women-35.${item}`)).toBe(expected);
  });

  it('counts any relative, and gives HPV + TCT as a co-test', () => {
    const result = plan(person(38, 'female', family('breast-cancer', 'aunt-uncle')), [], { profile: 'cn' });
    expect(rulesOf(result, 'breast-ultrasound')).toEqual(['seed.breast-family-women-35.breast-ultrasound']);
    expect(activityOf(result, 'cervical-screening')?.intervalMonths).toBe(12);
  });

  it('does not apply to men with the same family history', () => {
    const result = plan(person(50, 'male', family('breast-cancer')), [], { profile: 'cn' });
    for (const item of BREAST_ITEMS) expect(itemOf(result, item)).toBeUndefined();
  });
});

describe('seed: long-term late nights and high stress', () => {
  it.each([
    [true, true, true],
    [true, false, true],
    [false, true, true],
    [false, false, false],
  ])('late nights %s, high stress %s: thyroid ultrasound, liver function, ECG, psychological assessment = %s', (lateNights, highStress, expected) => {
    const result = plan(person(30, 'female', { lifestyle: { lateNights, highStress } }), [], { profile: 'cn' });
    for (const item of STRESS_ITEMS) expect(rulesOf(result, item).includes(`seed.late-nights-stress.${item}`)).toBe(expected);
  });

  it('each seed item carries its title in both languages, the seed as source, and a yearly interval', () => {
    const result = plan(person(30, 'male', { lifestyle: { lateNights: true } }), [], { profile: 'cn' });
    for (const item of STRESS_ITEMS) {
      const activity = activityOf(result, item);
      expect(activity?.title).toEqual(SCREENING_ITEMS[item].title);
      expect(activity?.source.id).toBe('004_eccb0a9eec47fd06.txt');
      expect(activity?.intervalMonths).toBe(12);
      expect(activity?.rationale['zh-CN']).toContain('熬夜');
    }
  });
});

describe('65 and over: the "10 + 3" package and the public-health norm', () => {
  it.each([
    [65, true],
    [64, false],
    [90, true],
  ])('age %i: every annual item = %s', (age, expected) => {
    const result = plan(person(age, 'female'), [], { profile: 'cn' });
    for (const item of ELDERLY_ITEMS) {
      expect(itemOf(result, item) !== undefined).toBe(expected);
      if (expected) expect(activityOf(result, item)?.intervalMonths).toBe(12);
    }
  });

  it('cites the seed for "10 + 3" and the norm for its items, included in the basic package', () => {
    const result = plan(person(67, 'male'), [], { profile: 'cn' });
    expect(activityOf(result, 'ten-plus-three')?.source.id).toBe('001_175e5153b43beeec.txt');
    expect(activityOf(result, 'abdominal-ultrasound')?.source.id).toBe('cn-phs-norm-2017-elderly');
    for (const item of ELDERLY_ITEMS) expect(activityOf(result, item)?.package).toBe('basic');
  });

  it('is not part of the US profile', () => {
    const result = plan(person(67, 'male'), [], { profile: 'us' });
    expect(itemOf(result, 'ten-plus-three')).toBeUndefined();
    expect(itemOf(result, 'abdominal-ultrasound')).toBeUndefined();
  });
});
