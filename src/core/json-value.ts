import { z } from 'zod';
import { issueParams } from './zod-issues.js';

/**
 * A JSON value: what rule documents, factors, details, episode context and effects are made of.
 *
 * @category Core
 */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** A JSON object: string keys, JSON values. @category Core */
export type JsonObject = { readonly [key: string]: JsonValue };

/**
 * Keys a JSON object carepath reads may not use: rule `var` paths may not touch them, and
 * `__proto__` would turn a plain copy into a prototype change.
 *
 * @internal
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'prototype', 'constructor']);

/**
 * Any JSON value, copied by parsing (never the caller's reference: outputs are frozen and inputs
 * must not be). Numbers must be finite; object keys may not be `__proto__`, `prototype` or
 * `constructor`.
 *
 * @category Core
 */
export const JsonValueSchema: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([z.null(), z.boolean(), z.number(), z.string(), z.array(JsonValueSchema), JsonObjectSchema]),
);

/**
 * A JSON object (see {@link JsonValueSchema}).
 *
 * @category Core
 */
export const JsonObjectSchema: z.ZodType<JsonObject> = z.lazy(() =>
  z.record(z.string(), JsonValueSchema).superRefine((value, ctx) => {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        ctx.addIssue({ code: 'custom', path: [key], message: 'is a reserved key (__proto__, prototype, constructor)', params: issueParams('invalid-value') });
      }
    }
  }),
);
