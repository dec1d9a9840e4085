import { z } from 'zod';

/**
 * What went wrong, at the level a host branches on.
 *
 * - `invalid-input`: the input does not match its schema (see `issues` for each path).
 * - `invalid-rule`: a rule document or machine definition is not acceptable.
 * - `invalid-time`: a date, instant or time zone cannot be used.
 * - `not-applicable`: the input is valid but the function does not apply to it.
 * - `out-of-population`: the input lies outside the population a score was validated in (the
 *   Pooled Cohort Equations under 40): carepath returns this instead of an extrapolated number.
 * - `conflict`: the request contradicts the state it is applied to.
 * - `internal`: a defect in carepath; the message never carries input values.
 *
 * @category Core
 */
export const CareErrorCodeSchema = z.enum([
  'invalid-input',
  'invalid-rule',
  'invalid-time',
  'not-applicable',
  'out-of-population',
  'conflict',
  'internal',
]);

/** @category Core */
export type CareErrorCode = z.infer<typeof CareErrorCodeSchema>;

/**
 * Why one value was rejected. Codes are stable; messages are English text for developers and
 * never contain a value taken from the input (names, ID numbers, readings, dates): only paths,
 * expectations and rules.
 *
 * @category Core
 */
export const IssueCodeSchema = z.enum([
  'required',
  'invalid-type',
  'invalid-value',
  'invalid-format',
  'invalid-date',
  'invalid-instant',
  'invalid-time-zone',
  'too-small',
  'too-big',
  'not-integer',
  'unknown-field',
  'unknown-unit',
  'unknown-code',
  'invalid-checksum',
  'inconsistent',
  'duplicate',
  'not-applicable',
  'other',
]);

/** @category Core */
export type IssueCode = z.infer<typeof IssueCodeSchema>;

/** One step of a path into the input: an object key or an array index. @category Core */
export type PathSegment = string | number;

/** @category Core */
export const CareIssueSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])).readonly(),
  code: IssueCodeSchema,
  message: z.string(),
});

/**
 * One problem found in the input, at `path` (`[]` is the input itself).
 *
 * @category Core
 */
export interface CareIssue {
  readonly path: readonly PathSegment[];
  readonly code: IssueCode;
  readonly message: string;
}

/** @category Core */
export const CareErrorSchema = z.object({
  code: CareErrorCodeSchema,
  message: z.string(),
  issues: z.array(CareIssueSchema).readonly(),
});

/**
 * The one error shape of carepath: every `Left` holds one.
 *
 * @category Core
 */
export interface CareError {
  readonly code: CareErrorCode;
  /** A one-line summary naming the paths at fault, never their values. */
  readonly message: string;
  /** Every problem found, in input order; empty when the error is not about a particular path. */
  readonly issues: readonly CareIssue[];
}

/**
 * Writes a path the way a developer reads it: `observations[2].unit`; the input itself is `(root)`.
 *
 * @example
 * ```ts
 * formatPath(['observations', 2, 'unit']); // => 'observations[2].unit'
 * formatPath([]);                          // => '(root)'
 * ```
 * @category Core
 */
export function formatPath(path: readonly PathSegment[]): string {
  if (!Array.isArray(path) || path.length === 0) return '(root)';
  let out = '';
  for (const segment of path as readonly unknown[]) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else {
      const key = typeof segment === 'string' ? segment : '<key>';
      out += out === '' ? key : `.${key}`;
    }
  }
  return out;
}

const MAX_LISTED = 3;

function sanitiseIssue(entry: Record<string, unknown>): CareIssue {
  const path = Array.isArray(entry['path'])
    ? (entry['path'] as readonly unknown[]).map((segment) => (typeof segment === 'number' || typeof segment === 'string' ? segment : '<key>'))
    : [];
  const code = IssueCodeSchema.safeParse(entry['code']);
  const message = entry['message'];
  return { path, code: code.success ? code.data : 'other', message: typeof message === 'string' ? message : 'is not valid' };
}

/**
 * Builds a frozen {@link CareError}. The summary lists the first paths at fault.
 *
 * @example
 * ```ts
 * careError('invalid-input', 'Patient record is invalid', [
 *   { path: ['weight', 'value'], code: 'too-small', message: 'must be > 0' },
 * ]).message;
 * // => 'Patient record is invalid: weight.value: must be > 0'
 * ```
 * @category Core
 */
export function careError(
  code: CareErrorCode,
  summary: string,
  issues: readonly CareIssue[] = [],
): CareError {
  // Total for any runtime input: entries that are not issues are dropped, fields are coerced
  // to their types without calling user code (no toString, no getters beyond plain reads).
  const list: readonly CareIssue[] = (Array.isArray(issues) ? (issues as readonly unknown[]) : []).flatMap((entry) =>
    typeof entry === 'object' && entry !== null ? [sanitiseIssue(entry as Record<string, unknown>)] : [],
  );
  const listed = list
    .slice(0, MAX_LISTED)
    .map((issue) => `${formatPath(issue.path)}: ${issue.message}`)
    .join('; ');
  const more = list.length > MAX_LISTED ? ` (and ${list.length - MAX_LISTED} more)` : '';
  const head = typeof summary === 'string' ? summary : 'Error';
  const message = list.length === 0 ? head : `${head}: ${listed}${more}`;
  const parsedCode = CareErrorCodeSchema.safeParse(code);
  return Object.freeze({
    code: parsedCode.success ? parsedCode.data : 'internal',
    message,
    issues: Object.freeze(
      list.map((issue) =>
        Object.freeze({ path: Object.freeze([...issue.path]), code: issue.code, message: issue.message }),
      ),
    ),
  });
}

/**
 * The error for a defect inside carepath. It never carries the thrown value's text, which could
 * quote the input.
 *
 * @category Core
 */
export function internalError(where: string): CareError {
  return careError('internal', `Unexpected failure in ${where}; this is a carepath defect, please report it`);
}
