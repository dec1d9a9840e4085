/**
 * Post-operative rehabilitation plans: protocols as validated data (built-in total knee and hip
 * arthroplasty, laparoscopic cholecystectomy and a generic protocol, or a hospital's own JSON),
 * plans generated for a patient's procedure with milestone gating and personalisation, and their
 * update from new readings. See docs/postop.md.
 *
 * @packageDocumentation
 * @module
 */
export type { PostOpPlan } from './build.js';
export { EXERCISES, type ExerciseDefinition, type ExerciseId } from './exercises.js';
export { DEFAULT_FEVER_THRESHOLD_CELSIUS, generatePostOpPlan, type PostOpOptions, type PostOpProcedure, type ProcedureRef } from './generate.js';
export {
  CustomExerciseSchema,
  EscalationSchema,
  OffsetSchema,
  PostOpProtocolSchema,
  ProtocolContactSchema,
  ProtocolEducationSchema,
  ProtocolExerciseSchema,
  ProtocolMilestoneSchema,
  ProtocolPhaseSchema,
  ProtocolRedFlagSchema,
  ProtocolRestrictionSchema,
  ProtocolVisitSchema,
  RedFlagKindSchema,
  requiredRedFlags,
  validateProtocol,
  type Offset,
  type PostOpProtocol,
  type PostOpProtocolInput,
  type ProtocolMilestone,
  type ProtocolPhase,
  type RedFlagKind,
} from './protocol.js';
export { builtInProtocols } from './protocols.js';
export { MilestoneReportSchema, updatePostOpPlan, type MilestoneReport } from './update.js';
export { postOpFollowUpPolicy } from './follow-up-policy.js';
