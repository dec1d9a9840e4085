import { z } from 'zod';
import type { Localized } from '../core/i18n.js';
import { JsonValueSchema, type JsonValue } from '../core/json-value.js';

export type { JsonValue };
import { SourceSchema, type Source } from '../core/source.js';


const LocalizedSchema = z.strictObject({ 'zh-CN': z.string(), en: z.string() });

/**
 * One input of a score and what it contributed: `points` for points-based scores, `contribution`
 * (the term's value in the linear predictor) for equations.
 *
 * @category Risk
 */
export interface ScoreFactor {
  /** The input's name, as in the score's input schema (`age`, `bmi`, `waistCm`...). */
  readonly name: string;
  /** The value used (after unit conversion), or the band it fell in. */
  readonly input: JsonValue;
  readonly points?: number;
  readonly contribution?: number;
}

/**
 * The result of a score: value, category, probability where the score defines one, every
 * factor's contribution, what was not known, why (zh-CN and en), and the source with version.
 *
 * @category Risk
 */
export interface ScoreResult {
  readonly id: string;
  readonly version: string;
  readonly value: number;
  readonly category: string;
  readonly probability?: { readonly value: number; readonly horizonYears: number };
  readonly factors: readonly ScoreFactor[];
  /**
   * Optional inputs that were not known and were counted as absent (a risk factor not recorded
   * scores no points). Required inputs are never guessed: without them the score is not computed.
   */
  readonly missing: readonly string[];
  /** Score-specific facts: KDIGO colour and visits per year, IWGDF examination interval, ... */
  readonly details?: Readonly<Record<string, JsonValue>>;
  readonly rationale: Localized;
  readonly source: Source;
}

/** Zod schema of {@link ScoreResult} (outputs are checked against it in tests). @category Risk */
export const ScoreResultSchema = z.strictObject({
  id: z.string(),
  version: z.string(),
  value: z.number(),
  category: z.string(),
  probability: z.strictObject({ value: z.number().min(0).max(1), horizonYears: z.number().positive() }).optional(),
  factors: z.array(
    z.strictObject({ name: z.string(), input: JsonValueSchema, points: z.number().optional(), contribution: z.number().optional() }),
  ),
  missing: z.array(z.string()),
  details: z.record(z.string(), JsonValueSchema).optional(),
  rationale: LocalizedSchema,
  source: SourceSchema,
});
