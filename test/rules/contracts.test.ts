import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CareErrorSchema } from '../../src/core/index.js';
import { compileRule, evaluateRule, RuleDocumentSchema } from '../../src/rules/index.js';
import { anyValue, PLANTED, plantedTexts } from '../support/arbitraries.js';

const RUNS = Number(process.env['CAREPATH_FUZZ_RUNS'] ?? 300);

function snapshot(value: unknown): string {
  try {
    const text = JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v)) as string | undefined;
    return text ?? 'undefined';
  } catch {
    return 'unserialisable';
  }
}

function allFrozen(value: unknown, seen = new Set<unknown>()): boolean {
  if (typeof value !== 'object' || value === null || seen.has(value)) return true;
  seen.add(value);
  return Object.isFrozen(value) && Object.values(value).every((child) => allFrozen(child, seen));
}

function frozenAnywhere(value: unknown, seen = new Set<unknown>()): boolean {
  if (typeof value !== 'object' || value === null || seen.has(value)) return false;
  seen.add(value);
  if (Object.isFrozen(value)) return true;
  try {
    return Object.values(value).some((child) => frozenAnywhere(child, seen));
  } catch {
    return false;
  }
}

/** Rules that read every kind of fact, so planted values flow through every operator. */
const rulesArb = fc.constantFrom(
  { var: '' },
  { cat: [{ var: 'name' }, { var: 'nationalId' }] },
  { '>': [{ var: 'glucose' }, 7] },
  { var: { var: 'name' } },
  { var: { cat: ['a.', { var: 'phone' }] } },
  { missing: { var: 'keys' } },
  { readings: [{ var: 'name' }, { var: 'glucose' }] },
  { consecutive: [{ var: 'observations' }, { '>': [{ var: 'value' }, 7] }, 2, 'days'] },
  { days_between: [{ var: 'date' }, { var: 'name' }] },
  { mean: { var: 'observations' } },
  { map: [{ var: 'observations' }, { substr: [{ var: 'code' }, 1] }] },
);

const plantedFacts = fc.record({
  name: fc.constant(PLANTED.name),
  nationalId: fc.constant(PLANTED.nationalId),
  phone: fc.constant(PLANTED.phone),
  glucose: fc.constantFrom(PLANTED.glucose, PLANTED.weight, PLANTED.name),
  date: fc.constantFrom(PLANTED.date, `${PLANTED.date}T08:00:00`),
  keys: fc.constantFrom([PLANTED.name], [`${PLANTED.phone}.x`], PLANTED.nationalId),
  asOf: fc.constantFrom('2026-03-01T08:00:00Z', PLANTED.date, PLANTED.name),
  timeZone: fc.constantFrom('UTC', PLANTED.name, undefined),
  observations: fc.oneof(
    fc.constant([{ code: PLANTED.name, value: PLANTED.glucose, unit: PLANTED.phone, effective: PLANTED.date }]),
    fc.constant([{ code: 'glucose-fasting', value: PLANTED.name, unit: 'mmol/L', effective: '2026-03-01T08:00:00Z' }]),
    fc.constant(PLANTED.nationalId),
    anyValue,
  ),
});

describe('compileRule and evaluateRule keep the contract', () => {
  it('never throw, never mutate or freeze their input, are deterministic, and return frozen results', () => {
    fc.assert(
      fc.property(anyValue, anyValue, anyValue, (document, facts, limits) => {
        const before = [snapshot(document), snapshot(facts), snapshot(limits)];
        const first = compileRule(document);
        const second = compileRule(document);
        const limited = compileRule(document, limits as never);
        expect(snapshot(second)).toBe(snapshot(first));
        expect(allFrozen(first)).toBe(true);
        expect(allFrozen(limited)).toBe(true);
        const compiled = first._tag === 'Right' ? first.right : compileRule({ var: '' });
        if ('kind' in compiled) {
          const a = evaluateRule(compiled, facts, { trace: true });
          const b = evaluateRule(compiled, facts, { trace: true });
          expect(snapshot(b)).toBe(snapshot(a));
          expect(allFrozen(a)).toBe(true);
          if (a._tag === 'Right') expect(JSON.parse(JSON.stringify(a.right.value ?? null))).toEqual(a.right.value);
        }
        // Arbitrary values in the rule's place, or as options, are Lefts.
        expect(evaluateRule(document as never, facts, facts as never)._tag).toBeDefined();
        expect(RuleDocumentSchema.safeParse(document).success).toBe(first._tag === 'Right');
        expect([snapshot(document), snapshot(facts), snapshot(limits)]).toEqual(before);
        expect(frozenAnywhere(document) || frozenAnywhere(facts)).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });

  it('errors never carry a value from the facts', () => {
    fc.assert(
      fc.property(rulesArb, plantedFacts, (document, facts) => {
        const compiled = compileRule(document);
        expect(compiled._tag).toBe('Right');
        if (compiled._tag !== 'Right') return;
        const result = evaluateRule(compiled.right, facts);
        if (result._tag === 'Right') return;
        expect(CareErrorSchema.safeParse(result.left).success).toBe(true);
        const text = snapshot(result.left);
        for (const planted of [...plantedTexts, `${PLANTED.phone}.x`]) expect(text).not.toContain(planted);
      }),
      { numRuns: RUNS },
    );
  });
});
