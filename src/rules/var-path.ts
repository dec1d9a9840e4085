import type { PathSegment } from '../core/care-error.js';
import { ownData } from './facts-check.js';

/**
 * `var` and `missing` paths: dot-separated segments, each an identifier (`glucose-fasting`,
 * `asOf`, `_x`) or an array index (`0`, `12`). Never `__proto__`, `prototype` or `constructor`.
 */
const SEGMENT = /^(?:[A-Za-z_][A-Za-z0-9_-]*|0|[1-9][0-9]*)$/;
const FORBIDDEN = new Set(['__proto__', 'prototype', 'constructor']);

/** What a `var` argument designates: the whole current data, a path, or nothing acceptable. */
export type VarPath =
  | { readonly kind: 'whole' }
  | { readonly kind: 'path'; readonly segments: readonly string[] }
  | { readonly kind: 'invalid'; readonly reason: string };

const WHOLE: VarPath = Object.freeze({ kind: 'whole' });

/**
 * Parses a `var` argument as json-logic-js reads it (`undefined`, `null` and `""` mean the whole
 * data; numbers and booleans are written as text, `1` is the path `"1"`), then applies carepath's
 * restrictions. The reason never quotes the path: a dynamic path may be built from the facts.
 */
export function parseVarPath(argument: unknown): VarPath {
  if (argument === undefined || argument === null || argument === '') return WHOLE;
  let text: string;
  if (typeof argument === 'string') text = argument;
  else if (typeof argument === 'number' || typeof argument === 'boolean') text = String(argument);
  else return { kind: 'invalid', reason: 'must be a string or a number' };
  const segments = text.split('.');
  for (const segment of segments) {
    if (FORBIDDEN.has(segment)) return { kind: 'invalid', reason: 'must not name __proto__, prototype or constructor' };
    if (!SEGMENT.test(segment)) {
      return { kind: 'invalid', reason: 'must be dot-separated identifiers (letters, digits, _ and -, not starting with a digit) or array indexes' };
    }
  }
  return { kind: 'path', segments };
}

/**
 * Follows a path through own data properties only, so that nothing inherited from a prototype
 * (`toString`, `constructor`, `__proto__`, ...) is ever read, no getter is ever called, and
 * nothing is read through a container that is not JSON data (see `ownData`: a fault at `path`).
 * Strings have their own `length` and indexes, as in json-logic-js. Returns `undefined` when not
 * found.
 */
export function lookupOwn(data: unknown, segments: readonly string[], path: readonly PathSegment[]): unknown {
  let current = data;
  // An index loop, not for-of: this runs for every var of every evaluation.
  for (let index = 0; index < segments.length; index++) {
    current = ownData(current, segments[index] as string, path);
    if (current === undefined) return undefined;
  }
  return current;
}
