import type { PathSegment } from '../core/care-error.js';
import type { JsonValue } from './json-value.js';
import type { ResolvedLimits } from './rule-limits.js';

/** One recorded step of a traced evaluation (see {@link TraceStep}). */
export interface RecordedStep {
  readonly path: readonly PathSegment[];
  readonly operator: string;
  readonly value: JsonValue;
}

/** Per-evaluation state: the facts (root of every `var` at top level and of the care operators). */
export interface EvalContext {
  readonly root: unknown;
  readonly trace: RecordedStep[] | undefined;
  traceTruncated: boolean;
  /** Iteration steps left (items visited by map, filter, reduce, all, some, none, consecutive). */
  stepsLeft: number;
}

/**
 * Engineering bound on the items one evaluation may visit across all its iterations. Each list
 * is bounded (maxEvaluatedArrayLength) but nesting multiplies them: 15 nested maps over 130 items
 * pass every document limit and would visit 130^15 items. A million visits is over a thousand
 * times what a care rule over a year of daily readings needs, and a few hundred milliseconds at
 * worst.
 */
export const MAX_EVALUATION_STEPS = 1_000_000;

/** A compiled node: evaluates its sub-expression against the current data. */
export type Node = (data: unknown, context: EvalContext) => unknown;

/** What an operator builder gets: its arguments (checked JSON) and a way to compile each. */
export interface BuildEnv {
  readonly operator: string;
  /** The arguments as json-logic-js sees them: a non-array argument is a list of one. */
  readonly args: readonly JsonValue[];
  /** Path of this operator's object in the rule document. */
  readonly path: readonly PathSegment[];
  /** Path of argument `index`. */
  argPath(index: number): readonly PathSegment[];
  /** Compiles argument `index` (`undefined` when absent). */
  build(index: number): Node;
  readonly limits: ResolvedLimits;
}

/** Truthiness as JSON Logic defines it: like JavaScript, except that `[]` is false. */
export function truthy(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : Boolean(value);
}
