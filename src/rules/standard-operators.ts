import { coercible, jsonValue, ownData } from './facts-check.js';
import type { JsonValue } from './json-value.js';
import type { BuildEnv, EvalContext, Node } from './node.js';
import { MAX_EVALUATION_STEPS, truthy } from './node.js';
import { fault } from './rule-fault.js';
import { lookupOwn, parseVarPath, type VarPath } from './var-path.js';

/*
 * The standard JSON Logic operators, each written to return exactly what json-logic-js 2.0.5
 * returns for JSON data: arguments are evaluated first (except for the control operators), and
 * the same JavaScript operators and coercions (==, <, parseFloat, join) are applied to them.
 * The casts below only tell TypeScript that JavaScript's coercions are intended.
 */

type Builder = (env: BuildEnv) => Node;

const asNumber = (value: unknown): number => value as number;
const asText = (value: unknown): string => value as string;

function evaluateAll(nodes: readonly Node[], data: unknown, context: EvalContext): unknown[] {
  const values = new Array<unknown>(nodes.length);
  for (let index = 0; index < nodes.length; index++) values[index] = (nodes[index] as Node)(data, context);
  return values;
}

function buildAll(env: BuildEnv): Node[] {
  return env.args.map((_, index) => env.build(index));
}

/** Reads a resolved path from `data`; the value read is checked to be JSON (see facts-check.ts). */
function readPath(path: VarPath, data: unknown, env: BuildEnv): unknown {
  if (path.kind === 'invalid') return fault('invalid-rule', 'invalid-value', env.path, `computed a var path that ${path.reason}`);
  return jsonValue(path.kind === 'whole' ? data : lookupOwn(data, path.segments, env.path), env.path);
}

function buildVar(env: BuildEnv): Node {
  const first = env.args[0];
  const fallback = env.args.length > 1 ? env.build(1) : undefined;
  const notFound = (data: unknown, context: EvalContext): unknown => {
    if (fallback === undefined) return null;
    return fallback(data, context) ?? null;
  };
  if (typeof first === 'object' && first !== null) {
    const pathNode = env.build(0);
    return (data, context) => {
      const path = parseVarPath(pathNode(data, context));
      const otherwise = notFound(data, context);
      const value = readPath(path, data, env);
      return value === undefined && path.kind !== 'whole' ? otherwise : value;
    };
  }
  const path = parseVarPath(first);
  if (path.kind === 'path' && path.segments.length === 1 && fallback === undefined) {
    const key = path.segments[0] as string;
    const at = env.path;
    return (data) => {
      const value = ownData(data, key, at);
      return value === undefined ? null : jsonValue(value, at);
    };
  }
  if (path.kind === 'path' && fallback === undefined) {
    const segments = path.segments;
    const at = env.path;
    return (data) => {
      const value = lookupOwn(data, segments, at);
      return value === undefined ? null : jsonValue(value, at);
    };
  }
  return (data, context) => {
    const otherwise = notFound(data, context);
    const value = readPath(path, data, env);
    return value === undefined && path.kind !== 'whole' ? otherwise : value;
  };
}

/** json-logic-js's `missing`: the keys among `keys` whose value is absent, null or "". */
function missingKeys(keys: readonly unknown[], data: unknown, context: EvalContext, env: BuildEnv): unknown[] {
  const missing: unknown[] = [];
  for (const key of keys) {
    const path = parseVarPath(key);
    if (path.kind === 'invalid') fault('invalid-rule', 'invalid-value', env.path, `computed a key that ${path.reason}`);
    const value = path.kind === 'whole' ? data : lookupOwn(data, path.segments, env.path);
    if (value === undefined || value === null || value === '') missing.push(key);
  }
  return missing;
}

/** The keys of a `missing` written as literals, parsed once at compile time; undefined when any is computed. */
function staticKeys(args: readonly JsonValue[]): { readonly key: JsonValue; readonly path: VarPath }[] | undefined {
  const [first] = args;
  const keys = Array.isArray(first) ? (first as readonly JsonValue[]) : args;
  if (keys.some((key) => typeof key === 'object' && key !== null)) return undefined;
  if (keys !== args && args.some((arg) => typeof arg === 'object' && arg !== null && !Array.isArray(arg))) return undefined;
  return keys.map((key) => ({ key, path: parseVarPath(key) }));
}

function buildMissing(env: BuildEnv): Node {
  const known = staticKeys(env.args);
  if (known !== undefined) {
    // checkDocument has already rejected unsafe literal paths.
    return (data) => {
      const missing: unknown[] = [];
      for (const { key, path } of known) {
        const value = path.kind === 'path' ? lookupOwn(data, path.segments, env.path) : data;
        if (value === undefined || value === null || value === '') missing.push(key);
      }
      return missing;
    };
  }
  const nodes = buildAll(env);
  return (data, context) => {
    const values = evaluateAll(nodes, data, context);
    const [first] = values;
    return missingKeys(Array.isArray(first) ? (first as readonly unknown[]) : values, data, context, env);
  };
}

function buildMissingSome(env: BuildEnv): Node {
  const need = coerced(env.build(0), env);
  const options = env.build(1);
  return (data, context) => {
    const count = need(data, context);
    const given = options(data, context);
    // json-logic-js re-applies `missing` to the evaluated options: a non-array is a list of one,
    // and a list whose first item is a list stands for that list.
    const values = Array.isArray(given) ? (given as readonly unknown[]) : [given];
    const [first] = values;
    const missing = missingKeys(Array.isArray(first) ? (first as readonly unknown[]) : values, data, context, env);
    const length = Array.isArray(given) || typeof given === 'string' ? (given as { length: number }).length : Number.NaN;
    return length - missing.length >= asNumber(count) ? [] : missing;
  };
}

function buildIf(env: BuildEnv): Node {
  const nodes = buildAll(env);
  const n = nodes.length;
  return (data, context) => {
    let index = 0;
    for (; index < n - 1; index += 2) {
      if (truthy((nodes[index] as Node)(data, context))) return (nodes[index + 1] as Node)(data, context);
    }
    return n === index + 1 ? (nodes[index] as Node)(data, context) : null;
  };
}

function buildAnd(env: BuildEnv): Node {
  const nodes = buildAll(env);
  if (nodes.length === 2) {
    const [a, b] = nodes as [Node, Node];
    return (data, context) => {
      const first = a(data, context);
      return truthy(first) ? b(data, context) : first;
    };
  }
  return (data, context) => {
    let current: unknown;
    for (const node of nodes) {
      current = node(data, context);
      if (!truthy(current)) return current;
    }
    return current;
  };
}

function buildOr(env: BuildEnv): Node {
  const nodes = buildAll(env);
  return (data, context) => {
    let current: unknown;
    for (const node of nodes) {
      current = node(data, context);
      if (truthy(current)) return current;
    }
    return current;
  };
}

/** A value an operator coerces: objects and arrays from the facts are checked first (facts-check.ts). */
function coerced(node: Node, env: BuildEnv): Node {
  const path = env.path;
  return (data, context) => {
    const value = node(data, context);
    return typeof value === 'object' && value !== null ? coercible(value, path) : value;
  };
}

/** The coercion check, inlined by callers: primitives pass straight through. */
function checked(value: unknown, path: BuildEnv['path']): unknown {
  return typeof value === 'object' && value !== null ? coercible(value, path) : value;
}

type Comparison = '==' | '!=' | '>' | '>=' | '/' | '%';

/**
 * Two-operand operators, one closure each (no shared callback), with the operand check inlined:
 * these are the hottest nodes of most rules.
 */
function binary(operator: Comparison): Builder {
  return (env) => {
    const a = env.build(0);
    const b = env.build(1);
    const path = env.path;
    const check = (value: unknown): unknown => checked(value, path);
    switch (operator) {
      case '==':
        return (data, context) => check(a(data, context)) == check(b(data, context));
      case '!=':
        return (data, context) => check(a(data, context)) != check(b(data, context));
      case '>':
        return (data, context) => asNumber(check(a(data, context))) > asNumber(check(b(data, context)));
      case '>=':
        return (data, context) => asNumber(check(a(data, context))) >= asNumber(check(b(data, context)));
      case '/':
        return (data, context) => asNumber(check(a(data, context))) / asNumber(check(b(data, context)));
      case '%':
        return (data, context) => asNumber(check(a(data, context))) % asNumber(check(b(data, context)));
    }
  };
}

/** Strict (in)equality coerces nothing. */
function strict(equal: boolean): Builder {
  return (env) => {
    const a = env.build(0);
    const b = env.build(1);
    return equal ? (data, context) => a(data, context) === b(data, context) : (data, context) => a(data, context) !== b(data, context);
  };
}

function buildCoerced(env: BuildEnv): Node[] {
  return env.args.map((_, index) => coerced(env.build(index), env));
}

function between(strict: boolean): Builder {
  return (env) => {
    const path = env.path;
    const a0 = env.build(0);
    const b0 = env.build(1);
    if (env.args.length === 2) {
      return strict
        ? (d, x) => asNumber(checked(a0(d, x), path)) < asNumber(checked(b0(d, x), path))
        : (d, x) => asNumber(checked(a0(d, x), path)) <= asNumber(checked(b0(d, x), path));
    }
    const a = coerced(a0, env);
    const b = coerced(b0, env);
    const c = coerced(env.build(2), env);
    return (data, context) => {
      const low = asNumber(a(data, context));
      const middle = asNumber(b(data, context));
      const high: unknown = c(data, context);
      if (high === undefined) return strict ? low < middle : low <= middle;
      return strict ? low < middle && middle < asNumber(high) : low <= middle && middle <= asNumber(high);
    };
  };
}

function buildPlus(env: BuildEnv): Node {
  if (env.args.length === 2) {
    const a = env.build(0);
    const b = env.build(1);
    const path = env.path;
    // (0 + a) + b, as json-logic-js's reduce from 0 computes it (0 + -0 is 0).
    return (data, context) => 0 + parseFloat(asText(checked(a(data, context), path))) + parseFloat(asText(checked(b(data, context), path)));
  }
  const nodes = buildCoerced(env);
  return (data, context) => {
    let sum = 0;
    for (const node of nodes) sum += parseFloat(asText(node(data, context)));
    return sum;
  };
}

function buildTimes(env: BuildEnv): Node {
  if (env.args.length === 1) return env.build(0);
  const nodes = buildCoerced(env); // reduce without an initial value returns a lone argument as it is
  return (data, context) => {
    const values = evaluateAll(nodes, data, context);
    let product: unknown = values[0];
    for (let index = 1; index < values.length; index++) product = parseFloat(asText(product)) * parseFloat(asText(values[index]));
    return product;
  };
}

function buildMinus(env: BuildEnv): Node {
  const a = coerced(env.build(0), env);
  const b = env.args.length > 1 ? coerced(env.build(1), env) : undefined;
  return (data, context) => {
    const first = a(data, context);
    const second: unknown = b === undefined ? undefined : b(data, context);
    return second === undefined ? -asNumber(first) : asNumber(first) - asNumber(second);
  };
}

function extreme(pick: (...values: number[]) => number): Builder {
  return (env) => {
    if (env.args.length === 2) {
      const a = env.build(0);
      const b = env.build(1);
      const path = env.path;
      return (data, context) => pick(asNumber(checked(a(data, context), path)), asNumber(checked(b(data, context), path)));
    }
    const nodes = buildCoerced(env);
    return (data, context) => pick(...(evaluateAll(nodes, data, context) as number[]));
  };
}

function buildMerge(env: BuildEnv): Node {
  const nodes = buildAll(env);
  const limit = env.limits.maxEvaluatedArrayLength;
  return (data, context) => {
    const out: unknown[] = [];
    for (const node of nodes) {
      const value = node(data, context);
      if (Array.isArray(value)) {
        const items = value as readonly unknown[];
        if (out.length + items.length > limit) tooLong(env, limit);
        for (const item of items) out.push(item);
      } else {
        if (out.length + 1 > limit) tooLong(env, limit);
        out.push(value);
      }
    }
    return out;
  };
}

function tooLong(env: BuildEnv, limit: number): never {
  return fault('invalid-rule', 'too-big', env.path, `${env.operator} would produce more than ${limit} items (limit maxEvaluatedArrayLength)`);
}

function tooLongText(env: BuildEnv, limit: number): never {
  return fault('invalid-rule', 'too-big', env.path, `${env.operator} would produce more than ${limit} characters (limit maxEvaluatedStringLength)`);
}

function buildIn(env: BuildEnv): Node {
  const a = env.build(0);
  const b = env.build(1);
  return (data, context) => {
    const needle = a(data, context);
    const haystack = b(data, context);
    if (typeof haystack === 'string') return haystack !== '' && haystack.indexOf(asText(coercible(needle, env.path))) !== -1;
    if (Array.isArray(haystack)) return haystack.length > 0 && (haystack as readonly unknown[]).indexOf(needle) !== -1;
    // Numbers, booleans, null and plain objects have no own indexOf: json-logic-js answers false.
    return false;
  };
}

function buildCat(env: BuildEnv): Node {
  const nodes = buildCoerced(env);
  const limit = env.limits.maxEvaluatedStringLength;
  return (data, context) => {
    const text = evaluateAll(nodes, data, context).join('');
    if (text.length > limit) tooLongText(env, limit);
    return text;
  };
}

/** ToIntegerOrInfinity of ECMA-262, for String.prototype.substr's arguments. */
function toInteger(value: unknown): number {
  const number = Number(value);
  if (Number.isNaN(number)) return 0;
  return Math.trunc(number) || 0;
}

/** String.prototype.substr (Annex B), written out: the method is deprecated in the type library. */
function substr(text: string, start: unknown, length: unknown): string {
  const size = text.length;
  let from = toInteger(start);
  if (from === -Infinity) from = 0;
  else if (from < 0) from = Math.max(size + from, 0);
  else from = Math.min(from, size);
  const count = length === undefined ? size : toInteger(length);
  const end = Math.min(from + count, size);
  return from >= end ? '' : text.slice(from, end);
}

function buildSubstr(env: BuildEnv): Node {
  const nodes = buildCoerced(env);
  const limit = env.limits.maxEvaluatedStringLength;
  return (data, context) => {
    const [source, start, end] = evaluateAll(nodes, data, context);
    const text = String(source);
    if (text.length > limit) tooLongText(env, limit);
    if (asNumber(end) < 0) {
      // json-logic-js emulates PHP's negative length: drop that many characters from the end.
      // `temp.length + end` is JavaScript's +, which concatenates when end is not a number.
      const rest = substr(text, start, undefined);
      const length: unknown = typeof end === 'number' ? rest.length + end : `${rest.length}${String(end)}`;
      return substr(rest, 0, length);
    }
    return substr(text, start, end);
  };
}

/**
 * Charges `items` iteration steps to the evaluation (see MAX_EVALUATION_STEPS): charged before the
 * loop, so a document that would exceed the budget stops before doing the work.
 */
export function spend(context: EvalContext, items: number, env: BuildEnv): void {
  context.stepsLeft -= items;
  if (context.stepsLeft < 0) fault('invalid-rule', 'too-big', env.path, `would visit more than ${MAX_EVALUATION_STEPS} list items in one evaluation (nested iterations multiply)`);
}

function scoped(env: BuildEnv): { readonly list: Node; readonly logic: Node } {
  return { list: env.build(0), logic: env.build(1) };
}

function buildMap(env: BuildEnv): Node {
  const { list, logic } = scoped(env);
  const limit = env.limits.maxEvaluatedArrayLength;
  return (data, context) => {
    const items = list(data, context);
    if (!Array.isArray(items)) return [];
    if (items.length > limit) tooLong(env, limit);
    spend(context, items.length, env);
    const out = new Array<unknown>(items.length);
    for (let index = 0; index < items.length; index++) out[index] = logic((items as readonly unknown[])[index], context);
    return out;
  };
}

function buildFilter(env: BuildEnv): Node {
  const { list, logic } = scoped(env);
  const limit = env.limits.maxEvaluatedArrayLength;
  return (data, context) => {
    const items = list(data, context);
    if (!Array.isArray(items)) return [];
    if (items.length > limit) tooLong(env, limit);
    spend(context, items.length, env);
    const out: unknown[] = [];
    for (const item of items as readonly unknown[]) if (truthy(logic(item, context))) out.push(item);
    return out;
  };
}

function buildReduce(env: BuildEnv): Node {
  const { list, logic } = scoped(env);
  const initial = env.args.length > 2 ? env.build(2) : undefined;
  return (data, context) => {
    const items = list(data, context);
    let accumulator: unknown = initial === undefined ? null : initial(data, context);
    if (!Array.isArray(items)) return accumulator;
    spend(context, items.length, env);
    for (const current of items as readonly unknown[]) accumulator = logic({ current, accumulator }, context);
    return accumulator;
  };
}

function quantifier(kind: 'all' | 'none' | 'some'): Builder {
  return (env) => {
    const { list, logic } = scoped(env);
    return (data, context) => {
      const items = list(data, context);
      if (!Array.isArray(items) || items.length === 0) return kind === 'none';
      spend(context, items.length, env);
      for (const item of items as readonly unknown[]) {
        const holds = truthy(logic(item, context));
        if (kind === 'all' && !holds) return false;
        if (kind !== 'all' && holds) return kind === 'some';
      }
      return kind !== 'some';
    };
  };
}

/** Builders of the standard operators, by name. */
export const STANDARD_BUILDERS: Readonly<Record<string, Builder>> = {
  var: buildVar,
  missing: buildMissing,
  missing_some: buildMissingSome,
  if: buildIf,
  '?:': buildIf,
  // JSON Logic's == and != are JavaScript's loose (in)equality.
  '==': binary('=='),
  '===': strict(true),
  '!=': binary('!='),
  '!==': strict(false),
  '!': (env) => {
    const a = env.build(0);
    return (data, context) => !truthy(a(data, context));
  },
  '!!': (env) => {
    const a = env.build(0);
    return (data, context) => truthy(a(data, context));
  },
  or: buildOr,
  and: buildAnd,
  '>': binary('>'),
  '>=': binary('>='),
  '<': between(true),
  '<=': between(false),
  max: extreme(Math.max),
  min: extreme(Math.min),
  '+': buildPlus,
  '-': buildMinus,
  '*': buildTimes,
  '/': binary('/'),
  '%': binary('%'),
  map: buildMap,
  reduce: buildReduce,
  filter: buildFilter,
  all: quantifier('all'),
  none: quantifier('none'),
  some: quantifier('some'),
  merge: buildMerge,
  in: buildIn,
  cat: buildCat,
  substr: buildSubstr,
};

export type { Builder };
export type { JsonValue };
