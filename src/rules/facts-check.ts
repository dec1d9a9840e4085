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

/**
 * An own data property of a fact, or `undefined` when there is none. Never calls host code: an
 * accessor (getter) is refused without being called, and so is any container that is not a plain
 * object or array (a function, a class instance, a Map), so nothing is read through them.
 * Primitives keep their own data properties (a string's `length` and indexes, as in json-logic-js).
 */
export function ownData(container: unknown, key: string, path: readonly PathSegment[]): unknown {
  if (container === null || container === undefined) return undefined;
  if (typeof container === 'object') {
    if (!isPlainContainer(container)) return nonJson(path);
    const descriptor = Object.getOwnPropertyDescriptor(container, key);
    if (descriptor === undefined) return undefined;
    return 'value' in descriptor ? descriptor.value : nonJson(path);
  }
  if (typeof container === 'function') return nonJson(path);
  return Object.hasOwn(container, key) ? (container as Record<string, unknown>)[key] : undefined;
}

/**
 * Engineering bound on the values one coercion walks: the same as the largest result an
 * evaluation may return (to-json-output.ts). A value that shares one array many times over (a
 * `reduce` that doubles) is a small document with an exponential tree; walking it is bounded too.
 */
const MAX_CHECKED_VALUES = 1_000_000;

function checkDeep(value: unknown, depth: number, path: readonly PathSegment[], budget: { left: number }): void {
  jsonValue(value, path);
  if (typeof value !== 'object' || value === null) return;
  budget.left -= 1;
  if (budget.left < 0) fault('invalid-rule', 'too-big', path, `coerces a value of more than ${MAX_CHECKED_VALUES} values`);
  if (depth > MAX_FACTS_DEPTH) fault('invalid-input', 'too-big', path, `reads facts nested deeper than ${MAX_FACTS_DEPTH} levels (or cyclic)`);
  if (Array.isArray(value)) {
    for (const item of value as readonly unknown[]) {
      budget.left -= 1;
      if (budget.left < 0) fault('invalid-rule', 'too-big', path, `coerces a value of more than ${MAX_CHECKED_VALUES} values`);
      checkDeep(item, depth + 1, path, budget);
    }
    return;
  }
  for (const key of Object.keys(value)) checkDeep(ownData(value, key, path), depth + 1, path, budget);
}

/**
 * Checks that a value about to be coerced (compared, added, turned into text) is JSON all the
 * way down: JavaScript's coercion would otherwise call a host's `toString` or `valueOf`.
 */
export function coercible(value: unknown, path: readonly PathSegment[]): unknown {
  if (typeof value === 'object' && value !== null) checkDeep(value, 0, path, { left: MAX_CHECKED_VALUES });
  return value;
}
