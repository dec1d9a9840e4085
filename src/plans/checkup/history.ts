import { z } from 'zod';
import { IsoDateSchema } from '../../core/iso-date.js';

/**
 * One previous screening result: which item, when, normal or abnormal, and optional details (the
 * test used, for items with test options such as colorectal screening; a short finding code).
 * Free-text notes are deliberately not accepted: the plan never needs them and they could carry
 * personal data.
 *
 * @example
 * ```ts
 * const entry = { item: 'colorectal-screening', date: '2019-06-03', result: 'normal', details: { test: 'colonoscopy' } };
 * ```
 * @category Check-up
 */
export const ScreeningHistoryEntrySchema = z.strictObject({
  item: z
    .string()
    .max(60)
    .regex(/^[a-z0-9][a-z0-9.-]*$/, 'must be an item code'),
  date: IsoDateSchema,
  result: z.enum(['normal', 'abnormal']),
  details: z
    .strictObject({
      /** The test used, one of the rule's `options[].test` (`fit`, `colonoscopy`, `cytology`, `hpv`, `cotest`...). */
      test: z
        .string()
        .max(60)
        .regex(/^[a-z0-9][a-z0-9.-]*$/, 'must be a test code')
        .optional(),
      /** A finding code from the centre's own vocabulary (`atrophic-gastritis`, `nodule-4mm`). */
      finding: z
        .string()
        .max(60)
        .regex(/^[a-z0-9][a-z0-9.-]*$/, 'must be a finding code')
        .optional(),
    })
    .optional(),
});
/** @category Check-up */
export type ScreeningHistoryEntry = z.output<typeof ScreeningHistoryEntrySchema>;

/**
 * The previous screening results of one person, in any order. Dates after `asOf` are rejected
 * by {@link generateCheckupPlan}.
 *
 * @example
 * ```ts
 * validate(ScreeningHistorySchema, [{ item: 'ldct-lung', date: '2025-03-01', result: 'normal' }], 'History');
 * // => { _tag: 'Right', right: [{ item: 'ldct-lung', date: '2025-03-01', result: 'normal' }] }
 * ```
 * @category Check-up
 */
export const ScreeningHistorySchema = z.array(ScreeningHistoryEntrySchema).max(5000);
/** @category Check-up */
export type ScreeningHistory = z.output<typeof ScreeningHistorySchema>;
