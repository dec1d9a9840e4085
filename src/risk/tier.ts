import { z } from 'zod';
import type { Localized } from '../core/i18n.js';
import { daysBetween } from '../core/iso-date.js';
import { citation, seedSource, type Source } from '../core/source.js';
import type { PatientRecord } from '../model/patient-record.js';
import { CONDITION_NAMES, type ConditionCode } from '../model/vocabulary.js';
import { asOfDay, latestOf, type DeriveContext } from './derive.js';
import type { ScoreResult } from './score-result.js';

/** The health-status tiers of `004_eccb0a9eec47fd06.txt` (section 04). @category Risk */
export const TierSchema = z.enum(['healthy', 'high-risk', 'chronic', 'acute']);
/** @category Risk */
export type Tier = z.infer<typeof TierSchema>;

/** Why a patient is in a tier. @category Risk */
export interface TierReason {
  readonly tier: Tier;
  readonly code: string;
  readonly rationale: Localized;
  readonly source: Source;
}

const TIERS_SEED = seedSource('004_eccb0a9eec47fd06.txt', '健康状态分层：健康、高风险、慢病、急症');
const REHAB_SEED = seedSource('003_2e90203f66327890.txt', '康复期：术后1周、1个月、3个月里程碑');
const HYPERTENSION_2018 = citation('guideline', 'china-hypertension-2018', '中国高血压防治指南 2018 年修订版: normal-high blood pressure (正常高值) SBP 120-139 and/or DBP 80-89 mmHg', { year: 2018 });

/** Conditions that need long-term management (chronic tier: "diabetes, hypertension", 004_eccb0a9eec47fd06.txt). */
const CHRONIC: readonly ConditionCode[] = [
  'diabetes-type-1',
  'diabetes-type-2',
  'gestational-diabetes',
  'hypertension',
  'chronic-kidney-disease',
  'copd',
  'heart-failure',
  'coronary-heart-disease',
  'stroke',
  'cardiovascular-disease',
  'peripheral-artery-disease',
  'atrial-fibrillation',
  'cancer',
  'cognitive-impairment',
];

/**
 * The post-operative window of the acute tier: the rehabilitation milestones run to 3 months after
 * surgery (`003_2e90203f66327890.txt`: 1 week, 1 month, 3 months).
 */
const POST_OP_DAYS = 90;
/** Recent discharge: the 30-day window of the readmission scores (LACE, HOSPITAL). */
const POST_DISCHARGE_DAYS = 30;
/** Surgery planned within this many days puts the patient in treatment preparation (pre-operative checklist, 003_2e90203f66327890.txt). */
const PRE_OP_DAYS = 30;

/** Score categories that mark a patient at high risk, each with its published cut-off. */
const HIGH_RISK_CATEGORIES: Readonly<Record<string, readonly string[]>> = {
  // FINDRISC form: 12 or more (moderate, about 1 in 6 over 10 years) and above.
  findrisc: ['moderate', 'high', 'very-high'],
  // CDRS >= 25 (Zhou 2013).
  cdrs: ['high-risk'],
  // ADA/CDC test >= 5.
  'ada-risk-test': ['high-risk'],
  // PCE >= 7.5 % (2018 ACC/AHA: intermediate and high).
  'pooled-cohort': ['intermediate', 'high'],
  // China-PAR >= 10 % (2019 Chinese guideline: high).
  'china-par': ['high'],
  // The seed's 8-fold group (004_eccb0a9eec47fd06.txt).
  'seed-diabetes-risk': ['eight-fold-risk'],
};

/**
 * Places a patient in a tier: acute over chronic over high-risk over healthy, each with the
 * reasons that put them there.
 *
 * @internal
 */
export function tierOf(record: PatientRecord, results: readonly ScoreResult[], context: DeriveContext): { tier: Tier; reasons: TierReason[] } {
  const reasons: TierReason[] = [];
  const day = asOfDay(context.asOf);

  for (const procedure of record.procedures ?? []) {
    const since = daysBetween(procedure.date, day);
    if (procedure.status === 'completed' && since >= 0 && since <= POST_OP_DAYS) {
      reasons.push({ tier: 'acute', code: 'recent-surgery', rationale: { en: `Surgery ${since} days ago: within the 3-month rehabilitation period.`, 'zh-CN': `术后第 ${since} 天：处于3个月康复期内。` }, source: REHAB_SEED });
    }
    if (procedure.status === 'planned' && since <= 0 && -since <= PRE_OP_DAYS) {
      reasons.push({ tier: 'acute', code: 'planned-surgery', rationale: { en: `Surgery planned in ${-since} days: pre-operative preparation.`, 'zh-CN': `${-since} 天后手术：术前准备阶段。` }, source: REHAB_SEED });
    }
  }
  for (const encounter of record.encounters ?? []) {
    if (encounter.kind !== 'inpatient' || encounter.start > day) continue;
    const since = encounter.end === undefined ? 0 : daysBetween(encounter.end, day);
    if (encounter.end === undefined || (since >= 0 && since <= POST_DISCHARGE_DAYS)) {
      reasons.push({
        tier: 'acute',
        code: encounter.end === undefined ? 'in-hospital' : 'recent-discharge',
        rationale: encounter.end === undefined ? { en: 'Currently in hospital.', 'zh-CN': '目前住院中。' } : { en: `Discharged ${since} days ago: within the 30-day post-discharge period.`, 'zh-CN': `出院第 ${since} 天：处于出院后30天内。` },
        source: TIERS_SEED,
      });
    }
  }
  for (const condition of record.conditions ?? []) {
    if (condition.status === 'active' && CHRONIC.includes(condition.code)) {
      const name = CONDITION_NAMES[condition.code];
      reasons.push({ tier: 'chronic', code: condition.code, rationale: { en: `${name.en}: long-term management.`, 'zh-CN': `${name['zh-CN']}：需长期管理。` }, source: TIERS_SEED });
    }
    if (condition.status === 'active' && condition.code === 'prediabetes') {
      reasons.push({ tier: 'high-risk', code: 'prediabetes', rationale: { en: 'Prediabetes.', 'zh-CN': '糖尿病前期。' }, source: TIERS_SEED });
    }
  }
  for (const result of results) {
    if (HIGH_RISK_CATEGORIES[result.id]?.includes(result.category) === true) {
      reasons.push({ tier: 'high-risk', code: result.id, rationale: result.rationale, source: result.source });
    }
  }
  const sbp = latestOf(record, 'bp-systolic', context)?.value;
  const dbp = latestOf(record, 'bp-diastolic', context)?.value;
  const hypertensive = record.conditions?.some((condition) => condition.code === 'hypertension' && condition.status === 'active') === true;
  // 2018 Chinese hypertension guideline: normal-high SBP 120-139 and/or DBP 80-89 mmHg; a reading
  // at or above 140/90 without a diagnosis is at least as much a risk.
  if (!hypertensive && ((sbp !== undefined && sbp >= 120) || (dbp !== undefined && dbp >= 80))) {
    reasons.push({
      tier: 'high-risk',
      code: 'elevated-blood-pressure',
      rationale: { en: 'Latest blood pressure at or above 120/80 mmHg without a hypertension diagnosis.', 'zh-CN': '最近血压≥120/80 mmHg，尚未诊断高血压。' },
      source: HYPERTENSION_2018,
    });
  }
  const order: readonly Tier[] = ['acute', 'chronic', 'high-risk'];
  const tier = order.find((candidate) => reasons.some((reason) => reason.tier === candidate)) ?? 'healthy';
  return { tier, reasons };
}
