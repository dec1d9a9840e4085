// Defects the rule attack suite found (getters called, reads through non-JSON containers, an
// unbounded coercion walk, no step budget), each now refused. Steps are never timed.
import { describe, expect, it } from 'vitest';
import { compileRule, evaluateRule, type CompiledRule } from '../../src/rules/index.js';

function rule(document: unknown): CompiledRule {
  const result = compileRule(document);
  if (result._tag === 'Left') throw new Error(result.left.message);
  return result.right;
}

describe('rule-engine defects the attack suite found, fixed', () => {
  it('F2: coercing a result that shares one array many times over is bounded like returning it', () => {
    // 10 values; the reduce builds a DAG of depth 21 whose tree expansion has 2^22 nodes.
    // Returned, it is cut at 1,000,000 values (toJsonOutput); coerced by == it is walked in full by
    // facts-check.ts checkDeep (no memo, no node budget): work doubles with every item, and with
    // 40 items (still 10 values) it never finishes.
    const document = { '==': [{ reduce: [Array.from({ length: 21 }, () => 0), [{ var: 'accumulator' }, { var: 'accumulator' }], 0] }, 1] };
    const result = evaluateRule(rule(document), {});
    expect(result._tag).toBe('Left');
    expect(result._tag === 'Left' && result.left.issues[0]?.code).toBe('too-big');
  });

  it('F3: a getter in the facts is not JSON data: refused without being called', () => {
    let calls = 0;
    const facts = Object.defineProperty({}, 'glucose', { enumerable: true, get: () => ((calls += 1), 9) });
    const result = evaluateRule(rule({ var: 'glucose' }), facts);
    expect(calls).toBe(0);
    expect(result._tag === 'Left' && result.left.code).toBe('invalid-input');
  });

  it('F4: var does not read through a function or a class instance in the facts', () => {
    function foo(): number {
      return 1;
    }
    class Box {
      readonly x = 42;
    }
    for (const [document, facts] of [[{ var: 'f.name' }, { f: foo }], [{ var: 'b.x' }, { b: new Box() }], [{ var: 'length' }, foo]] as const) {
      const result = evaluateRule(rule(document), facts);
      expect(result._tag === 'Left' && result.left.code, JSON.stringify(document)).toBe('invalid-input');
    }
  });
});

describe('the evaluation step budget', () => {
  // The document of the attack suite: literal lists, so every level iterates.
  const nestedMaps = (levels: number, width: number): unknown => {
    let body: unknown = { cat: ['x'] };
    for (let level = 0; level < levels; level++) body = { map: [Array.from({ length: width }, (_, index) => index), body] };
    return body;
  };
  const list = Array.from({ length: 130 }, (_, index) => index);

  it('F1: refuses nested iterations that would visit more than a million items, before doing the work', () => {
    // 130^3 = 2,197,000 visits: over the budget. The inner maps read `list` from each item (a
    // number), which yields []: the budget is charged per list actually iterated.
    const deep = { map: [{ var: 'list' }, { map: [{ var: '' }, { map: [{ var: '' }, 1] }] }] };
    const lists = { list: Array.from({ length: 130 }, () => Array.from({ length: 130 }, () => list)) };
    const result = evaluateRule(rule(deep), lists);
    expect(result._tag === 'Left' && result.left.issues[0]?.code).toBe('too-big');
    expect(result._tag === 'Left' && result.left.code).toBe('invalid-rule');
  });

  it('lets through what a care rule needs: a year of daily readings, filtered twice', () => {
    const readings = Array.from({ length: 365 }, (_, day) => ({ value: 5 + (day % 9) }));
    const document = { filter: [{ filter: [{ var: 'readings' }, { '>': [{ var: 'value' }, 6] }] }, { '<': [{ var: 'value' }, 12] }] };
    const result = evaluateRule(rule(document), { readings });
    expect(result._tag).toBe('Right');
  });

  it('the 15-deep nesting the default limits accept terminates with too-big', () => {
    const result = evaluateRule(rule(nestedMaps(15, 130)), {});
    expect(result._tag === 'Left' ? result.left.issues[0]?.code : 'right').toBe('too-big');
  });
});
