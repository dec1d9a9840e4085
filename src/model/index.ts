/**
 * The domain model: zod schemas and their types for the patient record, observations,
 * conditions, procedures, medications and preferences; the canonical vocabulary; units.
 *
 * @packageDocumentation
 * @module model
 */
export { inputJsonSchema, type SchemaName } from './json-schema.js';
export {
  ObservationInputSchema,
  ObservationOriginSchema,
  ObservationSchema,
  type Observation,
  type ObservationInput,
  type ObservationOrigin,
} from './observation.js';
export {
  AncestrySchema,
  ChannelSchema,
  ConditionSchema,
  EncounterSchema,
  FamilyHistoryEntrySchema,
  FootExamSchema,
  FunctionalStatusSchema,
  HistorySchema,
  LifestyleSchema,
  MedicationSchema,
  PatientRecordSchema,
  PreferencesSchema,
  PregnancySchema,
  ProcedureSchema,
  RegionSchema,
  ServicePackageSchema,
  SexSchema,
  SmokingSchema,
  SocialSchema,
  type Channel,
  type PatientRecord,
  type PatientRecordInput,
  type ServicePackage,
} from './patient-record.js';
export { QuantityInputSchema, type EnteredQuantity, type MeasuredQuantity } from './quantity.js';
export { fromCanonical, toCanonical, type CanonicalQuantity, type QuantityKind } from './units.js';
export { validatePatientRecord, type ValidatePatientRecordOptions } from './validate-patient-record.js';
export {
  CONDITION_CODES,
  CONDITION_NAMES,
  ConditionCodeSchema,
  FamilyHistoryConditionSchema,
  MEDICATIONS,
  MEDICATION_CLASSES,
  MedicationClassSchema,
  OBSERVATIONS,
  OBSERVATION_CODES,
  ObservationCodeSchema,
  PROCEDURE_CODES,
  PROCEDURE_NAMES,
  ProcedureCodeSchema,
  RelationSchema,
  type ConditionCode,
  type FamilyHistoryCondition,
  type MedicationClass,
  type MedicationClassDefinition,
  type ObservationCode,
  type ObservationDefinition,
  type ProcedureCode,
  type Relation,
} from './vocabulary.js';
export { conditionCodings, observationCodings, procedureCodings, type Coding } from './terminology.js';
