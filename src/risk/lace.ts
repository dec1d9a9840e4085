import { z } from 'zod';
import type { CareError } from '../core/care-error.js';
import { right, type Either } from '../core/either.js';
import { addMonths, daysBetween } from '../core/iso-date.js';
import { citation } from '../core/source.js';
import type { PatientRecord } from '../model/patient-record.js';
import type { ConditionCode } from '../model/vocabulary.js';
import { bandOf, type Bands } from './bands.js';
import { asOfDay, derived, hasCondition, missingInputs, type DeriveContext, type Derived } from './derive.js';
import { runScore } from './run-score.js';
import type { ScoreDefinition } from './score-definition.js';
import type { ScoreFactor, ScoreResult } from './score-result.js';

/** van Walraven C et al., CMAJ 2010: the LACE index for death or unplanned readmission within 30 days. */
const SOURCE = citation(
  'score',
  'lace',
  'LACE index: van Walraven C, Dhalla IA, Bell C, et al. Derivation and validation of an index to predict early death or unplanned readmission after discharge from hospital to the community. CMAJ 2010;182(6):551-557',
  { year: 2010, version: 'CMAJ 2010, 0-19', doi: '10.1503/cmaj.091117' },
);

/** The reference for the Charlson comorbidity index the "C" item takes (no age points). */
const CHARLSON_REFERENCE =
  'Charlson ME, Pompei P, Ales KL, MacKenzie CR. A new method of classifying prognostic comorbidity in longitudinal studies: development and validation. J Chronic Dis 1987;40(5):373-383, doi:10.1016/0021-9681(87)90171-8';

/** Input of {@link lace}: the four items of the index. @category Risk */
export const LaceInputSchema = z.strictObject({
  /** L: length of stay of the index admission in whole days (discharge date minus admission date); data-entry bound 0-3650. */
  lengthOfStayDays: z.number().int().min(0).max(3650),
  /** A: the index admission was acute (emergent), not elective. */
  acuteAdmission: z.boolean(),
  /** C: Charlson comorbidity index (Charlson 1987 weights, without age points); data-entry bound 0-40. */
  charlsonIndex: z.number().int().min(0).max(40),
  /** E: emergency department visits in the 6 months before the admission, not counting the visit that led to it; data-entry bound 0-500. */
  edVisits6Months: z.number().int().min(0).max(500),
});

/** @category Risk */
export type LaceInput = z.infer<typeof LaceInputSchema>;

// Points of van Walraven 2010 (CMAJ 182:551, the LACE table; same in the MDCalc page by the
// author). Rows are "x < bound". LOS: <1 day 0, 1 1, 2 2, 3 3, 4-6 4, 7-13 5, >=14 7 (not 6).
const LOS_POINTS: Bands<number> = { rows: [[1, 0], [2, 1], [3, 2], [4, 3], [7, 4], [14, 5], [Infinity, 7]], inclusive: false };
// A: acute (emergent) admission 3 points (van Walraven 2010).
const ACUTE_POINTS = 3;
// C: Charlson index 0-3 scores its value, >=4 scores 5 (not 4) (van Walraven 2010).
const charlsonPoints = (index: number): number => (index >= 4 ? 5 : index);
// E: ED visits in the previous 6 months 0-3 score their number, >=4 scores 4 (van Walraven 2010).
const edPoints = (visits: number): number => Math.min(visits, 4);

interface Category {
  readonly category: string;
  readonly en: string;
  readonly zh: string;
}

// Risk categories: a later convention, NOT from the 2010 paper (which publishes only the
// expected risk at the ends of the range): low 0-4, moderate 5-9, high >=10, as used by the
// cliot R package (lace_readmission_index) and in the readmission literature after 2010.
const CATEGORIES: Bands<Category> = {
  rows: [
    [4, { category: 'low', en: 'low', zh: '低' }],
    [9, { category: 'moderate', en: 'moderate', zh: '中等' }],
    [Infinity, { category: 'high', en: 'high', zh: '高' }],
  ],
  inclusive: true,
};

// Expected risk of death or unplanned readmission within 30 days at the two ends of the range,
// the only figures the 2010 abstract publishes: score 0 -> 2.0 %, score 19 -> 43.7 %.
const RISK_AT_0 = 0.02;
const RISK_AT_19 = 0.437;

function compute(input: LaceInput): Either<CareError, ScoreResult> {
  const factors: ScoreFactor[] = [
    { name: 'lengthOfStayDays', input: input.lengthOfStayDays, points: bandOf(LOS_POINTS, input.lengthOfStayDays) },
    { name: 'acuteAdmission', input: input.acuteAdmission, points: input.acuteAdmission ? ACUTE_POINTS : 0 },
    { name: 'charlsonIndex', input: input.charlsonIndex, points: charlsonPoints(input.charlsonIndex) },
    { name: 'edVisits6Months', input: input.edVisits6Months, points: edPoints(input.edVisits6Months) },
  ];
  const total = factors.reduce((sum, factor) => sum + (factor.points ?? 0), 0);
  const band = bandOf(CATEGORIES, total);
  const parts = factors.map((factor) => `${factor.name} +${factor.points ?? 0}`).join(', ');
  return right({
    id: 'lace',
    version: SOURCE.version ?? '',
    value: total,
    category: band.category,
    factors,
    missing: [],
    details: {
      outcome: 'death or unplanned readmission within 30 days of discharge',
      categoryConvention: 'low 0-4, moderate 5-9, high >=10: a later convention (cliot lace_readmission_index), not from van Walraven 2010',
      publishedRiskAtScore0: RISK_AT_0,
      publishedRiskAtScore19: RISK_AT_19,
      charlsonIndex: CHARLSON_REFERENCE,
    },
    rationale: {
      en:
        `LACE ${total}/19 (${parts}): ${band.en} risk of death or unplanned readmission within 30 days. ` +
        'The bands low 0-4, moderate 5-9, high 10 or more are a later convention, not from the 2010 paper, which gives an expected risk of 2.0% at 0 and 43.7% at 19.',
      'zh-CN':
        `LACE 指数 ${total}/19（${parts}）：出院后30天内死亡或非计划再入院风险${band.zh}。` +
        '低（0-4）、中（5-9）、高（≥10）的分层是后来的惯例，并非2010年原文所定；原文仅给出0分时预期风险2.0%、19分时43.7%。',
    },
    source: SOURCE,
  });
}

/**
 * The LACE index (van Walraven 2010, 0-19): length of stay, acute admission, Charlson
 * comorbidity index and emergency-department visits, for death or unplanned readmission within
 * 30 days of discharge. The category is a later convention (low 0-4, moderate 5-9, high >=10);
 * no probability is returned, only the published expected risks at 0 and 19 in `details`.
 *
 * @param input - the four items ({@link LaceInputSchema})
 * @returns the score, or `Left` (`invalid-input`) naming each path at fault
 *
 * @example
 * ```ts
 * lace({ lengthOfStayDays: 4, acuteAdmission: true, charlsonIndex: 2, edVisits6Months: 1 });
 * // => Right { id: 'lace', value: 10, category: 'high', ... }
 * ```
 * @category Risk
 */
export function lace(input: unknown): Either<CareError, ScoreResult> {
  return runScore('lace', LaceInputSchema, input, compute);
}


/**
 * Charlson 1987 weights (J Chronic Dis 40:373, Table) of the conditions carepath's vocabulary
 * can express. Diabetes is handled apart (1 without, 2 with end-organ damage).
 */
const CHARLSON_WEIGHTS: readonly (readonly [ConditionCode, number, string])[] = [
  ['heart-failure', 1, 'congestive heart failure'], // Charlson 1987: 1
  ['peripheral-artery-disease', 1, 'peripheral vascular disease'], // Charlson 1987: 1
  ['stroke', 1, 'cerebrovascular disease'], // Charlson 1987: 1
  ['cognitive-impairment', 1, 'dementia'], // Charlson 1987: 1 (a recorded cognitive impairment is taken as dementia)
  ['copd', 1, 'chronic pulmonary disease'], // Charlson 1987: 1
  ['chronic-kidney-disease', 2, 'moderate or severe renal disease'], // Charlson 1987: 2 (any recorded CKD taken as moderate-severe)
  ['cancer', 2, 'any tumour'], // Charlson 1987: 2 (metastatic solid tumour, 6, cannot be told apart)
];
// Charlson 1987: diabetes 1; diabetes with end-organ damage (retinopathy, neuropathy, nephropathy) 2.
const DIABETES_WEIGHT = 1;
const DIABETES_END_ORGAN_WEIGHT = 2;

/**
 * Charlson conditions the vocabulary cannot express, so a record-derived index may undercount:
 * myocardial infarction (coronary heart disease is not MI), liver disease, HIV/AIDS, connective
 * tissue disease, peptic ulcer, hemiplegia, leukaemia, lymphoma, metastatic solid tumour.
 */
const NOT_EXPRESSIBLE = [
  'charlsonIndex.myocardial-infarction',
  'charlsonIndex.liver-disease',
  'charlsonIndex.hiv-aids',
  'charlsonIndex.connective-tissue-disease',
  'charlsonIndex.peptic-ulcer-disease',
  'charlsonIndex.hemiplegia',
  'charlsonIndex.leukaemia',
  'charlsonIndex.lymphoma',
  'charlsonIndex.metastatic-solid-tumour',
] as const;

/**
 * The Charlson index (no age points) from the record's conditions with onset on or before `day`,
 * or undefined when the record has no conditions list. Stroke counts in any status (a history of
 * cerebrovascular accident is the Charlson item); the others count while active or in remission.
 */
function charlsonFromRecord(record: PatientRecord, day: string): number | undefined {
  if (record.conditions === undefined) return undefined;
  const has = (code: ConditionCode) =>
    hasCondition(record, [code], day, code === 'stroke' ? ['active', 'remission', 'resolved'] : ['active', 'remission']) === true;
  let index = 0;
  for (const [code, weight] of CHARLSON_WEIGHTS) if (has(code)) index += weight;
  if (has('diabetes-type-1') || has('diabetes-type-2')) {
    const endOrgan = has('diabetic-retinopathy') || has('diabetic-neuropathy') || has('chronic-kidney-disease');
    index += endOrgan ? DIABETES_END_ORGAN_WEIGHT : DIABETES_WEIGHT;
  }
  return index;
}

function fromRecord(record: PatientRecord, context: DeriveContext): Derived<LaceInput> {
  const asOf = asOfDay(context.asOf);
  const stays = (record.encounters ?? [])
    .filter((encounter) => encounter.kind === 'inpatient' && encounter.end !== undefined && encounter.end <= asOf)
    .sort((a, b) => ((a.end ?? '') < (b.end ?? '') ? -1 : (a.end ?? '') > (b.end ?? '') ? 1 : a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const stay = stays[stays.length - 1];
  const end = stay?.end;
  const charlsonIndex = charlsonFromRecord(record, end ?? asOf);
  if (stay === undefined || end === undefined) {
    return missingInputs(['lengthOfStayDays', 'acuteAdmission', 'edVisits6Months', ...(charlsonIndex === undefined ? ['charlsonIndex'] : [])]);
  }
  const lengthOfStayDays = daysBetween(stay.start, end);
  const acuteAdmission = stay.admission === undefined ? undefined : stay.admission === 'emergency';
  // ED visits in the 6 months before the admission (van Walraven 2010), not counting one on the
  // admission day (the visit that led to the admission).
  const from = addMonths(stay.start, -6);
  const edVisits6Months = (record.encounters ?? []).filter(
    (encounter) => encounter.kind === 'emergency' && encounter.start >= from && encounter.start < stay.start,
  ).length;
  const missing = [...(acuteAdmission === undefined ? ['acuteAdmission'] : []), ...(charlsonIndex === undefined ? ['charlsonIndex'] : [])];
  if (acuteAdmission === undefined || charlsonIndex === undefined) return missingInputs(missing);
  return derived({ lengthOfStayDays, acuteAdmission, charlsonIndex, edVisits6Months }, NOT_EXPRESSIBLE);
}

/** @internal */
export const laceDefinition: ScoreDefinition<LaceInput> = {
  id: 'lace',
  version: SOURCE.version ?? '',
  name: { en: 'LACE index (30-day death or unplanned readmission)', 'zh-CN': 'LACE 指数（30天死亡或非计划再入院）' },
  source: SOURCE,
  inputSchema: LaceInputSchema,
  score: lace,
  fromRecord,
};

