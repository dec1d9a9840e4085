import * as E from 'fp-ts/lib/Either.js';

/**
 * The result of every public carepath function: `Left` holds a {@link CareError}, `Right` the value.
 *
 * This is fp-ts's `Either`, so it composes with `pipe`, `E.map`, `E.chain`..., but it is also
 * plain data (`{ _tag: 'Left', left }` or `{ _tag: 'Right', right }`) that a host can inspect
 * without knowing fp-ts.
 *
 * @category Core
 */
export type Either<L, R> = E.Either<L, R>;

/** A failed result. @category Core */
export type Left<L> = E.Left<L>;

/** A successful result. @category Core */
export type Right<R> = E.Right<R>;

/**
 * Builds a failed result.
 *
 * @example
 * ```ts
 * left('nope'); // => { _tag: 'Left', left: 'nope' }
 * ```
 * @category Core
 */
export const left: <L, R = never>(value: L) => Either<L, R> = E.left;

/**
 * Builds a successful result.
 *
 * @example
 * ```ts
 * right(42); // => { _tag: 'Right', right: 42 }
 * ```
 * @category Core
 */
export const right: <R, L = never>(value: R) => Either<L, R> = E.right;

/**
 * True when the result failed.
 *
 * @example
 * ```ts
 * isLeft(left('x')); // => true
 * ```
 * @category Core
 */
export function isLeft<L, R>(result: Either<L, R>): result is Left<L> {
  return tagOf(result) === 'Left';
}

/**
 * True when the result succeeded.
 *
 * @example
 * ```ts
 * isRight(right(1)); // => true
 * ```
 * @category Core
 */
export function isRight<L, R>(result: Either<L, R>): result is Right<R> {
  return tagOf(result) === 'Right';
}

/** The `_tag` of anything, without trusting its type: hosts may pass any value from plain JS. */
function tagOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? (value as { _tag?: unknown })._tag : undefined;
}
