/**
 * Care plans: the shared plan model and the generators (diabetes; post-operative rehabilitation
 * and check-up as they land), each item with a rationale in zh-CN and en and its source.
 *
 * @packageDocumentation
 * @module plans
 */
export {
  ActivitySchema,
  AmountSchema,
  CarePlanBaseSchema,
  CarePlanKindSchema,
  FrequencySchema,
  GoalSchema,
  LocalizedSchema,
  MilestoneSchema,
  PhaseSchema,
  RedFlagSchema,
  TargetSchema,
  type Activity,
  type Amount,
  type CarePlanBase,
  type CarePlanKind,
  type Frequency,
  type Goal,
  type Milestone,
  type Phase,
  type RedFlag,
  type Target,
} from './care-plan.js';
export { diffPlans, type PlanDiff, type PlanItemChange, type SuggestedLifecycleEvent } from './diff-plans.js';
export {
  DiabetesCarePlanSchema,
  DiabetesPlanOptionsSchema,
  generateDiabetesPlan,
  type DiabetesCarePlan,
  type DiabetesPlanOptions,
} from './diabetes/generate-diabetes-plan.js';
export type { Programme } from './diabetes/programme.js';
export type { DiabetesGuideline, GlycaemicStatus, HealthStatus } from './diabetes/classify.js';
export * from './postop/index.js';
export * from './checkup/index.js';
