import { z } from 'zod';
import { careError, type CareError } from '../core/care-error.js';
import { left, right, type Either } from '../core/either.js';
import { deepFreeze } from '../core/freeze.js';
import { protect } from '../core/protect.js';
import { ObservationSchema } from './observation.js';
import { PatientRecordSchema } from './patient-record.js';

/** The inputs carepath publishes a JSON Schema for. @category Model */
export type SchemaName = 'PatientRecord' | 'Observation';

const SCHEMAS = { PatientRecord: PatientRecordSchema, Observation: ObservationSchema } as const;

/**
 * The JSON Schema (draft 2020-12) of an input, for hosts that validate in another language or
 * build forms. It describes the input form: units as entered, before conversion. Checks that
 * JSON Schema cannot express (calendar dates, unit lists per code, cross-field rules) are
 * enforced by {@link validatePatientRecord} only.
 *
 * @example
 * ```ts
 * const schema = inputJsonSchema('PatientRecord');
 * // => Right { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object',
 * //            required: ['id', 'birthDate', 'sex'], additionalProperties: false, ... }
 * ```
 * @category Model
 */
export function inputJsonSchema(name: SchemaName): Either<CareError, Readonly<Record<string, unknown>>> {
  return protect('inputJsonSchema', () => {
    if (typeof name !== 'string' || !Object.hasOwn(SCHEMAS, name)) {
      return left(careError('invalid-input', 'Unknown schema name', [{ path: [], code: 'invalid-value', message: 'must be PatientRecord or Observation' }]));
    }
    const schema = z.toJSONSchema(SCHEMAS[name], { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' });
    return right(deepFreeze(schema as Record<string, unknown>));
  });
}
