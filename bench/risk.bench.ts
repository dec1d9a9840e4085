import { readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import type { CareError } from '../src/core/care-error.js';
import type { Either } from '../src/core/either.js';
import { adaRiskTest } from '../src/risk/ada-risk-test.js';
import { assess } from '../src/risk/assess.js';
import { caprini } from '../src/risk/caprini.js';
import { cdrs } from '../src/risk/cdrs.js';
import { chinaPar } from '../src/risk/china-par.js';
import { ckdEpi2021 } from '../src/risk/ckd-epi-2021.js';
import { findrisc } from '../src/risk/findrisc.js';
import { glucoseVariability } from '../src/risk/glucose-variability.js';
import { hospitalScore } from '../src/risk/hospital-score.js';
import { iwgdfFoot } from '../src/risk/iwgdf-foot.js';
import { kdigo } from '../src/risk/kdigo.js';
import { lace } from '../src/risk/lace.js';
import { morseFall } from '../src/risk/morse-fall.js';
import { pooledCohort } from '../src/risk/pooled-cohort.js';
import type { ScoreResult } from '../src/risk/score-result.js';
import { seedDiabetesRisk } from '../src/risk/seed-diabetes-risk.js';
import { validatePatientRecord } from '../src/model/validate-patient-record.js';
import {
  adaRiskTestInput,
  adaRiskTestRaw,
  capriniInput,
  capriniRaw,
  cdrsInput,
  cdrsRaw,
  chinaParInput,
  chinaParRaw,
  ckdEpi2021Input,
  ckdEpi2021Raw,
  findriscInput,
  findriscRaw,
  glucoseVariabilityInput,
  glucoseVariabilityRaw,
  hospitalScoreInput,
  hospitalScoreRaw,
  iwgdfFootInput,
  iwgdfFootRaw,
  kdigoInput,
  kdigoRaw,
  laceInput,
  laceRaw,
  morseFallInput,
  morseFallRaw,
  pooledCohortInput,
  pooledCohortRaw,
  seedDiabetesRiskInput,
  seedDiabetesRiskRaw,
} from './raw-scores.js';

/**
 * `npx vitest bench --run --config vitest.bench.config.ts bench/risk.bench.ts`
 *
 * Side by side: each score of src/risk with validation (the public function: zod, every factor
 * explained, rationale in two languages, result deep-frozen) and the same arithmetic written by
 * hand without validation (bench/raw-scores.ts), on the same input. Goal: validated scoring
 * within 10x of the raw arithmetic.
 */

// Fairness, checked once at load and outside the timed loops: on its input, each hand-written
// function must return exactly the validated function's `value`, so a wrong transcription (a
// skipped term, a wrong table) fails the run instead of producing a flattering ratio. Variants
// reach the branches the benchmark inputs do not (other sex, unit, race, table, every item).
function agree<I>(name: string, validated: (input: unknown) => Either<CareError, ScoreResult>, raw: (input: I) => number, input: I): void {
  const result = validated(input);
  if (result._tag === 'Left') throw new Error(`${name} refused its input: ${result.left.message}`);
  const value = raw(input);
  if (!Number.isFinite(value) || !Object.is(value, result.right.value)) {
    throw new Error(`${name}: the hand-written arithmetic gives ${value}, the validated function ${result.right.value}`);
  }
}
agree('findrisc', findrisc, findriscRaw, findriscInput);
agree('findrisc, man', findrisc, findriscRaw, { age: 47, sex: 'male', bmi: 27.5, waistCm: 99, dailyActivity30Min: true, vegetablesFruitDaily: true, antihypertensiveMedication: false, highBloodGlucoseEver: false, familyHistory: 'second-degree' });
agree('cdrs', cdrs, cdrsRaw, cdrsInput);
agree('cdrs, man', cdrs, cdrsRaw, { age: 66, sex: 'male', bmi: 30.2, waistCm: 96, sbpMmHg: 162, familyHistoryFirstDegree: false });
agree('adaRiskTest', adaRiskTest, adaRiskTestRaw, adaRiskTestInput);
agree('adaRiskTest, man', adaRiskTest, adaRiskTestRaw, { age: 45, sex: 'male', gestationalDiabetesHistory: false, familyHistory: false, hypertension: true, physicallyActive: true, bmi: 41 });
agree('seedDiabetesRisk', seedDiabetesRisk, seedDiabetesRiskRaw, seedDiabetesRiskInput);
agree('seedDiabetesRisk, mg/dL', seedDiabetesRisk, seedDiabetesRiskRaw, { fastingGlucose: { value: 115, unit: 'mg/dL' }, bmi: 23.5, hypertensionHistory: false });
agree('pooledCohort', pooledCohort, pooledCohortRaw, pooledCohortInput);
const pceVariant = { age: 62, systolicBpMmHg: 142, bpTreated: true, currentSmoker: true, diabetes: true, totalCholesterol: { value: 5.2, unit: 'mmol/L' }, hdlCholesterol: { value: 1.3, unit: 'mmol/L' } };
agree('pooledCohort, white woman', pooledCohort, pooledCohortRaw, { ...pceVariant, sex: 'female', race: 'white' });
agree('pooledCohort, African-American woman', pooledCohort, pooledCohortRaw, { ...pceVariant, sex: 'female', race: 'african-american' });
agree('pooledCohort, African-American man', pooledCohort, pooledCohortRaw, { ...pceVariant, sex: 'male', race: 'african-american' });
agree('chinaPar', chinaPar, chinaParRaw, chinaParInput);
agree('chinaPar, woman', chinaPar, chinaParRaw, {
  age: 60,
  sex: 'female',
  systolicBpMmHg: 130,
  bpTreated: false,
  totalCholesterol: { value: 210, unit: 'mg/dL' },
  hdlCholesterol: { value: 55, unit: 'mg/dL' },
  waistCm: 80,
  currentSmoker: false,
  diabetes: true,
  region: 'south',
  residence: 'rural',
  familyHistoryAscvd: false,
});
agree('ckdEpi2021', ckdEpi2021, ckdEpi2021Raw, ckdEpi2021Input);
agree('ckdEpi2021, woman, umol/L', ckdEpi2021, ckdEpi2021Raw, { age: 71, sex: 'female', creatinine: { value: 62, unit: 'umol/L' } });
agree('kdigo', kdigo, kdigoRaw, kdigoInput);
agree('kdigo, G1 A1 without markers', kdigo, kdigoRaw, { egfr: 95, uacr: { value: 12, unit: 'mg/g' } });
agree('kdigo, G2 A3 on the KDIGO grid', kdigo, kdigoRaw, { egfr: 75, uacr: { value: 350, unit: 'mg/g' } });
agree('glucoseVariability', glucoseVariability, glucoseVariabilityRaw, glucoseVariabilityInput);
agree('glucoseVariability, meter', glucoseVariability, glucoseVariabilityRaw, { readingsMmolL: [5.2, 9.8, 4.1, 12.5, 6.0] });
agree('iwgdfFoot', iwgdfFoot, iwgdfFootRaw, iwgdfFootInput);
const noFinding = { lops: false, pad: false, deformity: false, ulcerHistory: false, amputation: false, endStageRenalDisease: false };
agree('iwgdfFoot, PAD', iwgdfFoot, iwgdfFootRaw, { ...noFinding, pad: true });
agree('iwgdfFoot, PAD and amputation', iwgdfFoot, iwgdfFootRaw, { ...noFinding, pad: true, amputation: true });
agree('iwgdfFoot, ulcer history escalated', iwgdfFoot, iwgdfFootRaw, { ...noFinding, ulcerHistory: true });
agree('iwgdfFoot, ulcer history as written', iwgdfFoot, iwgdfFootRaw, { ...noFinding, ulcerHistory: true, escalateHistoryWithoutLopsOrPad: false });
agree('lace', lace, laceRaw, laceInput);
agree('lace, short stay', lace, laceRaw, { lengthOfStayDays: 0, acuteAdmission: false, charlsonIndex: 5, edVisits6Months: 6 });
agree('lace, long stay', lace, laceRaw, { lengthOfStayDays: 20, acuteAdmission: true, charlsonIndex: 0, edVisits6Months: 0 });
agree('hospitalScore', hospitalScore, hospitalScoreRaw, hospitalScoreInput);
agree('hospitalScore, g/L', hospitalScore, hospitalScoreRaw, {
  hemoglobinAtDischarge: { value: 125, unit: 'g/L' },
  oncologyService: true,
  sodiumAtDischarge: { value: 138, unit: 'meq/L' },
  procedureDuringStay: false,
  urgentAdmission: false,
  admissionsPrevious12Months: 6,
  lengthOfStayDays: 3,
});
agree('caprini', caprini, capriniRaw, capriniInput);
agree('caprini, every item', caprini, capriniRaw, {
  ageBand: '75-or-over',
  sex: 'female',
  surgery: 'minor',
  mobility: 'confined-over-72h',
  priorMajorSurgeryWithin1Month: true,
  varicoseVeins: true,
  inflammatoryBowelDisease: true,
  swollenLegs: true,
  bmiOver25: true,
  acuteMyocardialInfarction: true,
  heartFailureWithin1Month: true,
  sepsisWithin1Month: true,
  seriousLungDiseaseWithin1Month: true,
  abnormalPulmonaryFunction: true,
  otherRiskFactor: true,
  oralContraceptivesOrHormoneTherapy: true,
  pregnancyOrPostpartum: true,
  adverseObstetricHistory: true,
  malignancy: true,
  immobilizingCast: true,
  centralVenousAccess: true,
  historyOfDvtPe: true,
  familyHistoryOfThrombosis: true,
  factorVLeiden: true,
  prothrombin20210A: true,
  elevatedHomocysteine: true,
  lupusAnticoagulant: true,
  anticardiolipinAntibodies: true,
  heparinInducedThrombocytopenia: true,
  otherThrombophilia: true,
  hipPelvisLegFractureWithin1Month: true,
  strokeWithin1Month: true,
  multipleTraumaWithin1Month: true,
  acuteSpinalCordInjuryWithin1Month: true,
});
agree('caprini, 3-point items', caprini, capriniRaw, { ageBand: '41-60', sex: 'male', surgery: 'arthroscopic', mobility: 'bed-rest-medical', factorVLeiden: true, malignancy: true });
agree('morseFall', morseFall, morseFallRaw, morseFallInput);
agree('morseFall, other answers', morseFall, morseFallRaw, { fallHistory: false, secondaryDiagnosis: false, ambulatoryAid: 'furniture', intravenousAccess: false, gait: 'impaired', mentalStatus: 'forgets-limitations' });

// Each pair is written out (no shared helper in the timed callbacks): a call site shared by all
// scores would turn megamorphic and slow the small raw functions, flattering the ratio.
//
// tinybench times every callback with two performance.now() calls, which cost about as much as a
// hand-written point score (0.1-0.4 us on a loaded machine): timing one call per sample would
// measure mostly the timer and shrink the ratio. Both sides of a pair therefore run CALLS times
// per sample, the same count, so hz is in batches and the ratio is per call. Glucose variability
// runs once: its hand-written side alone takes tens of microseconds.
const CALLS = 100;
let sink = 0;

describe('FINDRISC', () => {
  bench(`findrisc (validated, explained, frozen) x${CALLS}`, () => {
    for (let call = 0; call < CALLS; call += 1) {
      const result = findrisc(findriscInput);
      if (result._tag === 'Right') sink += result.right.value;
    }
  });
  bench(`hand-written arithmetic x${CALLS}`, () => {
    for (let call = 0; call < CALLS; call += 1) sink += findriscRaw(findriscInput);
  });
});

describe('Chinese Diabetes Risk Score', () => {
  bench(`cdrs (validated, explained, frozen) x${CALLS}`, () => {
    for (let call = 0; call < CALLS; call += 1) {
      const result = cdrs(cdrsInput);
      if (result._tag === 'Right') sink += result.right.value;
    }
  });
  bench(`hand-written arithmetic x${CALLS}`, () => {
    for (let call = 0; call < CALLS; call += 1) sink += cdrsRaw(cdrsInput);
  });
});

describe('ADA/CDC risk test', () => {
  bench(`adaRiskTest (validated, explained, frozen) x${CALLS}`, () => {
    for (let call = 0; call < CALLS; call += 1) {
      const result = adaRiskTest(adaRiskTestInput);
      if (result._tag === 'Right') sink += result.right.value;
    }
  });
  bench(`hand-written arithmetic x${CALLS}`, () => {
    for (let call = 0; call < CALLS; call += 1) sink += adaRiskTestRaw(adaRiskTestInput);
  });
});

describe('Seed rule: 8-fold diabetes risk', () => {
  bench(`seedDiabetesRisk (validated, explained, frozen) x${CALLS}`, () => {
    for (let call = 0; call < CALLS; call += 1) {
      const result = seedDiabetesRisk(seedDiabetesRiskInput);
      if (result._tag === 'Right') sink += result.right.value;
    }
  });
  bench(`hand-written arithmetic x${CALLS}`, () => {
    for (let call = 0; call < CALLS; call += 1) sink += seedDiabetesRiskRaw(seedDiabetesRiskInput);
  });
});

describe('Pooled Cohort Equations', () => {
  bench(`pooledCohort (validated, explained, frozen) x${CALLS}`, () => {
    for (let call = 0; call < CALLS; call += 1) {
      const result = pooledCohort(pooledCohortInput);
      if (result._tag === 'Right') sink += result.right.value;
    }
  });
  bench(`hand-written arithmetic x${CALLS}`, () => {
    for (let call = 0; call < CALLS; call += 1) sink += pooledCohortRaw(pooledCohortInput);
  });
});

describe('China-PAR', () => {
  bench(`chinaPar (validated, explained, frozen) x${CALLS}`, () => {
    for (let call = 0; call < CALLS; call += 1) {
      const result = chinaPar(chinaParInput);
      if (result._tag === 'Right') sink += result.right.value;
    }
  });
  bench(`hand-written arithmetic x${CALLS}`, () => {
    for (let call = 0; call < CALLS; call += 1) sink += chinaParRaw(chinaParInput);
  });
});

describe('CKD-EPI 2021', () => {
  bench(`ckdEpi2021 (validated, explained, frozen) x${CALLS}`, () => {
    for (let call = 0; call < CALLS; call += 1) {
      const result = ckdEpi2021(ckdEpi2021Input);
      if (result._tag === 'Right') sink += result.right.value;
    }
  });
  bench(`hand-written arithmetic x${CALLS}`, () => {
    for (let call = 0; call < CALLS; call += 1) sink += ckdEpi2021Raw(ckdEpi2021Input);
  });
});

describe('KDIGO', () => {
  bench(`kdigo (validated, explained, frozen) x${CALLS}`, () => {
    for (let call = 0; call < CALLS; call += 1) {
      const result = kdigo(kdigoInput);
      if (result._tag === 'Right') sink += result.right.value;
    }
  });
  bench(`hand-written arithmetic x${CALLS}`, () => {
    for (let call = 0; call < CALLS; call += 1) sink += kdigoRaw(kdigoInput);
  });
});

describe('Glucose variability (14 days of CGM, 1 344 readings)', () => {
  bench('glucoseVariability (validated, explained, frozen)', () => {
    const result = glucoseVariability(glucoseVariabilityInput);
    if (result._tag === 'Right') sink += result.right.value;
  });
  bench('hand-written arithmetic', () => {
    sink += glucoseVariabilityRaw(glucoseVariabilityInput);
  });
});

describe('IWGDF foot', () => {
  bench(`iwgdfFoot (validated, explained, frozen) x${CALLS}`, () => {
    for (let call = 0; call < CALLS; call += 1) {
      const result = iwgdfFoot(iwgdfFootInput);
      if (result._tag === 'Right') sink += result.right.value;
    }
  });
  bench(`hand-written arithmetic x${CALLS}`, () => {
    for (let call = 0; call < CALLS; call += 1) sink += iwgdfFootRaw(iwgdfFootInput);
  });
});

describe('LACE', () => {
  bench(`lace (validated, explained, frozen) x${CALLS}`, () => {
    for (let call = 0; call < CALLS; call += 1) {
      const result = lace(laceInput);
      if (result._tag === 'Right') sink += result.right.value;
    }
  });
  bench(`hand-written arithmetic x${CALLS}`, () => {
    for (let call = 0; call < CALLS; call += 1) sink += laceRaw(laceInput);
  });
});

describe('HOSPITAL score', () => {
  bench(`hospitalScore (validated, explained, frozen) x${CALLS}`, () => {
    for (let call = 0; call < CALLS; call += 1) {
      const result = hospitalScore(hospitalScoreInput);
      if (result._tag === 'Right') sink += result.right.value;
    }
  });
  bench(`hand-written arithmetic x${CALLS}`, () => {
    for (let call = 0; call < CALLS; call += 1) sink += hospitalScoreRaw(hospitalScoreInput);
  });
});

describe('Caprini 2005', () => {
  bench(`caprini (validated, explained, frozen) x${CALLS}`, () => {
    for (let call = 0; call < CALLS; call += 1) {
      const result = caprini(capriniInput);
      if (result._tag === 'Right') sink += result.right.value;
    }
  });
  bench(`hand-written arithmetic x${CALLS}`, () => {
    for (let call = 0; call < CALLS; call += 1) sink += capriniRaw(capriniInput);
  });
});

describe('Morse Fall Scale', () => {
  bench(`morseFall (validated, explained, frozen) x${CALLS}`, () => {
    for (let call = 0; call < CALLS; call += 1) {
      const result = morseFall(morseFallInput);
      if (result._tag === 'Right') sink += result.right.value;
    }
  });
  bench(`hand-written arithmetic x${CALLS}`, () => {
    for (let call = 0; call < CALLS; call += 1) sink += morseFallRaw(morseFallInput);
  });
});

const record = JSON.parse(readFileSync(new URL('../examples/data/older-diabetic-nephropathy.json', import.meta.url), 'utf8')) as unknown;
const validated = validatePatientRecord(record);

describe('assess a full record (goal: >= 50 000 records/s on one core)', () => {
  bench('assess(raw JSON record)', () => {
    const result = assess(record, '2026-11-23');
    if (result._tag === 'Right') sink += result.right.results.length;
  });
  bench('assess(already validated record)', () => {
    const result = assess(validated._tag === 'Right' ? validated.right : record, '2026-11-23');
    if (result._tag === 'Right') sink += result.right.results.length;
  });
});

export { sink };
