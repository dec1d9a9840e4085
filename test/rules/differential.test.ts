import fc from 'fast-check';
import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import { compileRule, evaluateRule } from '../../src/rules/index.js';

/**
 * Differential test: random well-formed rule documents over the standard operators and random
 * data, evaluated by carepath and by json-logic-js 2.0.5 (the reference). Results must be deep
 * equal after JSON normalisation (carepath returns JSON: undefined, NaN and infinities as null),
 * or both must fail.
 */
const RUNS = Number(process.env['CAREPATH_FUZZ_RUNS'] ?? 400);

type Doc = unknown;

// Paths that exist (or not) in the generated data; never a prototype name (see evaluate-rule.test.ts).
const pathArb = fc.constantFrom('', 'a', 'b', 'x', 'o', 'o.a', 'o.b', 'o.n.z', 'list', 'list.0', 'list.1', 'length', '0', '1', 'current', 'accumulator', 'q');

const numberArb = fc.oneof(
  fc.integer({ min: -3, max: 12 }),
  fc.double({ min: -10, max: 10, noNaN: true, noDefaultInfinity: true }).map((n) => (n === 0 ? 0 : n)),
);
const scalarArb = fc.oneof(numberArb, fc.constantFrom('', '0', '1', '2.5', 'a', 'abc', '-1', 'true', 'o.a'), fc.boolean(), fc.constant(null));

const ruleArb: fc.Arbitrary<Doc> = fc.letrec<{ node: Doc }>((tie) => {
  const node = () => tie('node');
  const list = (min: number, max: number) => fc.array(node(), { minLength: min, maxLength: max });
  const op = (name: string, args: fc.Arbitrary<unknown>) => args.map((value) => ({ [name]: value }));
  return {
    node: fc.oneof(
      { depthSize: 'small', maxDepth: 4, withCrossShrink: true },
      scalarArb,
      pathArb.map((path) => ({ var: path })),
      fc.tuple(pathArb, scalarArb).map(([path, fallback]) => ({ var: [path, fallback] })),
      fc.tuple(node(), pathArb, pathArb).map(([test, a, b]) => ({ var: { if: [test, a, b] } })),
      list(0, 3),
      ...['==', '===', '!=', '!==', '>', '>=', '/', '%', 'in'].map((name) => op(name, list(2, 2))),
      ...['<', '<='].map((name) => op(name, list(2, 3))),
      ...['!', '!!'].map((name) => op(name, fc.oneof(list(1, 1), scalarArb))),
      ...['and', 'or'].map((name) => op(name, list(1, 3))),
      ...['if', '?:'].map((name) => op(name, list(0, 5))),
      ...['+', 'cat', 'min', 'max', 'merge'].map((name) => op(name, fc.oneof(list(0, 3), scalarArb))),
      op('*', list(1, 3)),
      op('-', list(1, 2)),
      op('substr', list(2, 3)),
      op('missing', fc.oneof(fc.array(pathArb, { maxLength: 3 }), pathArb)),
      op('missing_some', fc.tuple(fc.integer({ min: 0, max: 3 }), fc.array(pathArb, { maxLength: 3 }))),
      ...['map', 'filter', 'all', 'none', 'some'].map((name) => op(name, list(2, 2))),
      op('reduce', list(2, 3)),
    ),
  };
}).node;

const leafArb = fc.oneof(numberArb, fc.constantFrom('', '0', '1', 'a', 'abc', '2.5'), fc.boolean(), fc.constant(null));
const valueArb = fc.oneof(leafArb, fc.array(leafArb, { maxLength: 4 }), fc.dictionary(fc.constantFrom('a', 'b', 'z'), leafArb, { maxKeys: 3 }));
const dataArb = fc.oneof(
  { weight: 5, arbitrary: fc.record({ a: valueArb, b: valueArb, x: valueArb, o: fc.record({ a: valueArb, b: valueArb, n: fc.record({ z: leafArb }) }, { requiredKeys: [] }), list: fc.array(valueArb, { maxLength: 4 }) }, { requiredKeys: [] }) },
  { weight: 1, arbitrary: valueArb },
);

function normalise(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value === undefined ? null : value)) as unknown;
}

function reference(rule: unknown, data: unknown): { readonly ok: true; readonly value: unknown } | { readonly ok: false } {
  try {
    return { ok: true, value: normalise(jsonLogic.apply(rule as jsonLogic.RulesLogic, data)) };
  } catch {
    return { ok: false };
  }
}

describe('carepath agrees with json-logic-js 2.0.5', () => {
  it('on random rule documents and random data (or both fail)', () => {
    let compared = 0;
    fc.assert(
      fc.property(ruleArb, dataArb, (rule, data) => {
        const compiled = compileRule(rule);
        expect(compiled._tag, JSON.stringify(compiled)).toBe('Right');
        if (compiled._tag !== 'Right') return;
        const ours = evaluateRule(compiled.right, data);
        const theirs = reference(rule, data);
        if (!theirs.ok) {
          expect(ours._tag).toBe('Left');
          return;
        }
        expect(ours._tag, JSON.stringify(ours)).toBe('Right');
        if (ours._tag === 'Right') expect(ours.right.value).toEqual(theirs.value);
        compared += 1;
      }),
      { numRuns: RUNS },
    );
    // The generator must mostly produce rules both engines evaluate, or the test proves little.
    expect(compared).toBeGreaterThan(RUNS * 0.9);
  });

  it('with the trace on, the value is the same', () => {
    fc.assert(
      fc.property(ruleArb, dataArb, (rule, data) => {
        const compiled = compileRule(rule);
        if (compiled._tag !== 'Right') return;
        const plain = evaluateRule(compiled.right, data);
        const traced = evaluateRule(compiled.right, data, { trace: true });
        expect(traced._tag).toBe(plain._tag);
        if (plain._tag === 'Right' && traced._tag === 'Right') expect(traced.right.value).toEqual(plain.right.value);
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });
});
