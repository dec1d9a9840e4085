import { z } from 'zod';
import type { CareError } from '../core/care-error.js';
import { right, type Either } from '../core/either.js';
import { citation } from '../core/source.js';
import type { PatientRecord } from '../model/patient-record.js';
import { CREATININE_UMOL_PER_MG, egfrCkdEpi2021 } from './ckd-epi-2021.js';
import { ageOn, hasCondition, latestOf, notApplicable, readingsOf, requireAllBut, type DeriveContext, type Derived } from './derive.js';
import { coefficientOfVariation, GLUCOSE_VARIABILITY_WINDOW_DAYS } from './glucose-variability.js';
import { runScore } from './run-score.js';
import type { ScoreDefinition } from './score-definition.js';
import type { ScoreFactor, ScoreResult } from './score-result.js';

const SOURCE = citation(
  'guideline',
  'iwgdf-2023',
  'IWGDF 2023 risk stratification system and foot screening frequency (Bus SA, et al. Diabetes Metab Res Rev 2024;40(3):e3651; Schaper NC, et al. Diabetes Metab Res Rev 2024;40(3):e3657)',
  { version: 'IWGDF 2023' },
);

/** Input of {@link iwgdfFoot}: the findings of a foot examination and the history. @category Risk */
export const IwgdfFootInputSchema = z.strictObject({
  /** Loss of protective sensation. */
  lops: z.boolean(),
  /** Peripheral artery disease. */
  pad: z.boolean(),
  /** Foot deformity, including limited foot or ankle movement. */
  deformity: z.boolean(),
  ulcerHistory: z.boolean(),
  /** Minor or major lower-extremity amputation. */
  amputation: z.boolean(),
  endStageRenalDisease: z.boolean(),
  /** Coefficient of variation of recent glucose readings, percent (reported, does not change the category). */
  glucoseCvPercent: z.number().min(0).max(500).optional(),
  /**
   * IWGDF defines category 3 as LOPS or PAD with an ulcer, an amputation or ESRD. A history of
   * ulcer, amputation or ESRD without LOPS or PAD meets no category as written (it would be 0).
   * carepath escalates it to 3 by default (see the rationale) ; `false` applies the table literally.
   */
  escalateHistoryWithoutLopsOrPad: z.boolean().optional(),
});

/** @category Risk */
export type IwgdfFootInput = z.infer<typeof IwgdfFootInputSchema>;

// IWGDF 2023 categories and screening frequency (months between examinations).
const CATEGORIES = [
  { category: 'very-low', intervalMonths: [12, 12], en: 'very low risk: examine once a year', zh: '极低风险：每年检查1次' },
  { category: 'low', intervalMonths: [6, 12], en: 'low risk: examine every 6-12 months', zh: '低风险：每6~12个月检查1次' },
  { category: 'moderate', intervalMonths: [3, 6], en: 'moderate risk: examine every 3-6 months', zh: '中风险：每3~6个月检查1次' },
  { category: 'high', intervalMonths: [1, 3], en: 'high risk: examine every 1-3 months', zh: '高风险：每1~3个月检查1次' },
] as const;

/** Danne 2017: %CV above 36 % is unstable glycaemia. */
const CV_UNSTABLE = 36;

function compute(input: IwgdfFootInput): Either<CareError, ScoreResult> {
  const lopsOrPad = input.lops || input.pad;
  const history = input.ulcerHistory || input.amputation || input.endStageRenalDisease;
  const escalate = input.escalateHistoryWithoutLopsOrPad ?? true;
  let level: 0 | 1 | 2 | 3 = 0;
  let escalated = false;
  if (lopsOrPad && history) level = 3;
  else if ((input.lops && input.pad) || (input.lops && input.deformity) || (input.pad && input.deformity)) level = 2;
  else if (lopsOrPad) level = 1;
  else if (history && escalate) {
    // A past ulcer, an amputation or ESRD is a strong predictor of a new ulcer (IWGDF 2023
    // rationale); without LOPS or PAD the table has no cell for it, so carepath takes the safer one.
    level = 3;
    escalated = true;
  }
  const band = CATEGORIES[level];
  const unstable = input.glucoseCvPercent !== undefined && input.glucoseCvPercent > CV_UNSTABLE;
  const factors: ScoreFactor[] = [
    { name: 'lops', input: input.lops },
    { name: 'pad', input: input.pad },
    { name: 'deformity', input: input.deformity },
    { name: 'ulcerHistory', input: input.ulcerHistory },
    { name: 'amputation', input: input.amputation },
    { name: 'endStageRenalDisease', input: input.endStageRenalDisease },
    { name: 'glucoseCvPercent', input: input.glucoseCvPercent === undefined ? null : Number(input.glucoseCvPercent.toFixed(1)) },
  ];
  const note = escalated
    ? { en: ' Escalated by carepath: history of ulcer, amputation or ESRD without recorded LOPS or PAD; re-examine for both.', zh: ' carepath 升级：有溃疡、截肢或终末期肾病史但未记录 LOPS 或 PAD，请复查两者。' }
    : { en: '', zh: '' };
  const variability = unstable
    ? { en: ` Glucose variability is high (CV ${input.glucoseCvPercent?.toFixed(1) ?? ''} %), which the seed names as a foot-risk predictor (004_eccb0a9eec47fd06.txt).`, zh: ` 血糖波动大（CV ${input.glucoseCvPercent?.toFixed(1) ?? ''}%），种子文件将其列为糖尿病足风险预测因素（004_eccb0a9eec47fd06.txt）。` }
    : { en: '', zh: '' };
  return right({
    id: 'iwgdf-foot',
    version: SOURCE.version ?? '',
    value: level,
    category: band.category,
    factors,
    missing: input.glucoseCvPercent === undefined ? ['glucoseCvPercent'] : [],
    details: { intervalMonths: [...band.intervalMonths], escalated, glucoseVariabilityHigh: unstable },
    rationale: { en: `IWGDF category ${level}, ${band.en}.${note.en}${variability.en}`, 'zh-CN': `IWGDF ${level} 级，${band.zh}。${note.zh}${variability.zh}` },
    source: SOURCE,
  });
}

/**
 * IWGDF 2023 diabetic-foot risk category (0-3) with the examination interval for each; glucose
 * variability is reported beside it. For people with diabetes.
 *
 * @example
 * ```ts
 * iwgdfFoot({ lops: false, pad: true, deformity: false, ulcerHistory: true, amputation: false, endStageRenalDisease: false });
 * // => Right { id: 'iwgdf-foot', value: 3, category: 'high', details: { intervalMonths: [1, 3], ... }, ... }
 * ```
 * @category Risk
 */
export function iwgdfFoot(input: unknown): Either<CareError, ScoreResult> {
  return runScore('iwgdf-foot', IwgdfFootInputSchema, input, compute);
}

const GLUCOSE_CODES = ['glucose-capillary', 'glucose-fasting', 'glucose-postprandial-1h', 'glucose-postprandial-2h', 'glucose-random'] as const;

function fromRecord(record: PatientRecord, context: DeriveContext): Derived<IwgdfFootInput> {
  if (hasCondition(record, ['diabetes-type-1', 'diabetes-type-2'], context.asOf, ['active', 'remission']) !== true) {
    return notApplicable('IWGDF risk stratification is for people with diabetes', 'IWGDF 足部风险分层适用于糖尿病患者');
  }
  const exam = record.footExam;
  const padCondition = hasCondition(record, ['peripheral-artery-disease'], context.asOf);
  const egfr = latestOf(record, 'egfr', context)?.value;
  const creatinine = latestOf(record, 'creatinine', context);
  const age = ageOn(record, context.asOf);
  const sex = record.sex === 'female' || record.sex === 'male' ? record.sex : undefined;
  const computed = creatinine !== undefined && age !== undefined && age >= 18 && sex !== undefined ? egfrCkdEpi2021(creatinine.value / CREATININE_UMOL_PER_MG, age, sex) : undefined;
  const gfr = egfr ?? computed;
  const window = { ...context, lookbackDays: GLUCOSE_VARIABILITY_WINDOW_DAYS };
  const glucose = GLUCOSE_CODES.flatMap((code) => readingsOf(record, code, window)).map((reading) => reading.value);
  return requireAllBut(
    {
      lops: exam?.lossOfProtectiveSensation,
      pad: exam?.peripheralArteryDisease === true || padCondition === true ? true : exam?.peripheralArteryDisease ?? padCondition,
      deformity: exam?.deformity,
      ulcerHistory: hasCondition(record, ['diabetic-foot-ulcer'], context.asOf),
      amputation: hasCondition(record, ['lower-limb-amputation'], context.asOf),
      // End-stage renal disease: KDIGO 2012 G5 (eGFR < 15). Without a kidney reading it is known
      // only to be absent, when the complete conditions list holds no CKD.
      endStageRenalDisease: gfr !== undefined ? gfr < 15 : hasCondition(record, ['chronic-kidney-disease'], context.asOf) === false ? false : undefined,
      glucoseCvPercent: glucose.length >= 3 ? coefficientOfVariation(glucose) * 100 : undefined,
    },
    ['glucoseCvPercent'],
  );
}

/** @internal */
export const iwgdfFootDefinition: ScoreDefinition<IwgdfFootInput> = {
  id: 'iwgdf-foot',
  version: SOURCE.version ?? '',
  name: { en: 'IWGDF 2023 diabetic foot risk', 'zh-CN': 'IWGDF 2023 糖尿病足风险分层' },
  source: SOURCE,
  inputSchema: IwgdfFootInputSchema,
  score: iwgdfFoot,
  fromRecord,
};
