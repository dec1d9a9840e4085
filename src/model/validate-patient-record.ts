import { careError, type CareError, type CareIssue } from '../core/care-error.js';
import { left, right, type Either } from '../core/either.js';
import { instantToEpochMs } from '../core/instant.js';
import { isoDateParts } from '../core/iso-date.js';
import { protect } from '../core/protect.js';
import { deepFreeze } from '../core/freeze.js';
import { fromZodIssues } from '../core/zod-issues.js';
import { PatientRecordSchema, type PatientRecord } from './patient-record.js';

/** Options of {@link validatePatientRecord}. @category Model */
export interface ValidatePatientRecordOptions {
  /**
   * The point in time the record is used at (`YYYY-MM-DD` or an instant). When given, dates that
   * lie after it are reported: a birth date, a completed procedure, a diagnosis onset, an
   * observation from the future.
   */
  readonly asOf?: string;
}

/**
 * Marks records this module validated (a module-private symbol, not enumerable, so it never
 * shows in JSON or equality). A marked record is not validated again: validation is idempotent,
 * so skipping it changes nothing but the time. A copy (spread, JSON) loses the mark and is
 * validated as any input.
 */
const VALIDATED: unique symbol = Symbol('carepath.validated-record');

/** True for a record returned by {@link validatePatientRecord} (not a copy of one). @internal */
export function isValidatedRecord(value: unknown): value is PatientRecord {
  return typeof value === 'object' && value !== null && Object.isFrozen(value) && (value as { [VALIDATED]?: unknown })[VALIDATED] === true;
}

/** The local calendar date written at the start of a date or an instant. */
const dayOf = (text: string): string => text.slice(0, 10);

function futureIssues(record: PatientRecord, asOfDay: string): CareIssue[] {
  const issues: CareIssue[] = [];
  const after = (date: string | undefined, path: (string | number)[]) => {
    if (date !== undefined && dayOf(date) > asOfDay) issues.push({ path, code: 'inconsistent', message: 'is after asOf' });
  };
  after(record.birthDate, ['birthDate']);
  record.conditions?.forEach((condition, index) => {
    after(condition.onset, ['conditions', index, 'onset']);
  });
  record.procedures?.forEach((procedure, index) => {
    if (procedure.status === 'completed') after(procedure.date, ['procedures', index, 'date']);
  });
  record.observations?.forEach((observation, index) => {
    after(observation.effective, ['observations', index, 'effective']);
  });
  return issues;
}

/**
 * Validates a patient record at the edge: every field against its schema, every unit converted
 * to the canonical one (and recorded as entered), every date against the calendar, the birth
 * date and, when given, `asOf`. Never throws; the input is not touched; the result is frozen.
 *
 * @param input - anything, typically parsed JSON from the host
 * @param options - `asOf` to also reject dates after that point in time
 * @returns `Right` with the {@link PatientRecord}, or `Left` with an `invalid-input` error whose
 *   issues name every path at fault (messages carry no value from the input)
 *
 * @example
 * ```ts
 * validatePatientRecord({ id: 'p-1', birthDate: '1956-03-15', sex: 'male',
 *   observations: [{ code: 'glucose-fasting', value: 126, unit: 'mg/dL', effective: '2026-03-01T08:00:00+08:00' }] });
 * // => Right: observations[0] is { code: 'glucose-fasting', value: 7, unit: 'mmol/L', ...,
 * //            entered: { value: 126, unit: 'mg/dL' } }
 *
 * validatePatientRecord({ id: 'p-2', birthDate: '2026-02-30', sex: 'female', weight: { value: -3, unit: 'kg' } });
 * // => Left: { code: 'invalid-input', issues: [
 * //      { path: ['birthDate'], code: 'invalid-date', ... },
 * //      { path: ['weight', 'value'], code: 'too-small', ... } ] }
 * ```
 * @category Model
 */
export function validatePatientRecord(input: unknown, options: ValidatePatientRecordOptions = {}): Either<CareError, PatientRecord> {
  return protect('validatePatientRecord', () => {
    const given: unknown = options;
    const asOf: unknown = typeof given === 'object' && given !== null ? (given as { asOf?: unknown }).asOf : undefined;
    let asOfDay: string | undefined;
    if (asOf !== undefined) {
      const valid = typeof asOf === 'string' && (isoDateParts(asOf) !== undefined || instantToEpochMs(asOf)._tag === 'Right');
      if (!valid) {
        return left(
          careError('invalid-time', 'asOf is invalid', [
            { path: ['asOf'], code: 'invalid-date', message: 'must be a calendar date YYYY-MM-DD or an instant with an offset' },
          ]),
        );
      }
      asOfDay = dayOf(asOf);
    }
    let record: PatientRecord;
    if (isValidatedRecord(input)) record = input;
    else {
      const parsed = PatientRecordSchema.safeParse(input);
      if (!parsed.success) {
        // Parsed again with reportInput only on failure (see core's validate): it tells "missing"
        // from "wrong type" but halves the speed of zod's compiled fast path.
        const reported = PatientRecordSchema.safeParse(input, { reportInput: true });
        return left(careError('invalid-input', 'Patient record is invalid', fromZodIssues(reported.success ? parsed.error.issues : reported.error.issues)));
      }
      Object.defineProperty(parsed.data, VALIDATED, { value: true, enumerable: false });
      record = deepFreeze(parsed.data);
    }
    if (asOfDay === undefined) return right(record);
    const issues = futureIssues(record, asOfDay);
    return issues.length === 0 ? right(record) : left(careError('invalid-input', 'Patient record is invalid', issues));
  });
}
