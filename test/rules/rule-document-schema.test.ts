import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/core/index.js';
import { RuleDocumentSchema } from '../../src/rules/index.js';

describe('RuleDocumentSchema', () => {
  const Escalation = z.object({ when: RuleDocumentSchema });

  it('accepts a rule document and outputs a frozen copy, never the input', () => {
    const input = { when: { '>': [{ var: 'value' }, 13.9] } };
    const result = validate(Escalation, input);
    expect(result._tag).toBe('Right');
    if (result._tag !== 'Right') return;
    expect(result.right.when).toEqual(input.when);
    expect(result.right.when).not.toBe(input.when);
    expect(Object.isFrozen(input.when)).toBe(false);
  });

  it('maps every compile issue to its path inside the enclosing schema', () => {
    const result = validate(Escalation, { when: { and: [{ log: 'x' }, { var: 'constructor' }] } });
    expect(result._tag === 'Left' && result.left.issues).toEqual([
      { path: ['when', 'and', 0, 'log'], code: 'unknown-code', message: 'log is not allowed: it writes to the console' },
      { path: ['when', 'and', 1, 'var'], code: 'invalid-value', message: 'var path must not name __proto__, prototype or constructor' },
    ]);
  });
});
