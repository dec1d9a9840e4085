import { z } from 'zod';
import type { CareIssue, PathSegment } from '../core/care-error.js';
import { instantToEpochMs } from '../core/instant.js';
import { isoDateParts } from '../core/iso-date.js';
import { issueParams, stringMatching } from '../core/zod-issues.js';
import type { JsonValue } from '../rules/index.js';
import type { JsonObject } from './json-value.js';

const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/**
 * One field of an event payload: its type and bounds.
 *
 * - `type`: `string`, `number`, `integer`, `boolean`, `instant` (RFC 3339 with offset) or `date`
 *   (`YYYY-MM-DD`).
 * - `optional`: the field may be left out (fields are required unless this is `true`).
 * - `values`: for strings, the allowed values.
 * - `min` / `max`: for numbers, inclusive bounds.
 * - `maxLength`: for strings (default 500).
 *
 * @category Lifecycle
 */
export const PayloadFieldSchema = z
  .object({
    type: z.enum(['string', 'number', 'integer', 'boolean', 'instant', 'date']),
    optional: z.boolean().optional(),
    values: z.array(z.string().min(1).max(200)).min(1).max(100).optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    maxLength: z.number().int().min(1).max(10_000).optional(),
    description: z.string().max(500).optional(),
  })
  .strict()
  .superRefine((field, ctx) => {
    if (field.values !== undefined && field.type !== 'string') {
      ctx.addIssue({ code: 'custom', path: ['values'], message: 'applies to string fields only', params: issueParams('inconsistent') });
    }
    if ((field.min !== undefined || field.max !== undefined) && field.type !== 'number' && field.type !== 'integer') {
      ctx.addIssue({ code: 'custom', path: ['min'], message: 'min and max apply to number and integer fields only', params: issueParams('inconsistent') });
    }
    if (field.min !== undefined && field.max !== undefined && field.min > field.max) {
      ctx.addIssue({ code: 'custom', path: ['max'], message: 'must not be less than min', params: issueParams('inconsistent') });
    }
  });

/** @category Lifecycle */
export type PayloadField = z.infer<typeof PayloadFieldSchema>;

/**
 * The payload an event carries, as data: field name → {@link PayloadField}. Fields not listed are
 * rejected. A small, JSON-Schema-like language that a hospital can write in its machine's JSON.
 *
 * @example
 * ```ts
 * const spec = { outcome: { type: 'string', values: ['satisfactory', 'unsatisfactory'] }, note: { type: 'string', optional: true } };
 * ```
 * @category Lifecycle
 */
export const PayloadSpecSchema = z.record(
  stringMatching(FIELD_NAME, 'must be a field name: a letter, then letters, digits or _'),
  PayloadFieldSchema,
);

/** @category Lifecycle */
export type PayloadSpec = z.infer<typeof PayloadSpecSchema>;

function typeOf(value: JsonValue): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function fieldIssues(field: PayloadField, value: JsonValue, path: readonly PathSegment[]): CareIssue[] {
  const at = (code: CareIssue['code'], message: string): CareIssue[] => [{ path, code, message }];
  switch (field.type) {
    case 'boolean':
      return typeof value === 'boolean' ? [] : at('invalid-type', `expected boolean, received ${typeOf(value)}`);
    case 'number':
    case 'integer': {
      if (typeof value !== 'number') return at('invalid-type', `expected number, received ${typeOf(value)}`);
      if (field.type === 'integer' && !Number.isInteger(value)) return at('not-integer', 'must be a whole number');
      if (field.min !== undefined && value < field.min) return at('too-small', `must be >= ${field.min}`);
      if (field.max !== undefined && value > field.max) return at('too-big', `must be <= ${field.max}`);
      return [];
    }
    case 'instant':
      if (typeof value !== 'string') return at('invalid-type', `expected string, received ${typeOf(value)}`);
      return instantToEpochMs(value)._tag === 'Right' ? [] : at('invalid-instant', 'must be a date-time with an offset');
    case 'date':
      if (typeof value !== 'string') return at('invalid-type', `expected string, received ${typeOf(value)}`);
      return isoDateParts(value) === undefined ? at('invalid-date', 'must be a real calendar date written YYYY-MM-DD') : [];
    case 'string': {
      if (typeof value !== 'string') return at('invalid-type', `expected string, received ${typeOf(value)}`);
      if (field.values !== undefined && !field.values.includes(value)) {
        return at('invalid-value', `must be one of ${field.values.map((allowed) => JSON.stringify(allowed)).join(', ')}`);
      }
      const limit = field.maxLength ?? 500;
      return value.length > limit ? at('too-big', `must have at most ${limit} characters`) : [];
    }
  }
}

/**
 * Every problem of a payload against its spec, with paths under `prefix`. Messages never quote a
 * value from the payload; an unknown field whose name does not look like a field name is reported
 * without its name.
 */
export function checkPayload(spec: PayloadSpec | undefined, payload: JsonObject, prefix: readonly PathSegment[]): CareIssue[] {
  const fields = spec ?? {};
  const issues: CareIssue[] = [];
  for (const [name, field] of Object.entries(fields)) {
    const value = Object.hasOwn(payload, name) ? payload[name] : undefined;
    if (value === undefined) {
      if (field.optional !== true) issues.push({ path: [...prefix, name], code: 'required', message: 'is required' });
    } else {
      issues.push(...fieldIssues(field, value, [...prefix, name]));
    }
  }
  for (const name of Object.keys(payload)) {
    if (!Object.hasOwn(fields, name)) {
      issues.push(
        FIELD_NAME.test(name)
          ? { path: [...prefix, name], code: 'unknown-field', message: 'is not a field of this event' }
          : { path: [...prefix], code: 'unknown-field', message: 'has a field that is not known (name withheld)' },
      );
    }
  }
  return issues;
}
