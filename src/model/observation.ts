import { z } from 'zod';
import { InstantSchema } from '../core/instant.js';
import { checkQuantity, looksLikeQuantity, measure, type EnteredQuantity } from './quantity.js';
import { OBSERVATIONS, ObservationCodeSchema, type ObservationCode } from './vocabulary.js';

/** Who or what produced a reading. @category Model */
export const ObservationOriginSchema = z.enum(['lab', 'clinic', 'home-device', 'wearable', 'self-reported']);
/** @category Model */
export type ObservationOrigin = z.infer<typeof ObservationOriginSchema>;

/**
 * An observation as a host sends it: a canonical code, a value with its unit, and the instant it
 * was taken (with an offset).
 *
 * @category Model
 */
export const ObservationInputSchema = z.strictObject({
  id: z.string().min(1).max(128).optional(),
  code: ObservationCodeSchema,
  value: z.number(),
  unit: z.string().min(1).max(40),
  effective: InstantSchema,
  origin: ObservationOriginSchema.optional(),
  /** What the host first entered, when carepath converted it; accepted so validation is idempotent. */
  entered: z.strictObject({ value: z.number(), unit: z.string().min(1).max(40) }).optional(),
});

/** @category Model */
export type ObservationInput = z.input<typeof ObservationInputSchema>;

/**
 * A validated observation, its value in the canonical unit of its code (glucose mmol/L, HbA1c %,
 * creatinine umol/L, UACR mg/g, ...). `entered` holds what the host sent when it was converted.
 *
 * @category Model
 */
export interface Observation {
  readonly id?: string;
  readonly code: ObservationCode;
  readonly value: number;
  readonly unit: string;
  readonly effective: string;
  readonly origin?: ObservationOrigin;
  readonly entered?: EnteredQuantity;
}

function observationCodeOf(value: unknown): ObservationCode | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const code = (value as Record<string, unknown>)['code'];
  const parsed = ObservationCodeSchema.safeParse(code);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Zod schema that validates an observation and converts it to the canonical unit of its code.
 * The unit and the data-entry bounds are checked even when another field of the same
 * observation is wrong, so one pass reports everything.
 *
 * @category Model
 */
export const ObservationSchema = ObservationInputSchema.superRefine(
  (input, ctx) => {
    const definition = OBSERVATIONS[input.code];
    checkQuantity(definition.kind, definition.plausible, input, ctx, input.code);
  },
  { when: (payload) => observationCodeOf(payload.value) !== undefined && looksLikeQuantity(payload.value) },
).transform((input): Observation => {
  const measured = measure(OBSERVATIONS[input.code].kind, input);
  return {
    ...(input.id === undefined ? {} : { id: input.id }),
    code: input.code,
    value: measured.value,
    unit: measured.unit,
    effective: input.effective,
    ...(input.origin === undefined ? {} : { origin: input.origin }),
    ...(measured.entered === undefined ? {} : { entered: measured.entered }),
  };
});
