import type { JsonValue } from '../../core/json-value.js';
import { DEFAULT_ESCALATION_RULES } from '../../schedule/escalation.js';
import type { EscalationRule } from '../../schedule/follow-up-policy.js';
import type { DiabetesClassification } from './classify.js';
import { SOURCES } from './sources.js';
import type { TargetProfile } from './targets.js';

const readings = (code: string, days: number): JsonValue => ({ readings: [code, days] });
const value: JsonValue = { var: 'value' };
const glucoseLastDay: JsonValue = { merge: ['glucose-capillary', 'glucose-fasting', 'glucose-random', 'glucose-postprandial-1h', 'glucose-postprandial-2h'].map((code) => readings(code, 1)) };

/** The seed's service standard: respond within 2 hours (004_eccb0a9eec47fd06.txt). */
const RESPONSE_HOURS = 2;
/** NBPHS 2017: unsatisfactory control or an adverse reaction -> follow up within 2 weeks. */
const WITHIN_2_WEEKS = 14;

/**
 * The diabetes plan's escalation rules: the scheduler's defaults (urgent referral criteria of the
 * public-health norm, the seed's 13.9 mmol/L advice and sleep rule), with "above target on 3
 * consecutive days" using this plan's fasting target instead of the generic 7.0 mmol/L, plus
 * hypoglycaemia levels 1-3, worsening HbA1c and adverse drug reaction reports.
 *
 * @internal
 */
export function diabetesEscalationRules(c: DiabetesClassification, targets: TargetProfile): EscalationRule[] {
  const fastingHigh = targets.targets.find((target) => target.key === 'fasting')?.target.high ?? 7.0;
  const hba1cHigh = targets.targets.find((target) => target.key === 'hba1c')?.target.high;
  const rules: EscalationRule[] = DEFAULT_ESCALATION_RULES.filter((rule) => rule.id !== 'glucose-above-target-3-days');
  rules.push({
    id: 'glucose-above-target-3-days',
    // 001_175e5153b43beeec.txt: above target on 3 consecutive days -> the health manager phones;
    // the target is this plan's fasting upper bound.
    when: { consecutive: [{ merge: [readings('glucose-fasting', 7), readings('glucose-capillary', 7)] }, { '>': [value, fastingHigh] }, 3, 'days'] },
    severity: 'priority',
    actions: ['phone-by-health-manager'],
    respondWithinHours: RESPONSE_HOURS,
    followUpWithinDays: 0,
    followUpChannel: 'phone',
    reason: { en: `Glucose above this plan's fasting target (${fastingHigh} mmol/L) on 3 consecutive days: the health manager phones.`, 'zh-CN': `连续3天血糖高于本方案空腹目标（${fastingHigh} mmol/L）：健康管理师电话随访。` },
    source: SOURCES.seedEscalation,
  });
  rules.push(
    {
      id: 'hypoglycaemia-level-2',
      // ADA 2025 section 6: level 2 hypoglycaemia < 3.0 mmol/L (54 mg/dL).
      when: { some: [glucoseLastDay, { '<': [value, 3.0] }] },
      severity: 'urgent',
      actions: ['doctor-consultation', 'phone-by-health-manager'],
      respondWithinHours: RESPONSE_HOURS,
      followUpWithinDays: 0,
      followUpChannel: 'phone',
      reason: { en: 'Level 2 hypoglycaemia (below 3.0 mmol/L): treat now, review medicines today.', 'zh-CN': '2级低血糖（低于 3.0 mmol/L）：立即处理，当天评估用药。' },
      source: SOURCES.hypoglycaemia,
    },
    {
      id: 'hypoglycaemia-level-1',
      // ADA 2025 section 6: level 1 < 3.9 mmol/L (70 mg/dL) and >= 3.0.
      when: { some: [glucoseLastDay, { and: [{ '<': [value, 3.9] }, { '>=': [value, 3.0] }] }] },
      severity: 'priority',
      actions: ['advise-patient', 'phone-by-health-manager'],
      respondWithinHours: RESPONSE_HOURS,
      reason: { en: 'Level 1 hypoglycaemia (below 3.9 mmol/L): 15-20 g fast sugar, recheck in 15 minutes; the team reviews treatment.', 'zh-CN': '1级低血糖（低于 3.9 mmol/L）：立即进食 15~20 g 快速糖类，15 分钟后复测；团队评估治疗方案。' },
      source: SOURCES.hypoglycaemia,
    },
    {
      id: 'hypoglycaemia-level-3',
      // ADA 2025 section 6: level 3, a severe event needing assistance (reported as a symptom).
      when: { in: ['severe-hypoglycaemia', { var: 'symptoms' }] },
      severity: 'urgent',
      actions: ['urgent-referral'],
      respondWithinHours: RESPONSE_HOURS,
      followUpWithinDays: WITHIN_2_WEEKS,
      followUpChannel: 'phone',
      reason: { en: 'Severe (level 3) hypoglycaemia reported: urgent care, then review treatment.', 'zh-CN': '报告严重（3级）低血糖：紧急处理，随后调整治疗。' },
      source: SOURCES.hypoglycaemia,
    },
    {
      id: 'adverse-drug-reaction',
      // 004_eccb0a9eec47fd06.txt: a reported adverse reaction triggers a doctor consultation; NBPHS
      // 2017: an adverse reaction is followed up within 2 weeks.
      when: { in: ['adverse-drug-reaction', { var: 'symptoms' }] },
      severity: 'priority',
      actions: ['doctor-consultation'],
      respondWithinHours: RESPONSE_HOURS,
      followUpWithinDays: WITHIN_2_WEEKS,
      reason: { en: 'Adverse drug reaction reported: a doctor reviews the medicines; follow-up within 2 weeks.', 'zh-CN': '报告药物不良反应：医生评估用药，2 周内随访。' },
      source: SOURCES.seedAdverse,
    },
  );
  if (hba1cHigh !== undefined) {
    // Worsening HbA1c: the last 3 months' mean is above target and above the year's mean (NBPHS
    // 2017: unsatisfactory control -> adjust treatment and follow up within 2 weeks).
    const recent = readings('hba1c', 92);
    const year = readings('hba1c', 365);
    rules.push({
      id: 'hba1c-worsening',
      when: { and: [{ '>=': [{ count: [year] }, 2] }, { '>=': [{ count: [recent] }, 1] }, { '>=': [{ mean: [recent] }, hba1cHigh] }, { '>': [{ mean: [recent] }, { mean: [year] }] }] },
      severity: 'priority',
      actions: ['priority-revisit'],
      followUpWithinDays: WITHIN_2_WEEKS,
      reason: { en: `HbA1c rising and at or above the target of ${hba1cHigh} %: review treatment within 2 weeks.`, 'zh-CN': `糖化血红蛋白上升且达到或超过目标 ${hba1cHigh}%：2 周内评估治疗。` },
      source: SOURCES.publicHealthNorm,
    });
  }
  if (c.status === 'gestational' || c.pregnant) {
    rules.push({
      id: 'pregnancy-post-meal-above-target',
      // Pregnancy targets (004 seed table): 1 h <= 7.8, 2 h <= 6.7 mmol/L; above on 3 consecutive days -> phone.
      when: {
        or: [
          { consecutive: [readings('glucose-postprandial-1h', 7), { '>': [value, 7.8] }, 3, 'days'] },
          { consecutive: [readings('glucose-postprandial-2h', 7), { '>': [value, 6.7] }, 3, 'days'] },
        ],
      },
      severity: 'priority',
      actions: ['phone-by-health-manager', 'doctor-consultation'],
      respondWithinHours: RESPONSE_HOURS,
      followUpWithinDays: 7,
      reason: { en: 'Post-meal glucose above the pregnancy target on 3 consecutive days: review diet; insulin may be needed.', 'zh-CN': '连续3天餐后血糖高于妊娠期目标：调整饮食，必要时启用胰岛素。' },
      source: SOURCES.seedPlans,
    });
  }
  return rules;
}
