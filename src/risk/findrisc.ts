import { z } from 'zod';
import type { CareError } from '../core/care-error.js';
import { right, type Either } from '../core/either.js';
import { citation } from '../core/source.js';
import type { PatientRecord } from '../model/patient-record.js';
import { bandOf, type Bands } from './bands.js';
import {
  ageOn,
  bmiOf,
  familyDegree,
  hasCondition,
  isAntihypertensive,
  notApplicable,
  requireAll,
  takesMedication,
  waistOf,
  type DeriveContext,
  type Derived,
} from './derive.js';
import { runScore } from './run-score.js';
import type { ScoreDefinition } from './score-definition.js';
import type { ScoreFactor, ScoreResult } from './score-result.js';

/**
 * The FINDRISC questionnaire form (Type 2 Diabetes Risk Assessment Form, Lindström and
 * Tuomilehto), the 8-item 0-26 version used in practice. The 2003 paper's 0-20 score differs
 * (no family history, age stops at 55-64): this is the form, labelled as such.
 */
const SOURCE = citation('score', 'findrisc', 'FINDRISC: Type 2 Diabetes Risk Assessment Form (Lindström J, Tuomilehto J; Diabetes Care 2003;26(3):725-731)', {
  version: 'questionnaire form, 8 items, 0-26',
  doi: '10.2337/diacare.26.3.725',
});

/** Input of {@link findrisc}: the eight answers of the form. @category Risk */
export const FindriscInputSchema = z.strictObject({
  /** Years; data-entry bound 0-130. */
  age: z.number().int().min(0).max(130),
  sex: z.enum(['female', 'male']),
  /** kg/m2; data-entry bound 5-150. */
  bmi: z.number().min(5).max(150),
  /** Measured below the ribs, usually at the navel; cm, data-entry bound 20-300. */
  waistCm: z.number().min(20).max(300),
  /** At least 30 minutes of physical activity every day (work and/or leisure). */
  dailyActivity30Min: z.boolean(),
  /** Vegetables, fruit or berries every day. */
  vegetablesFruitDaily: z.boolean(),
  /** Ever taken antihypertensive medication regularly. */
  antihypertensiveMedication: z.boolean(),
  /** Ever found to have high blood glucose (health check, illness, pregnancy). */
  highBloodGlucoseEver: z.boolean(),
  /** Relatives with diabetes (type 1 or 2): parent, sibling or own child is first-degree; grandparent, aunt, uncle or first cousin second-degree. */
  familyHistory: z.enum(['none', 'second-degree', 'first-degree']),
});

/** @category Risk */
export type FindriscInput = z.infer<typeof FindriscInputSchema>;

// Points of the form (section 1.2 of the score's definition). Bands are printed as closed ranges:
// age 64 scores 3, 65 scores 4; BMI exactly 30 scores 1; waist exactly 102 (men) / 88 (women) scores 3.
const AGE_POINTS = { rows: [[44, 0], [54, 2], [64, 3], [Infinity, 4]], inclusive: true } as const;
const bmiPoints = (bmi: number): number => (bmi < 25 ? 0 : bmi <= 30 ? 1 : 3);
const waistPoints = (waist: number, sex: 'female' | 'male'): number => {
  const [low, high] = sex === 'male' ? [94, 102] : [80, 88];
  return waist < low ? 0 : waist <= high ? 3 : 4;
};

// Total score -> category and estimated 10-year risk of type 2 diabetes, as printed on the form.
interface Category {
  readonly category: string;
  readonly risk: number;
  readonly en: string;
  readonly zh: string;
}

const CATEGORIES: Bands<Category> = {
  rows: [
    [6, { category: 'low', risk: 0.01, en: 'low (about 1 in 100)', zh: '低（约1/100）' }],
    [11, { category: 'slightly-elevated', risk: 0.04, en: 'slightly elevated (about 1 in 25)', zh: '略高（约1/25）' }],
    [14, { category: 'moderate', risk: 0.17, en: 'moderate (about 1 in 6)', zh: '中等（约1/6）' }],
    [20, { category: 'high', risk: 0.33, en: 'high (about 1 in 3)', zh: '高（约1/3）' }],
    [Infinity, { category: 'very-high', risk: 0.5, en: 'very high (about 1 in 2)', zh: '很高（约1/2）' }],
  ],
  inclusive: true,
};

function compute(input: FindriscInput): Either<CareError, ScoreResult> {
  const factors: ScoreFactor[] = [
    { name: 'age', input: input.age, points: bandOf(AGE_POINTS, input.age) },
    { name: 'bmi', input: Number(input.bmi.toFixed(1)), points: bmiPoints(input.bmi) },
    { name: 'waistCm', input: input.waistCm, points: waistPoints(input.waistCm, input.sex) },
    { name: 'dailyActivity30Min', input: input.dailyActivity30Min, points: input.dailyActivity30Min ? 0 : 2 },
    { name: 'vegetablesFruitDaily', input: input.vegetablesFruitDaily, points: input.vegetablesFruitDaily ? 0 : 1 },
    { name: 'antihypertensiveMedication', input: input.antihypertensiveMedication, points: input.antihypertensiveMedication ? 2 : 0 },
    { name: 'highBloodGlucoseEver', input: input.highBloodGlucoseEver, points: input.highBloodGlucoseEver ? 5 : 0 },
    { name: 'familyHistory', input: input.familyHistory, points: { none: 0, 'second-degree': 3, 'first-degree': 5 }[input.familyHistory] },
  ];
  const total = factors.reduce((sum, factor) => sum + (factor.points ?? 0), 0);
  const band = bandOf(CATEGORIES, total);
  const top = factors.filter((factor) => (factor.points ?? 0) > 0).map((factor) => `${factor.name} +${factor.points ?? 0}`);
  return right({
    id: 'findrisc',
    version: SOURCE.version ?? '',
    value: total,
    category: band.category,
    probability: { value: band.risk, horizonYears: 10 },
    factors,
    missing: [],
    rationale: {
      en: `FINDRISC ${total}/26: ${band.en} risk of type 2 diabetes within 10 years${top.length > 0 ? ` (${top.join(', ')})` : ''}.`,
      'zh-CN': `FINDRISC 评分 ${total}/26：未来10年2型糖尿病风险${band.zh}${top.length > 0 ? `（${top.join('，')}）` : ''}。`,
    },
    source: SOURCE,
  });
}

/**
 * FINDRISC, the Finnish Diabetes Risk Score (questionnaire form, 0-26): total points, the form's
 * category and its estimated 10-year risk of type 2 diabetes.
 *
 * @param input - the eight answers ({@link FindriscInputSchema})
 * @returns the score, or `Left` (`invalid-input`) naming each path at fault
 *
 * @example
 * ```ts
 * findrisc({ age: 60, sex: 'female', bmi: 32, waistCm: 92, dailyActivity30Min: false, vegetablesFruitDaily: false,
 *   antihypertensiveMedication: true, highBloodGlucoseEver: true, familyHistory: 'first-degree' });
 * // => Right { id: 'findrisc', value: 25, category: 'very-high', probability: { value: 0.5, horizonYears: 10 }, ... }
 * ```
 * @category Risk
 */
export function findrisc(input: unknown): Either<CareError, ScoreResult> {
  return runScore('findrisc', FindriscInputSchema, input, compute);
}

function fromRecord(record: PatientRecord, context: DeriveContext): Derived<FindriscInput> {
  // FINDRISC screens people not known to have diabetes.
  if (hasCondition(record, ['diabetes-type-1', 'diabetes-type-2'], context.asOf, ['active', 'remission']) === true) {
    return notApplicable('FINDRISC screens for undiagnosed diabetes; the patient has a diabetes diagnosis', 'FINDRISC 用于筛查未确诊糖尿病；患者已诊断糖尿病');
  }
  const age = ageOn(record, context.asOf);
  const sex = record.sex === 'female' || record.sex === 'male' ? record.sex : undefined;
  const bmi = bmiOf(record, context);
  const waistCm = waistOf(record, context);
  const dailyActivity30Min = record.lifestyle?.dailyActivity30Min;
  const vegetablesFruitDaily = record.lifestyle?.vegetablesFruitDaily;
  const antihypertensiveMedication = takesMedication(record, isAntihypertensive, true);
  // A recorded prediabetes or gestational diabetes is evidence of a high glucose found before.
  const evidence = hasCondition(record, ['prediabetes', 'gestational-diabetes'], context.asOf) === true ? true : undefined;
  const highBloodGlucoseEver = record.history?.highBloodGlucoseEver ?? evidence;
  const degree = familyDegree(record, 'diabetes');
  const familyHistory = degree === undefined ? undefined : degree === 0 ? 'none' : degree === 1 ? 'first-degree' : 'second-degree';
  return requireAll({ age, sex, bmi, waistCm, dailyActivity30Min, vegetablesFruitDaily, antihypertensiveMedication, highBloodGlucoseEver, familyHistory });
}

/** @internal */
export const findriscDefinition: ScoreDefinition<FindriscInput> = {
  id: 'findrisc',
  version: SOURCE.version ?? '',
  name: { en: 'FINDRISC (Finnish Diabetes Risk Score)', 'zh-CN': 'FINDRISC 芬兰糖尿病风险评分' },
  source: SOURCE,
  inputSchema: FindriscInputSchema,
  score: findrisc,
  fromRecord,
};
