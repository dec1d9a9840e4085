import { z } from 'zod';
import type { CareError } from '../core/care-error.js';
import { right, type Either } from '../core/either.js';
import { citation } from '../core/source.js';
import type { PatientRecord } from '../model/patient-record.js';
import { bandOf, type Bands } from './bands.js';
import { ageOn, familyDegree, hasCondition, isAntihypertensive, latestOf, notApplicable, requireAll, takesMedication, waistOf, type DeriveContext, type Derived } from './derive.js';
import { asEntered, inUnit, labInput } from './lab-input.js';
import { outOfPopulation, runScore } from './run-score.js';
import type { ScoreDefinition } from './score-definition.js';
import type { ScoreFactor, ScoreResult } from './score-result.js';

const SOURCE = citation(
  'score',
  'china-par',
  'China-PAR 10-year ASCVD risk (Yang X, Li J, Hu D, et al. Circulation 2016;134(19):1430-1440, Data Supplement Tables 1-2); coefficients to 3 decimals as in T/JPMA 024-2024; strata of the Chinese guideline on CVD risk assessment and management (中国循环杂志 2019;34(1), Figure 1)',
  { version: 'Yang 2016; T/JPMA 024-2024 coefficients; women S10 0.9851', doi: '10.1161/CIRCULATIONAHA.116.022367' },
);

/** Input of {@link chinaPar}. @category Risk */
export const ChinaParInputSchema = z.strictObject({
  /** Years; derived in Chinese adults aged 35-74 (Yang 2016). */
  age: z.number().int().min(0).max(130),
  sex: z.enum(['female', 'male']),
  systolicBpMmHg: z.number().min(40).max(300),
  bpTreated: z.boolean(),
  totalCholesterol: labInput('cholesterol-total'),
  hdlCholesterol: labInput('cholesterol-hdl'),
  waistCm: z.number().min(20).max(300),
  currentSmoker: z.boolean(),
  diabetes: z.boolean(),
  /** North or south of the Yangtze river. */
  region: z.enum(['north', 'south']),
  residence: z.enum(['urban', 'rural']),
  /** ASCVD in a parent or sibling. */
  familyHistoryAscvd: z.boolean(),
});

/** @category Risk */
export type ChinaParInput = z.infer<typeof ChinaParInputSchema>;

interface Coefficients {
  readonly lnAge: number;
  readonly lnTreatedSbp: number;
  readonly lnUntreatedSbp: number;
  readonly lnTc: number;
  readonly lnHdl: number;
  readonly lnWaist: number;
  readonly smoker: number;
  readonly diabetes: number;
  readonly north: number;
  readonly urban: number;
  readonly familyHistory: number;
  readonly lnAgeLnTreatedSbp: number;
  readonly lnAgeLnUntreatedSbp: number;
  readonly lnAgeSmoker: number;
  readonly lnAgeFamilyHistory: number;
  readonly mean: number;
  readonly baselineSurvival: number;
}

// Yang 2016 Suppl. Table 1, to 3 decimals as in T/JPMA 024-2024 (Appendices C/D); the 2-decimal
// printed men's set runs about 6 % high. Men's S10 0.9707 is the worked formula's (Suppl. Table 2).
// Women's S10 is printed as 0.99, which reproduces none of the paper's results; 0.9851 reproduces
// the women's worked example (sum 119.22 -> 10.1 %) and is used by both open transcriptions: it is
// derived, not published.
const COEFFICIENTS: { readonly [S in 'male' | 'female']: Coefficients } = {
  male: { lnAge: 31.967, lnTreatedSbp: 27.388, lnUntreatedSbp: 26.148, lnTc: 0.621, lnHdl: -0.695, lnWaist: -0.712, smoker: 3.955, diabetes: 0.357, north: 0.475, urban: -0.164, familyHistory: 6.221, lnAgeLnTreatedSbp: -6.018, lnAgeLnUntreatedSbp: -5.731, lnAgeSmoker: -0.939, lnAgeFamilyHistory: -1.534, mean: 140.68, baselineSurvival: 0.9707 },
  female: { lnAge: 24.874, lnTreatedSbp: 20.709, lnUntreatedSbp: 19.982, lnTc: 0.058, lnHdl: -0.217, lnWaist: 1.475, smoker: 0.495, diabetes: 0.567, north: 0.544, urban: 0, familyHistory: 0, lnAgeLnTreatedSbp: -4.528, lnAgeLnUntreatedSbp: -4.36, lnAgeSmoker: 0, lnAgeFamilyHistory: 0, mean: 117.26, baselineSurvival: 0.9851 },
};

/** Yang 2016 converts cholesterol as mg/dL x 0.0259 = mmol/L, i.e. 38.61 mg/dL per mmol/L. */
const CHOLESTEROL_MG_PER_MMOL = 1 / 0.0259;

// 2019 Chinese guideline, Figure 1: < 5 % low, 5 to < 10 % intermediate, >= 10 % high.
const STRATA: Bands<{ readonly category: string; readonly en: string; readonly zh: string }> = {
  rows: [
    [0.05, { category: 'low', en: 'low', zh: '低危' }],
    [0.1, { category: 'intermediate', en: 'intermediate', zh: '中危' }],
    [Infinity, { category: 'high', en: 'high', zh: '高危' }],
  ],
  inclusive: false,
};

function compute(input: ChinaParInput): Either<CareError, ScoreResult> {
  // Derived in adults aged 35-74 (Yang 2016).
  if (input.age < 35 || input.age > 74) return outOfPopulation('china-par', ['age'], 'must be between 35 and 74 years, the population the equations were derived in');
  const c = COEFFICIENTS[input.sex];
  const lnAge = Math.log(input.age);
  const lnSbp = Math.log(input.systolicBpMmHg);
  const tc = inUnit(input.totalCholesterol, 'mg/dL', CHOLESTEROL_MG_PER_MMOL);
  const hdl = inUnit(input.hdlCholesterol, 'mg/dL', CHOLESTEROL_MG_PER_MMOL);
  const smoker = input.currentSmoker ? 1 : 0;
  const family = input.familyHistoryAscvd ? 1 : 0;
  const factors: ScoreFactor[] = [
    { name: 'age', input: input.age, contribution: c.lnAge * lnAge },
    {
      name: 'systolicBpMmHg',
      input: { value: input.systolicBpMmHg, treated: input.bpTreated },
      // The treated or the untreated pair, never both.
      contribution: input.bpTreated ? c.lnTreatedSbp * lnSbp + c.lnAgeLnTreatedSbp * lnAge * lnSbp : c.lnUntreatedSbp * lnSbp + c.lnAgeLnUntreatedSbp * lnAge * lnSbp,
    },
    { name: 'totalCholesterol', input: { value: Number(tc.toFixed(1)), unit: 'mg/dL' }, contribution: c.lnTc * Math.log(tc) },
    { name: 'hdlCholesterol', input: { value: Number(hdl.toFixed(1)), unit: 'mg/dL' }, contribution: c.lnHdl * Math.log(hdl) },
    { name: 'waistCm', input: input.waistCm, contribution: c.lnWaist * Math.log(input.waistCm) },
    { name: 'currentSmoker', input: input.currentSmoker, contribution: c.smoker * smoker + c.lnAgeSmoker * lnAge * smoker },
    { name: 'diabetes', input: input.diabetes, contribution: input.diabetes ? c.diabetes : 0 },
    { name: 'region', input: input.region, contribution: input.region === 'north' ? c.north : 0 },
    { name: 'residence', input: input.residence, contribution: input.residence === 'urban' ? c.urban : 0 },
    { name: 'familyHistoryAscvd', input: input.familyHistoryAscvd, contribution: c.familyHistory * family + c.lnAgeFamilyHistory * lnAge * family },
  ];
  const sum = factors.reduce((total, factor) => total + (factor.contribution ?? 0), 0);
  const risk = 1 - c.baselineSurvival ** Math.exp(sum - c.mean);
  const stratum = bandOf(STRATA, risk);
  const percent = (risk * 100).toFixed(1);
  return right({
    id: 'china-par',
    version: SOURCE.version ?? '',
    value: risk * 100,
    category: stratum.category,
    probability: { value: risk, horizonYears: 10 },
    factors,
    missing: [],
    details: { individualSum: sum, meanSum: c.mean, baselineSurvival: c.baselineSurvival },
    rationale: {
      en: `China-PAR: 10-year ASCVD risk ${percent} %, ${stratum.en} (2019 Chinese guideline strata: < 5 % low, 5-10 % intermediate, >= 10 % high).`,
      'zh-CN': `China-PAR：10年动脉粥样硬化性心血管病发病风险 ${percent}%，${stratum.zh}（2019 中国指南分层：<5% 低危，5%~<10% 中危，≥10% 高危）。`,
    },
    source: SOURCE,
  });
}

/**
 * China-PAR 10-year ASCVD risk (Yang 2016) with the 2019 Chinese guideline strata. Ages 35-74.
 *
 * @example
 * ```ts
 * chinaPar({ age: 60, sex: 'female', systolicBpMmHg: 130, bpTreated: false, totalCholesterol: { value: 210, unit: 'mg/dL' },
 *   hdlCholesterol: { value: 55, unit: 'mg/dL' }, waistCm: 80, currentSmoker: false, diabetes: true, region: 'north',
 *   residence: 'urban', familyHistoryAscvd: false });
 * // => Right { id: 'china-par', value: 10.19..., category: 'high', probability: { value: 0.1019..., horizonYears: 10 }, ... }
 * ```
 * @category Risk
 */
export function chinaPar(input: unknown): Either<CareError, ScoreResult> {
  return runScore('china-par', ChinaParInputSchema, input, compute);
}

function fromRecord(record: PatientRecord, context: DeriveContext): Derived<z.input<typeof ChinaParInputSchema>> {
  if (hasCondition(record, ['cardiovascular-disease', 'coronary-heart-disease', 'stroke'], context.asOf) === true) {
    return notApplicable('China-PAR estimates a first ASCVD event; the patient already has ASCVD', 'China-PAR 用于评估首发 ASCVD 风险；患者已患 ASCVD');
  }
  const ascvd = familyDegree(record, 'ascvd', ['mother', 'father', 'parent', 'sister', 'brother', 'sibling']);
  const premature = familyDegree(record, 'premature-ascvd', ['mother', 'father', 'parent', 'sister', 'brother', 'sibling']);
  return requireAll({
    age: ageOn(record, context.asOf),
    sex: record.sex === 'female' || record.sex === 'male' ? record.sex : undefined,
    systolicBpMmHg: latestOf(record, 'bp-systolic', context)?.value,
    bpTreated: takesMedication(record, isAntihypertensive),
    totalCholesterol: asEntered(latestOf(record, 'cholesterol-total', context)),
    hdlCholesterol: asEntered(latestOf(record, 'cholesterol-hdl', context)),
    waistCm: waistOf(record, context),
    currentSmoker: record.smoking === undefined ? undefined : record.smoking.status === 'current',
    diabetes: hasCondition(record, ['diabetes-type-1', 'diabetes-type-2'], context.asOf, ['active', 'remission']),
    region: record.region?.chinaRegion,
    residence: record.region?.residence,
    familyHistoryAscvd: ascvd === undefined ? undefined : ascvd === 1 || premature === 1,
  });
}

/** @internal */
export const chinaParDefinition: ScoreDefinition<ChinaParInput> = {
  id: 'china-par',
  version: SOURCE.version ?? '',
  name: { en: 'China-PAR 10-year ASCVD risk', 'zh-CN': 'China-PAR 10年ASCVD风险' },
  source: SOURCE,
  inputSchema: ChinaParInputSchema,
  score: chinaPar,
  fromRecord,
};
