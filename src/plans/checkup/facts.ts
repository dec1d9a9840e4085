import { instantToEpochMs } from '../../core/instant.js';
import { epochDay } from '../../core/iso-date.js';
import type { JsonValue } from '../../core/json-value.js';
import type { PatientRecord, ServicePackage } from '../../model/patient-record.js';
import { FamilyHistoryConditionSchema, relationDegree, type FamilyHistoryCondition } from '../../model/vocabulary.js';
import type { Assessment } from '../../risk/assess.js';

/** A fact a centre adds for its own rules (and for the built-in rules that read `extra.*`). @category Check-up */
export type ExtraFact = boolean | number | string | null;

/** A risk score as the rules see it: its value and category, or `null` when it was not computed. @category Check-up */
export interface RiskFact {
  readonly value: number;
  readonly category: string;
}

/** Family-history flags by condition, camel-cased (`breastCancer`); `null` when the record has no family history list. @category Check-up */
export type FamilyHistoryFlags = { readonly [key: string]: boolean | null };

/**
 * The facts screening rules are evaluated over (see docs/checkup.md, "Facts"). Unknown values are
 * `null`, never guessed: a record without `smoking` has `smokingStatus: null`; a record without a
 * `familyHistory` list has every family flag `null` (a list that is present is complete).
 *
 * @category Check-up
 */
export interface CheckupFacts {
  /** Completed years at `asOf`. */
  readonly age: number;
  readonly sex: 'female' | 'male' | 'other' | 'unknown';
  readonly ancestry: string | null;
  readonly smokingStatus: 'never' | 'former' | 'current' | null;
  /** Current or former smoker. */
  readonly everSmoked: boolean | null;
  readonly currentSmoker: boolean | null;
  /** 0 for people who never smoked. */
  readonly packYears: number | null;
  /** 0 for people who never smoked. */
  readonly yearsSmoked: number | null;
  /** Former smokers only; `null` for current and never smokers. */
  readonly yearsSinceQuitting: number | null;
  /** Any relative, by condition (`familyHistory.breastCancer`). */
  readonly familyHistory: FamilyHistoryFlags;
  /** First-degree relatives only (parents, siblings, children). */
  readonly familyHistoryFirstDegree: FamilyHistoryFlags;
  readonly lateNights: boolean | null;
  readonly highStress: boolean | null;
  readonly alcoholDrinksPerWeek: number | null;
  /** kg/m2, from the latest BMI reading or height and weight (carepath/risk's derivation). */
  readonly bmi: number | null;
  /** The latest blood pressure readings within 365 days before `asOf`, mm[Hg]. */
  readonly bp: { readonly systolic: number | null; readonly diastolic: number | null };
  /** Active diagnoses; `null` when the record has no conditions list. */
  readonly conditions: {
    readonly diabetes: boolean | null;
    readonly hypertension: boolean | null;
    readonly dyslipidaemia: boolean | null;
    readonly copd: boolean | null;
    readonly depression: boolean | null;
    readonly cancer: boolean | null;
  };
  /** Risk results from carepath/risk `assess`, `null` where a score was not computed. */
  readonly risk: {
    readonly cdrs: RiskFact | null;
    readonly seedDiabetesRisk: RiskFact | null;
    readonly pooledCohort: RiskFact | null;
    readonly chinaPar: RiskFact | null;
    readonly iwgdfFoot: RiskFact | null;
  };
  readonly servicePackage: ServicePackage;
  /** Facts the host adds (`options.facts`), for a centre's rules and the built-in rules that read them. */
  readonly extra: { readonly [key: string]: ExtraFact };
}

const FAMILY_CONDITIONS: readonly FamilyHistoryCondition[] = FamilyHistoryConditionSchema.options;

const camel = (text: string): string => text.replace(/-([a-z])/g, (_match, letter: string) => letter.toUpperCase());

/** Look-back for blood pressure readings, days: carepath/risk's default (the seeds' annual screening). */
const BP_LOOKBACK_DAYS = 365;

function familyFlags(record: PatientRecord, firstDegreeOnly: boolean): FamilyHistoryFlags {
  const flags: Record<string, boolean | null> = {};
  for (const condition of FAMILY_CONDITIONS) {
    flags[camel(condition)] =
      record.familyHistory === undefined
        ? null
        : record.familyHistory.some((entry) => entry.condition === condition && (!firstDegreeOnly || relationDegree(entry.relation) === 1));
  }
  return flags;
}

function latestReading(record: PatientRecord, code: 'bp-systolic' | 'bp-diastolic', asOf: string): number | null {
  const end = epochDay(asOf);
  let best: { at: number; value: number } | undefined;
  for (const observation of record.observations ?? []) {
    if (observation.code !== code) continue;
    const age = end - epochDay(observation.effective.slice(0, 10));
    const at = instantToEpochMs(observation.effective);
    if (age < 0 || age > BP_LOOKBACK_DAYS || at._tag === 'Left') continue;
    // The latest reading wins; at equal instants, the later one in the record.
    if (best === undefined || at.right >= best.at) best = { at: at.right, value: observation.value };
  }
  return best === undefined ? null : best.value;
}

function riskFact(assessment: Assessment, id: string): RiskFact | null {
  const result = assessment.results.find((entry) => entry.id === id);
  return result === undefined ? null : { value: result.value, category: result.category };
}

function activeCondition(record: PatientRecord, codes: readonly string[]): boolean | null {
  if (record.conditions === undefined) return null;
  return record.conditions.some((condition) => condition.status === 'active' && codes.includes(condition.code));
}

/** Builds the facts of one person at one date (record validated, assessment computed). */
export function buildFacts(
  record: PatientRecord,
  assessment: Assessment,
  asOf: string,
  age: number,
  servicePackage: ServicePackage,
  extra: { readonly [key: string]: ExtraFact },
): CheckupFacts {
  const smoking = record.smoking;
  const status = smoking?.status ?? null;
  const never = status === 'never';
  return {
    age,
    sex: record.sex,
    ancestry: record.ancestry ?? null,
    smokingStatus: status,
    everSmoked: status === null ? null : status !== 'never',
    currentSmoker: status === null ? null : status === 'current',
    packYears: never ? 0 : (smoking?.packYears ?? null),
    yearsSmoked: never ? 0 : (smoking?.yearsSmoked ?? null),
    yearsSinceQuitting: status === 'former' ? (smoking?.yearsSinceQuitting ?? null) : null,
    familyHistory: familyFlags(record, false),
    familyHistoryFirstDegree: familyFlags(record, true),
    lateNights: record.lifestyle?.lateNights ?? null,
    highStress: record.lifestyle?.highStress ?? null,
    alcoholDrinksPerWeek: record.lifestyle?.alcoholDrinksPerWeek ?? null,
    bmi: assessment.derived.bmi ?? null,
    bp: { systolic: latestReading(record, 'bp-systolic', asOf), diastolic: latestReading(record, 'bp-diastolic', asOf) },
    conditions: {
      diabetes: activeCondition(record, ['diabetes-type-1', 'diabetes-type-2']),
      hypertension: activeCondition(record, ['hypertension']),
      dyslipidaemia: activeCondition(record, ['dyslipidaemia']),
      copd: activeCondition(record, ['copd']),
      depression: activeCondition(record, ['depression']),
      cancer: activeCondition(record, ['cancer']),
    },
    risk: {
      cdrs: riskFact(assessment, 'cdrs'),
      seedDiabetesRisk: riskFact(assessment, 'seed-diabetes-risk'),
      pooledCohort: riskFact(assessment, 'pooled-cohort'),
      chinaPar: riskFact(assessment, 'china-par'),
      iwgdfFoot: riskFact(assessment, 'iwgdf-foot'),
    },
    servicePackage,
    extra,
  };
}

/** The facts as JSON (for the plan's classification and for rule evaluation). */
export function factsJson(facts: CheckupFacts): JsonValue {
  return facts as unknown as JsonValue;
}
