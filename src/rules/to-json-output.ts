import type { PathSegment } from '../core/care-error.js';
import { isPlainContainer } from './facts-check.js';
import type { JsonValue } from './json-value.js';
import { fault } from './rule-fault.js';

// Engineering bounds on what one evaluation may hand back: a result shared many times over
// (reduce can nest an accumulator into itself) must not expand into an unbounded copy.
const MAX_OUTPUT_NODES = 1_000_000;
const MAX_OUTPUT_DEPTH = 512;
/** A trace step's value larger than this many JSON values is recorded as null (engineering bound). */
export const MAX_TRACE_VALUE_NODES = 10_000;

interface Mode {
  nodes: number;
  readonly limit: number;
  /** Trace values: non-JSON facts become null instead of failing the evaluation. */
  readonly lenient: boolean;
}

class TooLarge extends Error {}

function nonJson(path: readonly PathSegment[]): never {
  return fault('invalid-input', 'invalid-type', path, 'returns a fact that is not JSON data');
}

function convert(value: unknown, depth: number, mode: Mode, path: readonly PathSegment[]): JsonValue {
  mode.nodes += 1;
  if (mode.nodes > mode.limit || depth > MAX_OUTPUT_DEPTH) {
    if (mode.lenient) throw new TooLarge();
    fault('invalid-rule', 'too-big', path, `produced a result of more than ${mode.limit} values or ${MAX_OUTPUT_DEPTH} levels`);
  }
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      // What JSON can hold: non-finite numbers become null (as JSON.stringify writes them), -0 is 0.
      return Number.isFinite(value) ? (value === 0 ? 0 : value) : null;
    case 'object': {
      if (value === null) return null;
      if (!isPlainContainer(value)) return mode.lenient ? null : nonJson(path);
      if (Array.isArray(value)) {
        const items = value as readonly unknown[];
        const out: JsonValue[] = new Array<JsonValue>(items.length);
        for (let index = 0; index < items.length; index++) out[index] = convert(items[index], depth + 1, mode, path);
        return Object.freeze(out);
      }
      const record = value as Record<string, unknown>;
      const out: Record<string, JsonValue> = {};
      for (const key of Object.keys(record)) {
        // Own data properties only: a getter is refused, never called.
        const descriptor = Object.getOwnPropertyDescriptor(record, key);
        if (descriptor !== undefined && !('value' in descriptor)) {
          if (mode.lenient) continue;
          nonJson(path);
        }
        const member: unknown = descriptor?.value;
        if (member === undefined) continue;
        const copy = convert(member, depth + 1, mode, path);
        // A key named __proto__ must stay data, not set the copy's prototype.
        if (key === '__proto__') Object.defineProperty(out, key, { value: copy, enumerable: true, writable: true, configurable: true });
        else out[key] = copy;
      }
      return Object.freeze(out);
    }
    case 'undefined':
      // json-logic-js returns undefined for some documents; JSON.stringify writes it as null in arrays.
      return null;
    default:
      // Functions, symbols and bigints are not JSON (only a host's non-JSON facts can hold them).
      return mode.lenient ? null : nonJson(path);
  }
}

/**
 * A frozen JSON copy of an evaluation result, never sharing an object with the facts:
 * `undefined`, `NaN` and infinities become `null`, `-0` becomes `0`; a fact that is not JSON
 * data fails. `path` names the rule node for the error.
 */
export function toJsonOutput(value: unknown, path: readonly PathSegment[] = []): JsonValue {
  return convert(value, 0, { nodes: 0, limit: MAX_OUTPUT_NODES, lenient: false }, path);
}

/**
 * The value of a trace step: as {@link toJsonOutput}, but a non-JSON fact is recorded as null and
 * a value of more than {@link MAX_TRACE_VALUE_NODES} JSON values as null, so that asking for a
 * trace never changes whether an evaluation succeeds.
 */
export function toTraceValue(value: unknown): JsonValue {
  try {
    return convert(value, 0, { nodes: 0, limit: MAX_TRACE_VALUE_NODES, lenient: true }, []);
  } catch (thrown: unknown) {
    if (thrown instanceof TooLarge) return null;
    throw thrown;
  }
}
