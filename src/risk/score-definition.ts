import type { z } from 'zod';
import type { CareError } from '../core/care-error.js';
import type { Either } from '../core/either.js';
import type { Localized } from '../core/i18n.js';
import type { Source } from '../core/source.js';
import type { PatientRecord } from '../model/patient-record.js';
import type { DeriveContext, Derived } from './derive.js';
import type { ScoreResult } from './score-result.js';

/**
 * A score as the registry and `assess` see it: metadata, its input schema, the direct-call
 * function, and how to derive its inputs from a patient record.
 *
 * @internal
 */
export interface ScoreDefinition<I> {
  readonly id: string;
  readonly version: string;
  readonly name: Localized;
  readonly source: Source;
  readonly inputSchema: z.ZodType<I>;
  readonly score: (input: unknown) => Either<CareError, ScoreResult>;
  readonly fromRecord: (record: PatientRecord, context: DeriveContext) => Derived<unknown>;
}
