import { z } from 'zod';
import type { CareError } from '../core/care-error.js';
import { right, type Either } from '../core/either.js';
import { validate } from '../core/validate.js';
import { SUPPORTED_OPERATORS } from './supported-operators.js';

/**
 * Bounds on a rule document and on what its evaluation may build. Every default is an
 * engineering choice of carepath's (not a clinical number): generous for any escalation rule a
 * care team writes, small enough that a rule can never exhaust memory or time in the host.
 *
 * @example
 * ```ts
 * compileRule({ '>': [{ var: 'value' }, 7] }, { maxDepth: 8, operators: ['>', 'var'] });
 * // => Right (the rule uses only allowed operators and is 3 levels deep)
 * compileRule({ '+': [1, 2] }, { operators: ['>', 'var'] });
 * // => Left: { code: 'invalid-rule', issues: [{ path: ['+'], code: 'unknown-code', message: '+ is not an allowed operator' }] }
 * ```
 * @category Rules
 */
export interface RuleLimits {
  /** Deepest nesting of objects and arrays (scalars add no level); the document itself is level 1. Default 32, at most 256. */
  readonly maxDepth?: number;
  /** Most JSON values (objects, arrays and scalars together) in the document. Default 2000. */
  readonly maxNodes?: number;
  /** Longest array literal (or argument list) in the document. Default 1000. */
  readonly maxArrayLength?: number;
  /** The operators this rule may use (an allow-list); default every one of {@link SUPPORTED_OPERATORS}. */
  readonly operators?: readonly string[];
  /** Longest array `map`, `filter`, `merge`, `missing` or `readings` may produce while evaluating. Default 100 000. */
  readonly maxEvaluatedArrayLength?: number;
  /** Longest string `cat` or `substr` may produce while evaluating. Default 100 000 characters. */
  readonly maxEvaluatedStringLength?: number;
}

/** {@link RuleLimits} with every field filled in. */
export interface ResolvedLimits {
  readonly maxDepth: number;
  readonly maxNodes: number;
  readonly maxArrayLength: number;
  readonly operators: ReadonlySet<string>;
  readonly maxEvaluatedArrayLength: number;
  readonly maxEvaluatedStringLength: number;
}

// Engineering defaults, not clinical numbers (see RuleLimits). The hard ceilings keep the
// compiler's recursion far from the JavaScript stack limit whatever a host configures.
const DEFAULTS = {
  maxDepth: 32,
  maxNodes: 2000,
  maxArrayLength: 1000,
  maxEvaluatedArrayLength: 100_000,
  maxEvaluatedStringLength: 100_000,
} as const;
const CEILING = {
  maxDepth: 256,
  maxNodes: 1_000_000,
  maxArrayLength: 1_000_000,
  maxEvaluatedArrayLength: 10_000_000,
  maxEvaluatedStringLength: 100_000_000,
} as const;

const count = (ceiling: number) => z.number().int().min(1).max(ceiling).optional();

const RuleLimitsSchema = z
  .object({
    maxDepth: count(CEILING.maxDepth),
    maxNodes: count(CEILING.maxNodes),
    maxArrayLength: count(CEILING.maxArrayLength),
    operators: z.array(z.enum(SUPPORTED_OPERATORS as [string, ...string[]])).optional(),
    maxEvaluatedArrayLength: count(CEILING.maxEvaluatedArrayLength),
    maxEvaluatedStringLength: count(CEILING.maxEvaluatedStringLength),
  })
  .strict();

/** The default limits, resolved. */
export const DEFAULT_LIMITS: ResolvedLimits = Object.freeze({
  ...DEFAULTS,
  operators: new Set(SUPPORTED_OPERATORS),
});

/** Checks a host's {@link RuleLimits} (`invalid-input` when malformed) and fills in the defaults. */
export function resolveRuleLimits(limits: unknown): Either<CareError, ResolvedLimits> {
  if (limits === undefined) return right(DEFAULT_LIMITS);
  const parsed = validate(RuleLimitsSchema, limits, 'Rule limits');
  if (parsed._tag === 'Left') return parsed;
  const given = parsed.right;
  return right(
    Object.freeze({
      maxDepth: given.maxDepth ?? DEFAULTS.maxDepth,
      maxNodes: given.maxNodes ?? DEFAULTS.maxNodes,
      maxArrayLength: given.maxArrayLength ?? DEFAULTS.maxArrayLength,
      operators: given.operators === undefined ? DEFAULT_LIMITS.operators : new Set(given.operators),
      maxEvaluatedArrayLength: given.maxEvaluatedArrayLength ?? DEFAULTS.maxEvaluatedArrayLength,
      maxEvaluatedStringLength: given.maxEvaluatedStringLength ?? DEFAULTS.maxEvaluatedStringLength,
    }),
  );
}
