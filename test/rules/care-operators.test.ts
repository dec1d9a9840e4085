import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDateOf } from '../../src/core/index.js';
import { localDateInZone } from '../../src/rules/care-operators.js';
import { compileRule, evaluateRule, type CompiledRule } from '../../src/rules/index.js';

function rule(document: unknown): CompiledRule {
  const result = compileRule(document);
  if (result._tag === 'Left') throw new Error(result.left.message);
  return result.right;
}

function value(document: unknown, facts: unknown): unknown {
  const result = evaluateRule(rule(document), facts);
  if (result._tag === 'Left') throw new Error(result.left.message);
  return result.right.value;
}

function failure(document: unknown, facts: unknown) {
  const result = evaluateRule(rule(document), facts);
  if (result._tag === 'Right') throw new Error('expected Left');
  return result.left;
}

type Observation = { code: string; value: number; unit: string; effective: string };
const glucose = (effective: string, mmol: number): Observation => ({ code: 'glucose-fasting', value: mmol, unit: 'mmol/L', effective });
const sleep = (effective: string, hours: number): Observation => ({ code: 'sleep-duration', value: hours, unit: 'h', effective });

/*
 * The two escalation rules of the seeds, as plain rule documents (docs/rules.md shows the same):
 * - 001_175e5153b43beeec.txt: fasting glucose above target on 3 consecutive days prompts the
 *   health manager to phone. Target: fasting capillary glucose 4.4-7.0 mmol/L (Chinese Diabetes
 *   Society, Guideline for the prevention and treatment of type 2 diabetes mellitus in China,
 *   2020 edition, glycaemic control targets), so "above target" is > 7.0 mmol/L.
 * - 004_eccb0a9eec47fd06.txt: sleep under 5 h on 3 consecutive days prompts advice and tells the family.
 */
const GLUCOSE_ABOVE_TARGET_3_DAYS = {
  consecutive: [{ readings: ['glucose-fasting', 7] }, { '>': [{ var: 'value' }, 7.0] }, 3, 'days'],
};
const SLEEP_UNDER_5H_3_DAYS = {
  consecutive: [{ readings: ['sleep-duration', 7] }, { '<': [{ var: 'value' }, 5] }, 3, 'days'],
};

describe('the seed escalation rules', () => {
  const asOf = '2026-11-23T20:00:00+08:00';
  it('fasting glucose above target on 3 consecutive days (001_175e5153b43beeec.txt)', () => {
    const three = [glucose('2026-11-21T07:30:00+08:00', 8.1), glucose('2026-11-22T07:10:00+08:00', 7.6), glucose('2026-11-23T07:20:00+08:00', 9.0)];
    expect(value(GLUCOSE_ABOVE_TARGET_3_DAYS, { asOf, timeZone: 'Asia/Shanghai', observations: three })).toBe(true);
    // A day in range breaks the run.
    const broken = [three[0], glucose('2026-11-22T07:10:00+08:00', 6.2), three[2]];
    expect(value(GLUCOSE_ABOVE_TARGET_3_DAYS, { asOf, timeZone: 'Asia/Shanghai', observations: broken })).toBe(false);
    // A day without a reading breaks the run too.
    const gap = [three[0], three[2], glucose('2026-11-20T07:00:00+08:00', 8.8)];
    expect(value(GLUCOSE_ABOVE_TARGET_3_DAYS, { asOf, timeZone: 'Asia/Shanghai', observations: gap })).toBe(false);
  });

  it('counts days on the patient calendar (facts.timeZone), UTC when none is given', () => {
    // 23:30 in Shanghai is 15:30 UTC: the same three days either way...
    const late = [glucose('2026-11-20T23:30:00+08:00', 8), glucose('2026-11-21T23:30:00+08:00', 8), glucose('2026-11-22T23:30:00+08:00', 8)];
    expect(value(GLUCOSE_ABOVE_TARGET_3_DAYS, { asOf, timeZone: 'Asia/Shanghai', observations: late })).toBe(true);
    // ...but 07:00 and 09:00 on 21 Nov in Shanghai are 20 and 21 Nov UTC: three readings on two local
    // days (21, 22 Nov) in Shanghai, and on two UTC days (20, 21 Nov) without a zone.
    const morning = [glucose('2026-11-21T07:00:00+08:00', 8), glucose('2026-11-21T09:00:00+08:00', 8), glucose('2026-11-22T07:00:00+08:00', 8)];
    expect(value(GLUCOSE_ABOVE_TARGET_3_DAYS, { asOf, timeZone: 'Asia/Shanghai', observations: morning })).toBe(false);
    expect(value({ ...GLUCOSE_ABOVE_TARGET_3_DAYS, consecutive: [...GLUCOSE_ABOVE_TARGET_3_DAYS.consecutive.slice(0, 2), 2, 'days'] }, { asOf, observations: morning })).toBe(true);
    expect(failure(GLUCOSE_ABOVE_TARGET_3_DAYS, { asOf, timeZone: '+08:00', observations: late }).issues[0]?.code).toBe('invalid-time-zone');
  });

  it('sleep under 5 h on 3 consecutive days (004_eccb0a9eec47fd06.txt)', () => {
    const nights = [sleep('2026-11-21T07:00:00+08:00', 4.5), sleep('2026-11-22T07:00:00+08:00', 4.8), sleep('2026-11-23T07:00:00+08:00', 3.9)];
    expect(value(SLEEP_UNDER_5H_3_DAYS, { asOf, timeZone: 'Asia/Shanghai', observations: nights })).toBe(true);
    expect(value(SLEEP_UNDER_5H_3_DAYS, { asOf, timeZone: 'Asia/Shanghai', observations: nights.slice(1) })).toBe(false);
  });
});

describe('consecutive', () => {
  const day = (date: string, mmol: number) => glucose(`${date}T08:00:00Z`, mmol);
  const twoPerDay = [day('2026-01-01', 8), glucose('2026-01-01T18:00:00Z', 6), day('2026-01-02', 8), glucose('2026-01-02T18:00:00Z', 6.5)];
  const over = (aggregate?: string) => ({ consecutive: [{ var: 'list' }, { '>': [{ var: 'value' }, 7] }, 2, 'days', ...(aggregate === undefined ? [] : [aggregate])] });

  it("a day qualifies when any reading meets the condition (default), or all do, or the day's mean does", () => {
    expect(value(over(), { list: twoPerDay })).toBe(true);
    expect(value(over('any'), { list: twoPerDay })).toBe(true);
    expect(value(over('all'), { list: twoPerDay })).toBe(false);
    // Daily means 7.0 and 7.25: only the second day is above 7.
    expect(value(over('mean'), { list: twoPerDay })).toBe(false);
    expect(value(over('mean'), { list: [...twoPerDay, glucose('2026-01-01T20:00:00Z', 9)] })).toBe(true);
  });

  it('orders days itself, and counts n consecutive readings in list order', () => {
    expect(value(over(), { list: [...twoPerDay].reverse() })).toBe(true);
    const readings = { consecutive: [{ var: 'list' }, { '>': [{ var: 'value' }, 7] }, 2, 'readings'] };
    expect(value(readings, { list: twoPerDay })).toBe(false);
    expect(value(readings, { list: [day('2026-01-01', 8), day('2026-01-02', 9)] })).toBe(true);
    expect(value({ consecutive: [[1, 5, 6, 2], { '>': [{ var: '' }, 4] }, 2, 'readings'] }, {})).toBe(true);
  });

  it('is false for no readings and fails for a bad count or readings without an instant', () => {
    expect(value(over(), { list: [] })).toBe(false);
    expect(value(over(), {})).toBe(false);
    expect(failure({ consecutive: [{ var: 'list' }, true, { var: 'n' }, 'days'] }, { list: [], n: 0 }).issues[0]?.path).toEqual(['consecutive', 2]);
    expect(failure(over(), { list: [{ value: 8 }] }).issues[0]?.code).toBe('invalid-instant');
  });
});

describe('readings', () => {
  const asOf = '2026-03-10T12:00:00Z';
  const observations = [
    glucose('2026-03-10T08:00:00Z', 7.2),
    glucose('2026-03-03T12:00:00Z', 9.9), // exactly 7 days before asOf: outside (asOf - 7 d, asOf]
    glucose('2026-03-03T12:00:01Z', 6.4),
    glucose('2026-03-10T12:00:01Z', 5.0), // after asOf: outside
    sleep('2026-03-09T07:00:00Z', 6),
  ];

  it('returns the readings of a code in (asOf - windowDays, asOf], sorted by time', () => {
    expect(value({ readings: ['glucose-fasting', 7] }, { asOf, observations })).toEqual([
      glucose('2026-03-03T12:00:01Z', 6.4),
      glucose('2026-03-10T08:00:00Z', 7.2),
    ]);
    expect(value({ readings: ['glucose-fasting', 1] }, { asOf, observations })).toEqual([glucose('2026-03-10T08:00:00Z', 7.2)]);
  });

  it('keeps only code, value, unit and effective', () => {
    const entered = { ...glucose('2026-03-10T08:00:00Z', 7.2), entered: { value: 130, unit: 'mg/dL' }, id: 'o-1' };
    expect(value({ readings: ['glucose-fasting', 7] }, { asOf, observations: [entered] })).toEqual([glucose('2026-03-10T08:00:00Z', 7.2)]);
  });

  it('is empty without observations and fails without asOf or with malformed readings', () => {
    expect(value({ readings: ['glucose-fasting', 7] }, { asOf })).toEqual([]);
    expect(failure({ readings: ['glucose-fasting', 7] }, { observations }).issues[0]?.code).toBe('required');
    expect(failure({ readings: ['glucose-fasting', 7] }, { asOf: '2026-03-10', observations }).issues[0]?.code).toBe('invalid-instant');
    expect(failure({ readings: ['glucose-fasting', 0] }, { asOf, observations }).issues[0]?.path).toEqual(['readings', 1]);
    const bad = failure({ readings: ['glucose-fasting', 7] }, { asOf, observations: [{ ...glucose('2026-03-10T08:00:00', 7.2) }] });
    expect(bad.issues[0]?.message).toBe('facts.observations[0].effective must be an instant with an offset');
  });
});

describe('days_between', () => {
  it('counts whole calendar days from A to B; an instant counts on its own offset’s date', () => {
    expect(value({ days_between: ['2024-02-28', '2024-03-01'] }, {})).toBe(2);
    expect(value({ days_between: ['2026-03-10', '2026-03-01'] }, {})).toBe(-9);
    expect(value({ days_between: ['2026-03-01T23:30:00+08:00', '2026-03-02T00:30:00+08:00'] }, {})).toBe(1);
    expect(value({ days_between: ['2026-03-01T23:30:00-05:00', '2026-03-02'] }, {})).toBe(1);
    expect(value({ days_between: [{ var: 'discharged' }, { var: 'asOf' }] }, { asOf: '2026-03-15' })).toBeNull();
    expect(failure({ days_between: ['2026-02-30', '2026-03-01'] }, {}).code).toBe('invalid-time');
  });
});

describe('count, mean, min_of, max_of, cv', () => {
  const list = [glucose('2026-01-01T08:00:00Z', 6), glucose('2026-01-02T08:00:00Z', 8), glucose('2026-01-03T08:00:00Z', 10)];
  it('aggregate readings or numbers; empty lists give 0 or null', () => {
    expect(value({ count: { var: 'list' } }, { list })).toBe(3);
    expect(value({ mean: { var: 'list' } }, { list })).toBe(8);
    expect(value({ min_of: { var: 'list' } }, { list })).toBe(6);
    expect(value({ max_of: [[3, 9, 4]] }, {})).toBe(9);
    expect(value({ count: { var: 'none' } }, {})).toBe(0);
    for (const operator of ['mean', 'min_of', 'max_of', 'cv']) expect(value({ [operator]: [[]] }, {})).toBeNull();
    expect(failure({ mean: [['a']] }, {}).code).toBe('invalid-input');
    expect(failure({ count: 'text' }, {}).code).toBe('invalid-input');
  });

  it('cv is the sample SD over the mean, as a fraction; null for fewer than 2 values or a zero mean', () => {
    // Values 6, 8, 10: mean 8, sample variance ((4 + 0 + 4) / 2) = 4, SD 2, CV 0.25.
    expect(value({ cv: { var: 'list' } }, { list })).toBeCloseTo(0.25, 12);
    expect(value({ cv: [[5]] }, {})).toBeNull();
    expect(value({ cv: [[-1, 1]] }, {})).toBeNull();
  });
});

describe('localDateInZone', () => {
  it("agrees with core's localDateOf", () => {
    const zones = ['UTC', 'Asia/Shanghai', 'America/New_York', 'Pacific/Chatham', 'Australia/Lord_Howe', 'Europe/London'];
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) }), fc.constantFrom(...zones), (ms, zone) => {
        const instant = new Date(ms).toISOString();
        const expected = localDateOf(instant, zone);
        expect(expected._tag === 'Right' ? expected.right : undefined).toBe(localDateInZone(Date.parse(instant), zone));
      }),
      { numRuns: 300 },
    );
  });
});
