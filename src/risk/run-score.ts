import type { z } from 'zod';
import { careError, type CareError, type PathSegment } from '../core/care-error.js';
import { left, right, type Either } from '../core/either.js';
import { deepFreeze } from '../core/freeze.js';
import { protect } from '../core/protect.js';
import { parseOnly } from '../core/validate.js';
import type { ScoreResult } from './score-result.js';

/**
 * Validates a score's input and computes it: never throws, result deep-frozen.
 *
 * @internal
 */
export function runScore<I>(id: string, schema: z.ZodType<I>, input: unknown, compute: (valid: I) => Either<CareError, ScoreResult>): Either<CareError, ScoreResult> {
  return protect(id, () => {
    const valid = parseOnly(schema, input, `${id} input`);
    if (valid._tag === 'Left') return valid;
    const result = compute(valid.right);
    return result._tag === 'Left' ? result : right(deepFreeze(result.right));
  });
}

/**
 * The error for an input outside the population a score was validated in.
 *
 * @internal
 */
export function outOfPopulation(id: string, path: PathSegment[], message: string): Either<CareError, never> {
  return left(careError('out-of-population', `${id} was not validated for this patient`, [{ path, code: 'not-applicable', message }]));
}
