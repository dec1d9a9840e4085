import { z } from 'zod';
import { IssueCodeSchema, type CareIssue, type IssueCode, type PathSegment } from './care-error.js';

type ZodIssue = z.core.$ZodIssue;

/**
 * Key names that may appear in a path. An unknown key is input too: one that looks like a value
 * (a name, an ID number) is reported without its text.
 */
const SAFE_KEY = /^[A-Za-z_$][A-Za-z0-9_$-]{0,63}$/;

const MAX_VALUES_LISTED = 8;

function toPath(path: readonly PropertyKey[]): PathSegment[] {
  return path.map((segment) =>
    typeof segment === 'number'
      ? segment
      : typeof segment === 'string' && (SAFE_KEY.test(segment) || /^\d+$/.test(segment))
        ? segment
        : '<key>',
  );
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  return typeof value;
}

function bound(origin: string, inclusive: boolean | undefined, limit: number | bigint, more: boolean): string {
  const limitText = String(limit);
  switch (origin) {
    case 'string':
      return more ? `must have at least ${limitText} characters` : `must have at most ${limitText} characters`;
    case 'array':
    case 'set':
      return more ? `must have at least ${limitText} items` : `must have at most ${limitText} items`;
    default:
      return `must be ${more ? '>' : '<'}${inclusive === false ? '' : '='} ${limitText}`;
  }
}

function listValues(values: readonly unknown[]): string {
  const shown = values.slice(0, MAX_VALUES_LISTED).map((value) => JSON.stringify(value)).join(', ');
  return values.length > MAX_VALUES_LISTED
    ? `must be one of ${values.length} allowed values, such as ${shown}`
    : `must be one of ${shown}`;
}

function maxDepth(issues: readonly ZodIssue[]): number {
  return issues.reduce((depth, issue) => Math.max(depth, issue.path.length), 0);
}

function convert(issue: ZodIssue, prefix: readonly PropertyKey[]): CareIssue[] {
  const fullPath = [...prefix, ...issue.path];
  const at = (code: IssueCode, message: string, path: readonly PropertyKey[] = fullPath): CareIssue[] => [
    { path: toPath(path), code, message },
  ];
  // A missing value fails an enum or a union as "invalid value": it is simply required.
  if ((issue.code === 'invalid_value' || issue.code === 'invalid_union') && 'input' in issue && issue.input === undefined) {
    return at('required', 'is required');
  }
  switch (issue.code) {
    case 'invalid_type': {
      if ('input' in issue && issue.input === undefined) return at('required', 'is required');
      if (issue.expected === 'int') return at('not-integer', 'must be a whole number');
      const received = 'input' in issue ? `, received ${describeType(issue.input)}` : '';
      return at('invalid-type', `expected ${issue.expected}${received}`);
    }
    case 'too_small':
      return at('too-small', bound(issue.origin, issue.inclusive, issue.minimum, true));
    case 'too_big':
      return at('too-big', bound(issue.origin, issue.inclusive, issue.maximum, false));
    case 'invalid_format':
      return at('invalid-format', `does not have the required format (${issue.format})`);
    case 'not_multiple_of':
      return at('invalid-value', `must be a multiple of ${issue.divisor}`);
    case 'unrecognized_keys':
      return issue.keys.map((key) =>
        SAFE_KEY.test(key)
          ? { path: toPath([...fullPath, key]), code: 'unknown-field', message: 'is not a known field' }
          : { path: toPath(fullPath), code: 'unknown-field', message: 'has a field that is not known (name withheld)' },
      );
    case 'invalid_value':
      return at('invalid-value', listValues(issue.values));
    case 'invalid_union': {
      if (issue.discriminator !== undefined) {
        const options = 'options' in issue ? listValues(issue.options) : 'is not an allowed kind';
        // zod already ends the path with the discriminator key.
        return at('invalid-value', options);
      }
      // A plain union: report the branch that got furthest into the value when one clearly did.
      const branches = issue.errors.filter((branch) => branch.length > 0);
      const depths = branches.map(maxDepth);
      const deepest = Math.max(0, ...depths);
      const winners = branches.filter((_, index) => depths[index] === deepest);
      const [only] = winners;
      if (deepest > 0 && winners.length === 1 && only !== undefined) {
        return only.flatMap((inner) => convert(inner, fullPath));
      }
      return at('invalid-value', 'does not match any of the allowed forms');
    }
    case 'invalid_key':
      return at('invalid-value', 'has a key that is not allowed');
    case 'invalid_element':
      return at('invalid-value', 'has an element that is not allowed');
    case 'custom': {
      const params: Record<string, unknown> = issue.params ?? {};
      const parsed = IssueCodeSchema.safeParse(params['carepathCode']);
      return at(parsed.success ? parsed.data : 'other', issue.message);
    }
    default:
      return at('other', 'is not valid');
  }
}

/**
 * Turns zod issues into carepath issues with messages of our own, so no value of the input
 * (zod's own messages may quote it) reaches a host's logs.
 *
 * @category Core
 */
export function fromZodIssues(issues: readonly ZodIssue[]): CareIssue[] {
  return issues.flatMap((issue) => convert(issue, []));
}

/**
 * The `params` to give a zod custom issue so that it maps to a carepath issue code.
 *
 * @example
 * ```ts
 * ctx.addIssue({ code: 'custom', message: 'unknown unit', params: issueParams('unknown-unit') });
 * ```
 * @category Core
 */
export function issueParams(code: IssueCode): { readonly carepathCode: IssueCode } {
  return { carepathCode: code };
}

/**
 * A string schema that must match `pattern`; a mismatch is an `invalid-format` issue whose
 * message is `description` (never the value, never the raw pattern).
 *
 * @example
 * ```ts
 * const clock = stringMatching(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day HH:mm');
 * ```
 * @category Core
 */
export function stringMatching(pattern: RegExp, description: string) {
  return z.string().superRefine((text, ctx) => {
    if (!pattern.test(text)) ctx.addIssue({ code: 'custom', message: description, params: issueParams('invalid-format') });
  });
}
