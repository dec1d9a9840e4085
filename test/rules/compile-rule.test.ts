import { describe, expect, it } from 'vitest';
import { compileRule, SUPPORTED_OPERATORS, type CompiledRule } from '../../src/rules/index.js';

function issuesOf(document: unknown, limits?: Parameters<typeof compileRule>[1]) {
  const result = compileRule(document, limits);
  expect(result._tag).toBe('Left');
  return result._tag === 'Left' ? result.left : undefined;
}

function nest(depth: number): unknown {
  let document: unknown = { var: 'x' };
  for (let level = 1; level < depth; level++) document = { '!': document };
  return document;
}

describe('compileRule', () => {
  it('compiles a document to a frozen rule listing the operators it uses', () => {
    const result = compileRule({ and: [{ '>': [{ var: 'value' }, 7] }, { '<': [{ var: 'value' }, 13.9] }] });
    expect(result._tag).toBe('Right');
    if (result._tag !== 'Right') return;
    const rule: CompiledRule = result.right;
    expect(rule.kind).toBe('carepath-rule');
    expect(rule.operators).toEqual(['<', '>', 'and', 'var']);
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(rule)).toBe(true);
    expect(Object.isFrozen(rule.document)).toBe(true);
    expect(JSON.parse(JSON.stringify(rule))).toEqual(rule);
  });

  it('copies the document: the input is neither frozen nor shared; -0 reads as 0', () => {
    const document = { '+': [{ var: 'a' }, -0] };
    const result = compileRule(document);
    expect(Object.isFrozen(document)).toBe(false);
    expect(Object.isFrozen(document['+'])).toBe(false);
    if (result._tag !== 'Right') throw new Error('expected Right');
    expect(result.right.document).not.toBe(document);
    expect(Object.is((result.right.document as { '+': unknown[] })['+'][1], 0)).toBe(true);
  });

  it('rejects log (it writes to the console) and operators outside the allow-list', () => {
    expect(SUPPORTED_OPERATORS).not.toContain('log');
    const error = issuesOf({ and: [{ log: 'x' }, { regex: ['a', 'b'] }] });
    expect(error?.code).toBe('invalid-rule');
    expect(error?.issues).toEqual([
      { path: ['and', 0, 'log'], code: 'unknown-code', message: 'log is not allowed: it writes to the console' },
      { path: ['and', 1, 'regex'], code: 'unknown-code', message: 'regex is not an allowed operator' },
    ]);
    const narrowed = issuesOf({ '+': [1, 2] }, { operators: ['-'] });
    expect(narrowed?.issues[0]?.path).toEqual(['+']);
  });

  it('withholds operator names that could be personal text, in paths and messages', () => {
    const planted = '欧阳明月 13912345678';
    const error = issuesOf({ or: [{ [planted]: 1 }] });
    expect(JSON.stringify(error)).not.toContain('欧阳明月');
    expect(JSON.stringify(error)).not.toContain('13912345678');
    expect(error?.issues[0]?.path).toEqual(['or', 0, '<operator>']);
  });

  it('rejects multi-key and empty objects, non-JSON values, sparse arrays, accessors and class instances', () => {
    const sparse: unknown[] = [1];
    sparse[2] = 3;
    const accessor = Object.defineProperty({}, 'var', { get: () => 'x', enumerable: true });
    for (const document of [{ var: 'a', '==': [1, 1] }, {}, { '+': [Number.NaN] }, { '+': [Infinity] }, { cat: [undefined] }, { '+': sparse }, accessor, new Date(0), { cat: [() => 1] }, { cat: [10n] }]) {
      expect(issuesOf(document)?.code).toBe('invalid-rule');
    }
  });

  it('enforces maxDepth, maxNodes and maxArrayLength (engineering defaults 32, 2000, 1000)', () => {
    expect(compileRule(nest(32))._tag).toBe('Right');
    expect(issuesOf(nest(33))?.issues[0]?.code).toBe('too-big');
    expect(compileRule(nest(40), { maxDepth: 40 })._tag).toBe('Right');
    expect(issuesOf(nest(100_000))?.issues[0]?.message).toMatch(/deeper than 32/);
    expect(issuesOf({ merge: Array.from({ length: 1001 }, () => 1) })?.issues[0]?.message).toMatch(/more than 1000 items/);
    const wide = { and: Array.from({ length: 600 }, () => ({ '==': [1, 1] })) };
    expect(issuesOf(wide)?.issues[0]?.message).toMatch(/more than 2000 values/);
    expect(compileRule(wide, { maxNodes: 5000 })._tag).toBe('Right');
  });

  it('restricts var and missing paths to identifiers and indexes, never prototype names', () => {
    for (const path of ['a.b', 'glucose-fasting', 'list.0', 'a_1', '', 1, 0]) expect(compileRule({ var: path })._tag).toBe('Right');
    for (const path of ['__proto__', 'constructor', 'a.prototype', 'a.__proto__.b', 'a..b', 'a b', '01', '-1', 'a.', '$x', 'a[0]']) {
      expect(issuesOf({ var: path })?.issues[0]?.path).toEqual(['var']);
    }
    expect(issuesOf({ var: [['a']] })?.issues[0]?.code).toBe('invalid-type');
    expect(issuesOf({ missing: ['a', 'constructor'] })?.issues[0]?.path).toEqual(['missing', 1]);
    expect(issuesOf({ missing: [['a', '__proto__']] })?.issues[0]?.path).toEqual(['missing', 0, 1]);
    expect(issuesOf({ missing_some: [1, ['prototype']] })?.issues[0]?.path).toEqual(['missing_some', 1, 0]);
  });

  it('checks argument counts where json-logic-js would throw or silently ignore arguments', () => {
    expect(issuesOf({ '*': [] })?.issues[0]?.message).toBe('* takes at least 1 argument');
    expect(issuesOf({ '==': [1] })?.issues[0]?.message).toBe('== takes 2 arguments');
    expect(issuesOf({ map: [[1]] })?.issues[0]?.message).toBe('map takes 2 arguments');
    expect(issuesOf({ consecutive: [[], true, 3, 'weeks'] })?.issues[0]?.path).toEqual(['consecutive', 3]);
    expect(issuesOf({ consecutive: [[], true, 0, 'days'] })?.issues[0]?.path).toEqual(['consecutive', 2]);
    expect(issuesOf({ consecutive: [[], true, 3, 'readings', 'mean'] })?.issues[0]?.path).toEqual(['consecutive', 4]);
  });

  it('reports every problem in one pass', () => {
    expect(issuesOf({ and: [{ var: 'constructor' }, { log: 1 }, { '+': [Number.NaN] }] })?.issues).toHaveLength(3);
  });

  it('rejects malformed limits with invalid-input', () => {
    for (const limits of [{ maxDepth: 0 }, { maxDepth: 1000 }, { maxNodes: 1.5 }, { operators: ['log'] }, { maxdepth: 3 }, 'strict']) {
      const result = compileRule(1, limits as never);
      expect(result._tag).toBe('Left');
      if (result._tag === 'Left') expect(result.left.code).toBe('invalid-input');
    }
  });
});
