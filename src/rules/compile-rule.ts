import { careError, type CareError } from '../core/care-error.js';
import { left, right, type Either } from '../core/either.js';
import { protect } from '../core/protect.js';
import { buildNode } from './build-node.js';
import { checkDocument } from './check-document.js';
import type { JsonValue } from './json-value.js';
import { registry } from './rule-registry.js';
import { resolveRuleLimits, type RuleLimits } from './rule-limits.js';

/**
 * A rule document that passed {@link compileRule}: frozen, JSON-serialisable, and ready for
 * {@link evaluateRule}. The closures it runs on are kept by carepath, out of sight. A copy (spread,
 * or stored as JSON and read back) still evaluates: it is compiled again, with its `operators`
 * as the allow-list.
 *
 * @example
 * ```ts
 * const rule = compileRule({ in: [{ var: 'tier' }, ['high', 'very-high']] });
 * // rule.right => { kind: 'carepath-rule', document: { in: [{ var: 'tier' }, ['high', 'very-high']] }, operators: ['in', 'var'] }
 * ```
 * @category Rules
 */
export interface CompiledRule {
  readonly kind: 'carepath-rule';
  /** A frozen copy of the document as compiled (`-0` is read as `0`, as JSON text does). */
  readonly document: JsonValue;
  /** The operators the document uses, sorted. */
  readonly operators: readonly string[];
}

/**
 * Checks a rule document (JSON Logic with carepath's care operators) and compiles it into a
 * tree of closures. Checks: JSON values only; each object exactly one operator from the
 * allow-list (`log` is never allowed); depth, node count and array length within the limits;
 * `var`/`missing` paths made of identifiers and indexes, never `__proto__`, `prototype` or
 * `constructor`; argument counts. Every problem is reported, each with its path in the document.
 * Never throws; never mutates or freezes `document`.
 *
 * @param document - the rule, as parsed JSON (anything is accepted and checked)
 * @param limits - optional bounds and operator allow-list; defaults in {@link RuleLimits}
 * @returns `Right` with a frozen {@link CompiledRule}; `Left` with code `invalid-rule` (the
 *   document) or `invalid-input` (the limits)
 *
 * @example
 * ```ts
 * compileRule({ '>': [{ var: 'value' }, 7] });
 * // => { _tag: 'Right', right: { kind: 'carepath-rule', document: { '>': [{ var: 'value' }, 7] }, operators: ['>', 'var'] } }
 *
 * compileRule({ and: [{ var: 'constructor' }, { log: 1 }] });
 * // => { _tag: 'Left', left: { code: 'invalid-rule', message: 'Rule is invalid: and[0].var: var path must not name __proto__, prototype or constructor; and[1].log: log is not allowed: it writes to the console', issues: [...] } }
 * ```
 * @category Rules
 */
export function compileRule(document: unknown, limits?: RuleLimits): Either<CareError, CompiledRule> {
  const result = protect('compileRule', () => {
    const resolved = resolveRuleLimits(limits);
    if (resolved._tag === 'Left') return resolved;
    const checked = checkDocument(document, resolved.right);
    if (checked.issues.length > 0 || checked.document === undefined) {
      return left(careError('invalid-rule', 'Rule is invalid', checked.issues));
    }
    const node = buildNode(checked.document, [], resolved.right, false);
    const rule: CompiledRule = Object.freeze({ kind: 'carepath-rule', document: checked.document, operators: checked.operators });
    registry.set(rule, { document: checked.document, limits: resolved.right, node, traced: undefined, lastValue: undefined, lastResult: undefined });
    return right(rule);
  });
  return Object.freeze(result);
}
