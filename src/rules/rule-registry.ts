import type { JsonValue } from './json-value.js';
import type { Node } from './node.js';
import type { ResolvedLimits } from './rule-limits.js';

/** What carepath keeps about a compiled rule, out of the host's sight. */
export interface RuleInternals {
  readonly document: JsonValue;
  readonly limits: ResolvedLimits;
  readonly node: Node;
  /** The traced closure tree, built the first time a trace is asked for. */
  traced: Node | undefined;
  /** The last non-boolean result, frozen, handed out again when the next result is the same primitive. */
  lastValue: unknown;
  lastResult: unknown;
}

/**
 * Compiled rules and their closure trees. A WeakMap keeps the closures off the frozen,
 * JSON-serialisable rule object and lets them be collected with it; it holds no configuration
 * and changes no behaviour, so it is not global state in the sense of STYLE (nothing a caller
 * could observe depends on what else was compiled).
 */
export const registry = new WeakMap<object, RuleInternals>();
