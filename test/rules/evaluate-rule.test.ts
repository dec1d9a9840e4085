import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import { compileRule, evaluateRule, type CompiledRule, type RuleLimits } from '../../src/rules/index.js';

function rule(document: unknown, limits?: RuleLimits): CompiledRule {
  const result = compileRule(document, limits);
  if (result._tag === 'Left') throw new Error(result.left.message);
  return result.right;
}

function value(document: unknown, facts: unknown): unknown {
  const result = evaluateRule(rule(document), facts);
  if (result._tag === 'Left') throw new Error(result.left.message);
  return result.right.value;
}

function failure(document: unknown, facts: unknown, limits?: RuleLimits) {
  const result = evaluateRule(rule(document, limits), facts);
  expect(result._tag).toBe('Left');
  if (result._tag !== 'Left') throw new Error('expected Left');
  expect(Object.isFrozen(result)).toBe(true);
  return result.left;
}

describe('evaluateRule: own properties only', () => {
  it('json-logic-js reads inherited properties; carepath never does', () => {
    // A rule document cannot name them (compile rejects constructor/__proto__/prototype), so
    // prove the evaluator itself: a path computed at evaluation time, and inherited names that
    // are not banned outright (toString, valueOf, hasOwnProperty, length of a function...).
    const facts = { name: 'x', list: [1, 2] };
    expect(typeof jsonLogic.apply({ var: 'toString' }, facts)).toBe('function');
    expect(typeof jsonLogic.apply({ var: 'constructor' }, {})).toBe('function');
    expect(typeof jsonLogic.apply({ var: 'name.toUpperCase' }, facts)).toBe('function');
    expect(jsonLogic.apply({ missing: ['hasOwnProperty'] }, {})).toEqual([]);
    expect(value({ var: 'toString' }, facts)).toBeNull();
    expect(value({ var: 'name.toUpperCase' }, facts)).toBeNull();
    expect(value({ var: 'list.map' }, facts)).toBeNull();
    expect(value({ var: ['valueOf', 'absent'] }, {})).toBe('absent');
    expect(value({ missing: ['hasOwnProperty', 'name'] }, facts)).toEqual(['hasOwnProperty']);
    // Own properties still work, including the quirks json-logic-js has for arrays and strings.
    expect(value({ var: 'list.length' }, facts)).toBe(2);
    expect(value({ var: 'name.0' }, facts)).toBe('x');
    expect(value({ var: 'toString' }, { toString: 'own data' })).toBe('own data');
  });

  it('checks computed var and missing paths when evaluating, and fails with a Left', () => {
    const dynamic = { var: { cat: [{ var: 'prefix' }, 'constructor'] } };
    expect(typeof jsonLogic.apply(dynamic, { prefix: '' })).toBe('function');
    for (const facts of [{ prefix: '' }, { prefix: '__proto__.' }, { prefix: 'a b.' }]) {
      const error = failure(dynamic, facts);
      expect(error.code).toBe('invalid-rule');
      expect(error.issues[0]?.path).toEqual([]);
      expect(error.message).not.toContain('__proto__.');
    }
    expect(failure({ missing: { merge: ['a', { var: 'key' }] } }, { key: 'prototype' }).code).toBe('invalid-rule');
    expect(failure({ var: { var: 'path' } }, { path: ['a'] }).issues[0]?.message).toMatch(/must be a string or a number/);
    expect(value({ var: { var: 'path' } }, { path: 'a.b', a: { b: 3 } })).toBe(3);
  });
});

describe('evaluateRule: bounds on what evaluation builds', () => {
  const many = { list: Array.from({ length: 50 }, (_, index) => index) };
  const limits = { maxEvaluatedArrayLength: 20, maxEvaluatedStringLength: 30 };
  it.each([
    ['map', { map: [{ var: 'list' }, { var: '' }] }],
    ['filter', { filter: [{ var: 'list' }, true] }],
    ['merge', { merge: [{ var: 'list' }, 1] }],
    ['cat', { cat: [{ var: 'list' }] }],
    ['substr', { substr: [{ var: 'list' }, 0] }],
  ])('%s fails with too-big beyond the limit', (operator, document) => {
    const error = failure(document, many, limits);
    expect(error.code).toBe('invalid-rule');
    expect(error.issues[0]).toMatchObject({ path: [], code: 'too-big' });
    expect(error.message).toContain(operator);
  });

  it('reduce nesting an accumulator into itself cannot blow up the result', () => {
    const doubling = { reduce: [{ var: 'list' }, [{ var: 'accumulator' }, { var: 'accumulator' }], 0] };
    expect(failure(doubling, { list: Array.from({ length: 40 }, () => 0) }).issues[0]?.code).toBe('too-big');
  });
});

describe('evaluateRule: facts are data', () => {
  it('fails on facts that are not JSON where they are read, coerced or returned', () => {
    expect(failure({ var: 'when' }, { when: new Date(0) }).code).toBe('invalid-input');
    expect(failure({ cat: [{ var: 'list' }] }, { list: [new Date(0)] }).code).toBe('invalid-input');
    expect(failure({ '==': [{ var: 'list' }, 'x'] }, { list: [new Map()] }).code).toBe('invalid-input');
    expect(failure({ filter: [{ var: 'list' }, true] }, { list: [() => 1] }).code).toBe('invalid-input');
    // Never read, never a problem: only what the rule touches is checked.
    expect(value({ var: 'n' }, { n: 1, other: new Date(0) })).toBe(1);
  });

  it('returns frozen copies that share nothing with the facts, and leaves the facts alone', () => {
    const facts = { patient: { readings: [{ value: 7 }] } };
    const result = evaluateRule(rule({ var: 'patient' }), facts);
    if (result._tag !== 'Right') throw new Error('expected Right');
    expect(result.right.value).toEqual(facts.patient);
    expect(result.right.value).not.toBe(facts.patient);
    expect(Object.isFrozen(result.right.value)).toBe(true);
    expect(Object.isFrozen(facts.patient)).toBe(false);
    expect(Object.isFrozen(facts.patient.readings)).toBe(false);
  });

  it('returns JSON: undefined, NaN and infinities become null', () => {
    expect(value({ '/': [1, 0] }, {})).toBeNull();
    expect(value({ '+': ['abc'] }, {})).toBeNull();
    expect(value({ map: [[1, 2], { if: [] }] }, {})).toEqual([null, null]);
  });
});

describe('evaluateRule: the trace', () => {
  it('lists the sub-expressions evaluated, innermost first, up to the operand that decided', () => {
    const document = { and: [{ '>': [{ var: 'glucose' }, 7] }, { '<': [{ var: 'glucose' }, 13.9] }] };
    const result = evaluateRule(rule(document), { glucose: 6.1 }, { trace: true });
    if (result._tag !== 'Right') throw new Error('expected Right');
    expect(result.right.trace).toEqual([
      { path: ['and', 0, '>', 0], operator: 'var', value: 6.1 },
      { path: ['and', 0], operator: '>', value: false },
      { path: [], operator: 'and', value: false },
    ]);
    const untraced = evaluateRule(rule(document), { glucose: 6.1 });
    expect(untraced._tag === 'Right' && untraced.right.trace).toEqual([]);
  });
});

describe('evaluateRule: what counts as a rule', () => {
  it('rejects anything not made by compileRule, and recompiles a copy of a compiled rule', () => {
    for (const candidate of [null, 1, {}, { kind: 'other' }, { kind: 'carepath-rule', document: { log: 1 }, operators: ['log'] }]) {
      const result = evaluateRule(candidate as unknown as CompiledRule, {});
      expect(result._tag).toBe('Left');
    }
    const compiled = rule({ '>': [{ var: 'a' }, 1] });
    const stored = JSON.parse(JSON.stringify(compiled)) as CompiledRule;
    expect(evaluateRule(stored, { a: 2 })).toEqual(evaluateRule(compiled, { a: 2 }));
    // A copy cannot use more operators than it declares.
    const forged = { ...stored, operators: ['var'] } as CompiledRule;
    expect(evaluateRule(forged, { a: 2 })._tag).toBe('Left');
  });
});
