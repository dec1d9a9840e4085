import { z } from 'zod';
import { careError, type CareError, type CareIssue } from '../core/care-error.js';
import { left, right, type Either } from '../core/either.js';
import { citation } from '../core/source.js';
import type { PatientRecord } from '../model/patient-record.js';
import { bandOf, type Bands } from './bands.js';
import { ageOn, derived, hasCondition, isAntihypertensive, latestOf, notApplicable, requireAllBut, takesMedication, type DeriveContext, type Derived } from './derive.js';
import { asEntered, inUnit, labInput } from './lab-input.js';
import { outOfPopulation, runScore } from './run-score.js';
import type { ScoreDefinition } from './score-definition.js';
import type { ScoreFactor, ScoreResult } from './score-result.js';

const SOURCE = citation(
  'score',
  'pooled-cohort',
  'Pooled Cohort Equations: 2013 ACC/AHA Guideline on the Assessment of Cardiovascular Risk (Goff DC Jr, et al. Circulation 2014;129(25 Suppl 2):S49-S73), Appendix 7, Table A; risk categories of the 2018 ACC/AHA cholesterol guideline',
  { version: 'Goff 2013, Table A coefficients (3 decimals); 2018 categories', doi: '10.1161/01.cir.0000437741.48606.98' },
);

/** Input of {@link pooledCohort}. @category Risk */
export const PooledCohortInputSchema = z.strictObject({
  /** Years; the equations are validated for ages 40-79. */
  age: z.number().int().min(0).max(130),
  sex: z.enum(['female', 'male']),
  /** African-American equations, or the white equations (also used for every other group). */
  race: z.enum(['african-american', 'white', 'other']),
  totalCholesterol: labInput('cholesterol-total'),
  hdlCholesterol: labInput('cholesterol-hdl'),
  systolicBpMmHg: z.number().min(40).max(300),
  /** On blood-pressure-lowering treatment (selects the treated SBP term). */
  bpTreated: z.boolean(),
  currentSmoker: z.boolean(),
  diabetes: z.boolean(),
});

/** @category Risk */
export type PooledCohortInput = z.infer<typeof PooledCohortInputSchema>;

type Equation = 'white-female' | 'aa-female' | 'white-male' | 'aa-male';

interface Coefficients {
  readonly lnAge: number;
  readonly lnAge2: number;
  readonly lnTc: number;
  readonly lnAgeLnTc: number;
  readonly lnHdl: number;
  readonly lnAgeLnHdl: number;
  readonly lnTreatedSbp: number;
  readonly lnAgeLnTreatedSbp: number;
  readonly lnUntreatedSbp: number;
  readonly lnAgeLnUntreatedSbp: number;
  readonly smoker: number;
  readonly lnAgeSmoker: number;
  readonly diabetes: number;
  readonly mean: number;
  readonly baselineSurvival: number;
}

// Goff 2013, Appendix 7, Table A: coefficients, mean of (coefficient x value) and 10-year baseline
// survival for each sex/race group, as printed (3 decimals).
const TABLE_A: { readonly [E in Equation]: Coefficients } = {
  'white-female': { lnAge: -29.799, lnAge2: 4.884, lnTc: 13.54, lnAgeLnTc: -3.114, lnHdl: -13.578, lnAgeLnHdl: 3.149, lnTreatedSbp: 2.019, lnAgeLnTreatedSbp: 0, lnUntreatedSbp: 1.957, lnAgeLnUntreatedSbp: 0, smoker: 7.574, lnAgeSmoker: -1.665, diabetes: 0.661, mean: -29.18, baselineSurvival: 0.9665 },
  'aa-female': { lnAge: 17.114, lnAge2: 0, lnTc: 0.94, lnAgeLnTc: 0, lnHdl: -18.92, lnAgeLnHdl: 4.475, lnTreatedSbp: 29.291, lnAgeLnTreatedSbp: -6.432, lnUntreatedSbp: 27.82, lnAgeLnUntreatedSbp: -6.087, smoker: 0.691, lnAgeSmoker: 0, diabetes: 0.874, mean: 86.61, baselineSurvival: 0.9533 },
  'white-male': { lnAge: 12.344, lnAge2: 0, lnTc: 11.853, lnAgeLnTc: -2.664, lnHdl: -7.99, lnAgeLnHdl: 1.769, lnTreatedSbp: 1.797, lnAgeLnTreatedSbp: 0, lnUntreatedSbp: 1.764, lnAgeLnUntreatedSbp: 0, smoker: 7.837, lnAgeSmoker: -1.795, diabetes: 0.658, mean: 61.18, baselineSurvival: 0.9144 },
  'aa-male': { lnAge: 2.469, lnAge2: 0, lnTc: 0.302, lnAgeLnTc: 0, lnHdl: -0.307, lnAgeLnHdl: 0, lnTreatedSbp: 1.916, lnAgeLnTreatedSbp: 0, lnUntreatedSbp: 1.809, lnAgeLnUntreatedSbp: 0, smoker: 0.549, lnAgeSmoker: 0, diabetes: 0.645, mean: 19.54, baselineSurvival: 0.8954 },
};

/** mg/dL per mmol/L of cholesterol (NCEP ATP III 2002), for values entered in mmol/L. */
const CHOLESTEROL_MG_PER_MMOL = 38.67;

// Input ranges of the ACC/AHA risk estimator (as enforced by cerner/ascvd-risk-calculator):
// the equations are not extrapolated beyond them.
const RANGES = { totalCholesterol: [130, 320], hdlCholesterol: [20, 100], systolicBpMmHg: [90, 200] } as const;

// 2018 ACC/AHA cholesterol guideline: < 5 % low; 5 to < 7.5 % borderline; 7.5 to < 20 % intermediate; >= 20 % high.
const CATEGORIES: Bands<string> = { rows: [[0.05, 'low'], [0.075, 'borderline'], [0.2, 'intermediate'], [Infinity, 'high']], inclusive: false };
const CATEGORY_TEXT: Readonly<Record<string, { en: string; zh: string }>> = {
  low: { en: 'low', zh: '低危' },
  borderline: { en: 'borderline', zh: '临界' },
  intermediate: { en: 'intermediate', zh: '中危' },
  high: { en: 'high', zh: '高危' },
};

function compute(input: PooledCohortInput): Either<CareError, ScoreResult> {
  // Goff 2013: derived and validated for ages 40-79 without ASCVD.
  if (input.age < 40 || input.age > 79) return outOfPopulation('pooled-cohort', ['age'], 'must be between 40 and 79 years, the population the equations were validated in');
  const tc = inUnit(input.totalCholesterol, 'mg/dL', CHOLESTEROL_MG_PER_MMOL);
  const hdl = inUnit(input.hdlCholesterol, 'mg/dL', CHOLESTEROL_MG_PER_MMOL);
  const issues: CareIssue[] = [];
  const outside = (name: keyof typeof RANGES, value: number, unit: string) => {
    const [min, max] = RANGES[name];
    if (value < min || value > max) issues.push({ path: [name], code: 'not-applicable', message: `must be between ${min} and ${max} ${unit}, the range the equations accept` });
  };
  outside('totalCholesterol', tc, 'mg/dL');
  outside('hdlCholesterol', hdl, 'mg/dL');
  outside('systolicBpMmHg', input.systolicBpMmHg, 'mmHg');
  if (issues.length > 0) return left(careError('out-of-population', 'pooled-cohort was not validated for these values', issues));

  const equation: Equation = `${input.race === 'african-american' ? 'aa' : 'white'}-${input.sex}`;
  const c = TABLE_A[equation];
  const lnAge = Math.log(input.age);
  const lnTc = Math.log(tc);
  const lnHdl = Math.log(hdl);
  const lnSbp = Math.log(input.systolicBpMmHg);
  const smoker = input.currentSmoker ? 1 : 0;
  // The treated or the untreated SBP pair, never both.
  const sbpTerm = input.bpTreated ? c.lnTreatedSbp * lnSbp + c.lnAgeLnTreatedSbp * lnAge * lnSbp : c.lnUntreatedSbp * lnSbp + c.lnAgeLnUntreatedSbp * lnAge * lnSbp;
  const terms: ScoreFactor[] = [
    { name: 'age', input: input.age, contribution: c.lnAge * lnAge + c.lnAge2 * lnAge * lnAge },
    { name: 'totalCholesterol', input: { value: Number(tc.toFixed(1)), unit: 'mg/dL' }, contribution: c.lnTc * lnTc + c.lnAgeLnTc * lnAge * lnTc },
    { name: 'hdlCholesterol', input: { value: Number(hdl.toFixed(1)), unit: 'mg/dL' }, contribution: c.lnHdl * lnHdl + c.lnAgeLnHdl * lnAge * lnHdl },
    { name: 'systolicBpMmHg', input: { value: input.systolicBpMmHg, treated: input.bpTreated }, contribution: sbpTerm },
    { name: 'currentSmoker', input: input.currentSmoker, contribution: c.smoker * smoker + c.lnAgeSmoker * lnAge * smoker },
    { name: 'diabetes', input: input.diabetes, contribution: c.diabetes * (input.diabetes ? 1 : 0) },
  ];
  const sum = terms.reduce((total, term) => total + (term.contribution ?? 0), 0);
  const risk = 1 - c.baselineSurvival ** Math.exp(sum - c.mean);
  const category = bandOf(CATEGORIES, risk);
  const text = CATEGORY_TEXT[category] ?? { en: category, zh: category };
  const percent = (risk * 100).toFixed(1);
  return right({
    id: 'pooled-cohort',
    version: SOURCE.version ?? '',
    value: risk * 100,
    category,
    probability: { value: risk, horizonYears: 10 },
    factors: terms,
    missing: [],
    details: { equation, individualSum: sum, meanSum: c.mean, baselineSurvival: c.baselineSurvival },
    rationale: {
      en: `Pooled Cohort Equations (${equation}): 10-year risk of a first hard ASCVD event ${percent} %, ${text.en} (2018 ACC/AHA categories).`,
      'zh-CN': `汇总队列方程（${equation}）：10年首发动脉粥样硬化性心血管病风险 ${percent}%，${text.zh}（2018 ACC/AHA 分层）。`,
    },
    source: SOURCE,
  });
}

/**
 * The ACC/AHA 2013 Pooled Cohort Equations: 10-year risk of a first hard ASCVD event, with the 2018
 * risk categories. Ages 40-79 only (a `Left` with code `out-of-population` otherwise, never an
 * extrapolated number); "other" race uses the white equations.
 *
 * @example
 * ```ts
 * pooledCohort({ age: 55, sex: 'male', race: 'white', totalCholesterol: { value: 213, unit: 'mg/dL' },
 *   hdlCholesterol: { value: 50, unit: 'mg/dL' }, systolicBpMmHg: 120, bpTreated: false, currentSmoker: false, diabetes: false });
 * // => Right { id: 'pooled-cohort', value: 5.38..., category: 'borderline', probability: { value: 0.0538..., horizonYears: 10 }, ... }
 * ```
 * @category Risk
 */
export function pooledCohort(input: unknown): Either<CareError, ScoreResult> {
  return runScore('pooled-cohort', PooledCohortInputSchema, input, compute);
}

/** Clinical ASCVD: the equations are for primary prevention only. */
const ASCVD = ['cardiovascular-disease', 'coronary-heart-disease', 'stroke', 'peripheral-artery-disease'] as const;

function fromRecord(record: PatientRecord, context: DeriveContext): Derived<z.input<typeof PooledCohortInputSchema>> {
  if (hasCondition(record, ASCVD, context.asOf) === true) {
    return notApplicable('The Pooled Cohort Equations are for people without ASCVD; the patient has it', '汇总队列方程适用于无动脉粥样硬化性心血管病者；患者已患病');
  }
  const result = requireAllBut(
    {
      age: ageOn(record, context.asOf),
      sex: record.sex === 'female' || record.sex === 'male' ? record.sex : undefined,
      // Lab values pass as entered, so a mg/dL figure reaches the equation unchanged.
      totalCholesterol: asEntered(latestOf(record, 'cholesterol-total', context)),
      hdlCholesterol: asEntered(latestOf(record, 'cholesterol-hdl', context)),
      systolicBpMmHg: latestOf(record, 'bp-systolic', context)?.value,
      bpTreated: takesMedication(record, isAntihypertensive),
      currentSmoker: record.smoking === undefined ? undefined : record.smoking.status === 'current',
      diabetes: hasCondition(record, ['diabetes-type-1', 'diabetes-type-2'], context.asOf, ['active', 'remission']),
      ancestry: record.ancestry,
    },
    ['ancestry'],
  );
  if (result.kind !== 'ok') return result;
  const { ancestry, ...rest } = result.input;
  // An unrecorded ancestry uses the white equations, as "other" does, and is reported as missing.
  const race = ancestry === 'black' ? 'african-american' : ancestry === 'white' ? 'white' : 'other';
  return derived({ ...rest, race }, result.missing);
}

/** @internal */
export const pooledCohortDefinition: ScoreDefinition<PooledCohortInput> = {
  id: 'pooled-cohort',
  version: SOURCE.version ?? '',
  name: { en: 'ACC/AHA Pooled Cohort Equations (10-year ASCVD risk)', 'zh-CN': 'ACC/AHA 汇总队列方程（10年ASCVD风险）' },
  source: SOURCE,
  inputSchema: PooledCohortInputSchema,
  score: pooledCohort,
  fromRecord,
};
