import { z } from 'zod';
import type { CareError } from '../core/care-error.js';
import { right, type Either } from '../core/either.js';
import { citation } from '../core/source.js';
import type { PatientRecord } from '../model/patient-record.js';
import { readingsOf, type DeriveContext, type Derived, derived, missingInputs } from './derive.js';
import { runScore } from './run-score.js';
import type { ScoreDefinition } from './score-definition.js';
import type { ScoreResult } from './score-result.js';

const SOURCE = citation(
  'guideline',
  'glucose-cv',
  'Glycaemic variability as the coefficient of variation (SD / mean); stable at or below 36 % (Danne T, et al. International Consensus on Use of Continuous Glucose Monitoring. Diabetes Care 2017;40(12):1631-1640; Battelino T, et al. Diabetes Care 2019;42(8):1593-1603)',
  { version: 'CV threshold 36 % (Danne 2017)', doi: '10.2337/dc17-1600' },
);

/** The 2017 consensus threshold: %CV <= 36 % is stable glycaemia, above it unstable. */
const STABLE_MAX = 0.36;
/** Fewer readings give no meaningful spread: carepath's minimum, not a published number. */
const MIN_READINGS = 3;
/** Look-back of 14 days, the CGM consensus data period (Battelino 2019). */
export const GLUCOSE_VARIABILITY_WINDOW_DAYS = 14;

/** Input of {@link glucoseVariability}: glucose readings in mmol/L over a window. @category Risk */
export const GlucoseVariabilityInputSchema = z.strictObject({
  readingsMmolL: z.array(z.number().min(0.5).max(60)).min(MIN_READINGS).max(100_000),
  windowDays: z.number().int().min(1).max(366).optional(),
});

/** @category Risk */
export type GlucoseVariabilityInput = z.infer<typeof GlucoseVariabilityInputSchema>;

/**
 * Coefficient of variation of a list: sample standard deviation (n - 1) over the mean, the same
 * estimator as the rules module's `cv` operator, so a rule and a score never disagree. (With the
 * hundreds of readings of a CGM period the choice makes no difference; with a few meter readings
 * the sample SD is the unbiased one.)
 *
 * @internal
 */
export function coefficientOfVariation(values: readonly number[]): number {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1);
  return Math.sqrt(variance) / mean;
}

function compute(input: GlucoseVariabilityInput): Either<CareError, ScoreResult> {
  const cv = coefficientOfVariation(input.readingsMmolL);
  const mean = input.readingsMmolL.reduce((sum, value) => sum + value, 0) / input.readingsMmolL.length;
  const stable = cv <= STABLE_MAX;
  const percent = (cv * 100).toFixed(1);
  return right({
    id: 'glucose-variability',
    version: SOURCE.version ?? '',
    value: cv * 100,
    category: stable ? 'stable' : 'unstable',
    factors: [
      { name: 'readings', input: input.readingsMmolL.length },
      { name: 'meanMmolL', input: Number(mean.toFixed(2)) },
    ],
    missing: [],
    details: { threshold: STABLE_MAX * 100, windowDays: input.windowDays ?? GLUCOSE_VARIABILITY_WINDOW_DAYS },
    rationale: stable
      ? { en: `Glucose CV ${percent} % over ${input.readingsMmolL.length} readings: stable (36 % or less).`, 'zh-CN': `血糖变异系数 ${percent}%（${input.readingsMmolL.length} 次读数）：稳定（≤36%）。` }
      : { en: `Glucose CV ${percent} % over ${input.readingsMmolL.length} readings: unstable (above 36 %), a marker of hypoglycaemia risk and of diabetic-foot risk (004_eccb0a9eec47fd06.txt).`, 'zh-CN': `血糖变异系数 ${percent}%（${input.readingsMmolL.length} 次读数）：波动大（>36%），提示低血糖风险及糖尿病足风险（004_eccb0a9eec47fd06.txt）。` },
    source: SOURCE,
  });
}

/**
 * Glycaemic variability: the coefficient of variation of glucose readings (percent), stable at 36 %
 * or less. An input to diabetic-foot risk (seed `004_eccb0a9eec47fd06.txt`) and to tiering.
 *
 * @example
 * ```ts
 * glucoseVariability({ readingsMmolL: [5.2, 9.8, 4.1, 12.5, 6.0] });
 * // => Right { id: 'glucose-variability', value: 40.9..., category: 'unstable', ... }
 * ```
 * @category Risk
 */
export function glucoseVariability(input: unknown): Either<CareError, ScoreResult> {
  return runScore('glucose-variability', GlucoseVariabilityInputSchema, input, compute);
}

const GLUCOSE_CODES = ['glucose-capillary', 'glucose-fasting', 'glucose-postprandial-1h', 'glucose-postprandial-2h', 'glucose-random'] as const;

function fromRecord(record: PatientRecord, context: DeriveContext): Derived<GlucoseVariabilityInput> {
  const window = { ...context, lookbackDays: GLUCOSE_VARIABILITY_WINDOW_DAYS };
  const readings = GLUCOSE_CODES.flatMap((code) => readingsOf(record, code, window)).map((reading) => reading.value);
  return readings.length < MIN_READINGS ? missingInputs(['readingsMmolL']) : derived({ readingsMmolL: readings, windowDays: GLUCOSE_VARIABILITY_WINDOW_DAYS });
}

/** @internal */
export const glucoseVariabilityDefinition: ScoreDefinition<GlucoseVariabilityInput> = {
  id: 'glucose-variability',
  version: SOURCE.version ?? '',
  name: { en: 'Glucose variability (coefficient of variation)', 'zh-CN': '血糖变异系数' },
  source: SOURCE,
  inputSchema: GlucoseVariabilityInputSchema,
  score: glucoseVariability,
  fromRecord,
};
