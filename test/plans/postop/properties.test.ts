import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { epochDay, fromEpochDay } from '../../../src/core/iso-date.js';
import { CarePlanBaseSchema } from '../../../src/plans/care-plan.js';
import { generatePostOpPlan, updatePostOpPlan, type PostOpPlan } from '../../../src/plans/postop/index.js';
import { anyValue } from '../../support/arbitraries.js';
import { deepFrozen, kneeRecord } from './support.js';

const RUNS = 40;
const codes = ['total-knee-arthroplasty', 'total-hip-arthroplasty', 'laparoscopic-cholecystectomy', 'surgery-other'] as const;
const approaches = ['posterior', 'posterolateral', 'anterior', 'anterolateral', 'lateral'] as const;

const scenario = fc.record({
  surgeryDay: fc.integer({ min: epochDay('2020-01-01'), max: epochDay('2030-12-31') }),
  code: fc.constantFrom(...codes),
  approach: fc.option(fc.constantFrom(...approaches), { nil: undefined }),
  asOfOffset: fc.integer({ min: -20, max: 420 }),
  readings: fc.array(fc.record({ day: fc.integer({ min: 0, max: 60 }), value: fc.integer({ min: 0, max: 140 }) }), { maxLength: 4 }),
  birthYear: fc.integer({ min: 1930, max: 2000 }),
  livesAlone: fc.boolean(),
  fever: fc.option(fc.double({ min: 37.5, max: 40, noNaN: true }), { nil: undefined }),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function build(s: Scenario): { record: Record<string, unknown>; asOf: string; surgery: string } {
  const surgery = fromEpochDay(s.surgeryDay);
  const asOf = fromEpochDay(s.surgeryDay + s.asOfOffset);
  const preOp = s.asOfOffset < 0;
  const readings = s.readings.filter((reading) => reading.day <= s.asOfOffset).map((reading) => ({ code: 'knee-flexion', value: reading.value, unit: 'deg', effective: `${fromEpochDay(s.surgeryDay + reading.day)}T09:00:00+08:00` }));
  const record = {
    id: 'prop',
    birthDate: `${s.birthYear}-06-15`,
    sex: 'female',
    procedures: [{ id: 'op', code: s.code, status: preOp ? 'planned' : 'completed', date: surgery, ...(s.code === 'total-hip-arthroplasty' && s.approach !== undefined ? { approach: s.approach } : {}) }],
    observations: readings,
    social: { livesAlone: s.livesAlone },
  };
  return { record, asOf, surgery };
}

function datesOf(plan: PostOpPlan): string[] {
  return plan.activities.flatMap((activity) => [activity.start, activity.due, activity.end].filter((date): date is string => date !== undefined));
}

describe('properties of generated plans', () => {
  it('phases are ordered and do not overlap; every dated item lies within the horizon; the plan validates', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { record, asOf, surgery } = build(s);
        const result = generatePostOpPlan(record, 'op', asOf, s.fever === undefined ? {} : { feverThresholdCelsius: s.fever });
        expect(result._tag).toBe('Right');
        if (result._tag === 'Left') return;
        const plan = result.right;
        plan.phases.forEach((phase, index) => {
          expect(phase.start <= (phase.end ?? phase.start)).toBe(true);
          expect(phase.start > surgery).toBe(true);
          const previous = plan.phases[index - 1];
          if (previous !== undefined) expect(phase.start > (previous.end ?? previous.start)).toBe(true);
        });
        const horizon = plan.classification['horizon'] as { start: string; end: string };
        for (const date of [...datesOf(plan), ...plan.milestones.map((milestone) => milestone.dueBy)]) {
          expect(date >= horizon.start && date <= horizon.end).toBe(true);
        }
        // Milestones lie within their phase.
        for (const milestone of plan.milestones) {
          const phase = plan.phases.find((item) => item.id === milestone.phaseId);
          expect(phase !== undefined && milestone.dueBy >= phase.start && milestone.dueBy <= (phase.end ?? phase.start)).toBe(true);
        }
        expect(CarePlanBaseSchema.safeParse(plan).success).toBe(true);
        expect(plan.status === 'behind').toBe(plan.milestones.some((milestone) => milestone.status === 'missed'));
      }),
      { numRuns: RUNS },
    );
  });

  it('is deterministic, deep-frozen, JSON round-trips, leaves its input untouched, and update of the JSON plan agrees', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { record, asOf } = build(s);
        const before = JSON.stringify(record);
        const first = generatePostOpPlan(record, 'op', asOf);
        const second = generatePostOpPlan(JSON.parse(before), 'op', asOf);
        expect(JSON.stringify(record)).toBe(before);
        expect(Object.isFrozen(record)).toBe(false);
        expect(second).toEqual(first);
        if (first._tag === 'Left') return;
        expect(deepFrozen(first.right)).toBe(true);
        const json = JSON.parse(JSON.stringify(first.right)) as unknown;
        expect(json).toEqual(first.right);
        const again = updatePostOpPlan(json, [], asOf);
        expect(again._tag === 'Right' && again.right.milestones).toEqual(first.right.milestones);
        expect(again._tag === 'Right' && again.right.id).toBe(first.right.id);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('no throw for any input', () => {
  it('generatePostOpPlan returns an Either for anything', () => {
    fc.assert(
      fc.property(anyValue, anyValue, anyValue, anyValue, (record, procedure, asOf, options) => {
        const result = generatePostOpPlan(record, procedure, asOf, options);
        expect(['Left', 'Right']).toContain(result._tag);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('updatePostOpPlan returns an Either for anything, and for a damaged plan', () => {
    const plan = generatePostOpPlan(kneeRecord(), 'surgery-1', '2026-11-23');
    const valid = plan._tag === 'Right' ? (JSON.parse(JSON.stringify(plan.right)) as Record<string, unknown>) : {};
    fc.assert(
      fc.property(anyValue, anyValue, fc.constantFrom('id', 'classification', 'phases', 'kind', 'asOf', 'milestones'), anyValue, (observations, asOf, key, junk) => {
        expect(['Left', 'Right']).toContain(updatePostOpPlan(junk, observations, asOf)._tag);
        const damaged = { ...valid, [key]: junk };
        expect(['Left', 'Right']).toContain(updatePostOpPlan(damaged, [], '2026-12-01')._tag);
      }),
      { numRuns: RUNS },
    );
  });

  it('generate survives hostile objects (throwing getters, cycles)', () => {
    const hostile = { get id(): string { throw new Error('secret 欧阳明月'); } };
    const cyclic: Record<string, unknown> = { id: 'c' };
    cyclic['self'] = cyclic;
    for (const input of [hostile, cyclic]) {
      const result = generatePostOpPlan(input, input, '2026-01-01', input);
      expect(result._tag).toBe('Left');
      expect(JSON.stringify(result)).not.toContain('欧阳明月');
    }
  });
});
