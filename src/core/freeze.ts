import { freeze } from 'immer';

/**
 * Freezes a value carepath built, all the way down, and returns it.
 *
 * Only ever called on values carepath created itself (zod's parse output, built results), never
 * on a caller's input: freezing a host's object would break the host.
 *
 * @category Core
 */
export function deepFreeze<T>(value: T): T {
  return freeze(value, true);
}
