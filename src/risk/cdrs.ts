import { z } from 'zod';
import type { CareError } from '../core/care-error.js';
import { right, type Either } from '../core/either.js';
import { citation } from '../core/source.js';
import type { PatientRecord } from '../model/patient-record.js';
import { bandOf, type Bands } from './bands.js';
import { ageOn, bmiOf, familyDegree, hasCondition, latestOf, notApplicable, requireAll, waistOf, type DeriveContext, type Derived } from './derive.js';
import { outOfPopulation, runScore } from './run-score.js';
import type { ScoreDefinition } from './score-definition.js';
import type { ScoreFactor, ScoreResult } from './score-result.js';

const SOURCE = citation(
  'score',
  'cdrs',
  'Chinese Diabetes Risk Score (Zhou X, Qiao Q, Ji L, et al. Diabetes Care 2013;36(12):3944-3952); point table as reproduced in the Chinese Diabetes Society guideline 2020 (中国糖尿病风险评分表)',
  { version: 'Zhou 2013, 0-51' },
);

/** Input of {@link cdrs}. @category Risk */
export const CdrsInputSchema = z.strictObject({
  /** Years; derived in people aged 20-74 (Zhou 2013), outside that range the score is not computed. */
  age: z.number().int().min(0).max(130),
  sex: z.enum(['female', 'male']),
  bmi: z.number().min(5).max(150),
  waistCm: z.number().min(20).max(300),
  /** Systolic blood pressure, mmHg (data-entry bound 40-300). */
  sbpMmHg: z.number().min(40).max(300),
  /** Diabetes in a parent, sibling or child. */
  familyHistoryFirstDegree: z.boolean(),
});

/** @category Risk */
export type CdrsInput = z.infer<typeof CdrsInputSchema>;

// Zhou 2013 / CDS 2020 point table. Age bands on whole years, inclusive upper bounds.
const AGE: Bands<number> = { rows: [[24, 0], [34, 4], [39, 8], [44, 11], [49, 12], [54, 13], [59, 15], [64, 16], [Infinity, 18]], inclusive: true };
// BMI < 22.0: 0; 22.0-23.9: 1; 24.0-29.9: 3; >= 30.0: 5.
const BMI: Bands<number> = { rows: [[22, 0], [24, 1], [30, 3], [Infinity, 5]], inclusive: false };
// Waist, men: < 75: 0; 75-79.9: 3; 80-84.9: 5; 85-89.9: 7; 90-94.9: 8; >= 95: 10. Women 5 cm lower.
const WAIST_MEN: Bands<number> = { rows: [[75, 0], [80, 3], [85, 5], [90, 7], [95, 8], [Infinity, 10]], inclusive: false };
const WAIST_WOMEN: Bands<number> = { rows: [[70, 0], [75, 3], [80, 5], [85, 7], [90, 8], [Infinity, 10]], inclusive: false };
// SBP < 110: 0; 110-119: 1; 120-129: 3; 130-139: 6; 140-149: 7; 150-159: 8; >= 160: 10.
const SBP: Bands<number> = { rows: [[110, 0], [120, 1], [130, 3], [140, 6], [150, 7], [160, 8], [Infinity, 10]], inclusive: false };
/** Zhou 2013: the optimal cut-off, at which the CDS guideline recommends an OGTT. */
const CUT_OFF = 25;

function compute(input: CdrsInput): Either<CareError, ScoreResult> {
  // Derived in ages 20-74 (Zhou 2013).
  if (input.age < 20 || input.age > 74) return outOfPopulation('cdrs', ['age'], 'must be between 20 and 74 years, the population the score was derived in');
  const factors: ScoreFactor[] = [
    { name: 'age', input: input.age, points: bandOf(AGE, input.age) },
    { name: 'sex', input: input.sex, points: input.sex === 'male' ? 2 : 0 },
    { name: 'bmi', input: Number(input.bmi.toFixed(1)), points: bandOf(BMI, input.bmi) },
    { name: 'waistCm', input: input.waistCm, points: bandOf(input.sex === 'male' ? WAIST_MEN : WAIST_WOMEN, input.waistCm) },
    { name: 'sbpMmHg', input: input.sbpMmHg, points: bandOf(SBP, input.sbpMmHg) },
    { name: 'familyHistoryFirstDegree', input: input.familyHistoryFirstDegree, points: input.familyHistoryFirstDegree ? 6 : 0 },
  ];
  const total = factors.reduce((sum, factor) => sum + (factor.points ?? 0), 0);
  const high = total >= CUT_OFF;
  return right({
    id: 'cdrs',
    version: SOURCE.version ?? '',
    value: total,
    category: high ? 'high-risk' : 'below-cut-off',
    factors,
    missing: [],
    details: { cutOff: CUT_OFF },
    rationale: high
      ? { en: `CDRS ${total}/51, at or above the cut-off of ${CUT_OFF}: screen for diabetes with an OGTT.`, 'zh-CN': `中国糖尿病风险评分 ${total}/51，达到 ${CUT_OFF} 分切点：建议行 OGTT 筛查糖尿病。` }
      : { en: `CDRS ${total}/51, below the cut-off of ${CUT_OFF}.`, 'zh-CN': `中国糖尿病风险评分 ${total}/51，低于 ${CUT_OFF} 分切点。` },
    source: SOURCE,
  });
}

/**
 * The Chinese Diabetes Risk Score (Zhou 2013, 0-51): points for age, sex, BMI, waist, systolic
 * blood pressure and family history; 25 or more calls for an OGTT. Ages 20-74 only.
 *
 * @example
 * ```ts
 * cdrs({ age: 48, sex: 'male', bmi: 26, waistCm: 88, sbpMmHg: 135, familyHistoryFirstDegree: false });
 * // => Right { id: 'cdrs', value: 30, category: 'high-risk', ... }
 * ```
 * @category Risk
 */
export function cdrs(input: unknown): Either<CareError, ScoreResult> {
  return runScore('cdrs', CdrsInputSchema, input, compute);
}

function fromRecord(record: PatientRecord, context: DeriveContext): Derived<CdrsInput> {
  if (hasCondition(record, ['diabetes-type-1', 'diabetes-type-2'], context.asOf, ['active', 'remission']) === true) {
    return notApplicable('The CDRS screens for undiagnosed diabetes; the patient has a diabetes diagnosis', '中国糖尿病风险评分用于筛查未确诊糖尿病；患者已诊断糖尿病');
  }
  const degree = familyDegree(record, 'diabetes');
  return requireAll({
    age: ageOn(record, context.asOf),
    sex: record.sex === 'female' || record.sex === 'male' ? record.sex : undefined,
    bmi: bmiOf(record, context),
    waistCm: waistOf(record, context),
    sbpMmHg: latestOf(record, 'bp-systolic', context)?.value,
    familyHistoryFirstDegree: degree === undefined ? undefined : degree === 1,
  });
}

/** @internal */
export const cdrsDefinition: ScoreDefinition<CdrsInput> = {
  id: 'cdrs',
  version: SOURCE.version ?? '',
  name: { en: 'Chinese Diabetes Risk Score', 'zh-CN': '中国糖尿病风险评分' },
  source: SOURCE,
  inputSchema: CdrsInputSchema,
  score: cdrs,
  fromRecord,
};
