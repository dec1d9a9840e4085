/**
 * Risk: validated scores, each a pure function of its own inputs returning a {@link ScoreResult}
 * with factors, rationale (zh-CN and en) and source; `assess` runs every score that applies to a
 * patient record and places the patient in a tier; `scores` lists them with their input JSON
 * Schemas.
 *
 * @packageDocumentation
 * @module risk
 */
export { adaRiskTest, AdaRiskTestInputSchema, type AdaRiskTestInput } from './ada-risk-test.js';
export { assess, type AssessOptions, type Assessment, type NotApplicableScore, type RiskFlag } from './assess.js';
export { caprini, CapriniInputSchema, type CapriniBands, type CapriniInput, type CapriniOptions } from './caprini.js';
export { cdrs, CdrsInputSchema, type CdrsInput } from './cdrs.js';
export { chinaPar, ChinaParInputSchema, type ChinaParInput } from './china-par.js';
export { ckdEpi2021, CkdEpi2021InputSchema, type CkdEpi2021Input } from './ckd-epi-2021.js';
export { DEFAULT_LOOKBACK_DAYS } from './derive.js';
export { findrisc, FindriscInputSchema, type FindriscInput } from './findrisc.js';
export { glucoseVariability, GlucoseVariabilityInputSchema, type GlucoseVariabilityInput } from './glucose-variability.js';
export { hospitalScore, HospitalScoreInputSchema, type HospitalScoreInput } from './hospital-score.js';
export { iwgdfFoot, IwgdfFootInputSchema, type IwgdfFootInput } from './iwgdf-foot.js';
export { kdigo, KdigoInputSchema, type KdigoColour, type KdigoInput, type KdigoTable } from './kdigo.js';
export type { AlbuminuriaCategory, GfrCategory } from './kdigo-categories.js';
export { lace, LaceInputSchema, type LaceInput } from './lace.js';
export { morseFall, MorseFallInputSchema, type MorseFallCutoffs, type MorseFallInput, type MorseFallOptions } from './morse-fall.js';
export { pooledCohort, PooledCohortInputSchema, type PooledCohortInput } from './pooled-cohort.js';
export { scores, type ScoreInfo } from './registry.js';
export { ScoreResultSchema, type ScoreFactor, type ScoreResult } from './score-result.js';
export { seedDiabetesRisk, SeedDiabetesRiskInputSchema, type SeedDiabetesRiskInput } from './seed-diabetes-risk.js';
export { TierSchema, type Tier, type TierReason } from './tier.js';
