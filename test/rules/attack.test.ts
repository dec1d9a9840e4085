import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import type { CareError } from '../../src/core/care-error.js';
import { compileRule, evaluateRule, SUPPORTED_OPERATORS, type CompiledRule, type RuleEvaluation, type RuleLimits } from '../../src/rules/index.js';

/*
 * Rule documents come from a hospital's configuration: untrusted input. Each attack below must end
 * in a Left (never an exception, never a hang, never a read of the prototype chain, never a change
 * to the document, the facts or Object.prototype), with the path of the offending node.
 */

function rejected(document: unknown, limits?: RuleLimits): CareError {
  const result = compileRule(document, limits);
  if (result._tag === 'Right') throw new Error('expected the document to be rejected');
  expect(Object.isFrozen(result)).toBe(true);
  return result.left;
}

function rule(document: unknown, limits?: RuleLimits): CompiledRule {
  const result = compileRule(document, limits);
  if (result._tag === 'Left') throw new Error(result.left.message);
  return result.right;
}

function evaluated(document: unknown, facts: unknown, options?: { trace: boolean }): RuleEvaluation {
  const result = evaluateRule(rule(document), facts, options);
  if (result._tag === 'Left') throw new Error(result.left.message);
  return result.right;
}

function failed(document: unknown, facts: unknown, limits?: RuleLimits): CareError {
  const result = evaluateRule(rule(document, limits), facts);
  if (result._tag === 'Right') throw new Error('expected the evaluation to fail');
  expect(Object.isFrozen(result)).toBe(true);
  return result.left;
}

function notPolluted(): void {
  const probe: Record<string, unknown> = {};
  for (const key of ['polluted', 'isAdmin', 'x']) expect(probe[key]).toBeUndefined();
}

const PROTOTYPE_NAMES = '__proto__, prototype or constructor';

describe('prototype paths, in every position a path can take', () => {
  it.each([
    ['var', { var: '__proto__' }, ['var']],
    ['var, nested segment', { var: 'patient.constructor.name' }, ['var']],
    ['var, last segment', { var: 'a.b.prototype' }, ['var']],
    ['var with a default', { var: ['__proto__', 'fallback'] }, ['var', 0]],
    ['var as a number-like path', { var: 'list.0.__proto__' }, ['var']],
    ['missing, listed', { missing: ['age', 'constructor'] }, ['missing', 1]],
    ['missing, in an array of paths', { missing: [['age', '__proto__']] }, ['missing', 0, 1]],
    ['missing_some', { missing_some: [1, ['age', 'prototype']] }, ['missing_some', 1, 1]],
    ['inside and', { and: [true, { var: 'x.__proto__' }] }, ['and', 1, 'var']],
    ['inside if', { if: [{ var: 'constructor' }, 1, 2] }, ['if', 0, 'var']],
    ['inside a comparison', { '>': [{ var: 'glucose.__proto__' }, 7] }, ['>', 0, 'var']],
    ['map logic', { map: [{ var: 'list' }, { var: 'constructor' }] }, ['map', 1, 'var']],
    ['map list', { map: [{ var: '__proto__' }, 1] }, ['map', 0, 'var']],
    ['filter logic', { filter: [{ var: 'list' }, { '==': [{ var: 'prototype' }, 1] }] }, ['filter', 1, '==', 0, 'var']],
    ['reduce accumulator', { reduce: [{ var: 'list' }, { var: 'accumulator.__proto__' }, 0] }, ['reduce', 1, 'var']],
    ['reduce initial', { reduce: [{ var: 'list' }, 1, { var: 'constructor' }] }, ['reduce', 2, 'var']],
    ['some', { some: [{ var: 'symptoms.__proto__' }, true] }, ['some', 0, 'var']],
    ['all', { all: [{ var: 'list' }, { var: 'value.constructor' }] }, ['all', 1, 'var']],
    ['none', { none: [{ var: 'list' }, { missing: ['prototype'] }] }, ['none', 1, 'missing', 0]],
    ['readings code', { readings: [{ var: 'constructor' }, 7] }, ['readings', 0, 'var']],
    ['readings window', { readings: ['glucose-fasting', { var: 'window.__proto__' }] }, ['readings', 1, 'var']],
    ['consecutive list', { consecutive: [{ var: '__proto__' }, true, 3, 'days'] }, ['consecutive', 0, 'var']],
    ['consecutive condition', { consecutive: [{ readings: ['glucose-fasting', 7] }, { '>': [{ var: 'value.constructor' }, 7] }, 3, 'days'] }, ['consecutive', 1, '>', 0, 'var']],
    ['consecutive count', { consecutive: [{ readings: ['glucose-fasting', 7] }, true, { var: 'prototype' }, 'readings'] }, ['consecutive', 2, 'var']],
    ['days_between', { days_between: [{ var: 'prototype' }, '2026-01-01'] }, ['days_between', 0, 'var']],
    ['count (a lone argument)', { count: { var: '__proto__' } }, ['count', 'var']],
    ['mean', { mean: [{ var: 'readings.constructor' }] }, ['mean', 0, 'var']],
    ['min_of', { min_of: [{ var: '__proto__' }] }, ['min_of', 0, 'var']],
    ['max_of', { max_of: [{ var: 'prototype' }] }, ['max_of', 0, 'var']],
    ['cv', { cv: [{ var: 'constructor' }] }, ['cv', 0, 'var']],
  ])('%s', (_, document, path) => {
    const error = rejected(document);
    expect(error.code).toBe('invalid-rule');
    const issue = error.issues.find((entry) => JSON.stringify(entry.path) === JSON.stringify(path));
    expect(issue?.code).toBe('invalid-value');
    expect(issue?.message).toContain(PROTOTYPE_NAMES);
    notPolluted();
  });

  it('as the key of an operator object, at the top or nested: an unknown operator, never a prototype change', () => {
    const texts = [
      '{"__proto__": [1]}',
      '{"constructor": {"var": "x"}}',
      '{"prototype": 1}',
      '{"toString": []}',
      '{"hasOwnProperty": ["var"]}',
      '{"valueOf": 1}',
      '{"__defineGetter__": ["x", 1]}',
      '{"and": [true, {"__proto__": {"var": "x"}}]}',
      '{"map": [[1], {"constructor": {"isAdmin": true}}]}',
    ];
    for (const text of texts) {
      const document = JSON.parse(text) as unknown;
      const before = JSON.stringify(document);
      const error = rejected(document);
      expect(error.issues[0]?.code, text).toBe('unknown-code');
      expect(error.issues[0]?.message, text).toMatch(/is not an allowed operator$/);
      expect(JSON.stringify(document)).toBe(before);
      expect(Object.isFrozen(document)).toBe(false);
    }
    expect(rejected(JSON.parse('{"and": [true, {"__proto__": 1}]}')).issues[0]?.path).toEqual(['and', 1, '__proto__']);
    notPolluted();
  });

  it('computed at evaluation time, where json-logic-js itself reads the prototype chain', () => {
    const attacks: [unknown, unknown][] = [
      [{ var: { cat: ['constru', 'ctor'] } }, {}],
      [{ var: { cat: ['a.', { var: 'key' }] } }, { a: {}, key: '__proto__' }],
      [{ var: { var: 'path' } }, { path: 'list.constructor' }],
      [{ missing: { var: 'keys' } }, { keys: ['age', '__proto__'] }],
      [{ missing_some: [1, { var: 'keys' }] }, { keys: ['prototype'] }],
      [{ map: [[1, 2], { var: { cat: ['__pro', 'to__'] } }] }, {}],
      [{ count: { var: { cat: ['__proto', '__'] } } }, {}],
      [{ some: [[1], { var: { cat: ['constructor.', 'name'] } }] }, {}],
    ];
    // The reference implementation follows these paths into Object.prototype and Function.
    expect(typeof jsonLogic.apply({ var: { cat: ['constru', 'ctor'] } }, {})).toBe('function');
    expect(jsonLogic.apply({ var: { var: 'path' } }, { path: 'list.constructor' })).toBeNull();
    for (const [document, facts] of attacks) {
      const error = failed(document, facts);
      expect(error.code, JSON.stringify(document)).toBe('invalid-rule');
      expect(error.issues[0]?.message).toContain(PROTOTYPE_NAMES);
      // The computed path is never quoted: it may be built from the facts.
      expect(error.message).not.toMatch(/list\.constructor|constructor\.name|a\.__proto__|__pro"|constru"/);
    }
    notPolluted();
  });

  it('an own key named __proto__ in the facts is data: returned as an own property, never as a prototype', () => {
    const facts = JSON.parse('{"a": {"__proto__": {"polluted": "yes"}, "b": 1}}') as unknown;
    const value = evaluated({ var: 'a' }, facts).value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.hasOwn(value, '__proto__')).toBe(true);
    expect(value['polluted']).toBeUndefined();
    expect(evaluated({ var: '' }, facts).value).toEqual(facts);
    expect(evaluated({ map: [[1], { var: '' }] }, facts).value).toEqual([1]);
    notPolluted();
  });
});

describe('size: huge arrays and long strings', () => {
  it('rejects literal arrays, argument lists and strings over the limits, without walking them', () => {
    expect(rejected({ merge: Array.from({ length: 1001 }, () => 1) }).issues[0]).toMatchObject({ path: ['merge'], code: 'too-big' });
    expect(rejected({ in: [1, Array.from({ length: 1001 }, () => 1)] }).issues[0]).toMatchObject({ path: ['in', 1], code: 'too-big' });
    const sparse: unknown[] = [];
    sparse.length = 1_000_000_000;
    expect(rejected({ merge: sparse }).issues[0]?.message).toBe('has more than 1000 items (limit maxArrayLength)');
    const holes: unknown[] = [];
    holes.length = 1000;
    expect(rejected({ merge: holes }).issues).toHaveLength(100);
    expect(rejected({ cat: ['x'.repeat(100_001)] }).issues[0]).toMatchObject({ path: ['cat', 0], code: 'too-big' });
    expect(rejected({ and: Array.from({ length: 1000 }, () => ({ var: 'x' })) }).issues[0]?.message).toMatch(/more than 2000 values/);
  });

  it('bounds every array and string evaluation builds, from huge facts or by doubling', () => {
    const huge = { list: new Array<number>(100_001).fill(0) };
    for (const document of [{ map: [{ var: 'list' }, 1] }, { filter: [{ var: 'list' }, true] }, { merge: [{ var: 'list' }] }]) {
      expect(failed(document, huge).issues[0]).toMatchObject({ path: [], code: 'too-big' });
    }
    const observations = Array.from({ length: 100_001 }, () => ({ code: 'glucose-fasting', value: 5, unit: 'mmol/L', effective: '2026-03-01T08:00:00Z' }));
    expect(failed({ count: { readings: ['glucose-fasting', 30] } }, { asOf: '2026-03-02T00:00:00Z', observations }).issues[0]?.code).toBe('too-big');
    const zeros = Array.from({ length: 20 }, () => 0);
    expect(failed({ reduce: [zeros, { merge: [{ var: 'accumulator' }, { var: 'accumulator' }] }, [0]] }, {}).issues[0]?.code).toBe('too-big');
    expect(failed({ reduce: [zeros, { cat: [{ var: 'accumulator' }, { var: 'accumulator' }] }, 'xx'] }, {}).issues[0]?.code).toBe('too-big');
    expect(failed({ map: [{ reduce: [zeros, { merge: [{ var: 'accumulator' }, { var: 'accumulator' }] }, [0]] }, 1] }, {}).issues[0]?.path).toEqual(['map', 0, 'reduce', 1]);
    // A result sharing one array many times over is not copied out: 2^40 values.
    const shared = { reduce: [Array.from({ length: 40 }, () => 0), [{ var: 'accumulator' }, { var: 'accumulator' }], 0] };
    expect(failed(shared, {}).issues[0]?.message).toMatch(/more than 1000000 values/);
  });
});

describe('depth: deep nesting and cycles', () => {
  function nestObjects(depth: number): unknown {
    let document: unknown = { var: 'x' };
    for (let level = 1; level < depth; level++) document = { '!': document };
    return document;
  }
  function nestArrays(depth: number): unknown {
    let document: unknown = 1;
    for (let level = 0; level < depth; level++) document = [document];
    return { merge: document };
  }

  it('rejects documents nested past maxDepth, however deep, without exhausting the stack', () => {
    expect(compileRule(nestObjects(32))._tag).toBe('Right');
    for (const document of [nestObjects(33), nestObjects(200_000), nestArrays(200_000)]) expect(rejected(document).issues[0]?.code).toBe('too-big');
  });

  it('rejects cyclic documents (objects and arrays) as too deep', () => {
    const cyclic: { and: unknown[] } = { and: [] };
    cyclic.and.push(cyclic);
    const loop: unknown[] = [];
    loop.push(loop);
    for (const document of [cyclic, { merge: loop }]) expect(rejected(document).issues[0]?.message).toMatch(/nested deeper than 32 levels/);
  });

  it('facts nested deeper than any record, or cyclic: a Left where they are coerced or returned, never a stack overflow', () => {
    let deep: unknown = 1;
    for (let level = 0; level < 100_000; level++) deep = { a: deep };
    const cyclic: Record<string, unknown> = { value: 1 };
    cyclic['self'] = cyclic;
    for (const facts of [{ a: deep }, { a: cyclic }]) {
      const issue = failed({ '==': [{ var: 'a' }, 1] }, facts).issues[0];
      expect(issue?.code).toBe('too-big');
      expect(issue?.message).toContain('or cyclic');
      expect(failed({ cat: [{ var: 'a' }] }, facts).code).toBe('invalid-input');
      expect(failed({ var: 'a' }, facts).issues[0]?.code).toBe('too-big');
    }
    // Reading through a cycle by path is fine: each step is one own property.
    expect(evaluated({ var: 'a.self.self.self.value' }, { a: cyclic }).value).toBe(1);
  });
});

describe('unknown operators and values JSON cannot hold', () => {
  it('allows only the listed operators; log never; a host can narrow the list', () => {
    for (const operator of ['log', 'method', 'regex', 'eval', 'Function', 'require', 'import', 'fetch', 'constructor', '']) {
      const document = JSON.parse(`{${JSON.stringify(operator)}: [1]}`) as unknown;
      expect(rejected(document).issues[0]?.code, operator).toBe('unknown-code');
    }
    expect(SUPPORTED_OPERATORS).not.toContain('log');
    expect(rejected({ '+': [1, 2] }, { operators: ['var', '>'] }).issues[0]?.path).toEqual(['+']);
    const copy = { ...rule({ '>': [{ var: 'a' }, 1] }), operators: ['var'] };
    expect(evaluateRule(copy, { a: 2 })._tag).toBe('Left');
  });

  it('rejects every value that is not JSON data, at its path', () => {
    class Instance {
      readonly var = 'x';
    }
    const values: [string, unknown][] = [
      ['function', () => 1],
      ['symbol', Symbol('s')],
      ['bigint', 10n],
      ['undefined', undefined],
      ['NaN', Number.NaN],
      ['Infinity', Number.POSITIVE_INFINITY],
      ['Date', new Date(0)],
      ['Map', new Map([['var', 'x']])],
      ['Set', new Set([1])],
      ['RegExp', /x/],
      ['class instance', new Instance()],
      ['boxed string', Object('x') as unknown],
      ['typed array', new Uint8Array([1])],
      ['Promise', Promise.resolve(1)],
    ];
    for (const [label, value] of values) {
      expect(rejected({ cat: ['a', value] }).issues[0]?.path, label).toEqual(['cat', 1]);
      expect(rejected(value).code, label).toBe('invalid-rule');
    }
  });

  it('never invokes a getter of the document, and rejects it as an accessor', () => {
    let calls = 0;
    const getter = Object.defineProperty({}, 'var', {
      enumerable: true,
      get: () => {
        calls += 1;
        throw new Error('13912345678');
      },
    });
    const inArray = Object.defineProperty([1, 2], 0, { get: () => (calls += 1), enumerable: true });
    expect(rejected(getter).issues[0]).toEqual({ path: ['var'], code: 'invalid-value', message: 'is an accessor, not data' });
    expect(rejected({ merge: inArray }).issues[0]?.path).toEqual(['merge', 0]);
    expect(calls).toBe(0);
  });

  it('a hostile Proxy as a document or as facts is a Left or plain data, never an exception', () => {
    const hostile = new Proxy({}, {
      getPrototypeOf: () => {
        throw new Error('13912345678');
      },
    });
    const result = compileRule(hostile);
    expect(result._tag).toBe('Left');
    expect(JSON.stringify(result)).not.toContain('13912345678');
    const throwing = new Proxy({}, {
      has: () => {
        throw new Error('13912345678');
      },
      getOwnPropertyDescriptor: () => {
        throw new Error('13912345678');
      },
    });
    const evaluation = evaluateRule(rule({ var: 'a' }), throwing);
    expect(evaluation._tag).toBe('Left');
    expect(JSON.stringify(evaluation)).not.toContain('13912345678');
  });

  it('symbol keys and non-enumerable members are not part of a document: the compiled copy is plain JSON', () => {
    const document = Object.defineProperty({ var: 'x', [Symbol('hidden')]: { log: 1 } }, 'log', { value: 1, enumerable: false });
    const compiled = rule(document);
    expect(compiled.document).toEqual({ var: 'x' });
    expect(Object.getOwnPropertySymbols(compiled.document)).toEqual([]);
    expect(JSON.parse(JSON.stringify(compiled))).toEqual(compiled);
  });
});

describe('functions and other non-data in the facts', () => {
  const fn = () => 'secret';
  it('a function, symbol or bigint read, iterated, coerced or returned is an invalid-input Left', () => {
    const attacks: [unknown, unknown][] = [
      [{ var: 'f' }, { f: fn }],
      [{ var: 'list.0' }, { list: [fn] }],
      [{ map: [{ var: 'list' }, { var: '' }] }, { list: [fn] }],
      [{ filter: [{ var: 'list' }, true] }, { list: [Symbol('s')] }],
      [{ '==': [{ var: 'o' }, 1] }, { o: { deep: [fn] } }],
      [{ cat: [{ var: 'o' }] }, { o: [10n] }],
      [{ var: 'o' }, { o: { deep: { deeper: fn } } }],
      [{ var: '' }, fn],
      [{ in: [{ var: 'needle' }, 'haystack'] }, { needle: { toString: fn } }],
      [{ var: 'when' }, { when: new Date(0) }],
      [{ '+': [{ var: 'm' }, 1] }, { m: new Map() }],
    ];
    for (const [document, facts] of attacks) {
      const error = failed(document, facts);
      expect(error.code, JSON.stringify(document)).toBe('invalid-input');
      expect(error.message).not.toContain('secret');
    }
  });

  it('a getter in the facts that throws is a Left, never an exception, and its text never shows', () => {
    const facts = Object.defineProperty({}, 'glucose', {
      enumerable: true,
      get: () => {
        throw new Error('13912345678');
      },
    });
    const result = evaluateRule(rule({ var: 'glucose' }), facts);
    expect(result._tag).toBe('Left');
    expect(JSON.stringify(result)).not.toContain('13912345678');
  });
});

/** Operator evaluations of a traced run (the trace records every evaluated operator node). */
function steps(document: unknown, facts: unknown = {}): { total: number; byOperator: Map<string, number>; truncated: boolean } {
  const result = evaluated(document, facts, { trace: true });
  const byOperator = new Map<string, number>();
  for (const step of result.trace) byOperator.set(step.operator, (byOperator.get(step.operator) ?? 0) + 1);
  return { total: result.trace.length, byOperator, truncated: result.traceTruncated === true };
}

function countNodes(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 1;
  return 1 + Object.values(value).reduce<number>((sum, child) => sum + countNodes(child), 0);
}

function countOperators(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  const own = Array.isArray(value) ? 0 : 1;
  return own + Object.values(value).reduce<number>((sum, child) => sum + countOperators(child), 0);
}

/** `levels` nested maps, each over a literal list of `width` items, around `{ cat: ['x'] }`. */
function nestedMaps(levels: number, width: number): unknown {
  let body: unknown = { cat: ['x'] };
  for (let level = 0; level < levels; level++) body = { map: [Array.from({ length: width }, (_, index) => index), body] };
  return body;
}

describe('bounded evaluation (steps counted from the trace, never timed)', () => {
  it('the largest document the default limits allow without iteration evaluates each operator at most once', () => {
    // 2000 values: '+' (1) + its list (1) + 999 x { var: 'x' } (2 each) = 2000, the default maxNodes.
    const widest = { '+': Array.from({ length: 999 }, () => ({ var: 'x' })) };
    expect(countNodes(widest)).toBe(2000);
    expect(rejected({ '+': Array.from({ length: 1000 }, () => ({ var: 'x' })) }).issues[0]?.message).toMatch(/more than 2000 values/);
    const wide = steps(widest, { x: 1 });
    expect(wide.total).toBe(countOperators(widest));
    expect(wide.total).toBe(1000);
    // Deepest: 32 levels (maxDepth), one operator per level.
    let deepest: unknown = { var: 'x' };
    for (let level = 1; level < 32; level++) deepest = { '!': deepest };
    expect(steps(deepest, { x: true }).total).toBe(32);
    // Every operator is short-circuit or evaluated once: the trace never exceeds the operator count.
    const mixed = { if: [{ and: [{ var: 'a' }, { or: [{ var: 'b' }, { '>': [{ var: 'c' }, 1] }] }] }, { cat: [{ var: 'd' }, 'x'] }, { missing: ['a', 'b'] }] };
    expect(steps(mixed, { a: 1, b: 0, c: 2, d: 'y' }).total).toBeLessThanOrEqual(countOperators(mixed));
  });

  it('nested iteration evaluates its body once per combination of items: the product of the list lengths (measured)', () => {
    for (const [levels, width] of [
      [1, 50],
      [2, 30],
      [3, 15],
    ] as const) {
      const measured = steps(nestedMaps(levels, width));
      expect(measured.truncated).toBe(false);
      expect(measured.byOperator.get('cat')).toBe(width ** levels);
      expect(measured.byOperator.get('map')).toBe(Array.from({ length: levels }, (_, level) => width ** level).reduce((a, b) => a + b, 0));
    }
    // Every level costs two levels of depth and width + 3 values: the default limits (depth 32,
    // 2000 values) admit 15 levels over lists of 130 items.
    expect(compileRule(nestedMaps(15, 130))._tag).toBe('Right');
    expect(compileRule(nestedMaps(16, 2))._tag).toBe('Left');
    expect(compileRule(nestedMaps(15, 131))._tag).toBe('Left');
  });
});
