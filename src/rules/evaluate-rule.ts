import { careError, type CareError, type PathSegment } from '../core/care-error.js';
import { left, right, type Either } from '../core/either.js';
import { protect } from '../core/protect.js';
import { buildNode } from './build-node.js';
import { compileRule, type CompiledRule } from './compile-rule.js';
import type { JsonValue } from './json-value.js';
import { MAX_EVALUATION_STEPS, type EvalContext, type RecordedStep } from './node.js';
import { RuleFault } from './rule-fault.js';
import { registry, type RuleInternals } from './rule-registry.js';
import { toJsonOutput } from './to-json-output.js';

/**
 * One evaluated sub-expression: where it sits in the rule document, its operator, and the value
 * it produced (as JSON). Steps are listed innermost first, in evaluation order.
 *
 * @example
 * ```ts
 * // One step of the trace of { and: [{ '>': [{ var: 'glucose' }, 7] }, ...] } for { glucose: 6.1 }:
 * const step: TraceStep = { path: ['and', 0], operator: '>', value: false };
 * ```
 * @category Rules
 */
export interface TraceStep {
  readonly path: readonly PathSegment[];
  readonly operator: string;
  readonly value: JsonValue;
}

/**
 * The result of {@link evaluateRule}.
 *
 * @example
 * ```ts
 * evaluateRule(rule, { glucose: 8.2 }).right;
 * // => { value: true, trace: [] }
 * ```
 * @category Rules
 */
export interface RuleEvaluation {
  /** The rule's value, as JSON: `undefined`, `NaN` and infinities are `null`, `-0` is `0`. */
  readonly value: JsonValue;
  /** The evaluated sub-expressions when a trace was asked for; otherwise empty. */
  readonly trace: readonly TraceStep[];
  /** Present (true) when the trace stopped recording after 10 000 steps. */
  readonly traceTruncated?: true;
}

/**
 * Options of {@link evaluateRule}.
 *
 * @example
 * ```ts
 * evaluateRule(rule, facts, { trace: true }).right?.trace.length; // => the number of evaluated sub-expressions
 * ```
 * @category Rules
 */
export interface EvaluateRuleOptions {
  /** Record every evaluated sub-expression with its value (slower; for explaining a decision). */
  readonly trace?: boolean;
}

const NO_TRACE: readonly TraceStep[] = Object.freeze([]);

function evaluation(value: JsonValue): Either<CareError, RuleEvaluation> {
  return Object.freeze(right(Object.freeze({ value, trace: NO_TRACE })));
}

// The results of most rules: shared, frozen, allocated once.
const RESULT_TRUE = evaluation(true);
const RESULT_FALSE = evaluation(false);
const RESULT_NULL = evaluation(null);

function notARule(): Either<CareError, never> {
  return left(
    careError('invalid-input', 'Rule is invalid', [{ path: ['rule'], code: 'invalid-type', message: 'expected a rule returned by compileRule' }]),
  );
}

/** The closures of a compiled rule; a copy of one (spread, or read back from storage) is compiled again. */
function internalsOf(rule: unknown): RuleInternals | Either<CareError, never> {
  if (typeof rule !== 'object' || rule === null) return notARule();
  const known = registry.get(rule);
  if (known !== undefined) return known;
  const candidate = rule as { readonly kind?: unknown; readonly document?: unknown; readonly operators?: unknown };
  if (candidate.kind !== 'carepath-rule') return notARule();
  // The declared operators are the allow-list: a copy cannot claim more than it uses.
  const operators = candidate.operators;
  const compiled = compileRule(candidate.document, Array.isArray(operators) ? { operators: operators as readonly string[] } : {});
  if (compiled._tag === 'Left') return left(compiled.left);
  return registry.get(compiled.right) ?? notARule();
}

function isEither(value: RuleInternals | Either<CareError, never>): value is Either<CareError, never> {
  return '_tag' in value;
}

/** Rights are built frozen; a Left may come from protect or a fault, and is frozen here. */
function freezeEither<T>(result: Either<CareError, T>): Either<CareError, T> {
  return result._tag === 'Right' || Object.isFrozen(result) ? result : Object.freeze(result);
}

/** The result of an evaluation, as frozen JSON; common results are shared constants. */
function finish(raw: unknown, context: EvalContext, internals: RuleInternals): Either<CareError, RuleEvaluation> {
  const trace = context.trace;
  if (trace !== undefined) {
    const value = toJsonOutput(raw);
    return Object.freeze(
      right(Object.freeze({ value, trace: Object.freeze(trace), ...(context.traceTruncated ? { traceTruncated: true as const } : {}) })),
    );
  }
  if (raw === true) return RESULT_TRUE;
  if (raw === false) return RESULT_FALSE;
  if (raw === null || raw === undefined) return RESULT_NULL;
  if (typeof raw !== 'object' && Object.is(raw, internals.lastValue)) return internals.lastResult as Either<CareError, RuleEvaluation>;
  const result = evaluation(toJsonOutput(raw));
  if (typeof raw !== 'object') {
    internals.lastValue = raw;
    internals.lastResult = result;
  }
  return result;
}

/**
 * Evaluates a compiled rule against facts, with json-logic-js 2.0.5 semantics for the standard
 * operators. `var` reads own properties only. The care operators read `facts.asOf` (an instant),
 * `facts.observations` and `facts.timeZone` (IANA, default UTC). Never throws, never mutates or
 * freezes `facts`; the result is frozen and shares nothing with `facts`. Error messages name rule
 * paths and operators, never a value from the facts.
 *
 * @param rule - a rule returned by {@link compileRule}
 * @param facts - the data the rule reads (JSON data: plain objects, arrays, strings, numbers, booleans, null)
 * @param options - `{ trace: true }` to record every evaluated sub-expression
 * @returns `Right` with the value (and the trace), or `Left`: `invalid-input` (facts a care
 *   operator needs are malformed, or a fact is not JSON data), `invalid-time` (a date), or
 *   `invalid-rule` (a computed var path is unsafe, or a result exceeds the limits)
 *
 * @example
 * ```ts
 * const rule = compileRule({ and: [{ '>': [{ var: 'glucose' }, 7] }, { '<': [{ var: 'glucose' }, 13.9] }] });
 * if (rule._tag === 'Right') {
 *   evaluateRule(rule.right, { glucose: 8.2 });
 *   // => { _tag: 'Right', right: { value: true, trace: [] } }
 *   evaluateRule(rule.right, { glucose: 6.1 }, { trace: true }).right?.trace;
 *   // => [ { path: ['and', 0, '>', 0], operator: 'var', value: 6.1 },
 *   //      { path: ['and', 0], operator: '>', value: false },
 *   //      { path: [], operator: 'and', value: false } ]
 * }
 * ```
 * @category Rules
 */
export function evaluateRule(rule: CompiledRule, facts: unknown, options?: EvaluateRuleOptions): Either<CareError, RuleEvaluation> {
  // The common call, a rule compileRule returned and no options, takes no closure and no
  // protect frame: a rule is evaluated per patient per rule, so its fixed cost is the engine's.
  const given: unknown = rule; // plain-JavaScript hosts may pass anything
  const known = options === undefined && typeof given === 'object' && given !== null ? registry.get(given) : undefined;
  if (known !== undefined) {
    const context: EvalContext = { root: facts, trace: undefined, traceTruncated: false, stepsLeft: MAX_EVALUATION_STEPS };
    try {
      return finish(known.node(facts, context), context, known);
    } catch (thrown: unknown) {
      if (thrown instanceof RuleFault) return freezeEither(left(thrown.error));
      return freezeEither(protect('evaluateRule', () => evaluateSlowly(rule, facts, options)));
    }
  }
  return freezeEither(protect('evaluateRule', () => evaluateSlowly(rule, facts, options)));
}

function evaluateSlowly(rule: CompiledRule, facts: unknown, options: EvaluateRuleOptions | undefined): Either<CareError, RuleEvaluation> {
  const internals = internalsOf(rule);
  if (isEither(internals)) return internals;
  const given: unknown = options; // plain-JavaScript hosts may pass anything
  const tracing = typeof given === 'object' && given !== null && (given as { readonly trace?: unknown }).trace === true;
  const trace: RecordedStep[] | undefined = tracing ? [] : undefined;
  const context: EvalContext = { root: facts, trace, traceTruncated: false, stepsLeft: MAX_EVALUATION_STEPS };
  let node = internals.node;
  if (tracing) {
    internals.traced ??= buildNode(internals.document, [], internals.limits, true);
    node = internals.traced;
  }
  try {
    return finish(node(facts, context), context, internals);
  } catch (thrown: unknown) {
    if (thrown instanceof RuleFault) return left(thrown.error);
    throw thrown;
  }
}
