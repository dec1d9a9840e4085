import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileRule, evaluateRule, SUPPORTED_OPERATORS } from '../../src/rules/index.js';

/** The JSON Logic conformance suite (test/conformance/README.md for its source and licence). */
const suite = JSON.parse(readFileSync(new URL('../conformance/jsonlogic-tests.json', import.meta.url), 'utf8')) as unknown[];
const cases = suite.filter((entry): entry is [unknown, unknown, unknown] => Array.isArray(entry));

/** Every operator a document uses (keys of one-key objects, at any depth). */
function operatorsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(operatorsOf);
  if (typeof value !== 'object' || value === null) return [];
  const keys = Object.keys(value);
  return keys.length === 1 ? [keys[0] as string, ...operatorsOf((value as Record<string, unknown>)[keys[0] as string])] : [];
}

function run(allowed: readonly string[]) {
  const passed: unknown[] = [];
  const rejected: { rule: unknown; why: string }[] = [];
  for (const [rule, data, expected] of cases) {
    const outside = operatorsOf(rule).filter((operator) => !allowed.includes(operator));
    const compiled = compileRule(rule, { operators: allowed });
    if (outside.length > 0) {
      // Must be rejected, clearly: invalid-rule, naming the operator that is not allowed.
      expect(compiled._tag).toBe('Left');
      if (compiled._tag === 'Left') {
        expect(compiled.left.code).toBe('invalid-rule');
        expect(compiled.left.issues.some((issue) => issue.code === 'unknown-code' && outside.some((name) => issue.message.includes(name)))).toBe(true);
        rejected.push({ rule, why: compiled.left.message });
      }
      continue;
    }
    expect(compiled._tag, JSON.stringify(rule)).toBe('Right');
    if (compiled._tag !== 'Right') continue;
    const result = evaluateRule(compiled.right, data);
    expect(result._tag, JSON.stringify(rule)).toBe('Right');
    if (result._tag === 'Right') expect(result.right.value, JSON.stringify(rule)).toEqual(expected);
    passed.push(rule);
  }
  return { passed, rejected };
}

describe('the JSON Logic conformance suite', () => {
  it('has its 278 cases', () => {
    expect(cases).toHaveLength(278);
  });

  it('passes every case with the default allow-list; none needs an operator outside it', () => {
    const { passed, rejected } = run(SUPPORTED_OPERATORS);
    // The suite uses only standard operators carepath supports (it has no `log` case), so with
    // the default allow-list nothing is rejected and all 278 pass.
    expect(rejected).toEqual([]);
    expect(passed).toHaveLength(278);
  });

  it('rejects, with a clear invalid-rule error, every case that uses an operator a narrower allow-list leaves out', () => {
    const narrowed = SUPPORTED_OPERATORS.filter((operator) => !['substr', 'merge', 'missing_some', 'reduce'].includes(operator));
    const { passed, rejected } = run(narrowed);
    expect(rejected.length).toBeGreaterThan(0);
    expect(passed.length + rejected.length).toBe(278);
    for (const { why } of rejected) expect(why).toMatch(/^Rule is invalid: .*(substr|merge|missing_some|reduce) is not an allowed operator/);
  });
});
