import type { PathSegment } from '../core/care-error.js';
import { CARE_BUILDERS } from './care-operators.js';
import type { JsonValue } from './json-value.js';
import type { BuildEnv, EvalContext, Node } from './node.js';
import { fault } from './rule-fault.js';
import type { ResolvedLimits } from './rule-limits.js';
import { STANDARD_BUILDERS } from './standard-operators.js';
import { toTraceValue } from './to-json-output.js';

// Engineering bound: a trace longer than this stops recording (and says so); evaluation goes on.
export const MAX_TRACE_STEPS = 10_000;

function isConstant(value: JsonValue): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Array.isArray(value) && (value as readonly JsonValue[]).every(isConstant);
}

function record(context: EvalContext, path: readonly PathSegment[], operator: string, value: unknown): void {
  const trace = context.trace;
  if (trace === undefined) return;
  if (trace.length >= MAX_TRACE_STEPS) {
    context.traceTruncated = true;
    return;
  }
  trace.push(Object.freeze({ path, operator, value: toTraceValue(value) }));
}

/**
 * Compiles a checked rule document into a tree of closures (no eval, no new Function). With
 * `traced`, every operator node records its value after evaluating, so the trace lists the
 * sub-expressions that were actually evaluated, innermost first.
 */
export function buildNode(document: JsonValue, path: readonly PathSegment[], limits: ResolvedLimits, traced: boolean): Node {
  if (isConstant(document)) {
    // Literals, and arrays of literals: already frozen copies, shared safely.
    return () => document;
  }
  if (Array.isArray(document)) {
    const items = (document as readonly JsonValue[]).map((item, index) => buildNode(item, [...path, index], limits, traced));
    return (data, context) => {
      const out = new Array<unknown>(items.length);
      for (let index = 0; index < items.length; index++) out[index] = (items[index] as Node)(data, context);
      return out;
    };
  }
  const object = document as { readonly [key: string]: JsonValue };
  const operator = Object.keys(object)[0] ?? '';
  const raw = object[operator] ?? null;
  const listed = Array.isArray(raw);
  const args: readonly JsonValue[] = listed ? (raw as readonly JsonValue[]) : [raw];
  const frozenPath = Object.freeze([...path]);
  const argPath = (index: number): readonly PathSegment[] => Object.freeze(listed ? [...path, operator, index] : [...path, operator]);
  const env: BuildEnv = {
    operator,
    args,
    path: frozenPath,
    argPath,
    build: (index) => buildNode(args[index] ?? null, argPath(index), limits, traced),
    limits,
  };
  const builder = Object.hasOwn(STANDARD_BUILDERS, operator) ? STANDARD_BUILDERS[operator] : Object.hasOwn(CARE_BUILDERS, operator) ? CARE_BUILDERS[operator] : undefined;
  if (builder === undefined) {
    // Unreachable after checkDocument; kept total so a defect becomes a Left, not a crash.
    return () => fault('internal', 'other', frozenPath, 'has an operator without an implementation; this is a carepath defect');
  }
  const node = builder(env);
  if (!traced) return node;
  return (data, context) => {
    const value = node(data, context);
    record(context, frozenPath, operator, value);
    return value;
  };
}
