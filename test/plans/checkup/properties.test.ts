import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CarePlanBaseSchema } from '../../../src/plans/care-plan.js';
import { BUILT_IN_SCREENING_RULES, generateCheckupPlan, validateScreeningRules, type CheckupItemSummary } from '../../../src/plans/checkup/index.js';

const RUNS = 60;

const sexes = fc.constantFrom('female', 'male', 'other', 'unknown');
const smoking = fc.oneof(
  fc.constant(undefined),
  fc.constant({ status: 'never' }),
  fc.record({ status: fc.constant('current'), packYears: fc.option(fc.integer({ min: 0, max: 80 }), { nil: undefined }), yearsSmoked: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }) }, { requiredKeys: ['status'] }),
  fc.record(
    { status: fc.constant('former'), packYears: fc.option(fc.integer({ min: 0, max: 80 }), { nil: undefined }), yearsSinceQuitting: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }) },
    { requiredKeys: ['status'] },
  ),
);
const items = fc.constantFrom(...new Set(BUILT_IN_SCREENING_RULES.map((rule) => rule.item)));
const historyEntry = fc.record({
  item: items,
  date: fc.integer({ min: 0, max: 3000 }).map((days) => new Date(Date.UTC(2018, 0, 1) + days * 86_400_000).toISOString().slice(0, 10)),
  result: fc.constantFrom('normal', 'abnormal'),
});

/** Near-valid records and histories: every combination the rules read. */
const scenario = fc.record({
  age: fc.integer({ min: 0, max: 100 }),
  sex: sexes,
  smoking,
  familyHistory: fc.option(fc.array(fc.record({ condition: fc.constantFrom('breast-cancer', 'lung-cancer', 'gastric-cancer', 'diabetes'), relation: fc.constantFrom('mother', 'aunt-uncle', 'sister') }), { maxLength: 3 }), { nil: undefined }),
  lifestyle: fc.option(fc.record({ lateNights: fc.boolean(), highStress: fc.boolean() }, { requiredKeys: [] }), { nil: undefined }),
  servicePackage: fc.option(fc.constantFrom('basic', 'standard', 'premium'), { nil: undefined }),
  profile: fc.constantFrom('cn', 'us', 'both'),
  history: fc.array(historyEntry, { maxLength: 6 }),
  extra: fc.record({ helicobacterPylori: fc.boolean(), cervixRemoved: fc.boolean(), hepatitisBIncreasedRisk: fc.boolean() }, { requiredKeys: [] }),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function inputs(s: Scenario) {
  const record: Record<string, unknown> = { id: 'p-prop', birthDate: `${2026 - s.age - 1}-06-15`, sex: s.sex };
  if (s.smoking !== undefined) record['smoking'] = s.smoking;
  if (s.familyHistory !== undefined) record['familyHistory'] = s.familyHistory;
  if (s.lifestyle !== undefined) record['lifestyle'] = s.lifestyle;
  if (s.servicePackage !== undefined) record['servicePackage'] = s.servicePackage;
  const history = s.history.filter((entry) => entry.date >= (record['birthDate'] as string) && entry.date <= '2026-03-01');
  return { record, history, options: { profile: s.profile, facts: s.extra } };
}

describe('properties', () => {
  it('every item has a source and at least one applicable rule; every activity belongs to an item; plans validate', () => {
    const ruleIds = new Set(BUILT_IN_SCREENING_RULES.map((rule) => rule.id));
    fc.assert(
      fc.property(scenario, (s) => {
        const { record, history, options } = inputs(s);
        const result = generateCheckupPlan(record, history, '2026-03-01', options);
        expect(result._tag).toBe('Right');
        if (result._tag !== 'Right') return;
        const plan = result.right;
        expect(CarePlanBaseSchema.safeParse(plan).success).toBe(true);
        const summaries = plan.classification['items'] as unknown as readonly CheckupItemSummary[];
        for (const summary of summaries) {
          expect(summary.rules.length).toBeGreaterThan(0);
          for (const rule of summary.rules) {
            expect(ruleIds.has(rule.id)).toBe(true);
            expect(options.profile === 'both' || rule.profile === 'all' || rule.profile === options.profile).toBe(true);
          }
          if (summary.decidedBy !== null) expect(summary.rules.map((rule) => rule.id)).toContain(summary.decidedBy);
          if (summary.status === 'overdue') expect(summary.daysOverdue).toBeGreaterThan(0);
          else expect(summary.daysOverdue).toBe(0);
        }
        for (const activity of plan.activities) {
          expect(activity.source.id.length).toBeGreaterThan(0);
          expect(activity.rationale.en.length).toBeGreaterThan(0);
          expect(activity.rationale['zh-CN'].length).toBeGreaterThan(0);
          expect(plan.sources.map((source) => source.id)).toContain(activity.source.id);
          expect(summaries.filter((summary) => summary.activityId === activity.id)).toHaveLength(1);
        }
        expect(new Set(plan.activities.map((activity) => activity.id)).size).toBe(plan.activities.length);
      }),
      { numRuns: RUNS },
    );
  });

  it('is deterministic, frozen, and leaves its inputs untouched', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { record, history, options } = inputs(s);
        const before = JSON.stringify([record, history, options]);
        const first = generateCheckupPlan(record, history, '2026-03-01', options);
        const second = generateCheckupPlan(structuredClone(record), structuredClone(history), '2026-03-01', structuredClone(options));
        expect(JSON.stringify(first)).toBe(JSON.stringify(second));
        expect(JSON.stringify([record, history, options])).toBe(before);
        expect(Object.isFrozen(record)).toBe(false);
        if (first._tag === 'Right') {
          expect(Object.isFrozen(first.right.activities)).toBe(true);
          expect(Object.isFrozen(first.right.classification)).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.oneof(fc.string(), fc.constant('2026-03-01')), fc.anything(), (record, history, asOf, options) => {
        const result = generateCheckupPlan(record, history, asOf, options as never);
        expect(['Left', 'Right']).toContain(result._tag);
        expect(validateScreeningRules(record)._tag).toMatch(/^(Left|Right)$/);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('returns a Left, not an exception, for hostile inputs', () => {
    const hostile = {
      get id(): string {
        throw new Error('boom');
      },
    };
    const cyclic: Record<string, unknown> = { id: 'p', birthDate: '1970-01-01', sex: 'male' };
    cyclic['self'] = cyclic;
    expect(generateCheckupPlan(hostile, [], '2026-03-01')._tag).toBe('Left');
    expect(generateCheckupPlan(cyclic, [], '2026-03-01')._tag).toBe('Left');
    expect(generateCheckupPlan({ id: 'p', birthDate: '1970-01-01', sex: 'male' }, hostile, '2026-03-01')._tag).toBe('Left');
    expect(generateCheckupPlan({ id: 'p', birthDate: '1970-01-01', sex: 'male' }, [], '2026-02-30')._tag).toBe('Left');
  });
});
