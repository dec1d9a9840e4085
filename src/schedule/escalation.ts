import { z } from 'zod';
import { careError, type CareError } from '../core/care-error.js';
import { deterministicId } from '../core/deterministic-id.js';
import { left, right, type Either } from '../core/either.js';
import { deepFreeze } from '../core/freeze.js';
import type { Localized } from '../core/i18n.js';
import { instantToEpochMs, InstantSchema } from '../core/instant.js';
import type { IsoDate } from '../core/iso-date.js';
import { protect } from '../core/protect.js';
import type { Source } from '../core/source.js';
import { TimeZoneSchema, zoneOffsetMinutes } from '../core/time-zone.js';
import { validate } from '../core/validate.js';
import { ChannelSchema, type Channel } from '../model/patient-record.js';
import { ObservationSchema } from '../model/observation.js';
import { compileRule } from '../rules/compile-rule.js';
import { evaluateRule } from '../rules/evaluate-rule.js';
import type { JsonValue } from '../rules/json-value.js';
import { dayOfIso, isoOfDay } from './civil.js';
import {
  EscalationRuleSchema,
  FollowUpPolicySchema,
  type AlertSeverity,
  type EscalationRule,
  type RequiredAction,
} from './follow-up-policy.js';
import { formatOffset } from './reminder.js';
import { DEFAULT_TIME_ZONE } from './schedule.js';
import { NBPHS_DIABETES, NBPHS_HYPERTENSION, SEED_001_THREE_DAYS, SEED_004_GLUCOSE_139, SEED_004_RESPONSE, SEED_004_SLEEP } from './sources.js';

/*
 * Escalation rules as data. Each threshold cites its source; windows ("in the last 24 hours")
 * are carepath's reading of "a reading" in the sources (docs/schedule.md).
 */

/** Every glucose code a single-reading threshold looks at. */
const GLUCOSE_CODES = ['glucose-fasting', 'glucose-random', 'glucose-capillary', 'glucose-postprandial-1h', 'glucose-postprandial-2h'] as const;

const readings = (code: string, days: number): JsonValue => ({ readings: [code, days] });
const glucoseLastDay: JsonValue = { merge: GLUCOSE_CODES.map((code) => readings(code, 1)) };
const value = { var: 'value' };

/** The response deadline of the seed's service standard: 2 hours (`004_eccb0a9eec47fd06.txt`). */
export const RESPONSE_HOURS = 2;
/** Referral follow-up within 2 weeks (NBPHS 2017). */
export const REFERRAL_FOLLOW_UP_DAYS = 14;

/** The danger signs of the NBPHS 2017 diabetes and hypertension norms that are not readings. */
export const DANGER_SYMPTOMS = Object.freeze([
  'altered-consciousness',
  'acetone-breath',
  'palpitations-sweating',
  'loss-of-appetite',
  'nausea-vomiting',
  'polydipsia-polyuria',
  'abdominal-pain',
  'deep-laboured-breathing',
  'flushed-skin',
  'blurred-vision-eye-pain',
  'severe-headache-dizziness',
  'chest-tightness',
  'dyspnoea',
  'high-glucose-pregnancy-lactation',
  'high-bp-pregnancy-lactation',
] as const);

function rule(entry: EscalationRule): EscalationRule {
  return Object.freeze(entry);
}

const urgentReferral = (id: string, when: JsonValue, reason: Localized, source: Source): EscalationRule =>
  rule({
    id,
    when,
    severity: 'urgent',
    actions: ['urgent-referral'],
    respondWithinHours: RESPONSE_HOURS,
    followUpWithinDays: REFERRAL_FOLLOW_UP_DAYS,
    followUpChannel: 'phone',
    reason,
    source,
  });

/**
 * The default escalation rules (rule documents with metadata), highest severity first:
 *
 * - urgent referral, NBPHS 2017: a glucose reading in the last 24 h
 *   >= 16.7 or <= 3.9 mmol/L; SBP >= 180 or DBP >= 110 mmHg; temperature > 39 °C; persistent
 *   tachycardia (every heart-rate reading of the last 24 h > 100/min, at least 2); a danger symptom
 *   reported ({@link DANGER_SYMPTOMS}). Response within 2 h (`004_...`), referral followed up
 *   within 2 weeks.
 * - `glucose-above-target-3-days` (`001_...`): fasting or meter glucose above 7.0 mmol/L (NBPHS
 *   2017: satisfactory control is fasting < 7.0) on 3 consecutive days: the health manager phones,
 *   within 2 h.
 * - `sleep-under-5h-3-days` (`004_...`): sleep under 5 h on 3 consecutive days: advice, and the
 *   family is told.
 * - `glucose-13-9-advice` (`004_...`): a glucose reading in the last 24 h >= 13.9 mmol/L: advice
 *   to adjust.
 *
 * Hosts extend the list (`[...DEFAULT_ESCALATION_RULES, myRule]`) or replace it in a policy.
 *
 * @category Schedule
 */
export const DEFAULT_ESCALATION_RULES: readonly EscalationRule[] = Object.freeze([
  urgentReferral(
    'urgent-glucose',
    // NBPHS 2017 diabetes norm: glucose >= 16.7 or <= 3.9 mmol/L -> urgent referral.
    { some: [glucoseLastDay, { or: [{ '>=': [value, 16.7] }, { '<=': [value, 3.9] }] }] },
    { 'zh-CN': '血糖≥16.7 mmol/L 或 ≤3.9 mmol/L：紧急处理后紧急转诊，2周内随访', en: 'Glucose >= 16.7 or <= 3.9 mmol/L: handle, refer urgently, follow up within 2 weeks' },
    NBPHS_DIABETES,
  ),
  urgentReferral(
    'urgent-blood-pressure',
    // NBPHS 2017 diabetes and hypertension norms: SBP >= 180 and/or DBP >= 110 mmHg.
    { or: [{ some: [readings('bp-systolic', 1), { '>=': [value, 180] }] }, { some: [readings('bp-diastolic', 1), { '>=': [value, 110] }] }] },
    { 'zh-CN': '收缩压≥180 mmHg 和/或舒张压≥110 mmHg：紧急转诊', en: 'SBP >= 180 and/or DBP >= 110 mmHg: urgent referral' },
    NBPHS_HYPERTENSION,
  ),
  urgentReferral(
    'urgent-temperature',
    // NBPHS 2017 diabetes norm: temperature > 39 °C.
    { some: [readings('body-temperature', 1), { '>': [value, 39] }] },
    { 'zh-CN': '体温超过39℃：紧急转诊', en: 'Temperature above 39 °C: urgent referral' },
    NBPHS_DIABETES,
  ),
  urgentReferral(
    'urgent-tachycardia',
    // NBPHS 2017 diabetes norm: persistent tachycardia, commonly quoted as heart rate > 100/min.
    { and: [{ '>=': [{ count: [readings('heart-rate', 1)] }, 2] }, { all: [readings('heart-rate', 1), { '>': [value, 100] }] }] },
    { 'zh-CN': '持续性心动过速（心率>100次/分）：紧急转诊', en: 'Persistent tachycardia (heart rate > 100/min): urgent referral' },
    NBPHS_DIABETES,
  ),
  urgentReferral(
    'urgent-danger-symptom',
    // NBPHS 2017 diabetes and hypertension norms: danger signs.
    { some: [{ var: 'symptoms' }, { in: [{ var: '' }, [...DANGER_SYMPTOMS]] }] },
    { 'zh-CN': '出现危险症状（意识改变、呼气烂苹果味、心悸出汗、恶心呕吐、视物模糊等）：紧急转诊', en: 'A danger sign (altered consciousness, acetone breath, palpitations, vomiting, blurred vision, ...): urgent referral' },
    NBPHS_DIABETES,
  ),
  rule({
    id: 'glucose-above-target-3-days',
    // 001_175e5153b43beeec.txt: above target 3 days running -> health manager phones; target fasting < 7.0 mmol/L (NBPHS 2017).
    when: { consecutive: [{ merge: [readings('glucose-fasting', 7), readings('glucose-capillary', 7)] }, { '>': [value, 7.0] }, 3, 'days'] },
    severity: 'priority',
    actions: ['phone-by-health-manager'],
    respondWithinHours: RESPONSE_HOURS,
    followUpWithinDays: 0,
    followUpChannel: 'phone',
    reason: { 'zh-CN': '连续3天血糖超标：健康管理师电话随访', en: 'Glucose above target on 3 consecutive days: the health manager phones' },
    source: SEED_001_THREE_DAYS,
  }),
  rule({
    id: 'sleep-under-5h-3-days',
    // 004_eccb0a9eec47fd06.txt: sleep under 5 h on 3 consecutive days -> advice, family told.
    when: { consecutive: [readings('sleep-duration', 7), { '<': [value, 5] }, 3, 'days'] },
    severity: 'advice',
    actions: ['advise-patient', 'notify-family'],
    respondWithinHours: RESPONSE_HOURS,
    reason: { 'zh-CN': '连续3天睡眠不足5小时：推送健康建议并提醒家属关注', en: 'Sleep under 5 h on 3 consecutive days: advice, and the family is told' },
    source: SEED_004_SLEEP,
  }),
  rule({
    id: 'glucose-13-9-advice',
    // 004_eccb0a9eec47fd06.txt: "您今日血糖13.9mmol/L，请调整餐后运动量" -> advice at >= 13.9 mmol/L.
    when: { some: [glucoseLastDay, { '>=': [value, 13.9] }] },
    severity: 'advice',
    actions: ['advise-patient'],
    respondWithinHours: RESPONSE_HOURS,
    reason: { 'zh-CN': '血糖≥13.9 mmol/L：提醒调整饮食与餐后运动', en: 'Glucose >= 13.9 mmol/L: advise adjusting diet and after-meal activity' },
    source: SEED_004_GLUCOSE_139,
  }),
]);

/** An alert raised by an escalation rule. @category Schedule */
export interface Alert {
  readonly id: string;
  readonly ruleId: string;
  readonly severity: AlertSeverity;
  readonly actions: readonly RequiredAction[];
  /** asOf + respondWithinHours, in the patient's zone; absent when the rule sets no deadline. */
  readonly deadline?: string;
  readonly reason: Localized;
  readonly source: Source;
  /** The response standard's source when a deadline is set (`004_...`: 2 hours). */
  readonly deadlineSource?: Source;
}

/** An extra follow-up an alert asks for. @category Schedule */
export interface ScheduleChange {
  readonly kind: 'add-follow-up';
  readonly ruleId: string;
  readonly window: { readonly earliest: IsoDate; readonly latest: IsoDate };
  readonly due: IsoDate;
  readonly channel?: Channel;
  readonly urgent: boolean;
  readonly purpose: Localized;
  readonly source: Source;
}

/** The result of {@link evaluateReadings}. @category Schedule */
export interface ReadingsEvaluation {
  readonly asOf: string;
  /** Most severe first, then in rule order. */
  readonly alerts: readonly Alert[];
  readonly scheduleChanges: readonly ScheduleChange[];
}

/** Options of `evaluateReadings`. @category Schedule */
export const EvaluateOptionsSchema = z.strictObject({
  timeZone: TimeZoneSchema.optional(),
  symptoms: z.array(z.string().min(1).max(64)).max(64).optional(),
  channel: ChannelSchema.optional(),
});

/** Options of {@link evaluateReadings}. @category Schedule */
export type EvaluateReadingsOptions = z.input<typeof EvaluateOptionsSchema>;

const SEVERITY_RANK: Readonly<Record<AlertSeverity, number>> = { urgent: 3, priority: 2, advice: 1, info: 0 };

function instantInZone(ms: number, zone: string): string {
  const offset = Math.round(zoneOffsetMinutes(zone, ms));
  const local = new Date(ms + offset * 60_000).toISOString();
  return `${local.slice(0, 19)}${formatOffset(offset)}`;
}

function rulesOf(policy: unknown): Either<CareError, { rules: readonly EscalationRule[]; zone?: string }> {
  if (policy === undefined || policy === null) return right({ rules: DEFAULT_ESCALATION_RULES });
  if (Array.isArray(policy)) {
    const parsed = validate(z.array(EscalationRuleSchema).max(128), policy, 'Escalation rules');
    return parsed._tag === 'Left' ? parsed : right({ rules: parsed.right });
  }
  const parsed = validate(FollowUpPolicySchema, policy, 'Follow-up policy');
  if (parsed._tag === 'Left') return parsed;
  return right({ rules: parsed.right.escalation ?? DEFAULT_ESCALATION_RULES, ...(parsed.right.timeZone === undefined ? {} : { zone: parsed.right.timeZone }) });
}

/**
 * Applies escalation rules to a patient's readings at `asOf`: every rule whose document is true
 * raises an alert (severity, required actions, response deadline, reason, source), and rules
 * with `followUpWithinDays` ask for an extra follow-up (a schedule change). Urgent changes are
 * due on asOf's date (never deferred); others are due at the end of their window.
 *
 * @param policy - a follow-up policy (its `escalation` rules, default {@link DEFAULT_ESCALATION_RULES}),
 *   an array of escalation rules, or `undefined` for the defaults
 * @param readings - observations `{ code, value, unit, effective }` (units converted as in the model)
 * @param asOf - an instant with an offset
 * @param options - `timeZone` (default the policy's, else Asia/Shanghai), `symptoms` reported
 *   (codes such as `altered-consciousness`), `channel` for the schedule changes
 * @returns `Right({ asOf, alerts, scheduleChanges })`, deep-frozen, or `Left` for invalid input
 *
 * @example
 * ```ts
 * evaluateReadings(undefined, [
 *   { code: 'glucose-fasting', value: 7.8, unit: 'mmol/L', effective: '2026-11-21T07:00:00+08:00' },
 *   { code: 'glucose-fasting', value: 8.1, unit: 'mmol/L', effective: '2026-11-22T07:00:00+08:00' },
 *   { code: 'glucose-fasting', value: 7.5, unit: 'mmol/L', effective: '2026-11-23T07:00:00+08:00' },
 * ], '2026-11-23T09:00:00+08:00');
 * // => Right { alerts: [{ ruleId: 'glucose-above-target-3-days', severity: 'priority', actions: ['phone-by-health-manager'],
 * //      deadline: '2026-11-23T11:00:00+08:00', … }],
 * //      scheduleChanges: [{ kind: 'add-follow-up', ruleId: 'glucose-above-target-3-days', due: '2026-11-23', channel: 'phone', urgent: false, … }] }
 * ```
 * @category Schedule
 */
export function evaluateReadings(policy: unknown, readings: unknown, asOf: unknown, options?: unknown): Either<CareError, ReadingsEvaluation> {
  return Object.freeze(protect('evaluateReadings', () => {
    const resolved = rulesOf(policy);
    if (resolved._tag === 'Left') return resolved;
    const parsedReadings = validate(z.array(ObservationSchema).max(100_000), readings, 'Readings');
    if (parsedReadings._tag === 'Left') return parsedReadings;
    const parsedAsOf = validate(InstantSchema, asOf, 'asOf');
    if (parsedAsOf._tag === 'Left') return parsedAsOf;
    const parsedOptions = validate(EvaluateOptionsSchema, options ?? {}, 'Options');
    if (parsedOptions._tag === 'Left') return parsedOptions;
    const zone = parsedOptions.right.timeZone ?? resolved.right.zone ?? DEFAULT_TIME_ZONE;
    const asOfMs = instantToEpochMs(parsedAsOf.right);
    if (asOfMs._tag === 'Left') return asOfMs;
    const facts = {
      asOf: parsedAsOf.right,
      timeZone: zone,
      observations: parsedReadings.right.map((r) => ({ code: r.code, value: r.value, unit: r.unit, effective: r.effective })),
      symptoms: [...(parsedOptions.right.symptoms ?? [])],
    };
    const today = instantInZone(asOfMs.right, zone).slice(0, 10);
    const alerts: Alert[] = [];
    const changes: ScheduleChange[] = [];
    for (const [index, entry] of resolved.right.rules.entries()) {
      const compiled = compileRule(entry.when);
      if (compiled._tag === 'Left') return compiled;
      const result = evaluateRule(compiled.right, facts);
      if (result._tag === 'Left') {
        return left(careError(result.left.code, `Escalation rule ${entry.id} failed`, result.left.issues.map((issue) => ({ ...issue, path: ['rules', index, 'when', ...issue.path] }))));
      }
      if (result.right.value !== true) continue;
      alerts.push({
        id: deterministicId('alert', { rule: entry.id, asOf: parsedAsOf.right }),
        ruleId: entry.id,
        severity: entry.severity,
        actions: entry.actions,
        ...(entry.respondWithinHours === undefined
          ? {}
          : { deadline: instantInZone(asOfMs.right + entry.respondWithinHours * 3_600_000, zone), deadlineSource: SEED_004_RESPONSE }),
        reason: entry.reason,
        source: entry.source,
      });
      if (entry.followUpWithinDays !== undefined) {
        const urgent = entry.severity === 'urgent';
        const latest = isoOfDay(dayOfIso(today) + entry.followUpWithinDays);
        const channel = parsedOptions.right.channel ?? entry.followUpChannel;
        changes.push({
          kind: 'add-follow-up',
          ruleId: entry.id,
          window: { earliest: today, latest },
          due: urgent ? today : latest,
          ...(channel === undefined ? {} : { channel }),
          urgent,
          purpose: entry.reason,
          source: entry.source,
        });
      }
    }
    const order = new Map(alerts.map((alert, index) => [alert.id, index]));
    alerts.sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
    return right(deepFreeze({ asOf: parsedAsOf.right, alerts, scheduleChanges: changes }));
  }));
}
