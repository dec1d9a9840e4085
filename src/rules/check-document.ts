import type { CareIssue, IssueCode, PathSegment } from '../core/care-error.js';
import type { JsonValue } from './json-value.js';
import type { ResolvedLimits } from './rule-limits.js';
import { quotableOperator } from './supported-operators.js';
import { parseVarPath } from './var-path.js';

/** Argument counts carepath accepts: [min, max]. Stricter than json-logic-js, which ignores extras. */
const ARITY: Readonly<Record<string, readonly [number, number]>> = {
  var: [0, 2],
  missing_some: [2, 2],
  '==': [2, 2],
  '===': [2, 2],
  '!=': [2, 2],
  '!==': [2, 2],
  '!': [1, 1],
  '!!': [1, 1],
  or: [1, Infinity],
  and: [1, Infinity],
  '>': [2, 2],
  '>=': [2, 2],
  '<': [2, 3],
  '<=': [2, 3],
  '-': [1, 2],
  // json-logic-js throws on an empty `*` (reduce of an empty list with no initial value).
  '*': [1, Infinity],
  '/': [2, 2],
  '%': [2, 2],
  map: [2, 2],
  filter: [2, 2],
  all: [2, 2],
  none: [2, 2],
  some: [2, 2],
  reduce: [2, 3],
  in: [2, 2],
  substr: [2, 3],
  days_between: [2, 2],
  readings: [2, 2],
  count: [1, 1],
  mean: [1, 1],
  min_of: [1, 1],
  max_of: [1, 1],
  cv: [1, 1],
  consecutive: [4, 5],
};

const MAX_ISSUES = 100;

/** The outcome of checking a rule document: a frozen copy and the operators it uses, or issues. */
export interface CheckedDocument {
  readonly document: JsonValue | undefined;
  readonly operators: readonly string[];
  readonly issues: readonly CareIssue[];
}

function isOperatorObject(value: JsonValue | undefined): value is { readonly [key: string]: JsonValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks that `input` is a rule document carepath accepts (JSON only, one operator per object,
 * operators on the allow-list, within the limits, `var`/`missing` paths safe, argument counts
 * right) and returns a frozen copy. Reads own data properties only: no getter, no prototype, no
 * `toJSON` is ever invoked. Every problem is collected, each with its path in the document.
 */
export function checkDocument(input: unknown, limits: ResolvedLimits): CheckedDocument {
  const issues: CareIssue[] = [];
  const used = new Set<string>();
  let nodes = 0;
  let nodesReported = false;

  const report = (path: readonly PathSegment[], code: IssueCode, message: string): void => {
    if (issues.length < MAX_ISSUES) issues.push({ path: [...path], code, message });
  };

  const checkPathArgument = (argument: JsonValue, path: readonly PathSegment[], what: string): void => {
    if (isOperatorObject(argument)) return; // dynamic: checked when evaluated
    if (Array.isArray(argument)) {
      report(path, 'invalid-type', `${what} path must be a string, a number or an expression`);
      return;
    }
    const parsed = parseVarPath(argument);
    if (parsed.kind === 'invalid') report(path, 'invalid-value', `${what} path ${parsed.reason}`);
  };

  const checkOperator = (operator: string, args: readonly JsonValue[], argPath: (index: number) => readonly PathSegment[], path: readonly PathSegment[]): void => {
    const arity = ARITY[operator];
    if (arity !== undefined && (args.length < arity[0] || args.length > arity[1])) {
      const [min, max] = arity;
      const expected = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
      const plural = (max === Infinity ? min : max) === 1 ? '' : 's';
      report(path, 'invalid-value', `${quotableOperator(operator)} takes ${expected} argument${plural}`);
      return;
    }
    switch (operator) {
      case 'var': {
        const [first] = args;
        if (first !== undefined) checkPathArgument(first, argPath(0), 'var');
        return;
      }
      case 'missing': {
        const [first] = args;
        const keys = Array.isArray(first) ? (first as readonly JsonValue[]) : args;
        keys.forEach((key, index) => {
          checkPathArgument(key, Array.isArray(first) ? [...argPath(0), index] : argPath(index), 'missing');
        });
        return;
      }
      case 'missing_some': {
        const options = args[1];
        if (Array.isArray(options)) (options as readonly JsonValue[]).forEach((key, index) => { checkPathArgument(key, [...argPath(1), index], 'missing_some'); });
        return;
      }
      case 'consecutive': {
        const unit = args[3];
        if (unit !== 'days' && unit !== 'readings') report(argPath(3), 'invalid-value', "consecutive unit must be the literal 'days' or 'readings'");
        const aggregate = args[4];
        if (aggregate !== undefined) {
          if (unit === 'readings') report(argPath(4), 'invalid-value', "consecutive takes an aggregate only with the unit 'days'");
          else if (aggregate !== 'any' && aggregate !== 'all' && aggregate !== 'mean') report(argPath(4), 'invalid-value', "consecutive aggregate must be the literal 'any', 'all' or 'mean'");
        }
        const n = args[2];
        if (typeof n === 'number' && !(Number.isInteger(n) && n >= 1)) report(argPath(2), 'invalid-value', 'consecutive count must be a whole number of at least 1');
        if (n !== undefined && typeof n !== 'number' && !isOperatorObject(n)) report(argPath(2), 'invalid-type', 'consecutive count must be a number or an expression');
        return;
      }
      default:
        return;
    }
  };

  const visit = (value: unknown, path: readonly PathSegment[], depth: number): JsonValue | undefined => {
    nodes += 1;
    if (nodes > limits.maxNodes) {
      if (!nodesReported) report([], 'too-big', `has more than ${limits.maxNodes} values (limit maxNodes)`);
      nodesReported = true;
      return undefined;
    }
    switch (typeof value) {
      case 'string':
        if (value.length > limits.maxEvaluatedStringLength) report(path, 'too-big', `is a string longer than ${limits.maxEvaluatedStringLength} characters`);
        return value;
      case 'boolean':
        return value;
      case 'number':
        if (!Number.isFinite(value)) {
          report(path, 'invalid-value', 'must be a finite number (JSON has no NaN or Infinity)');
          return undefined;
        }
        // JSON text round-trips -0 as 0; so does the copy, so a document reads the same after storage.
        return value === 0 ? 0 : value;
      case 'object':
        break;
      default:
        report(path, 'invalid-type', `must be a JSON value, not ${typeof value}`);
        return undefined;
    }
    if (value === null) return null;
    // Depth counts objects and arrays (the document itself is level 1); scalars add no level.
    if (depth > limits.maxDepth) {
      report(path, 'too-big', `is nested deeper than ${limits.maxDepth} levels (limit maxDepth)`);
      return undefined;
    }
    if (Array.isArray(value)) {
      const items = value as readonly unknown[];
      if (items.length > limits.maxArrayLength) {
        report(path, 'too-big', `has more than ${limits.maxArrayLength} items (limit maxArrayLength)`);
        return undefined;
      }
      const copy: JsonValue[] = [];
      for (let index = 0; index < items.length; index++) {
        const descriptor = Object.getOwnPropertyDescriptor(items, index);
        if (descriptor === undefined) {
          report([...path, index], 'invalid-value', 'is a hole in a sparse array');
          continue;
        }
        if (!('value' in descriptor)) {
          report([...path, index], 'invalid-value', 'is an accessor, not data');
          continue;
        }
        const item = visit(descriptor.value, [...path, index], depth + 1);
        if (item !== undefined) copy.push(item);
      }
      return Object.freeze(copy);
    }
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      report(path, 'invalid-type', 'must be a plain JSON object');
      return undefined;
    }
    const keys = Object.keys(value);
    const [operator] = keys;
    if (keys.length !== 1 || operator === undefined) {
      report(path, 'invalid-value', `must have exactly one key, the operator (it has ${keys.length})`);
      return undefined;
    }
    const shown = quotableOperator(operator);
    if (!limits.operators.has(operator)) {
      const message =
        operator === 'log'
          ? 'log is not allowed: it writes to the console'
          : shown === operator
            ? `${operator} is not an allowed operator`
            : 'is not an allowed operator (name withheld)';
      report([...path, shown], 'unknown-code', message);
      return undefined;
    }
    const descriptor = Object.getOwnPropertyDescriptor(value, operator);
    if (descriptor === undefined || !('value' in descriptor)) {
      report([...path, operator], 'invalid-value', 'is an accessor, not data');
      return undefined;
    }
    used.add(operator);
    const raw: unknown = descriptor.value;
    const before = issues.length;
    const argsCopy = visit(raw, [...path, operator], depth + 1);
    // Arguments with problems of their own are not checked again as a whole.
    if (argsCopy === undefined || issues.length > before || nodesReported) return undefined;
    const listed = Array.isArray(argsCopy);
    const args: readonly JsonValue[] = listed ? (argsCopy as readonly JsonValue[]) : [argsCopy];
    checkOperator(operator, args, (index) => (listed ? [...path, operator, index] : [...path, operator]), path);
    return Object.freeze({ [operator]: argsCopy });
  };

  const document = visit(input, [], 1);
  return {
    document: issues.length === 0 ? document : undefined,
    operators: Object.freeze([...used].sort()),
    issues,
  };
}
