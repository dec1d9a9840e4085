/**
 * The scores of src/risk written by hand: the same arithmetic, point tables and unit handling as
 * each public function, without validation, explanation (factors, rationale, source) or freezing.
 * Each returns the number the public function returns as `value` (NaN where the public function
 * refuses the input as out of population), and each comes with the realistic input both sides of
 * bench/risk.bench.ts run on. That file checks at load that every pair agrees on its input, so a
 * wrong transcription fails the run instead of producing a flattering ratio.
 *
 * Every number below is copied from the src file named above it, which cites its clinical source;
 * the source is repeated next to each table. Units: a quantity is read in the unit the equation
 * uses, converted with the same factor as src/model/units.ts and src/risk/lab-input.ts when it
 * comes in the other unit; an unknown unit is not checked (that is validation's job).
 */

/** A laboratory value as the host sends it. */
export interface RawQuantity {
  readonly value: number;
  readonly unit: string;
}

type Sex = 'female' | 'male';

// ---------------------------------------------------------------------------------------------
// FINDRISC: mirrors src/risk/findrisc.ts, AGE_POINTS, bmiPoints, waistPoints and the item points
// of compute (FINDRISC questionnaire form, Lindström and Tuomilehto, Diabetes Care 2003).

export interface RawFindriscInput {
  readonly age: number;
  readonly sex: Sex;
  readonly bmi: number;
  readonly waistCm: number;
  readonly dailyActivity30Min: boolean;
  readonly vegetablesFruitDaily: boolean;
  readonly antihypertensiveMedication: boolean;
  readonly highBloodGlucoseEver: boolean;
  readonly familyHistory: 'none' | 'second-degree' | 'first-degree';
}

/** The worked example of findrisc's TSDoc: a 60-year-old woman, 25 points. */
export const findriscInput: RawFindriscInput = {
  age: 60,
  sex: 'female',
  bmi: 32,
  waistCm: 92,
  dailyActivity30Min: false,
  vegetablesFruitDaily: false,
  antihypertensiveMedication: true,
  highBloodGlucoseEver: true,
  familyHistory: 'first-degree',
};

export function findriscRaw(x: RawFindriscInput): number {
  const age = x.age <= 44 ? 0 : x.age <= 54 ? 2 : x.age <= 64 ? 3 : 4; // FINDRISC form: <45 0, 45-54 2, 55-64 3, >64 4
  const bmi = x.bmi < 25 ? 0 : x.bmi <= 30 ? 1 : 3; // FINDRISC form: <25 0, 25-30 1, >30 3
  const [low, high] = x.sex === 'male' ? [94, 102] : [80, 88]; // FINDRISC form: waist bands, men / women
  const waist = x.waistCm < low ? 0 : x.waistCm <= high ? 3 : 4; // FINDRISC form: 0 / 3 / 4
  const family = x.familyHistory === 'first-degree' ? 5 : x.familyHistory === 'second-degree' ? 3 : 0; // FINDRISC form: 5 / 3 / 0
  return (
    age +
    bmi +
    waist +
    (x.dailyActivity30Min ? 0 : 2) + // FINDRISC form: inactivity 2
    (x.vegetablesFruitDaily ? 0 : 1) + // FINDRISC form: no daily vegetables or fruit 1
    (x.antihypertensiveMedication ? 2 : 0) + // FINDRISC form: antihypertensive medication 2
    (x.highBloodGlucoseEver ? 5 : 0) + // FINDRISC form: high glucose ever 5
    family
  );
}

// ---------------------------------------------------------------------------------------------
// CDRS: mirrors src/risk/cdrs.ts, tables AGE, BMI, WAIST_MEN, WAIST_WOMEN, SBP and the sex and
// family-history points (Zhou 2013, Diabetes Care 36:3944; CDS guideline 2020 point table).

export interface RawCdrsInput {
  readonly age: number;
  readonly sex: Sex;
  readonly bmi: number;
  readonly waistCm: number;
  readonly sbpMmHg: number;
  readonly familyHistoryFirstDegree: boolean;
}

/** A 52-year-old woman with central obesity, borderline blood pressure and a diabetic parent: 35 points. */
export const cdrsInput: RawCdrsInput = { age: 52, sex: 'female', bmi: 25.3, waistCm: 84, sbpMmHg: 138, familyHistoryFirstDegree: true };

// Zhou 2013 waist points, men: < 75 0; 75-79.9 3; 80-84.9 5; 85-89.9 7; 90-94.9 8; >= 95 10.
const waistPointsMen = (w: number): number => (w < 75 ? 0 : w < 80 ? 3 : w < 85 ? 5 : w < 90 ? 7 : w < 95 ? 8 : 10);
// Zhou 2013 waist points, women (5 cm lower): < 70 0; 70-74.9 3; 75-79.9 5; 80-84.9 7; 85-89.9 8; >= 90 10.
const waistPointsWomen = (w: number): number => (w < 70 ? 0 : w < 75 ? 3 : w < 80 ? 5 : w < 85 ? 7 : w < 90 ? 8 : 10);

export function cdrsRaw(x: RawCdrsInput): number {
  if (x.age < 20 || x.age > 74) return Number.NaN; // Zhou 2013: derived in ages 20-74
  const a = x.age;
  const age = a <= 24 ? 0 : a <= 34 ? 4 : a <= 39 ? 8 : a <= 44 ? 11 : a <= 49 ? 12 : a <= 54 ? 13 : a <= 59 ? 15 : a <= 64 ? 16 : 18; // Zhou 2013 age points
  const sex = x.sex === 'male' ? 2 : 0; // Zhou 2013: male 2
  const bmi = x.bmi < 22 ? 0 : x.bmi < 24 ? 1 : x.bmi < 30 ? 3 : 5; // Zhou 2013 BMI points
  const waist = x.sex === 'male' ? waistPointsMen(x.waistCm) : waistPointsWomen(x.waistCm);
  const s = x.sbpMmHg;
  const sbp = s < 110 ? 0 : s < 120 ? 1 : s < 130 ? 3 : s < 140 ? 6 : s < 150 ? 7 : s < 160 ? 8 : 10; // Zhou 2013 SBP points
  return age + sex + bmi + waist + sbp + (x.familyHistoryFirstDegree ? 6 : 0); // Zhou 2013: family history 6
}

// ---------------------------------------------------------------------------------------------
// ADA/CDC risk test: mirrors src/risk/ada-risk-test.ts, tables AGE, BMI, ASIAN_FIRST_POINT_BMI
// and the item points of compute (CDC "How your test is scored"; ADA Standards of Care 2025, s. 2).

export interface RawAdaRiskTestInput {
  readonly age: number;
  readonly sex: Sex;
  readonly gestationalDiabetesHistory: boolean;
  readonly familyHistory: boolean;
  readonly hypertension: boolean;
  readonly physicallyActive: boolean;
  readonly bmi: number;
  readonly asian?: boolean;
}

/** A 52-year-old inactive Asian woman with past gestational diabetes, a diabetic parent and BMI 24.1: 6 points. */
export const adaRiskTestInput: RawAdaRiskTestInput = {
  age: 52,
  sex: 'female',
  gestationalDiabetesHistory: true,
  familyHistory: true,
  hypertension: false,
  physicallyActive: false,
  bmi: 24.1,
  asian: true,
};

export function adaRiskTestRaw(x: RawAdaRiskTestInput): number {
  const age = x.age <= 39 ? 0 : x.age <= 49 ? 1 : x.age <= 59 ? 2 : 3; // CDC: <40 0, 40-49 1, 50-59 2, >=60 3
  // CDC: BMI <25 0, 25-29.9 1, 30-39.9 2, >=40 3; Asian ancestry scores 1 from BMI 23 (CDC chart; ADA 2025 s. 2).
  const bmi = x.asian === true && x.bmi >= 23 && x.bmi < 25 ? 1 : x.bmi < 25 ? 0 : x.bmi < 30 ? 1 : x.bmi < 40 ? 2 : 3;
  return (
    age +
    (x.sex === 'male' ? 1 : 0) + // CDC: male 1
    (x.gestationalDiabetesHistory ? 1 : 0) + // CDC: gestational diabetes 1
    (x.familyHistory ? 1 : 0) + // CDC: parent or sibling with diabetes 1
    (x.hypertension ? 1 : 0) + // CDC: high blood pressure 1
    (x.physicallyActive ? 0 : 1) + // CDC: not physically active 1
    bmi
  );
}

// ---------------------------------------------------------------------------------------------
// Seed rule: mirrors src/risk/seed-diabetes-risk.ts, FPG_MIN and BMI_MIN (004_eccb0a9eec47fd06.txt).

export interface RawSeedDiabetesRiskInput {
  readonly fastingGlucose: RawQuantity;
  readonly bmi: number;
  readonly hypertensionHistory: boolean;
}

/** The worked example of seedDiabetesRisk's TSDoc: all three criteria met. */
export const seedDiabetesRiskInput: RawSeedDiabetesRiskInput = { fastingGlucose: { value: 6.3, unit: 'mmol/L' }, bmi: 26.7, hypertensionHistory: true };

export function seedDiabetesRiskRaw(x: RawSeedDiabetesRiskInput): number {
  // Glucose 18.0 mg/dL per mmol/L (src/model/units.ts, ADA Standards of Care 2025, section 2).
  const fpg = x.fastingGlucose.unit === 'mg/dL' ? x.fastingGlucose.value * (1 / 18.0) : x.fastingGlucose.value;
  // 004_eccb0a9eec47fd06.txt: FPG >= 6.1 mmol/L, BMI >= 24, hypertension; value counts the criteria met.
  return (fpg >= 6.1 ? 1 : 0) + (x.bmi >= 24 ? 1 : 0) + (x.hypertensionHistory ? 1 : 0);
}

// ---------------------------------------------------------------------------------------------
// Pooled Cohort Equations: mirrors src/risk/pooled-cohort.ts, TABLE_A (Goff 2013, Appendix 7,
// Table A), CHOLESTEROL_MG_PER_MMOL (NCEP ATP III 2002), RANGES (ACC/AHA estimator input ranges)
// and the sum of terms of compute, in the same order.

export interface RawPooledCohortInput {
  readonly age: number;
  readonly sex: Sex;
  readonly race: 'african-american' | 'white' | 'other';
  readonly totalCholesterol: RawQuantity;
  readonly hdlCholesterol: RawQuantity;
  readonly systolicBpMmHg: number;
  readonly bpTreated: boolean;
  readonly currentSmoker: boolean;
  readonly diabetes: boolean;
}

/** The worked example of pooledCohort's TSDoc (Goff 2013 example): 55-year-old white man, 5.38 %. */
export const pooledCohortInput: RawPooledCohortInput = {
  age: 55,
  sex: 'male',
  race: 'white',
  totalCholesterol: { value: 213, unit: 'mg/dL' },
  hdlCholesterol: { value: 50, unit: 'mg/dL' },
  systolicBpMmHg: 120,
  bpTreated: false,
  currentSmoker: false,
  diabetes: false,
};

// Goff 2013, Appendix 7, Table A, as printed (3 decimals): lnAge, lnAge², lnTC, lnAge×lnTC, lnHDL,
// lnAge×lnHDL, ln treated SBP, lnAge×ln treated SBP, ln untreated SBP, lnAge×ln untreated SBP,
// smoker, lnAge×smoker, diabetes, mean sum, 10-year baseline survival.
type PceRow = readonly [number, number, number, number, number, number, number, number, number, number, number, number, number, number, number];
const PCE: { readonly [K in 'white-female' | 'aa-female' | 'white-male' | 'aa-male']: PceRow } = {
  'white-female': [-29.799, 4.884, 13.54, -3.114, -13.578, 3.149, 2.019, 0, 1.957, 0, 7.574, -1.665, 0.661, -29.18, 0.9665],
  'aa-female': [17.114, 0, 0.94, 0, -18.92, 4.475, 29.291, -6.432, 27.82, -6.087, 0.691, 0, 0.874, 86.61, 0.9533],
  'white-male': [12.344, 0, 11.853, -2.664, -7.99, 1.769, 1.797, 0, 1.764, 0, 7.837, -1.795, 0.658, 61.18, 0.9144],
  'aa-male': [2.469, 0, 0.302, 0, -0.307, 0, 1.916, 0, 1.809, 0, 0.549, 0, 0.645, 19.54, 0.8954],
};

export function pooledCohortRaw(x: RawPooledCohortInput): number {
  if (x.age < 40 || x.age > 79) return Number.NaN; // Goff 2013: ages 40-79
  const tc = x.totalCholesterol.unit === 'mg/dL' ? x.totalCholesterol.value : x.totalCholesterol.value * 38.67; // NCEP ATP III 2002: 38.67 mg/dL per mmol/L
  const hdl = x.hdlCholesterol.unit === 'mg/dL' ? x.hdlCholesterol.value : x.hdlCholesterol.value * 38.67; // NCEP ATP III 2002
  // ACC/AHA estimator ranges: TC 130-320 mg/dL, HDL 20-100 mg/dL, SBP 90-200 mmHg.
  if (tc < 130 || tc > 320 || hdl < 20 || hdl > 100 || x.systolicBpMmHg < 90 || x.systolicBpMmHg > 200) return Number.NaN;
  const aa = x.race === 'african-american'; // 'other' uses the white equations (Goff 2013)
  const [cAge, cAge2, cTc, cAgeTc, cHdl, cAgeHdl, cTreated, cAgeTreated, cUntreated, cAgeUntreated, cSmoker, cAgeSmoker, cDiabetes, mean, s10] =
    x.sex === 'female' ? (aa ? PCE['aa-female'] : PCE['white-female']) : aa ? PCE['aa-male'] : PCE['white-male'];
  const lnAge = Math.log(x.age);
  const lnTc = Math.log(tc);
  const lnHdl = Math.log(hdl);
  const lnSbp = Math.log(x.systolicBpMmHg);
  const smoker = x.currentSmoker ? 1 : 0;
  const sbp = x.bpTreated ? cTreated * lnSbp + cAgeTreated * lnAge * lnSbp : cUntreated * lnSbp + cAgeUntreated * lnAge * lnSbp;
  const sum =
    0 +
    (cAge * lnAge + cAge2 * lnAge * lnAge) +
    (cTc * lnTc + cAgeTc * lnAge * lnTc) +
    (cHdl * lnHdl + cAgeHdl * lnAge * lnHdl) +
    sbp +
    (cSmoker * smoker + cAgeSmoker * lnAge * smoker) +
    cDiabetes * (x.diabetes ? 1 : 0);
  return (1 - s10 ** Math.exp(sum - mean)) * 100;
}

// ---------------------------------------------------------------------------------------------
// China-PAR: mirrors src/risk/china-par.ts, COEFFICIENTS (Yang 2016 Suppl. Table 1, 3 decimals as
// in T/JPMA 024-2024; women's S10 0.9851 derived from the worked example), CHOLESTEROL_MG_PER_MMOL
// (Yang 2016: x 0.0259) and the sum of factors of compute, in the same order.

export interface RawChinaParInput {
  readonly age: number;
  readonly sex: Sex;
  readonly systolicBpMmHg: number;
  readonly bpTreated: boolean;
  readonly totalCholesterol: RawQuantity;
  readonly hdlCholesterol: RawQuantity;
  readonly waistCm: number;
  readonly currentSmoker: boolean;
  readonly diabetes: boolean;
  readonly region: 'north' | 'south';
  readonly residence: 'urban' | 'rural';
  readonly familyHistoryAscvd: boolean;
}

/** A 58-year-old treated hypertensive smoker from a northern city, lipids in mmol/L as Chinese laboratories report them. */
export const chinaParInput: RawChinaParInput = {
  age: 58,
  sex: 'male',
  systolicBpMmHg: 146,
  bpTreated: true,
  totalCholesterol: { value: 5.6, unit: 'mmol/L' },
  hdlCholesterol: { value: 1.1, unit: 'mmol/L' },
  waistCm: 92,
  currentSmoker: true,
  diabetes: false,
  region: 'north',
  residence: 'urban',
  familyHistoryAscvd: true,
};

// Yang 2016 Suppl. Table 1 (T/JPMA 024-2024 decimals): lnAge, ln treated SBP, ln untreated SBP,
// lnTC, lnHDL, lnWaist, smoker, diabetes, north, urban, family history, lnAge×ln treated SBP,
// lnAge×ln untreated SBP, lnAge×smoker, lnAge×family history, mean sum, 10-year baseline survival.
type ParRow = readonly [number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number];
const PAR: { readonly [S in Sex]: ParRow } = {
  male: [31.967, 27.388, 26.148, 0.621, -0.695, -0.712, 3.955, 0.357, 0.475, -0.164, 6.221, -6.018, -5.731, -0.939, -1.534, 140.68, 0.9707],
  female: [24.874, 20.709, 19.982, 0.058, -0.217, 1.475, 0.495, 0.567, 0.544, 0, 0, -4.528, -4.36, 0, 0, 117.26, 0.9851],
};
const PAR_MG_PER_MMOL = 1 / 0.0259; // Yang 2016: mg/dL x 0.0259 = mmol/L

export function chinaParRaw(x: RawChinaParInput): number {
  if (x.age < 35 || x.age > 74) return Number.NaN; // Yang 2016: ages 35-74
  const [cAge, cTreated, cUntreated, cTc, cHdl, cWaist, cSmoker, cDiabetes, cNorth, cUrban, cFamily, cAgeTreated, cAgeUntreated, cAgeSmoker, cAgeFamily, mean, s10] = PAR[x.sex];
  const lnAge = Math.log(x.age);
  const lnSbp = Math.log(x.systolicBpMmHg);
  const tc = x.totalCholesterol.unit === 'mg/dL' ? x.totalCholesterol.value : x.totalCholesterol.value * PAR_MG_PER_MMOL;
  const hdl = x.hdlCholesterol.unit === 'mg/dL' ? x.hdlCholesterol.value : x.hdlCholesterol.value * PAR_MG_PER_MMOL;
  const smoker = x.currentSmoker ? 1 : 0;
  const family = x.familyHistoryAscvd ? 1 : 0;
  const sum =
    0 +
    cAge * lnAge +
    (x.bpTreated ? cTreated * lnSbp + cAgeTreated * lnAge * lnSbp : cUntreated * lnSbp + cAgeUntreated * lnAge * lnSbp) +
    cTc * Math.log(tc) +
    cHdl * Math.log(hdl) +
    cWaist * Math.log(x.waistCm) +
    (cSmoker * smoker + cAgeSmoker * lnAge * smoker) +
    (x.diabetes ? cDiabetes : 0) +
    (x.region === 'north' ? cNorth : 0) +
    (x.residence === 'urban' ? cUrban : 0) +
    (cFamily * family + cAgeFamily * lnAge * family);
  return (1 - s10 ** Math.exp(sum - mean)) * 100;
}

// ---------------------------------------------------------------------------------------------
// CKD-EPI 2021: mirrors src/risk/ckd-epi-2021.ts, egfrCkdEpi2021 and CREATININE_UMOL_PER_MG
// (Inker 2021, NEJM 385:1737; 88.4 umol/L per mg/dL, KDIGO 2012).

export interface RawCkdEpi2021Input {
  readonly age: number;
  readonly sex: Sex;
  readonly creatinine: RawQuantity;
}

/** The worked example of ckdEpi2021's TSDoc: 60-year-old man, creatinine 1.4 mg/dL, eGFR 57.5. */
export const ckdEpi2021Input: RawCkdEpi2021Input = { age: 60, sex: 'male', creatinine: { value: 1.4, unit: 'mg/dL' } };

export function ckdEpi2021Raw(x: RawCkdEpi2021Input): number {
  if (x.age < 18) return Number.NaN; // Inker 2021: adults only
  const scr = x.creatinine.unit === 'mg/dL' ? x.creatinine.value : x.creatinine.value * (1 / 88.4); // KDIGO 2012: 88.4 umol/L per mg/dL
  const female = x.sex === 'female';
  // Inker 2021: 142 x min(Scr/k, 1)^a x max(Scr/k, 1)^-1.200 x 0.9938^age x 1.012 [female];
  // k 0.7 / 0.9, a -0.241 / -0.302 (female / male).
  const ratio = scr / (female ? 0.7 : 0.9);
  return 142 * Math.min(ratio, 1) ** (female ? -0.241 : -0.302) * Math.max(ratio, 1) ** -1.2 * 0.9938 ** x.age * (female ? 1.012 : 1);
}

// ---------------------------------------------------------------------------------------------
// KDIGO: mirrors src/risk/kdigo.ts (COLOURS, VISITS) and src/risk/kdigo-categories.ts (GFR bands,
// albuminuriaCategory): KDIGO 2012 Tables 5 and 7, heat map and Chapter 2 monitoring figure; ADA
// 2024 section 11 grid; 8.84 mg/g per mg/mmol (KDIGO 2012).

export interface RawKdigoInput {
  readonly egfr: number;
  readonly uacr: RawQuantity;
  readonly kidneyDamageMarkers?: boolean;
  readonly table?: 'kdigo-2012' | 'ada-2024';
}

/** A person with diabetes and nephropathy: eGFR 52, UACR 42 mg/mmol (G3a A3), on the ADA grid: 3 visits a year. */
export const kdigoInput: RawKdigoInput = { egfr: 52, uacr: { value: 42, unit: 'mg/mmol' }, kidneyDamageMarkers: true, table: 'ada-2024' };

type Row = readonly [number, number, number];
type Grid = readonly [Row, Row, Row, Row, Row, Row];
// KDIGO 2012 heat map, rows G1..G5, columns A1..A3: 0 green, 1 yellow, 2 orange, 3 red.
const HEAT: Grid = [
  [0, 1, 2],
  [0, 1, 2],
  [1, 2, 3],
  [2, 3, 3],
  [3, 3, 3],
  [3, 3, 3],
];
// Visits per year: KDIGO 2012 Chapter 2 figure; ADA 2024 section 11 (G1 A3 and G2 A3 are 3, not 2).
const VISITS: { readonly [T in 'kdigo-2012' | 'ada-2024']: Grid } = {
  'kdigo-2012': [
    [1, 1, 2],
    [1, 1, 2],
    [1, 2, 3],
    [2, 3, 3],
    [3, 3, 4],
    [4, 4, 4],
  ],
  'ada-2024': [
    [1, 1, 3],
    [1, 1, 3],
    [1, 2, 3],
    [2, 3, 3],
    [3, 3, 4],
    [4, 4, 4],
  ],
};

export function kdigoRaw(x: RawKdigoInput): number {
  // KDIGO 2012 Table 5: G1 >= 90, G2 60-89, G3a 45-59, G3b 30-44, G4 15-29, G5 < 15 (a boundary belongs to the higher band).
  const row = x.egfr >= 90 ? 0 : x.egfr >= 60 ? 1 : x.egfr >= 45 ? 2 : x.egfr >= 30 ? 3 : x.egfr >= 15 ? 4 : 5;
  const uacr = x.uacr.unit === 'mg/mmol' ? x.uacr.value * 8.84 : x.uacr.value; // KDIGO 2012: 8.84 mg/g per mg/mmol
  const column = uacr < 30 ? 0 : uacr <= 300 ? 1 : 2; // KDIGO 2012 Table 7: A1 < 30, A2 30-300, A3 > 300 mg/g
  // Green (G1-G2 A1) is CKD only with other markers of kidney damage: no CKD monitoring otherwise.
  if (HEAT[row][column] === 0 && x.kidneyDamageMarkers !== true) return 0;
  return VISITS[x.table ?? 'kdigo-2012'][row][column];
}

// ---------------------------------------------------------------------------------------------
// Glucose variability: mirrors src/risk/glucose-variability.ts, coefficientOfVariation (sample SD
// over the mean, in percent; Danne 2017, Battelino 2019).

export interface RawGlucoseVariabilityInput {
  readonly readingsMmolL: readonly number[];
  readonly windowDays?: number;
}

/**
 * Fourteen days of a continuous glucose monitor at one reading every 15 minutes (1 344 readings,
 * the 14-day data period of Battelino 2019): a daily rhythm, three meal peaks that vary from day
 * to day and a deterministic jitter, rounded to 0.1 mmol/L as CGM exports are.
 */
export const glucoseVariabilityInput: RawGlucoseVariabilityInput = {
  readingsMmolL: Array.from({ length: 14 * 96 }, (_, index) => {
    const day = Math.floor(index / 96);
    const hour = (index % 96) / 4;
    const meal = (at: number, height: number) => height * Math.exp(-(((hour - at) / 1.2) ** 2));
    const glucose =
      6.2 + 0.8 * Math.sin(((hour - 4) / 24) * 2 * Math.PI) + meal(7.5, 3 + (day % 3) * 0.6) + meal(12.5, 3.5 + (day % 4) * 0.5) + meal(18.5, 4 + (day % 5) * 0.7) + 0.4 * Math.sin(index * 12.9898);
    return Number(glucose.toFixed(1));
  }),
  windowDays: 14,
};

export function glucoseVariabilityRaw(x: RawGlucoseVariabilityInput): number {
  const n = x.readingsMmolL.length;
  let sum = 0;
  for (const reading of x.readingsMmolL) sum += reading;
  const mean = sum / n;
  let squares = 0;
  for (const reading of x.readingsMmolL) squares += (reading - mean) ** 2;
  return (Math.sqrt(squares / (n - 1)) / mean) * 100; // sample SD (n - 1) over the mean, percent
}

// ---------------------------------------------------------------------------------------------
// IWGDF foot: mirrors src/risk/iwgdf-foot.ts, the category rules of compute (IWGDF 2023 risk
// stratification, with carepath's escalation of a history without LOPS or PAD to 3).

export interface RawIwgdfFootInput {
  readonly lops: boolean;
  readonly pad: boolean;
  readonly deformity: boolean;
  readonly ulcerHistory: boolean;
  readonly amputation: boolean;
  readonly endStageRenalDisease: boolean;
  readonly glucoseCvPercent?: number;
  readonly escalateHistoryWithoutLopsOrPad?: boolean;
}

/** Loss of protective sensation with a deformity, no ulcer history: IWGDF category 2. */
export const iwgdfFootInput: RawIwgdfFootInput = { lops: true, pad: false, deformity: true, ulcerHistory: false, amputation: false, endStageRenalDisease: false, glucoseCvPercent: 38.2 };

export function iwgdfFootRaw(x: RawIwgdfFootInput): number {
  const lopsOrPad = x.lops || x.pad;
  const history = x.ulcerHistory || x.amputation || x.endStageRenalDisease;
  if (lopsOrPad && history) return 3; // IWGDF 2023: LOPS or PAD with ulcer, amputation or ESRD
  if ((x.lops && x.pad) || (x.lops && x.deformity) || (x.pad && x.deformity)) return 2; // IWGDF 2023: two of LOPS, PAD, deformity
  if (lopsOrPad) return 1; // IWGDF 2023: LOPS or PAD
  return history && (x.escalateHistoryWithoutLopsOrPad ?? true) ? 3 : 0; // carepath's escalation (src/risk/iwgdf-foot.ts)
}

// ---------------------------------------------------------------------------------------------
// LACE: mirrors src/risk/lace.ts, LOS_POINTS, ACUTE_POINTS, charlsonPoints and edPoints
// (van Walraven 2010, CMAJ 182:551).

export interface RawLaceInput {
  readonly lengthOfStayDays: number;
  readonly acuteAdmission: boolean;
  readonly charlsonIndex: number;
  readonly edVisits6Months: number;
}

/** An 8-day emergency admission, Charlson 3, two ED visits in 6 months: 13 points. */
export const laceInput: RawLaceInput = { lengthOfStayDays: 8, acuteAdmission: true, charlsonIndex: 3, edVisits6Months: 2 };

export function laceRaw(x: RawLaceInput): number {
  const d = x.lengthOfStayDays;
  const los = d < 1 ? 0 : d < 2 ? 1 : d < 3 ? 2 : d < 4 ? 3 : d < 7 ? 4 : d < 14 ? 5 : 7; // van Walraven 2010: <1 0, 1 1, 2 2, 3 3, 4-6 4, 7-13 5, >=14 7
  const acute = x.acuteAdmission ? 3 : 0; // van Walraven 2010: acute admission 3
  const charlson = x.charlsonIndex >= 4 ? 5 : x.charlsonIndex; // van Walraven 2010: 0-3 as is, >=4 5
  const ed = Math.min(x.edVisits6Months, 4); // van Walraven 2010: 0-3 as is, >=4 4
  return los + acute + charlson + ed;
}

// ---------------------------------------------------------------------------------------------
// HOSPITAL score: mirrors src/risk/hospital-score.ts, the item constants and ADMISSION_POINTS
// (Donzé 2013, JAMA Intern Med 173:632, Table 3); haemoglobin 10 g/L per g/dL (SI, src/model/units.ts).

export interface RawHospitalScoreInput {
  readonly hemoglobinAtDischarge: RawQuantity;
  readonly oncologyService: boolean;
  readonly sodiumAtDischarge: RawQuantity;
  readonly procedureDuringStay: boolean;
  readonly urgentAdmission: boolean;
  readonly admissionsPrevious12Months: number;
  readonly lengthOfStayDays: number;
}

/** An urgent 7-day medical stay with a procedure, anaemia and hyponatraemia at discharge, two admissions in the year before: 8 points. */
export const hospitalScoreInput: RawHospitalScoreInput = {
  hemoglobinAtDischarge: { value: 10.8, unit: 'g/dL' },
  oncologyService: false,
  sodiumAtDischarge: { value: 133, unit: 'mmol/L' },
  procedureDuringStay: true,
  urgentAdmission: true,
  admissionsPrevious12Months: 2,
  lengthOfStayDays: 7,
};

export function hospitalScoreRaw(x: RawHospitalScoreInput): number {
  const hb = x.hemoglobinAtDischarge.unit === 'g/dL' ? x.hemoglobinAtDischarge.value * 10 : x.hemoglobinAtDischarge.value; // SI: 10 g/L per g/dL
  const sodium = x.sodiumAtDischarge.value; // mmol/L = meq/L for a monovalent ion
  const a = x.admissionsPrevious12Months;
  return (
    (hb < 120 ? 1 : 0) + // Donzé 2013: haemoglobin < 12 g/dL 1
    (x.oncologyService ? 2 : 0) + // Donzé 2013: oncology discharge 2
    (sodium < 135 ? 1 : 0) + // Donzé 2013: sodium < 135 mmol/L 1
    (x.procedureDuringStay ? 1 : 0) + // Donzé 2013: procedure 1
    (x.urgentAdmission ? 1 : 0) + // Donzé 2013: urgent admission 1
    (a <= 1 ? 0 : a <= 5 ? 2 : 5) + // Donzé 2013: admissions 0-1 0, 2-5 2, >5 5
    (x.lengthOfStayDays >= 5 ? 2 : 0) // Donzé 2013: length of stay >= 5 days 2
  );
}

// ---------------------------------------------------------------------------------------------
// Caprini 2005: mirrors src/risk/caprini.ts, AGE_POINTS, SURGERY_POINTS, MOBILITY_POINTS and ITEMS
// (Caprini 2005, Dis Mon 51:70, risk factor table).

type CapriniItem =
  | 'priorMajorSurgeryWithin1Month'
  | 'varicoseVeins'
  | 'inflammatoryBowelDisease'
  | 'swollenLegs'
  | 'bmiOver25'
  | 'acuteMyocardialInfarction'
  | 'heartFailureWithin1Month'
  | 'sepsisWithin1Month'
  | 'seriousLungDiseaseWithin1Month'
  | 'abnormalPulmonaryFunction'
  | 'otherRiskFactor'
  | 'oralContraceptivesOrHormoneTherapy'
  | 'pregnancyOrPostpartum'
  | 'adverseObstetricHistory'
  | 'malignancy'
  | 'immobilizingCast'
  | 'centralVenousAccess'
  | 'historyOfDvtPe'
  | 'familyHistoryOfThrombosis'
  | 'factorVLeiden'
  | 'prothrombin20210A'
  | 'elevatedHomocysteine'
  | 'lupusAnticoagulant'
  | 'anticardiolipinAntibodies'
  | 'heparinInducedThrombocytopenia'
  | 'otherThrombophilia'
  | 'hipPelvisLegFractureWithin1Month'
  | 'strokeWithin1Month'
  | 'multipleTraumaWithin1Month'
  | 'acuteSpinalCordInjuryWithin1Month';

export type RawCapriniInput = {
  readonly ageBand: '40-or-under' | '41-60' | '61-74' | '75-or-over';
  readonly sex: 'female' | 'male' | 'other' | 'unknown';
  readonly surgery: 'none' | 'minor' | 'major-over-45-min' | 'laparoscopic-over-45-min' | 'arthroscopic' | 'elective-major-lower-extremity-arthroplasty';
  readonly mobility: 'ambulatory' | 'bed-rest-medical' | 'confined-over-72h';
} & { readonly [K in CapriniItem]?: boolean };

/** A 68-year-old overweight woman with varicose veins before an elective knee replacement, the items a record yields: 9 points. */
export const capriniInput: RawCapriniInput = {
  ageBand: '61-74',
  sex: 'female',
  surgery: 'elective-major-lower-extremity-arthroplasty',
  mobility: 'ambulatory',
  bmiOver25: true,
  varicoseVeins: true,
  historyOfDvtPe: false,
  malignancy: false,
  abnormalPulmonaryFunction: false,
  heartFailureWithin1Month: false,
  strokeWithin1Month: false,
  oralContraceptivesOrHormoneTherapy: false,
};

const CAPRINI_AGE = { '40-or-under': 0, '41-60': 1, '61-74': 2, '75-or-over': 3 } as const; // Caprini 2005 age points
// Caprini 2005: minor 1; major > 45 min, laparoscopic > 45 min, arthroscopic 2; elective major lower-extremity arthroplasty 5.
const CAPRINI_SURGERY = {
  none: 0,
  minor: 1,
  'major-over-45-min': 2,
  'laparoscopic-over-45-min': 2,
  arthroscopic: 2,
  'elective-major-lower-extremity-arthroplasty': 5,
} as const;
const CAPRINI_MOBILITY = { ambulatory: 0, 'bed-rest-medical': 1, 'confined-over-72h': 2 } as const; // Caprini 2005 mobility points

// Written as one sum, as a hand-written score would be: a loop over the item names reads the
// input by a different key each time (a megamorphic keyed load) and runs many times slower.
export function capriniRaw(x: RawCapriniInput): number {
  const yes = (item: boolean | undefined): number => (item === true ? 1 : 0);
  return (
    CAPRINI_AGE[x.ageBand] +
    CAPRINI_SURGERY[x.surgery] +
    CAPRINI_MOBILITY[x.mobility] +
    // Caprini 2005: 1 point each
    (yes(x.priorMajorSurgeryWithin1Month) +
      yes(x.varicoseVeins) +
      yes(x.inflammatoryBowelDisease) +
      yes(x.swollenLegs) +
      yes(x.bmiOver25) +
      yes(x.acuteMyocardialInfarction) +
      yes(x.heartFailureWithin1Month) +
      yes(x.sepsisWithin1Month) +
      yes(x.seriousLungDiseaseWithin1Month) +
      yes(x.abnormalPulmonaryFunction) +
      yes(x.otherRiskFactor) +
      // Caprini 2005: 1 point each, women only (the validated side rejects them for men)
      yes(x.oralContraceptivesOrHormoneTherapy) +
      yes(x.pregnancyOrPostpartum) +
      yes(x.adverseObstetricHistory)) +
    // Caprini 2005: 2 points each
    2 * (yes(x.malignancy) + yes(x.immobilizingCast) + yes(x.centralVenousAccess)) +
    // Caprini 2005: 3 points each
    3 *
      (yes(x.historyOfDvtPe) +
        yes(x.familyHistoryOfThrombosis) +
        yes(x.factorVLeiden) +
        yes(x.prothrombin20210A) +
        yes(x.elevatedHomocysteine) +
        yes(x.lupusAnticoagulant) +
        yes(x.anticardiolipinAntibodies) +
        yes(x.heparinInducedThrombocytopenia) +
        yes(x.otherThrombophilia)) +
    // Caprini 2005: 5 points each
    5 * (yes(x.hipPelvisLegFractureWithin1Month) + yes(x.strokeWithin1Month) + yes(x.multipleTraumaWithin1Month) + yes(x.acuteSpinalCordInjuryWithin1Month))
  );
}

// ---------------------------------------------------------------------------------------------
// Morse Fall Scale: mirrors src/risk/morse-fall.ts, FALL_POINTS, SECONDARY_DIAGNOSIS_POINTS,
// AID_POINTS, IV_POINTS, GAIT_POINTS and MENTAL_POINTS (Morse 1989, Can J Aging 8:366; AHRQ Tool 3H).

export interface RawMorseFallInput {
  readonly fallHistory: boolean;
  readonly secondaryDiagnosis: boolean;
  readonly ambulatoryAid: 'none' | 'crutches-cane-walker' | 'furniture';
  readonly intravenousAccess: boolean;
  readonly gait: 'normal' | 'weak' | 'impaired';
  readonly mentalStatus: 'oriented' | 'forgets-limitations';
}

/** An inpatient with a recent fall, two diagnoses, a walker, an IV line and a weak gait: 85 points. */
export const morseFallInput: RawMorseFallInput = {
  fallHistory: true,
  secondaryDiagnosis: true,
  ambulatoryAid: 'crutches-cane-walker',
  intravenousAccess: true,
  gait: 'weak',
  mentalStatus: 'oriented',
};

const MORSE_AID = { none: 0, 'crutches-cane-walker': 15, furniture: 30 } as const; // Morse 1989: ambulatory aid 0 / 15 / 30
const MORSE_GAIT = { normal: 0, weak: 10, impaired: 20 } as const; // Morse 1989: gait 0 / 10 / 20
const MORSE_MENTAL = { oriented: 0, 'forgets-limitations': 15 } as const; // Morse 1989: mental status 0 / 15

export function morseFallRaw(x: RawMorseFallInput): number {
  return (
    (x.fallHistory ? 25 : 0) + // Morse 1989: history of falling 25
    (x.secondaryDiagnosis ? 15 : 0) + // Morse 1989: secondary diagnosis 15
    MORSE_AID[x.ambulatoryAid] +
    (x.intravenousAccess ? 20 : 0) + // Morse 1989: IV therapy / heparin lock 20
    MORSE_GAIT[x.gait] +
    MORSE_MENTAL[x.mentalStatus]
  );
}
