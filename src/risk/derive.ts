import { ageAt } from '../core/age-at.js';
import type { Localized } from '../core/i18n.js';
import { epochDay } from '../core/iso-date.js';
import { instantToEpochMs } from '../core/instant.js';
import { isTimeZone, zoneOffsetMinutes } from '../core/time-zone.js';
import type { Observation } from '../model/observation.js';
import type { PatientRecord } from '../model/patient-record.js';
import { MEDICATIONS, relationDegree, type ConditionCode, type FamilyHistoryCondition, type MedicationClass, type ObservationCode, type Relation } from '../model/vocabulary.js';

/**
 * How far back a reading may lie and still feed a score, in days. One year: the seeds' annual
 * complication screening (`000_71735d5778d29d68.txt`, 05.1: 并发症筛查每年一次) and the annual
 * check-up of the public-health norm make a reading at most a year old the latest a host can be
 * expected to hold. A score may document a different window.
 *
 * @category Risk
 */
export const DEFAULT_LOOKBACK_DAYS = 365;

/** What a score needs to derive its inputs from a record. @internal */
export interface DeriveContext {
  readonly asOf: string;
  readonly lookbackDays: number;
  /**
   * The record's observations by code, each with its local epoch day, oldest first: computed
   * once per record by {@link indexObservations} so that no score re-reads every observation.
   */
  readonly index?: ObservationIndex;
}

/** Observations by code with their local epoch day, oldest first. @internal */
export type ObservationIndex = ReadonlyMap<ObservationCode, readonly { readonly observation: Observation; readonly at: number; readonly day: number }[]>;

/** Builds the observation index of a record (local days in the patient's zone). @internal */
export function indexObservations(record: PatientRecord): ObservationIndex {
  const index = new Map<ObservationCode, { observation: Observation; at: number; day: number }[]>();
  const zone = record.preferences?.timeZone;
  const zoneKnown = zone !== undefined && isTimeZone(zone);
  for (const observation of record.observations ?? []) {
    const ms = instantToEpochMs(observation.effective);
    const at = ms._tag === 'Right' ? ms.right : Number.NaN;
    const entry = { observation, at, day: observationDay(observation, at, zoneKnown ? zone : undefined) };
    const list = index.get(observation.code);
    if (list === undefined) index.set(observation.code, [entry]);
    else list.push(entry);
  }
  // Chronological, not by text: '…T08:00+08:00' is earlier than '…T01:00Z'. Equal instants keep the record's order.
  for (const list of index.values()) list.sort((a, b) => a.at - b.at);
  return index;
}

/** The result of deriving a score's inputs from a record. @internal */
export type Derived<I> =
  | { readonly kind: 'ok'; readonly input: I; readonly missing: readonly string[] }
  | { readonly kind: 'missing'; readonly missing: readonly string[] }
  | { readonly kind: 'not-applicable'; readonly reason: Localized };

/** @internal */
export const derived = <I>(input: I, missing: readonly string[] = []): Derived<I> => ({ kind: 'ok', input, missing });
/** @internal */
export const missingInputs = <I>(missing: readonly string[]): Derived<I> => ({ kind: 'missing', missing });
/** @internal */
export const notApplicable = <I>(en: string, zh: string): Derived<I> => ({ kind: 'not-applicable', reason: { en, 'zh-CN': zh } });

/** The calendar date of `asOf` (a date or an instant). @internal */
export function asOfDay(asOf: string): string {
  return asOf.slice(0, 10);
}

/** Age in completed years at `asOf`, or undefined when asOf is before birth. @internal */
export function ageOn(record: PatientRecord, asOf: string): number | undefined {
  const age = ageAt(record.birthDate, asOfDay(asOf));
  return age._tag === 'Right' ? age.right : undefined;
}

/**
 * The local epoch day of an observation: in the patient's zone when known, else in the offset it
 * was written with. Arithmetic on the epoch instant, the same day `localDateOf` gives.
 */
function observationDay(observation: Observation, at: number, zone: string | undefined): number {
  if (zone !== undefined && Number.isFinite(at)) {
    const offset = zoneOffsetMinutes(zone, at);
    if (Number.isFinite(offset)) return Math.floor((at + offset * MS_PER_MINUTE) / MS_PER_DAY);
  }
  return epochDay(observation.effective.slice(0, 10));
}

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/**
 * The readings of a code taken on or before `asOf` and at most `lookbackDays` before it, oldest
 * first.
 *
 * @internal
 */
export function readingsOf(record: PatientRecord, code: ObservationCode, context: DeriveContext): Observation[] {
  const until = epochDay(asOfDay(context.asOf));
  const from = until - context.lookbackDays;
  const entries = (context.index ?? indexObservations(record)).get(code) ?? [];
  return entries.filter((entry) => entry.day >= from && entry.day <= until).map((entry) => entry.observation);
}

/** The latest reading of a code within the look-back window. @internal */
export function latestOf(record: PatientRecord, code: ObservationCode, context: DeriveContext): Observation | undefined {
  const readings = readingsOf(record, code, context);
  return readings[readings.length - 1];
}

/** The latest value of the first code that has one (e.g. waist from the record, then readings). @internal */
export function latestValue(record: PatientRecord, codes: readonly ObservationCode[], context: DeriveContext): number | undefined {
  for (const code of codes) {
    const reading = latestOf(record, code, context);
    if (reading !== undefined) return reading.value;
  }
  return undefined;
}

/**
 * BMI in kg/m2: from the record's height and weight, else from the latest weight and height
 * readings, else from the latest BMI reading.
 *
 * @internal
 */
export function bmiOf(record: PatientRecord, context: DeriveContext): number | undefined {
  const weight = record.weight?.value ?? latestOf(record, 'body-weight', context)?.value;
  const height = record.height?.value ?? latestOf(record, 'body-height', context)?.value;
  if (weight !== undefined && height !== undefined) return weight / (height / 100) ** 2;
  return latestOf(record, 'bmi', context)?.value;
}

/** Waist in cm: the record's, else the latest reading. @internal */
export function waistOf(record: PatientRecord, context: DeriveContext): number | undefined {
  return record.waist?.value ?? latestOf(record, 'waist-circumference', context)?.value;
}

/**
 * Whether the record holds one of the conditions. `undefined` when the record has no conditions
 * list at all: an absent list is unknown, a present (even empty) list is complete.
 *
 * @internal
 */
export function hasCondition(
  record: PatientRecord,
  codes: readonly ConditionCode[],
  asOf: string,
  statuses: readonly ('active' | 'remission' | 'resolved')[] = ['active', 'remission', 'resolved'],
): boolean | undefined {
  if (record.conditions === undefined) return undefined;
  const day = asOfDay(asOf);
  return record.conditions.some(
    (condition) => codes.includes(condition.code) && statuses.includes(condition.status) && (condition.onset === undefined || condition.onset <= day),
  );
}

/**
 * Whether the patient takes (or, with `ever`, has taken) a medication matching `predicate`.
 * `undefined` when the record has no medications list.
 *
 * @internal
 */
export function takesMedication(record: PatientRecord, predicate: (medicationClass: MedicationClass) => boolean, ever = false): boolean | undefined {
  if (record.medications === undefined) return undefined;
  return record.medications.some((medication) => predicate(medication.class) && (ever || medication.status === 'active'));
}

/** An antihypertensive class. @internal */
export const isAntihypertensive = (medicationClass: MedicationClass): boolean => MEDICATIONS[medicationClass].antihypertensive;

/**
 * The closest degree of kinship of a relative with `condition`: 1, 2, 3, 0 when the family
 * history list has none, `undefined` when the record has no family history list.
 *
 * @internal
 */
export function familyDegree(record: PatientRecord, condition: FamilyHistoryCondition, relations?: readonly Relation[]): 0 | 1 | 2 | 3 | undefined {
  if (record.familyHistory === undefined) return undefined;
  let best: 0 | 1 | 2 | 3 = 0;
  for (const entry of record.familyHistory) {
    if (entry.condition !== condition) continue;
    if (relations !== undefined && !relations.includes(entry.relation)) continue;
    const degree = relationDegree(entry.relation);
    if (best === 0 || degree < best) best = degree;
  }
  return best;
}

/** Values with `undefined` removed from every member's type. @internal */
export type Complete<T> = { [K in keyof T]: Exclude<T[K], undefined> };

/**
 * The derived inputs when every one is known, else the names of those that are not.
 *
 * @internal
 */
export function requireAll<T extends Record<string, unknown>>(values: T): Derived<Complete<T>> {
  const missing = Object.keys(values).filter((name) => values[name] === undefined);
  return missing.length > 0 ? missingInputs(missing) : derived(values as Complete<T>);
}

/**
 * Like {@link requireAll}, but the `optional` inputs may be unknown: they are then left out of the
 * input and listed as missing.
 *
 * @internal
 */
export function requireAllBut<T extends Record<string, unknown>, K extends keyof T & string>(
  values: T,
  optional: readonly K[],
): Derived<Complete<Omit<T, K>> & Partial<Complete<Pick<T, K>>>> {
  const absent = Object.keys(values).filter((name) => values[name] === undefined);
  const missing = absent.filter((name) => !(optional as readonly string[]).includes(name));
  if (missing.length > 0) return missingInputs(missing);
  const present = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
  return derived(present as Complete<Omit<T, K>> & Partial<Complete<Pick<T, K>>>, absent);
}
