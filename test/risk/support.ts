import { expect } from 'vitest';
import type { CareError } from '../../src/core/care-error.js';
import type { Either } from '../../src/core/either.js';
import { ScoreResultSchema, type ScoreResult } from '../../src/risk/score-result.js';

/** The Right of a score, checked against the ScoreResult schema and frozen; fails the test otherwise. */
export function scored(result: Either<CareError, ScoreResult>): ScoreResult {
  if (result._tag === 'Left') throw new Error(`expected a score, got ${result.left.code}: ${result.left.message}`);
  expect(ScoreResultSchema.safeParse(result.right).success).toBe(true);
  expect(Object.isFrozen(result.right)).toBe(true);
  return result.right;
}

/** The Left of a score; fails the test on a Right. */
export function failed(result: Either<CareError, ScoreResult>): CareError {
  if (result._tag === 'Right') throw new Error(`expected an error, got ${result.right.id} = ${result.right.value}`);
  return result.left;
}

/** Points of one factor. */
export function pointsOf(result: ScoreResult, name: string): number | undefined {
  return result.factors.find((factor) => factor.name === name)?.points;
}
