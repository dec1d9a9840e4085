import type { FollowUpSeries } from './follow-up-policy.js';
import {
  NBPHS_DIABETES,
  SEED_000_NEW_DIAGNOSIS,
  SEED_000_PREDIABETES,
  SEED_003_LAYERED,
  SEED_004_HEALTHY,
  SEED_004_POSTOP,
} from './sources.js';

/**
 * The situations the default intensity table covers. @category Schedule
 */
export type IntensityKey =
  | 'healthy'
  | 'high-risk'
  | 'prediabetes'
  | 'chronic'
  | 'chronic-recovered'
  | 'diabetes-stable'
  | 'diabetes-unsatisfactory'
  | 'diabetes-referral'
  | 'post-op-daily'
  | 'post-op-weekly'
  | 'new-diagnosis';

/** The intensity table: one series template per situation. Hosts override entries. @category Schedule */
export type IntensityTable = { readonly [K in IntensityKey]: FollowUpSeries };

const month = (value: number) => ({ value, unit: 'month' as const });
const day = (value: number) => ({ value, unit: 'day' as const });
const week = (value: number) => ({ value, unit: 'week' as const });

/*
 * Windows are carepath's choice (the sources give the cadence, not the tolerance): about a
 * quarter of the interval, at most 30 days either side; "within N days" is [anchor + 1, anchor + N]
 * (never later); daily follow-ups have no tolerance. See docs/schedule.md.
 */

/**
 * The default follow-up intensity by situation, each entry with its source:
 *
 * | key | cadence | source |
 * |---|---|---|
 * | healthy | every 12 months | `004_...` healthy tier: annual check-up package |
 * | high-risk, prediabetes | every 3 months | `000_...` 05.1: prediabetes follow-up at 3 months |
 * | chronic | every month | `003_...`: chronic patients monthly |
 * | chronic-recovered | every 3 months | `003_...`: well recovered quarterly |
 * | diabetes-stable | every 3 months (>= 4 a year) | NBPHS 2017 |
 * | diabetes-unsatisfactory | within 2 weeks | NBPHS 2017: first unsatisfactory control |
 * | diabetes-referral | within 2 weeks of referral | NBPHS 2017: two unsatisfactory in a row, refer |
 * | post-op-daily / post-op-weekly | daily in week 1, then weekly to week 12 | `004_...` |
 * | new-diagnosis | weekly for 1 month, then monthly for 6 months | `000_...` 05.1 |
 *
 * @category Schedule
 */
export const DEFAULT_INTENSITY: IntensityTable = Object.freeze({
  healthy: {
    id: 'annual-check-up',
    anchor: { kind: 'last-contact' },
    cadence: { kind: 'every', every: month(12) },
    window: { before: 30, after: 30 },
    purpose: { 'zh-CN': '年度健康体检与随访', en: 'Annual check-up and follow-up' },
    source: SEED_004_HEALTHY,
  },
  'high-risk': {
    id: 'high-risk-quarterly',
    anchor: { kind: 'last-contact' },
    cadence: { kind: 'every', every: month(3) },
    window: { before: 14, after: 14 },
    purpose: { 'zh-CN': '高风险人群3个月随访', en: 'High-risk follow-up every 3 months' },
    source: SEED_000_PREDIABETES,
  },
  prediabetes: {
    id: 'prediabetes-3-months',
    anchor: { kind: 'last-contact' },
    cadence: { kind: 'every', every: month(3) },
    window: { before: 14, after: 14 },
    purpose: { 'zh-CN': '糖尿病前期3个月随访', en: 'Prediabetes follow-up at 3 months' },
    source: SEED_000_PREDIABETES,
  },
  chronic: {
    id: 'chronic-monthly',
    anchor: { kind: 'last-contact' },
    cadence: { kind: 'every', every: month(1) },
    window: { before: 7, after: 7 },
    purpose: { 'zh-CN': '慢病每月随访', en: 'Monthly chronic-disease follow-up' },
    source: SEED_003_LAYERED,
  },
  'chronic-recovered': {
    id: 'recovered-quarterly',
    anchor: { kind: 'last-contact' },
    cadence: { kind: 'every', every: month(3) },
    window: { before: 14, after: 14 },
    purpose: { 'zh-CN': '康复良好患者季度随访', en: 'Quarterly follow-up once well recovered' },
    source: SEED_003_LAYERED,
  },
  'diabetes-stable': {
    id: 'diabetes-quarterly',
    anchor: { kind: 'last-contact' },
    cadence: { kind: 'every', every: month(3) },
    window: { before: 14, after: 14 },
    purpose: { 'zh-CN': '2型糖尿病季度面对面随访（每年至少4次）', en: 'Quarterly face-to-face type 2 diabetes follow-up (at least 4 a year)' },
    source: NBPHS_DIABETES,
  },
  'diabetes-unsatisfactory': {
    id: 'diabetes-within-2-weeks',
    anchor: { kind: 'last-contact' },
    cadence: { kind: 'offsets', offsets: [day(14)] },
    window: { before: 13, after: 0 },
    purpose: { 'zh-CN': '血糖控制不满意：2周内随访', en: 'Unsatisfactory control: follow up within 2 weeks' },
    source: NBPHS_DIABETES,
  },
  'diabetes-referral': {
    id: 'referral-within-2-weeks',
    anchor: { kind: 'last-contact' },
    cadence: { kind: 'offsets', offsets: [day(14)] },
    window: { before: 13, after: 0 },
    purpose: { 'zh-CN': '连续两次控制不满意已转诊：2周内主动随访转诊情况', en: 'Referred after two unsatisfactory visits: follow up the referral within 2 weeks' },
    urgent: true,
    source: NBPHS_DIABETES,
  },
  'post-op-daily': {
    id: 'post-op-daily',
    anchor: { kind: 'surgery' },
    cadence: { kind: 'offsets', offsets: [day(1), day(2), day(3), day(4), day(5), day(6), day(7)] },
    window: { before: 0, after: 0 },
    purpose: { 'zh-CN': '术后第1周每日随访', en: 'Daily follow-up in the first week after surgery' },
    source: SEED_004_POSTOP,
  },
  'post-op-weekly': {
    id: 'post-op-weekly',
    anchor: { kind: 'surgery' },
    // Weekly from week 2 to week 12 (the 3-month rehabilitation milestone, 003_2e90203f66327890.txt).
    cadence: { kind: 'every', every: week(1), start: week(2), count: 11 },
    window: { before: 1, after: 1 },
    purpose: { 'zh-CN': '术后稳定期每周随访', en: 'Weekly follow-up once stable after surgery' },
    source: SEED_004_POSTOP,
  },
  'new-diagnosis': {
    id: 'new-diagnosis',
    anchor: { kind: 'diagnosis' },
    cadence: { kind: 'phases', phases: [{ every: week(1), for: month(1) }, { every: month(1), for: month(6) }] },
    window: { before: 2, after: 2 },
    purpose: { 'zh-CN': '新确诊：1个月强化随访，之后6个月规范化管理', en: 'New diagnosis: 1 month of intensive follow-up, then 6 months of standard management' },
    source: SEED_000_NEW_DIAGNOSIS,
  },
} satisfies IntensityTable);

/** Window of an interval of `months` months: a quarter of it, at most 30 days (carepath's choice). */
export function windowForMonths(months: number): { readonly before: number; readonly after: number } {
  const days = Math.min(30, Math.floor((months * 30) / 4));
  return { before: days, after: days };
}

