/**
 * Freezes a value carepath built, all the way down, and returns it. Already-frozen branches are
 * not walked again (results often share frozen parts, such as a validated record).
 *
 * Only ever called on values carepath created itself (zod's parse output, built results), never
 * on a caller's input: freezing a host's object would break the host.
 *
 * @category Core
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (const item of value as unknown[]) deepFreeze(item);
  } else {
    // Object.values, not keys + lookups: one allocation per object, on the hot path of every result.
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}
