import { compileRule, type CompiledRule } from '../rules/compile-rule.js';
import { evaluateRule } from '../rules/evaluate-rule.js';
import type { Channel, PatientRecord } from '../model/patient-record.js';
import type { Tier } from '../risk/tier.js';
import type { ChannelRule } from './follow-up-policy.js';
import type { ChannelReason } from './follow-up.js';
import { CAREPATH_SCHEDULE, SEED_001_PACKAGES, SEED_001_THREE_DAYS, SEED_004_SEGMENTS } from './sources.js';

/**
 * Age from which a patient counts as older for channels and large print: 65, the "older
 * patients (65+)" audience of `000_71735d5778d29d68.txt` (large print, radio, dialect talks).
 */
export const OLDER_AGE = 65;

/**
 * The default channel rules, tried in order (DOMAIN section 2):
 * 1. urgent follow-ups by phone (the health manager phones, `001_175e5153b43beeec.txt`);
 * 2. premium package: home visit (`001_...` premium: dedicated health manager and home visits;
 *    `000_...` 04.2: monthly home follow-up visit for older diabetics);
 * 3. older (65+) or offline-dependent (no or limited digital access): phone, large print
 *    (`004_...` offline-dependent: phone follow-up; `000_...` 65+: large print);
 * 4. online-active (full digital access): app push (`004_...`).
 * Nothing matched: phone (carepath's fallback, reaches every patient with a telephone).
 *
 * @category Schedule
 */
export const DEFAULT_CHANNEL_RULES: readonly ChannelRule[] = Object.freeze([
  {
    id: 'urgent-phone',
    when: { '==': [{ var: 'urgent' }, true] },
    channel: 'phone',
    reason: { 'zh-CN': '紧急随访：由健康管理师电话联系', en: 'Urgent follow-up: the health manager phones' },
    source: SEED_001_THREE_DAYS,
  },
  {
    id: 'premium-home-visit',
    when: { '==': [{ var: 'servicePackage' }, 'premium'] },
    channel: 'home-visit',
    reason: { 'zh-CN': '高端服务包：专属健康管家上门随访', en: 'Premium package: home visit by the dedicated health manager' },
    source: SEED_001_PACKAGES,
  },
  {
    id: 'older-or-offline',
    when: { or: [{ '>=': [{ var: 'age' }, OLDER_AGE] }, { in: [{ var: 'digitalAccess' }, ['none', 'limited']] }] },
    channel: 'phone',
    largePrint: true,
    reason: { 'zh-CN': '老年或线下依赖型患者：电话随访，资料使用大字版', en: 'Older or offline-dependent patient: phone follow-up, large-print material' },
    source: SEED_004_SEGMENTS,
  },
  {
    id: 'online-active',
    when: { '==': [{ var: 'digitalAccess' }, 'full'] },
    channel: 'app',
    reason: { 'zh-CN': '线上活跃型患者：APP 推送', en: 'Online-active patient: app push' },
    source: SEED_004_SEGMENTS,
  },
].map((rule) => Object.freeze(rule)) as ChannelRule[]);

/** The facts a channel rule sees. @category Schedule */
export interface ChannelFacts {
  readonly age: number | null;
  readonly digitalAccess: 'none' | 'limited' | 'full' | null;
  readonly servicePackage: 'basic' | 'standard' | 'premium' | null;
  readonly livesAlone: boolean | null;
  readonly hasCaregiver: boolean;
  readonly tier: Tier | null;
  readonly preferredChannel: Channel | null;
  readonly urgent: boolean;
  readonly seriesId: string;
}

/** The chosen channel. */
export interface ChannelChoice {
  readonly channel: Channel;
  readonly largePrint: boolean;
  readonly reason: ChannelReason;
}

const FALLBACK_ORDER: readonly Channel[] = ['phone', 'sms', 'in-person', 'app', 'home-visit'];

/** Compiled rules, cached by the (frozen, validated) rule object. */
const compiled = new WeakMap<object, CompiledRule | null>();

function compiledOf(rule: ChannelRule): CompiledRule | null {
  const known = compiled.get(rule);
  if (known !== undefined) return known;
  const result = compileRule(rule.when);
  const value = result._tag === 'Right' ? result.right : null;
  compiled.set(rule, value);
  return value;
}

/** The channel facts of a validated record. */
export function channelFacts(record: PatientRecord, age: number | null, tier: Tier | null, urgent: boolean, seriesId: string): ChannelFacts {
  return {
    age,
    digitalAccess: record.social?.digitalAccess ?? null,
    servicePackage: record.servicePackage ?? null,
    livesAlone: record.social?.livesAlone ?? null,
    hasCaregiver: record.social?.caregiver !== undefined,
    tier,
    preferredChannel: record.preferences?.channel ?? null,
    urgent,
    seriesId,
  };
}

/**
 * Chooses the channel of one follow-up: the series' forced channel; else the patient's preferred
 * channel (unless the follow-up is urgent); else the first matching rule whose channel the
 * patient does not avoid; else the first channel not avoided of phone, sms, in-person, app, home
 * visit. Large print: the patient's preference when stated, else the rule's, else age >= 65.
 */
export function chooseChannel(
  facts: ChannelFacts,
  rules: readonly ChannelRule[],
  record: PatientRecord,
  forced: Channel | undefined,
): ChannelChoice {
  const avoid = new Set(record.preferences?.avoidChannels ?? []);
  const older = facts.age !== null && facts.age >= OLDER_AGE;
  const print = (ruleLargePrint: boolean | undefined): boolean => record.preferences?.largePrint ?? ruleLargePrint ?? older;
  if (forced !== undefined) {
    return { channel: forced, largePrint: print(undefined), reason: { rule: 'series', text: { 'zh-CN': '该随访项目指定的方式', en: 'The channel this series prescribes' }, source: CAREPATH_SCHEDULE } };
  }
  const preferred = record.preferences?.channel;
  if (preferred !== undefined && !facts.urgent) {
    return {
      channel: preferred,
      largePrint: print(undefined),
      reason: { rule: 'patient-preference', text: { 'zh-CN': '患者本人选择的随访方式', en: "The patient's preferred channel" }, source: CAREPATH_SCHEDULE },
    };
  }
  for (const rule of rules) {
    if (avoid.has(rule.channel)) continue;
    const node = compiledOf(rule);
    if (node === null) continue;
    const value = evaluateRule(node, facts);
    if (value._tag === 'Right' && value.right.value === true) {
      return { channel: rule.channel, largePrint: print(rule.largePrint), reason: { rule: rule.id, text: rule.reason, source: rule.source } };
    }
  }
  const fallback = FALLBACK_ORDER.find((channel) => !avoid.has(channel)) ?? 'phone';
  return {
    channel: fallback,
    largePrint: print(undefined),
    reason: { rule: 'fallback', text: { 'zh-CN': '无匹配规则：使用患者未回避的首选方式', en: 'No rule matched: the first channel the patient does not avoid' }, source: CAREPATH_SCHEDULE },
  };
}

