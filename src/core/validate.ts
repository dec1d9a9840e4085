import type { z } from 'zod';
import { careError, type CareError } from './care-error.js';
import { left, right, type Either } from './either.js';
import { deepFreeze } from './freeze.js';
import { protect } from './protect.js';
import { fromZodIssues } from './zod-issues.js';

/**
 * Validates `input` against a zod schema and returns the parsed value, deep-frozen, or a
 * {@link CareError} that lists every problem by path. Never throws, never mutates `input`.
 *
 * @param schema - the zod schema (its output type is the result type)
 * @param input - anything
 * @param what - what the input is, for the error summary ("Patient record")
 * @returns `Right` with the parsed, frozen value, or `Left` with code `invalid-input`
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * validate(z.object({ age: z.number().min(0) }), { age: -1 }, 'Person');
 * // => { _tag: 'Left', left: { code: 'invalid-input',
 * //      message: 'Person is invalid: age: must be >= 0',
 * //      issues: [{ path: ['age'], code: 'too-small', message: 'must be >= 0' }] } }
 * ```
 * @category Core
 */
export function validate<S extends z.ZodType>(
  schema: S,
  input: unknown,
  what = 'Input',
): Either<CareError, z.output<S>> {
  const label = typeof what === 'string' ? what : 'Input';
  return protect(`validating ${label}`, () => {
    const parsed = parseOnly(schema, input, label);
    return parsed._tag === 'Left' ? parsed : right(deepFreeze(parsed.right));
  });
}

/**
 * {@link validate} without freezing the parsed value: for an input that never leaves carepath
 * (a score's derived input, whose result is frozen as a whole).
 *
 * @internal
 */
export function parseOnly<S extends z.ZodType>(
  schema: S,
  input: unknown,
  what = 'Input',
): Either<CareError, z.output<S>> {
  const label = typeof what === 'string' ? what : 'Input';
  return protect(`validating ${label}`, () => {
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      // Parsed again with reportInput, which lets us tell "missing" from "wrong type" (the values
      // themselves never reach a message, see fromZodIssues). Only on failure: it halves the
      // speed of zod's compiled fast path.
      const reported = schema.safeParse(input, { reportInput: true });
      const issues = reported.success ? parsed.error.issues : reported.error.issues;
      return left(careError('invalid-input', `${label} is invalid`, fromZodIssues(issues)));
    }
    return right(parsed.data);
  });
}
