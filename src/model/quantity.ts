import { z } from 'zod';
import { issueParams } from '../core/zod-issues.js';
import { acceptedUnits, canonicalUnit, toCanonical, type QuantityKind } from './units.js';

/** A value as the host entered it. @category Model */
export interface EnteredQuantity {
  readonly value: number;
  readonly unit: string;
}

/**
 * A value in its kind's canonical unit. `entered` keeps what the host sent when carepath
 * converted it, so no conversion is silent.
 *
 * @category Model
 */
export interface MeasuredQuantity {
  readonly value: number;
  readonly unit: string;
  readonly entered?: EnteredQuantity;
}

/**
 * The input form of a quantity: a finite number and the unit it is in. `entered` is accepted so
 * that a record carepath already validated validates again unchanged (validation is idempotent).
 *
 * @category Model
 */
export const QuantityInputSchema = z.strictObject({
  value: z.number(),
  unit: z.string().min(1).max(40),
  entered: z.strictObject({ value: z.number(), unit: z.string().min(1).max(40) }).optional(),
});

/** True when `value` has the shape `{ value: number, unit: string }`, whatever else is wrong around it. */
export function looksLikeQuantity(value: unknown): value is EnteredQuantity {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate['value'] === 'number' && Number.isFinite(candidate['value']) && typeof candidate['unit'] === 'string';
}

/**
 * Checks that `value unit` of a kind has a unit carepath knows and lies within `plausible` once
 * converted, reporting `unknown-unit` at `unit` or `too-small`/`too-big` at `value` through `ctx`.
 *
 * @internal
 */
export function checkQuantity(
  kind: QuantityKind,
  plausible: readonly [number, number],
  entered: EnteredQuantity,
  ctx: z.RefinementCtx,
  label: string,
): void {
  const converted = toCanonical(kind, entered.value, entered.unit);
  if (converted === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['unit'],
      message: `is not a unit carepath accepts for ${label}; use one of ${acceptedUnits(kind).join(', ')}`,
      params: issueParams('unknown-unit'),
    });
    return;
  }
  const [min, max] = plausible;
  if (converted.value < min || converted.value > max) {
    ctx.addIssue({
      code: 'custom',
      path: ['value'],
      message: `must lie between ${min} and ${max} ${canonicalUnit(kind)} for ${label} (after conversion); check the value and its unit`,
      params: issueParams(converted.value < min ? 'too-small' : 'too-big'),
    });
  }
}

/**
 * Converts a checked quantity to its canonical unit, keeping what was entered when that changed
 * anything.
 *
 * @internal
 */
export function measure(kind: QuantityKind, given: EnteredQuantity & { readonly entered?: EnteredQuantity | undefined }): MeasuredQuantity {
  const converted = toCanonical(kind, given.value, given.unit) ?? given;
  const changed = converted.unit !== given.unit || converted.value !== given.value;
  if (changed) return { value: converted.value, unit: converted.unit, entered: { value: given.value, unit: given.unit } };
  // Already canonical: keep what was originally entered, if the value says so.
  return given.entered === undefined
    ? { value: converted.value, unit: converted.unit }
    : { value: converted.value, unit: converted.unit, entered: { value: given.entered.value, unit: given.entered.unit } };
}

/**
 * A schema that reads `{ value, unit }` of a kind, checks the unit and the data-entry bounds,
 * and converts it to the canonical unit.
 *
 * @category Model
 */
export function quantitySchema(kind: QuantityKind, plausible: readonly [number, number], label: string) {
  return QuantityInputSchema.superRefine(
    (quantity, ctx) => {
      checkQuantity(kind, plausible, quantity, ctx, label);
    },
    { when: (payload) => looksLikeQuantity(payload.value) },
  ).transform((quantity): MeasuredQuantity => measure(kind, quantity));
}
