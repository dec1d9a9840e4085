import { z } from 'zod';
import type { CareError } from '../core/care-error.js';
import { right, type Either } from '../core/either.js';
import { citation } from '../core/source.js';
import type { PatientRecord } from '../model/patient-record.js';
import { bandOf, type Bands } from './bands.js';
import { ageOn, bmiOf, familyDegree, hasCondition, notApplicable, requireAllBut, type DeriveContext, type Derived } from './derive.js';
import { runScore } from './run-score.js';
import type { ScoreDefinition } from './score-definition.js';
import type { ScoreFactor, ScoreResult } from './score-result.js';

const SOURCE = citation(
  'score',
  'ada-risk-test',
  'ADA/CDC Type 2 Diabetes Risk Test, 7 items (adapted from Bang H, et al. Ann Intern Med 2009;151(11):775-783); CDC "How your test is scored"',
  { version: 'ADA/CDC 7-item test, 0-10, cut-off >= 5', url: 'https://www.cdc.gov/diabetes/widgets/risktest/how-your-test-is-scored.html' },
);

/** Input of {@link adaRiskTest}. @category Risk */
export const AdaRiskTestInputSchema = z
  .strictObject({
    age: z.number().int().min(0).max(130),
    sex: z.enum(['female', 'male']),
    /** Ever diagnosed with gestational diabetes (women only). */
    gestationalDiabetesHistory: z.boolean(),
    /** Diabetes in the mother, father, a sister or a brother (children do not count on this test). */
    familyHistory: z.boolean(),
    /** Ever diagnosed with high blood pressure. */
    hypertension: z.boolean(),
    physicallyActive: z.boolean(),
    bmi: z.number().min(5).max(150),
    /** Asian ancestry: the weight category starts at BMI 23 instead of 25. */
    asian: z.boolean().optional(),
  })
  .superRefine((input, ctx) => {
    if (input.sex === 'male' && input.gestationalDiabetesHistory) {
      ctx.addIssue({ code: 'custom', path: ['gestationalDiabetesHistory'], message: 'applies only to women', params: { carepathCode: 'inconsistent' } });
    }
  });

/** @category Risk */
export type AdaRiskTestInput = z.infer<typeof AdaRiskTestInputSchema>;

// CDC scoring page: age < 40: 0; 40-49: 1; 50-59: 2; >= 60: 3.
const AGE: Bands<number> = { rows: [[39, 0], [49, 1], [59, 2], [Infinity, 3]], inclusive: true };
// Weight category as BMI: < 25: 0; 25-29.9: 1; 30-39.9: 2; >= 40: 3 (CDC page and printed form).
const BMI: Bands<number> = { rows: [[25, 0], [30, 1], [40, 2], [Infinity, 3]], inclusive: false };
/**
 * Asian Americans score the first weight point from BMI 23 (CDC chart: "< 23 if Asian"; ADA
 * Standards of Care 2025, section 2, Asian BMI cut-off 23). The chart's upper Asian bands ("about 15
 * pounds lower") were not verifiable: carepath keeps the general upper bands, so it may under-count
 * one point for an Asian patient with BMI 27.5-30 or 37.5-40, and never over-counts.
 */
const ASIAN_FIRST_POINT_BMI = 23;
/** CDC: a total of 5 or more is high risk. */
const CUT_OFF = 5;

function compute(input: AdaRiskTestInput): Either<CareError, ScoreResult> {
  const bmiPoints = input.asian === true && input.bmi >= ASIAN_FIRST_POINT_BMI && input.bmi < 25 ? 1 : bandOf(BMI, input.bmi);
  const factors: ScoreFactor[] = [
    { name: 'age', input: input.age, points: bandOf(AGE, input.age) },
    { name: 'sex', input: input.sex, points: input.sex === 'male' ? 1 : 0 },
    { name: 'gestationalDiabetesHistory', input: input.gestationalDiabetesHistory, points: input.gestationalDiabetesHistory ? 1 : 0 },
    { name: 'familyHistory', input: input.familyHistory, points: input.familyHistory ? 1 : 0 },
    { name: 'hypertension', input: input.hypertension, points: input.hypertension ? 1 : 0 },
    // The ADA/CDC form scores inactivity +1; Bang 2009 scored activity -1 (a trap: not this test).
    { name: 'physicallyActive', input: input.physicallyActive, points: input.physicallyActive ? 0 : 1 },
    { name: 'bmi', input: Number(input.bmi.toFixed(1)), points: bmiPoints },
  ];
  const total = factors.reduce((sum, factor) => sum + (factor.points ?? 0), 0);
  const high = total >= CUT_OFF;
  return right({
    id: 'ada-risk-test',
    version: SOURCE.version ?? '',
    value: total,
    category: high ? 'high-risk' : 'below-cut-off',
    factors,
    missing: input.asian === undefined ? ['asian'] : [],
    details: { cutOff: CUT_OFF },
    rationale: high
      ? { en: `ADA risk test ${total}/10 (5 or more): increased risk of prediabetes and high risk of type 2 diabetes; test glucose.`, 'zh-CN': `ADA 糖尿病风险测试 ${total}/10（≥5）：糖尿病前期风险增加、2型糖尿病高风险，建议检测血糖。` }
      : { en: `ADA risk test ${total}/10, below 5.`, 'zh-CN': `ADA 糖尿病风险测试 ${total}/10，低于5分。` },
    source: SOURCE,
  });
}

/**
 * The ADA/CDC Type 2 Diabetes Risk Test (7 items, 0-10; 5 or more is high risk). Not the original
 * Bang 2009 score, which scored physical activity -1.
 *
 * @example
 * ```ts
 * adaRiskTest({ age: 62, sex: 'male', gestationalDiabetesHistory: false, familyHistory: false, hypertension: false,
 *   physicallyActive: true, bmi: 24.4 });
 * // => Right { id: 'ada-risk-test', value: 4, category: 'below-cut-off', ... }
 * ```
 * @category Risk
 */
export function adaRiskTest(input: unknown): Either<CareError, ScoreResult> {
  return runScore('ada-risk-test', AdaRiskTestInputSchema, input, compute);
}

/** WHO 2020 guidelines on physical activity: at least 150 minutes of moderate activity a week. */
const ACTIVE_MINUTES_PER_WEEK = 150;

function fromRecord(record: PatientRecord, context: DeriveContext): Derived<AdaRiskTestInput> {
  if (hasCondition(record, ['diabetes-type-1', 'diabetes-type-2'], context.asOf, ['active', 'remission']) === true) {
    return notApplicable('The ADA risk test screens for undiagnosed diabetes; the patient has a diabetes diagnosis', 'ADA 风险测试用于筛查未确诊糖尿病；患者已诊断糖尿病');
  }
  const sex = record.sex === 'female' || record.sex === 'male' ? record.sex : undefined;
  const minutes = record.lifestyle?.physicalActivityMinutesPerWeek;
  const degree = familyDegree(record, 'diabetes', ['mother', 'father', 'parent', 'sister', 'brother', 'sibling']);
  const gdm = hasCondition(record, ['gestational-diabetes'], context.asOf);
  const ancestry = record.ancestry;
  return requireAllBut(
    {
      age: ageOn(record, context.asOf),
      sex,
      gestationalDiabetesHistory: sex === 'male' ? false : gdm,
      familyHistory: degree === undefined ? undefined : degree === 1,
      hypertension: hasCondition(record, ['hypertension'], context.asOf),
      physicallyActive: record.lifestyle?.dailyActivity30Min ?? (minutes === undefined ? undefined : minutes >= ACTIVE_MINUTES_PER_WEEK),
      bmi: bmiOf(record, context),
      asian: ancestry === undefined ? undefined : ['east-asian', 'south-asian', 'southeast-asian'].includes(ancestry),
    },
    ['asian'],
  );
}

/** @internal */
export const adaRiskTestDefinition: ScoreDefinition<AdaRiskTestInput> = {
  id: 'ada-risk-test',
  version: SOURCE.version ?? '',
  name: { en: 'ADA/CDC Type 2 Diabetes Risk Test', 'zh-CN': 'ADA 2型糖尿病风险测试' },
  source: SOURCE,
  inputSchema: AdaRiskTestInputSchema,
  score: adaRiskTest,
  fromRecord,
};
