/**
 * Health check-up plans: screening rules as data (the seeds' check-up table, the public-health
 * norm for residents 65+, USPSTF, the Chinese lung and gastric guidelines, risk-driven
 * additions), guideline profiles (`cn`, `us`, `both`), due and overdue dates from previous
 * results, service packages and add-ons. See docs/checkup.md.
 *
 * @module
 */
export { BUILT_IN_SCREENING_RULES } from './built-in.js';
export { checkupFacts, CheckupPlanOptionsSchema, CheckupProfileSchema, generateCheckupPlan } from './generate.js';
export type { AppliedRuleSummary, CheckupItemSummary, CheckupPlan, CheckupPlanOptions, CheckupProfile } from './generate.js';
export type { CheckupFacts, ExtraFact, FamilyHistoryFlags, RiskFact } from './facts.js';
export { ScreeningHistoryEntrySchema, ScreeningHistorySchema, type ScreeningHistory, type ScreeningHistoryEntry } from './history.js';
export { SCREENING_ITEMS, type ScreeningItemCode, type ScreeningItemDefinition } from './items.js';
export {
  RecommendationSchema,
  RuleProfileSchema,
  ScreeningRuleSchema,
  TestOptionSchema,
  validateScreeningRules,
  type Recommendation,
  type RuleProfile,
  type ScreeningRule,
  type ScreeningRuleInput,
  type TestOption,
} from './rule-schema.js';
