import type { PathSegment } from '../core/care-error.js';
import { fault } from './rule-fault.js';

// Engineering bound: deeper facts than any patient record, far below the JavaScript stack limit.
const MAX_FACTS_DEPTH = 256;

/*
 * Facts are JSON data: plain objects, arrays, strings, numbers, booleans, null. A host written in
 * JavaScript may still pass a Date, a Map, a class instance or a function; those must never reach
 * a coercion (a Date becomes text in the host's time zone, an object's toString is code) nor the
 * result. Checking all the facts up front would cost as much as evaluating most rules, so the
 * checks sit where a value is used:
 * - every value `var` reads is checked shallowly (its own type, not its contents): jsonValue();
 * - an object or array an operator coerces (==, <, +, cat, ...) is checked deeply: coercible();
 * - the result and trace values are converted by toJsonOutput, which checks as it copies.
 */

function nonJson(path: readonly PathSegment[]): never {
  return fault('invalid-input', 'invalid-type', path, 'reads a fact that is not JSON data (only plain objects, arrays, strings, numbers, booleans and null are)');
}

/** True for a plain object (prototype Object.prototype or null) or an array. */
export function isPlainContainer(value: object): boolean {
  if (Array.isArray(value)) return true;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Checks the type of one value read from the facts (not its contents) and returns it. */
export function jsonValue(value: unknown, path: readonly PathSegment[]): unknown {
  switch (typeof value) {
    case 'object':
      if (value !== null && !isPlainContainer(value)) nonJson(path);
      return value;
    case 'function':
    case 'symbol':
    case 'bigint':
      return nonJson(path);
    default:
      return value;
  }
}

function checkDeep(value: unknown, depth: number, path: readonly PathSegment[]): void {
  jsonValue(value, path);
  if (typeof value !== 'object' || value === null) return;
  if (depth > MAX_FACTS_DEPTH) fault('invalid-input', 'too-big', path, `reads facts nested deeper than ${MAX_FACTS_DEPTH} levels (or cyclic)`);
  if (Array.isArray(value)) {
    for (const item of value as readonly unknown[]) checkDeep(item, depth + 1, path);
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) checkDeep(record[key], depth + 1, path);
}

/** A value about to be coerced by a JavaScript operator: objects and arrays are checked all the way down. */
export function coercible(value: unknown, path: readonly PathSegment[]): unknown {
  if (typeof value === 'object' && value !== null) checkDeep(value, 0, path);
  return value;
}
