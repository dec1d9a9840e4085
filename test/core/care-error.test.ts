import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { careError, formatPath } from '../../src/core/care-error.js';
import { validate } from '../../src/core/validate.js';
import { stringMatching } from '../../src/core/zod-issues.js';

describe('formatPath', () => {
  it('writes keys with dots and indexes in brackets', () => {
    expect(formatPath(['observations', 2, 'unit'])).toBe('observations[2].unit');
    expect(formatPath([0, 'a'])).toBe('[0].a');
    expect(formatPath([])).toBe('(root)');
  });
});

describe('careError', () => {
  it('summarises the first three paths and counts the rest, frozen', () => {
    const issues = [1, 2, 3, 4, 5].map((n) => ({ path: ['items', n], code: 'too-small' as const, message: 'must be >= 0' }));
    const error = careError('invalid-input', 'List is invalid', issues);
    expect(error.message).toBe('List is invalid: items[1]: must be >= 0; items[2]: must be >= 0; items[3]: must be >= 0 (and 2 more)');
    expect(error.issues).toHaveLength(5);
    expect(Object.isFrozen(error)).toBe(true);
    expect(Object.isFrozen(error.issues)).toBe(true);
    expect(Object.isFrozen(error.issues[0]?.path)).toBe(true);
  });
});

describe('validate', () => {
  const Person = z.strictObject({
    age: z.number().int().min(0),
    name: z.string().min(1),
    kind: z.enum(['a', 'b']),
    tags: z.array(z.string()).max(2),
    clock: stringMatching(/^\d\d:\d\d$/, 'must be HH:mm').optional(),
    shape: z.discriminatedUnion('type', [z.object({ type: z.literal('circle'), r: z.number() }), z.object({ type: z.literal('square'), side: z.number() })]).optional(),
  });

  it('returns a frozen copy and leaves the input alone', () => {
    const input = { age: 3, name: 'x', kind: 'a', tags: ['t'] };
    const result = validate(Person, input, 'Person');
    expect(result._tag).toBe('Right');
    if (result._tag === 'Right') {
      expect(result.right).toEqual(input);
      expect(result.right).not.toBe(input);
      expect(Object.isFrozen(result.right)).toBe(true);
      expect(Object.isFrozen(result.right.tags)).toBe(true);
    }
    expect(Object.isFrozen(input)).toBe(false);
    expect(Object.isFrozen(input.tags)).toBe(false);
  });

  it('collects every issue, maps codes and keeps values out of messages', () => {
    const result = validate(Person, { age: 2.5, kind: 'zzz-planted', tags: ['a', 'b', 'c'], clock: '7pm-planted', extra: 'planted', shape: { type: 'hexagon' } }, 'Person');
    expect(result._tag).toBe('Left');
    if (result._tag !== 'Left') return;
    const byPath = Object.fromEntries(result.left.issues.map((issue) => [formatPath(issue.path), issue.code]));
    expect(byPath).toEqual({
      age: 'not-integer',
      name: 'required',
      kind: 'invalid-value',
      tags: 'too-big',
      clock: 'invalid-format',
      'shape.type': 'invalid-value',
      extra: 'unknown-field',
    });
    expect(JSON.stringify(result.left)).not.toContain('planted');
  });

  it('never throws, even for hostile input', () => {
    const hostile = {
      get age(): number {
        throw new Error('boom with a secret 110105194912310021');
      },
    };
    const result = validate(Person, hostile, 'Person');
    expect(result._tag).toBe('Left');
    if (result._tag === 'Left') expect(result.left.message).not.toContain('110105194912310021');
    const cyclic: Record<string, unknown> = { age: 1, name: 'n', kind: 'a' };
    cyclic['tags'] = [cyclic];
    expect(validate(Person, cyclic)._tag).toBe('Left');
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(validate(z.array(z.unknown()), deep)._tag).toBeDefined();
  });
});
