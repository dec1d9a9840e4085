import { z } from 'zod';
import type { CareError } from '../core/care-error.js';
import { right, type Either } from '../core/either.js';
import { addMonths, daysBetween } from '../core/iso-date.js';
import { citation } from '../core/source.js';
import type { PatientRecord } from '../model/patient-record.js';
import { quantitySchema } from '../model/quantity.js';
import { OBSERVATIONS } from '../model/vocabulary.js';
import { bandOf, type Bands } from './bands.js';
import { asOfDay, latestOf, missingInputs, requireAll, type DeriveContext, type Derived } from './derive.js';
import { runScore } from './run-score.js';
import type { ScoreDefinition } from './score-definition.js';
import type { ScoreFactor, ScoreResult } from './score-result.js';

/**
 * Donzé J, Aujesky D, Williams D, Schnipper JL. JAMA Intern Med 2013 (derivation); the risk
 * groups are those of the international validation, Donzé JD et al. JAMA Intern Med
 * 2016;176(4):496-502 (doi:10.1001/jamainternmed.2015.8462).
 */
const SOURCE = citation(
  'score',
  'hospital-score',
  'HOSPITAL score: Donzé J, Aujesky D, Williams D, Schnipper JL. Potentially avoidable 30-day hospital readmissions in medical patients: derivation and validation of a prediction model. JAMA Intern Med 2013;173(8):632-638; risk groups from Donzé JD et al. International validity of the HOSPITAL score to predict 30-day potentially avoidable hospital readmissions. JAMA Intern Med 2016;176(4):496-502',
  { year: 2013, version: 'JAMA Intern Med 2013, 0-13; risk groups 2016', doi: '10.1001/jamainternmed.2013.3023' },
);

const hemoglobinSchema = quantitySchema('hemoglobin', OBSERVATIONS.hemoglobin.plausible, 'hemoglobin');
const sodiumSchema = quantitySchema('sodium', OBSERVATIONS.sodium.plausible, 'sodium');

/** Input of {@link hospitalScore}: the seven items of the score. @category Risk */
export const HospitalScoreInputSchema = z.strictObject({
  /** H: haemoglobin at discharge (last value before discharge), `{ value, unit }` in g/L or g/dL. */
  hemoglobinAtDischarge: hemoglobinSchema,
  /** O: discharged from an oncology service. */
  oncologyService: z.boolean(),
  /** S: sodium at discharge (last value before discharge), `{ value, unit }` in mmol/L or meq/L. */
  sodiumAtDischarge: sodiumSchema,
  /** P: any procedure (ICD-coded) during the stay. */
  procedureDuringStay: z.boolean(),
  /** I: the index admission was urgent or emergent (not elective). */
  urgentAdmission: z.boolean(),
  /** A: hospital admissions in the 12 months before the index admission; data-entry bound 0-365. */
  admissionsPrevious12Months: z.number().int().min(0).max(365),
  /** L: length of stay in whole days (discharge date minus admission date); data-entry bound 0-3650. */
  lengthOfStayDays: z.number().int().min(0).max(3650),
});

/** The input after validation: haemoglobin in g/L and sodium in mmol/L. @category Risk */
export type HospitalScoreInput = z.output<typeof HospitalScoreInputSchema>;

/** The input as a caller sends it. @category Risk */
export type HospitalScoreInputIn = z.input<typeof HospitalScoreInputSchema>;

// Points of Donzé 2013 (JAMA Intern Med 173:632, Table 3; the same in the 2016 validation).
const HEMOGLOBIN_LIMIT_G_PER_L = 120; // H: haemoglobin < 12 g/dL (= 120 g/L) scores 1 (Donzé 2013)
const HEMOGLOBIN_POINTS = 1; // Donzé 2013
const ONCOLOGY_POINTS = 2; // O: discharge from oncology scores 2, not 1 (Donzé 2013; 1 is an outdated value in some tools)
const SODIUM_LIMIT_MMOL_PER_L = 135; // S: sodium < 135 mmol/L scores 1 (Donzé 2013)
const SODIUM_POINTS = 1; // Donzé 2013
const PROCEDURE_POINTS = 1; // P: any procedure during the stay, 1 (Donzé 2013)
const URGENT_POINTS = 1; // I: urgent/emergent index admission, 1 (Donzé 2013)
// A: admissions in the previous 12 months: 0-1 -> 0, 2-5 -> 2, >5 -> 5 (Donzé 2013). One
// previous admission scores 0.
const ADMISSION_POINTS: Bands<number> = { rows: [[1, 0], [5, 2], [Infinity, 5]], inclusive: true };
const LOS_LIMIT_DAYS = 5; // L: length of stay >= 5 days scores 2 (Donzé 2013)
const LOS_POINTS = 2; // Donzé 2013

interface Group {
  readonly category: string;
  readonly en: string;
  readonly zh: string;
}

// Risk groups of the international validation (Donzé 2016, JAMA Intern Med 176:496): low 0-4,
// intermediate 5-6, high >=7. Per-group risks quoted by calculators are not verified against the
// paper and are not returned as a probability.
const GROUPS: Bands<Group> = {
  rows: [
    [4, { category: 'low', en: 'low', zh: '低' }],
    [6, { category: 'intermediate', en: 'intermediate', zh: '中等' }],
    [Infinity, { category: 'high', en: 'high', zh: '高' }],
  ],
  inclusive: true,
};

function compute(input: HospitalScoreInput): Either<CareError, ScoreResult> {
  const hb = input.hemoglobinAtDischarge.value;
  const sodium = input.sodiumAtDischarge.value;
  const factors: ScoreFactor[] = [
    { name: 'hemoglobinAtDischarge', input: hb, points: hb < HEMOGLOBIN_LIMIT_G_PER_L ? HEMOGLOBIN_POINTS : 0 },
    { name: 'oncologyService', input: input.oncologyService, points: input.oncologyService ? ONCOLOGY_POINTS : 0 },
    { name: 'sodiumAtDischarge', input: sodium, points: sodium < SODIUM_LIMIT_MMOL_PER_L ? SODIUM_POINTS : 0 },
    { name: 'procedureDuringStay', input: input.procedureDuringStay, points: input.procedureDuringStay ? PROCEDURE_POINTS : 0 },
    { name: 'urgentAdmission', input: input.urgentAdmission, points: input.urgentAdmission ? URGENT_POINTS : 0 },
    { name: 'admissionsPrevious12Months', input: input.admissionsPrevious12Months, points: bandOf(ADMISSION_POINTS, input.admissionsPrevious12Months) },
    { name: 'lengthOfStayDays', input: input.lengthOfStayDays, points: input.lengthOfStayDays >= LOS_LIMIT_DAYS ? LOS_POINTS : 0 },
  ];
  const total = factors.reduce((sum, factor) => sum + (factor.points ?? 0), 0);
  const group = bandOf(GROUPS, total);
  const top = factors.filter((factor) => (factor.points ?? 0) > 0).map((factor) => `${factor.name} +${factor.points ?? 0}`);
  return right({
    id: 'hospital-score',
    version: SOURCE.version ?? '',
    value: total,
    category: group.category,
    factors,
    missing: [],
    details: {
      outcome: 'potentially avoidable readmission within 30 days of discharge (medical patients)',
      riskGroups: 'low 0-4, intermediate 5-6, high >=7 (Donzé 2016)',
      hemoglobinUnit: 'g/L',
      sodiumUnit: 'mmol/L',
    },
    rationale: {
      en: `HOSPITAL score ${total}/13${top.length > 0 ? ` (${top.join(', ')})` : ''}: ${group.en} risk group for a potentially avoidable readmission within 30 days (groups low 0-4, intermediate 5-6, high 7 or more; Donzé 2016).`,
      'zh-CN': `HOSPITAL 评分 ${total}/13${top.length > 0 ? `（${top.join('，')}）` : ''}：30天内可避免再入院风险分组为${group.zh}（低0-4，中5-6，高≥7；Donzé 2016）。`,
    },
    source: SOURCE,
  });
}

/**
 * The HOSPITAL score (Donzé 2013, 0-13) for a potentially avoidable readmission within 30 days
 * of a medical discharge, with the risk groups of the 2016 international validation. No
 * probability is returned.
 *
 * @param input - the seven items ({@link HospitalScoreInputSchema}); haemoglobin and sodium as
 *   quantities with their unit
 * @returns the score, or `Left` (`invalid-input`) naming each path at fault
 *
 * @example
 * ```ts
 * hospitalScore({ hemoglobinAtDischarge: { value: 11.5, unit: 'g/dL' }, oncologyService: false,
 *   sodiumAtDischarge: { value: 133, unit: 'mmol/L' }, procedureDuringStay: true, urgentAdmission: true,
 *   admissionsPrevious12Months: 3, lengthOfStayDays: 6 });
 * // => Right { id: 'hospital-score', value: 8, category: 'high', ... }
 * ```
 * @category Risk
 */
export function hospitalScore(input: unknown): Either<CareError, ScoreResult> {
  return runScore('hospital-score', HospitalScoreInputSchema, input, compute);
}


function fromRecord(record: PatientRecord, context: DeriveContext): Derived<HospitalScoreInputIn> {
  const asOf = asOfDay(context.asOf);
  const stays = (record.encounters ?? [])
    .filter((encounter) => encounter.kind === 'inpatient' && encounter.end !== undefined && encounter.end <= asOf)
    .sort((a, b) => ((a.end ?? '') < (b.end ?? '') ? -1 : (a.end ?? '') > (b.end ?? '') ? 1 : a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const stay = stays[stays.length - 1];
  if (stay?.end === undefined) {
    return missingInputs(['hemoglobinAtDischarge', 'oncologyService', 'sodiumAtDischarge', 'procedureDuringStay', 'urgentAdmission', 'admissionsPrevious12Months', 'lengthOfStayDays']);
  }
  const start = stay.start;
  const end = stay.end;
  const lengthOfStayDays = daysBetween(start, end);
  // "At discharge": the last reading taken during the stay (admission day to discharge day).
  const duringStay: DeriveContext = { asOf: end, lookbackDays: lengthOfStayDays };
  const hb = latestOf(record, 'hemoglobin', duringStay);
  const na = latestOf(record, 'sodium', duringStay);
  const hemoglobinAtDischarge = hb === undefined ? undefined : { value: hb.value, unit: hb.unit };
  const sodiumAtDischarge = na === undefined ? undefined : { value: na.value, unit: na.unit };
  const oncologyService = stay.service === undefined ? undefined : stay.service === 'oncology';
  // Procedures done during the stay. The vocabulary holds surgical procedures only: a non-surgical
  // ICD-coded procedure (endoscopy, transfusion...) cannot be recorded and is not counted.
  const procedureDuringStay =
    record.procedures === undefined ? undefined : record.procedures.some((procedure) => procedure.status === 'completed' && procedure.date >= start && procedure.date <= end);
  const urgentAdmission = stay.admission === undefined ? undefined : stay.admission === 'emergency';
  // Inpatient admissions that started in the 12 months before this admission (Donzé 2013).
  const from = addMonths(start, -12);
  const admissionsPrevious12Months = (record.encounters ?? []).filter(
    (encounter) => encounter !== stay && encounter.kind === 'inpatient' && encounter.start >= from && encounter.start < start,
  ).length;
  return requireAll({
    hemoglobinAtDischarge,
    oncologyService,
    sodiumAtDischarge,
    procedureDuringStay,
    urgentAdmission,
    admissionsPrevious12Months,
    lengthOfStayDays,
  });
}

/** @internal */
export const hospitalScoreDefinition: ScoreDefinition<HospitalScoreInput> = {
  id: 'hospital-score',
  version: SOURCE.version ?? '',
  name: { en: 'HOSPITAL score (30-day potentially avoidable readmission)', 'zh-CN': 'HOSPITAL 评分（30天可避免再入院）' },
  source: SOURCE,
  inputSchema: HospitalScoreInputSchema,
  score: hospitalScore,
  fromRecord,
};
