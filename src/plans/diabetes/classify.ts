import { ageAt } from '../../core/age-at.js';
import { daysBetween } from '../../core/iso-date.js';
import type { PatientRecord } from '../../model/patient-record.js';
import type { ConditionCode } from '../../model/vocabulary.js';
import { MEDICATIONS } from '../../model/vocabulary.js';
import { ageOn, asOfDay, latestOf, readingsOf, type DeriveContext } from '../../risk/derive.js';

/** The guideline profile of a diabetes plan. @category Plans */
export type DiabetesGuideline = 'cn-2020' | 'ada-2025';

/** Where a person stands on the glucose continuum. @category Plans */
export type GlycaemicStatus = 'normal' | 'prediabetes' | 'type-2-new' | 'type-2-established' | 'type-1' | 'gestational' | 'undetermined';

/** Older-adult health status (ADA 2024 Table 13.1). @category Plans */
export type HealthStatus = 'healthy' | 'complex' | 'very-complex';

/** What the diabetes plan knows about the person. @category Plans */
export interface DiabetesClassification {
  readonly status: GlycaemicStatus;
  /** IFG / IGT / HbA1c band, when prediabetes. */
  readonly prediabetes: readonly ('ifg' | 'igt' | 'hba1c')[];
  readonly age: number;
  readonly durationYears?: number;
  readonly pregnant: boolean;
  readonly therapy: 'insulin' | 'oral' | 'lifestyle';
  readonly hypoglycaemiaRisk: boolean;
  readonly complications: {
    readonly nephropathy: boolean;
    readonly retinopathy: boolean;
    readonly neuropathy: boolean;
    readonly footUlcerHistory: boolean;
    readonly cardiovascular: boolean;
  };
  /** Chronic conditions besides diabetes (multimorbidity). */
  readonly otherChronicConditions: number;
  readonly healthStatus: HealthStatus;
  /** Readings of hypoglycaemia (< 3.9 mmol/L) in the look-back window. */
  readonly lowReadings: number;
}

const DIABETES: readonly ConditionCode[] = ['diabetes-type-1', 'diabetes-type-2'];
const CARDIOVASCULAR: readonly ConditionCode[] = ['cardiovascular-disease', 'coronary-heart-disease', 'stroke', 'peripheral-artery-disease', 'heart-failure'];
const OTHER_CHRONIC: readonly ConditionCode[] = [
  'hypertension', 'chronic-kidney-disease', 'copd', 'heart-failure', 'coronary-heart-disease', 'stroke', 'cardiovascular-disease',
  'peripheral-artery-disease', 'atrial-fibrillation', 'cancer', 'cognitive-impairment', 'depression', 'osteoarthritis',
];

/** Level 1 hypoglycaemia: < 3.9 mmol/L (ADA 2025 section 6; China public-health norm: <= 3.9 is a danger sign). */
export const HYPOGLYCAEMIA_MMOL_L = 3.9;
/** "Newly diagnosed": within 6 months of diagnosis (000_71735d5778d29d68.txt, 05.1: 1 month intensive, then 6 months standardised). */
const NEW_DIAGNOSIS_DAYS = 183;

/**
 * Classifies a person for the diabetes plan: glucose status (per guideline: the IFG lower bound
 * is 6.1 mmol/L in China and WHO, 5.6 in ADA), diabetes type and duration, pregnancy,
 * complications, therapy, hypoglycaemia risk, multimorbidity and the older-adult health status.
 *
 * @internal
 */
export function classifyDiabetes(record: PatientRecord, context: DeriveContext, guideline: DiabetesGuideline): DiabetesClassification {
  const day = asOfDay(context.asOf);
  const active = (codes: readonly ConditionCode[]) =>
    (record.conditions ?? []).filter((condition) => codes.includes(condition.code) && condition.status !== 'resolved' && (condition.onset === undefined || condition.onset <= day));
  const ever = (codes: readonly ConditionCode[]) => (record.conditions ?? []).some((condition) => codes.includes(condition.code));
  const age = ageOn(record, context.asOf) ?? 0;
  const pregnant = record.pregnancy !== undefined;

  const type1 = active(['diabetes-type-1'])[0];
  const type2 = active(['diabetes-type-2'])[0];
  const gdm = active(['gestational-diabetes'])[0];
  const diagnosis = type1 ?? type2;
  // Completed years since diagnosis, counted like an age (10 years on the 10th anniversary).
  const duration = diagnosis?.onset === undefined ? undefined : ageAt(diagnosis.onset, day);
  const durationYears = duration === undefined || duration._tag === 'Left' ? undefined : duration.right;

  const fpg = latestOf(record, 'glucose-fasting', context)?.value;
  const ogtt2h = latestOf(record, 'glucose-ogtt-2h', context)?.value;
  const hba1c = latestOf(record, 'hba1c', context)?.value;
  const prediabetes: ('ifg' | 'igt' | 'hba1c')[] = [];
  // IFG: CDS 2020 / WHO 1999 6.1-<7.0 mmol/L; ADA 2025 section 2: 5.6-6.9 mmol/L.
  const ifgLow = guideline === 'cn-2020' ? 6.1 : 5.6;
  if (fpg !== undefined && fpg >= ifgLow && fpg < 7.0) prediabetes.push('ifg');
  // IGT: 2-h OGTT 7.8-<11.1 mmol/L (both guidelines).
  if (ogtt2h !== undefined && ogtt2h >= 7.8 && ogtt2h < 11.1) prediabetes.push('igt');
  // HbA1c 5.7-6.4 % is prediabetes for ADA 2025 only (WHO does not use HbA1c for intermediate hyperglycaemia).
  if (guideline === 'ada-2025' && hba1c !== undefined && hba1c >= 5.7 && hba1c < 6.5) prediabetes.push('hba1c');

  let status: GlycaemicStatus;
  if (type1 !== undefined) status = 'type-1';
  else if (type2 !== undefined) {
    const since = type2.onset === undefined ? undefined : daysBetween(type2.onset, day);
    status = since !== undefined && since <= NEW_DIAGNOSIS_DAYS ? 'type-2-new' : 'type-2-established';
  } else if (gdm !== undefined) status = 'gestational';
  else if (active(['prediabetes']).length > 0 || prediabetes.length > 0) status = 'prediabetes';
  else if (fpg !== undefined || hba1c !== undefined || ogtt2h !== undefined) status = 'normal';
  else status = 'undetermined';

  const medications = (record.medications ?? []).filter((medication) => medication.status === 'active');
  const therapy = medications.some((medication) => medication.class === 'insulin')
    ? 'insulin'
    : medications.some((medication) => MEDICATIONS[medication.class].glucoseLowering)
      ? 'oral'
      : 'lifestyle';
  const lowReadings = (['glucose-capillary', 'glucose-fasting', 'glucose-random', 'glucose-postprandial-1h', 'glucose-postprandial-2h'] as const)
    .flatMap((code) => readingsOf(record, code, { ...context, lookbackDays: 90 }))
    .filter((reading) => reading.value < HYPOGLYCAEMIA_MMOL_L).length;
  const hypoglycaemiaRisk = medications.some((medication) => MEDICATIONS[medication.class].hypoglycaemiaRisk) || lowReadings > 0;

  const complications = {
    nephropathy: active(['chronic-kidney-disease']).length > 0,
    retinopathy: active(['diabetic-retinopathy']).length > 0,
    neuropathy: active(['diabetic-neuropathy']).length > 0,
    footUlcerHistory: ever(['diabetic-foot-ulcer', 'lower-limb-amputation']),
    cardiovascular: active(CARDIOVASCULAR).length > 0,
  };
  const otherChronicConditions = new Set(active(OTHER_CHRONIC).map((condition) => condition.code)).size;
  // ADA 2024 Table 13.1: complex/intermediate = multiple coexisting chronic illnesses or mild-moderate
  // cognitive impairment; very complex = end-stage illness or moderate-severe cognitive impairment.
  // carepath reads "multiple" as 3 or more besides diabetes, and a recorded cognitive impairment
  // with bed rest as very complex (the record has no ADL scale).
  const cognitive = active(['cognitive-impairment']).length > 0;
  const healthStatus: HealthStatus =
    cognitive && record.functionalStatus?.bedRest === true ? 'very-complex' : otherChronicConditions >= 3 || cognitive ? 'complex' : 'healthy';

  return {
    status,
    prediabetes,
    age,
    ...(durationYears === undefined ? {} : { durationYears }),
    pregnant,
    therapy,
    hypoglycaemiaRisk,
    complications,
    otherChronicConditions,
    healthStatus,
    lowReadings,
  };
}

/** True for the statuses that are diabetes. @internal */
export function hasDiabetes(status: GlycaemicStatus): boolean {
  return status === 'type-1' || status === 'type-2-new' || status === 'type-2-established' || status === 'gestational';
}

/** Diabetes diagnosis codes. @internal */
export const DIABETES_CODES = DIABETES;
