/**
 * The safe rule language: JSON Logic (json-logic-js 2.0.5 semantics) behind an operator
 * allow-list, with size and depth limits, own-property-only `var` paths, evaluation-time bounds,
 * an optional trace, and carepath's care operators (`days_between`, `readings`, `count`, `mean`,
 * `min_of`, `max_of`, `cv`, `consecutive`). See docs/rules.md.
 *
 * @packageDocumentation
 * @module rules
 */
export { compileRule, type CompiledRule } from './compile-rule.js';
export { evaluateRule, type EvaluateRuleOptions, type RuleEvaluation, type TraceStep } from './evaluate-rule.js';
export type { JsonValue } from './json-value.js';
export { RuleDocumentSchema } from './rule-document-schema.js';
export type { RuleLimits } from './rule-limits.js';
export { SUPPORTED_OPERATORS } from './supported-operators.js';
