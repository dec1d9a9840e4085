import { describe, expect, it } from 'vitest';
import { assess } from '../../../src/risk/assess.js';
import { BUILT_IN_SCREENING_RULES, checkupFacts, generateCheckupPlan, validateScreeningRules } from '../../../src/plans/checkup/index.js';
import { activityOf, AS_OF, errorOf, itemOf, person, plan, rulesOf } from './support.js';

const at = (code: string, value: number, unit: string) => ({ code, value, unit, effective: '2026-02-20T08:00:00+08:00' });

describe('risk-driven additions', () => {
  it('the seed 8-fold group (FPG >= 6.1, BMI >= 24, hypertension) gets an OGTT and an HbA1c', () => {
    const record = person(50, 'male', {
      height: { value: 170, unit: 'cm' },
      weight: { value: 75, unit: 'kg' },
      conditions: [{ code: 'hypertension', status: 'active' }],
      observations: [at('glucose-fasting', 6.4, 'mmol/L')],
    });
    const risk = assess(record, AS_OF);
    expect(risk._tag === 'Right' && risk.right.results.find((result) => result.id === 'seed-diabetes-risk')?.category).toBe('eight-fold-risk');
    const result = plan(record, [], { profile: 'cn' });
    expect(rulesOf(result, 'ogtt')).toContain('risk.eight-fold.ogtt');
    expect(rulesOf(result, 'hba1c')).toContain('risk.eight-fold.hba1c');
    expect(activityOf(result, 'ogtt')?.source.kind).toBe('seed');
    const lower = plan({ ...record, observations: [at('glucose-fasting', 5.9, 'mmol/L')] }, [], { profile: 'cn' });
    expect(rulesOf(lower, 'ogtt')).not.toContain('risk.eight-fold.ogtt');
  });

  it('CDRS >= 25 gets an OGTT (CDS 2020), as the risk module scores it', () => {
    const record = person(60, 'male', {
      height: { value: 170, unit: 'cm' },
      weight: { value: 82, unit: 'kg' },
      waist: { value: 96, unit: 'cm' },
      familyHistory: [{ condition: 'diabetes', relation: 'mother' }],
      observations: [at('bp-systolic', 150, 'mm[Hg]')],
    });
    const risk = assess(record, AS_OF);
    const cdrs = risk._tag === 'Right' ? risk.right.results.find((result) => result.id === 'cdrs') : undefined;
    expect(cdrs).toBeDefined();
    const expected = cdrs?.category === 'high-risk';
    expect(cdrs !== undefined && cdrs.value >= 25).toBe(expected);
    expect(rulesOf(plan(record, [], { profile: 'cn' }), 'ogtt').includes('risk.cdrs-25.ogtt')).toBe(expected);
    expect(rulesOf(plan(record, [], { profile: 'us' }), 'ogtt')).toEqual([]);
  });

  it.each([
    [{ lossOfProtectiveSensation: false, deformity: false, peripheralArteryDisease: false }, 12],
    [{ lossOfProtectiveSensation: true, deformity: false, peripheralArteryDisease: false }, 6],
    [{ lossOfProtectiveSensation: true, deformity: true, peripheralArteryDisease: false }, 3],
  ])('IWGDF foot risk sets the foot examination interval (%o -> %i months)', (exam, months) => {
    const record = person(62, 'female', {
      conditions: [{ code: 'diabetes-type-2', status: 'active' }],
      footExam: { examinedOn: '2026-01-10', ...exam },
    });
    const risk = assess(record, AS_OF);
    const category = risk._tag === 'Right' ? risk.right.results.find((result) => result.id === 'iwgdf-foot')?.category : undefined;
    for (const profile of ['cn', 'us'] as const) {
      const result = plan(record, [{ item: 'foot-examination', date: '2026-01-10', result: 'normal' }], { profile });
      expect(rulesOf(result, 'foot-examination')).toEqual([`risk.iwgdf-${category ?? 'none'}.foot-examination`]);
      expect(activityOf(result, 'foot-examination')?.intervalMonths).toBe(months);
    }
  });

  it('China-PAR (cn) and PCE (us) intermediate or high add lipids and blood-pressure follow-up, as assess categorises them', () => {
    const record = person(62, 'male', {
      ancestry: 'east-asian',
      region: { chinaRegion: 'north', residence: 'urban' },
      smoking: { status: 'current', packYears: 30, yearsSmoked: 40 },
      waist: { value: 95, unit: 'cm' },
      familyHistory: [],
      conditions: [],
      medications: [],
      observations: [at('bp-systolic', 150, 'mm[Hg]'), at('cholesterol-total', 6.2, 'mmol/L'), at('cholesterol-hdl', 1.0, 'mmol/L')],
    });
    const risk = assess(record, AS_OF);
    const category = (id: string) => (risk._tag === 'Right' ? risk.right.results.find((result) => result.id === id)?.category : undefined);
    const raised = (id: string) => ['intermediate', 'high'].includes(category(id) ?? '');
    expect(category('china-par')).toBeDefined();
    const cn = plan(record, [], { profile: 'cn' });
    expect(rulesOf(cn, 'lipids').includes('risk.china-par-intermediate-high.lipids')).toBe(raised('china-par'));
    expect(rulesOf(cn, 'blood-pressure').includes('risk.china-par-intermediate-high.blood-pressure')).toBe(raised('china-par'));
    const us = plan(record, [], { profile: 'us' });
    expect(rulesOf(us, 'lipids').includes('risk.pce-intermediate-high.lipids')).toBe(raised('pooled-cohort'));
    expect(raised('china-par') || raised('pooled-cohort')).toBe(true);
  });
});

const centreRule = {
  id: 'centre.liver-ultrasound-hbv',
  item: 'liver-ultrasound',
  profile: 'all',
  title: { 'zh-CN': '肝脏超声', en: 'Liver ultrasound' },
  package: 'standard',
  when: { and: [{ '>=': [{ var: 'age' }, 40] }, { '===': [{ var: 'extra.hbsagPositive' }, true] }] },
  intervalMonths: 6,
  recommendation: 'recommended',
  rationale: { 'zh-CN': '乙肝表面抗原阳性，40岁及以上：每6个月肝脏超声。', en: 'HBsAg positive, aged 40 or over: liver ultrasound every 6 months.' },
  source: { kind: 'guideline', id: 'centre-protocol-7', title: 'Centre protocol 7', year: 2025 },
};

describe('rules as data', () => {
  it('every built-in rule validates and its `when` compiles', () => {
    const result = validateScreeningRules(BUILT_IN_SCREENING_RULES);
    expect(result._tag).toBe('Right');
    expect(result._tag === 'Right' && result.right.length).toBe(BUILT_IN_SCREENING_RULES.length);
    expect(new Set(BUILT_IN_SCREENING_RULES.map((rule) => rule.id)).size).toBe(BUILT_IN_SCREENING_RULES.length);
  });

  it("a centre's own rule adds its item, with its own title, package, interval and source", () => {
    const result = plan(person(45, 'male'), [{ item: 'liver-ultrasound', date: '2025-12-01', result: 'normal' }], { profile: 'cn', rules: [centreRule], facts: { hbsagPositive: true }, servicePackage: 'standard' });
    const activity = activityOf(result, 'liver-ultrasound');
    expect(activity).toMatchObject({ title: centreRule.title, due: '2026-06-01', intervalMonths: 6, package: 'standard', source: centreRule.source });
    expect(itemOf(result, 'liver-ultrasound')?.decidedBy).toBe(centreRule.id);
    expect(itemOf(plan(person(45, 'male'), [], { rules: [centreRule] }), 'liver-ultrasound')).toBeUndefined();
  });

  it("a centre's rule outranks the built-in rules on the interval of a shared item", () => {
    const rule = { ...centreRule, id: 'centre.gastroscopy-annual', item: 'gastroscopy', intervalMonths: 24, when: { '>=': [{ var: 'age' }, 45] } };
    const result = itemOf(plan(person(50, 'female'), [], { profile: 'cn', rules: [rule], facts: { helicobacterPylori: true } }), 'gastroscopy');
    expect(result?.rules.map((entry) => entry.id)).toEqual(['centre.gastroscopy-annual', 'cn.gastric-2022', 'cn.gastric-consensus-2017']);
    expect(result?.decidedBy).toBe('centre.gastroscopy-annual');
  });

  it('reports every problem of a rule by path, never its values', () => {
    const bad = [
      { ...centreRule, when: { log: 'secret-value' }, intervalMonths: -1 },
      { ...centreRule, id: 'centre.other', title: undefined, package: undefined, abnormalIntervalMonths: 12 },
      { ...centreRule, id: 'centre.other' },
    ];
    const error = errorOf(validateScreeningRules(bad));
    expect(error.code).toBe('invalid-rule');
    expect(error.issues.map((issue) => [issue.path, issue.code])).toEqual([
      [[0, 'when', 'log'], 'unknown-code'],
      [[0, 'intervalMonths'], 'too-small'],
      [[1, 'title'], 'required'],
      [[1, 'package'], 'required'],
      [[1, 'abnormalIntervalMonths'], 'inconsistent'],
      [[2, 'id'], 'duplicate'],
    ]);
    expect(JSON.stringify(error)).not.toContain('secret-value');
  });

  it('rejects centre rules in generateCheckupPlan under options.rules, and ids that clash with built-in rules', () => {
    const invalid = errorOf(generateCheckupPlan(person(45, 'male'), [], AS_OF, { rules: [{ ...centreRule, profile: 'mars' }] }));
    expect(invalid.issues[0]?.path).toEqual(['options', 'rules', 0, 'profile']);
    const clash = errorOf(generateCheckupPlan(person(45, 'male'), [], AS_OF, { rules: [{ ...centreRule, id: 'uspstf.lung-2021' }] }));
    expect(clash.issues).toEqual([{ path: ['options', 'rules', 0, 'id'], code: 'duplicate', message: 'repeats the id of a built-in rule' }]);
  });

  it('exposes the facts rules read, with unknowns as null', () => {
    const facts = checkupFacts(person(45, 'male', { smoking: { status: 'former', packYears: 22, yearsSinceQuitting: 15 } }), AS_OF, { facts: { helicobacterPylori: true } });
    expect(facts._tag).toBe('Right');
    if (facts._tag !== 'Right') return;
    expect(facts.right).toMatchObject({ age: 45, sex: 'male', smokingStatus: 'former', everSmoked: true, currentSmoker: false, packYears: 22, yearsSmoked: null, yearsSinceQuitting: 15, lateNights: null, extra: { helicobacterPylori: true } });
    expect(facts.right.familyHistory['breastCancer']).toBeNull();
    expect(Object.isFrozen(facts.right)).toBe(true);
  });
});
