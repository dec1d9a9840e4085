import { canonicalJson } from '../../core/canonical-json.js';
import type { Localized } from '../../core/i18n.js';
import { epochDay, fromEpochDay, type IsoDate } from '../../core/iso-date.js';
import type { JsonValue } from '../../core/json-value.js';
import type { Source } from '../../core/source.js';
import { PROCEDURE_NAMES } from '../../model/vocabulary.js';
import type { Activity, CarePlanBase, Goal, Milestone, Phase, RedFlag, Target } from '../care-plan.js';
import type { PlanContext } from './context.js';
import { EXERCISES, isBuiltInExercise } from './exercises.js';
import { endDate, startDate, type Offset, type PostOpProtocol, type ProtocolMilestone } from './protocol.js';
import { SRC } from './sources.js';

/**
 * Builds the plan from its context at a point in time: phase dates, milestone gating, the
 * personalisation the context records, red flags. Pure; the caller validates and freezes.
 *
 * @internal
 */

/** A post-operative care plan: the shared {@link CarePlanBase} with `kind: 'postop'`. @category Plans */
export type PostOpPlan = CarePlanBase & { readonly kind: 'postop' };

const L = (en: string, zh: string): Localized => ({ en, 'zh-CN': zh });
const addDays = (date: IsoDate, days: number): IsoDate => fromEpochDay(epochDay(date) + days);
const maxDate = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);

const week = (value: number): Offset => ({ value, unit: 'week' });

/** The milestone status at a day, with the day it was found missed. */
interface MilestoneState {
  readonly status: 'pending' | 'met' | 'missed';
  readonly missedOn?: IsoDate;
}

function satisfies(target: Target, value: number): boolean {
  if (target.low !== undefined && (target.lowExclusive === true ? value <= target.low : value < target.low)) return false;
  if (target.high !== undefined && (target.highExclusive === true ? value >= target.high : value > target.high)) return false;
  return true;
}

/**
 * A milestone is met when its latest evidence up to `day` (a reading against its target, or a
 * report) shows it; missed when that latest evidence, taken on or after the due day, does not,
 * or when the due day has passed without it; pending otherwise.
 */
export function milestoneState(milestone: ProtocolMilestone, due: IsoDate, context: PlanContext, surgery: IsoDate, day: IsoDate): MilestoneState {
  const events: { day: IsoDate; met: boolean }[] = [];
  for (const item of context.evidence) {
    if (item.day > day) continue;
    if (item.kind === 'reading' && milestone.measure !== undefined && milestone.target !== undefined && item.code === milestone.measure && item.day >= surgery) {
      events.push({ day: item.day, met: satisfies(milestone.target, item.value) });
    } else if (item.kind === 'report' && item.milestone === milestone.id) {
      events.push({ day: item.day, met: item.met });
    }
  }
  // Stable sort by day: among evidence of the same day, the later-listed one counts.
  const latest = events.map((event, index) => ({ ...event, index })).sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.index - b.index)).at(-1);
  if (latest?.met === true) return { status: 'met' };
  if (latest !== undefined && latest.day >= due) return { status: 'missed', missedOn: latest.day };
  if (day > due) return { status: 'missed', missedOn: addDays(due, 1) };
  return { status: 'pending' };
}

const ESCALATION_TITLES = {
  'physiotherapy-review': L('Physiotherapy review', '康复治疗师评估'),
  'surgeon-review': L('Surgeon review', '手术医生复诊'),
  'nurse-call': L('Nurse call', '护士电话随访'),
  'doctor-review': L('Doctor review', '医生复诊'),
} as const;

function doseText(exercise: PostOpProtocol['phases'][number]['exercises'][number]): Localized {
  const en: string[] = [];
  const zh: string[] = [];
  if (exercise.sets !== undefined) {
    en.push(`${exercise.sets} set${exercise.sets === 1 ? '' : 's'}`);
    zh.push(`${exercise.sets}组`);
  }
  if (exercise.repetitions !== undefined) {
    en.push(`${exercise.repetitions} repetitions`);
    zh.push(`每组${exercise.repetitions}次`);
  }
  if (exercise.minutes !== undefined) {
    const range = exercise.minutesMax !== undefined && exercise.minutesMax !== exercise.minutes ? `${exercise.minutes}-${exercise.minutesMax}` : `${exercise.minutes}`;
    en.push(`${range} minutes`);
    zh.push(`${range}分钟`);
  }
  const rom = exercise.rangeOfMotion;
  if (rom !== undefined) {
    en.push(`${rom.mode} ${rom.joint} range ${rom.low}-${rom.high} degrees`);
    zh.push(`${rom.mode === 'active' ? '主动' : '被动'}${rom.joint === 'knee' ? '膝' : '髋'}关节活动度${rom.low}-${rom.high}度`);
  }
  return { en: en.join(', '), 'zh-CN': zh.join('，') };
}

function join(first: Localized, second: Localized): Localized {
  if (second.en === '') return first;
  return { en: `${first.en} (${second.en})`, 'zh-CN': `${first['zh-CN']}（${second['zh-CN']}）` };
}

/** Removes `undefined` members so the result is JSON data. */
function json(value: unknown): JsonValue {
  return JSON.parse(canonicalJson(value)) as JsonValue;
}

/** Builds the plan at `asOf` (whose local day is `day`). */
export function buildPlan(context: PlanContext, protocol: PostOpProtocol, asOf: string, day: IsoDate): PostOpPlan {
  const { procedure, personal, settings, planId } = context;
  const surgery = procedure.date;
  const id = (...parts: string[]) => `${planId}/${parts.join('/')}`;
  const sourceOf = (source: Source | undefined): Source => source ?? protocol.source;
  const preOp = day < surgery;
  const discharge = procedure.dischargeDate ?? null;
  const afterDischarge = discharge === null ? addDays(surgery, 1) : addDays(discharge, 1);
  const format = personal.largePrint ? ({ format: 'large-print' } as const) : {};
  const arthroplasty = procedure.code === 'total-knee-arthroplasty' || procedure.code === 'total-hip-arthroplasty';
  const warnings: Localized[] = [...context.warnings];

  // Milestones first: gating depends on them.
  const milestoneInfo = new Map<string, { state: MilestoneState; due: IsoDate; phaseId: string; milestone: ProtocolMilestone }>();
  for (const phase of protocol.phases) {
    for (const milestone of phase.milestones) {
      const due = endDate(surgery, milestone.due);
      milestoneInfo.set(milestone.id, { state: milestoneState(milestone, due, context, surgery, day), due, phaseId: phase.id, milestone });
    }
  }
  const isMet = (milestoneId: string) => milestoneInfo.get(milestoneId)?.state.status === 'met';
  const isMissed = (milestoneId: string) => milestoneInfo.get(milestoneId)?.state.status === 'missed';

  // Phase reached: phases in order, each entered when its start has come and its gate is met.
  const phaseDates = protocol.phases.map((phase) => ({ start: startDate(surgery, phase.start), end: endDate(surgery, phase.end) }));
  let reached = -1;
  for (const [index, phase] of protocol.phases.entries()) {
    const dates = phaseDates[index];
    if (dates === undefined || dates.start > day) break;
    if (!(phase.requires ?? []).every(isMet)) break;
    reached = index;
  }
  const phases: Phase[] = protocol.phases.map((phase, index) => {
    const dates = phaseDates[index] ?? { start: surgery, end: surgery };
    const ownMissed = phase.milestones.some((milestone) => isMissed(milestone.id));
    const next = protocol.phases[index + 1];
    const nextDates = phaseDates[index + 1];
    const held = next !== undefined && nextDates !== undefined && nextDates.start <= day && index === reached;
    let status: Phase['status'];
    if (index < reached) status = 'completed';
    else if (index > reached) status = 'upcoming';
    else if (ownMissed || held) status = 'behind';
    else status = day > dates.end ? 'completed' : 'current';
    return {
      id: id('phase', phase.id),
      name: phase.name,
      description: phase.description,
      start: dates.start,
      end: dates.end,
      status,
      rationale: phase.rationale,
      source: sourceOf(phase.source),
    };
  });

  const activities: Activity[] = [];
  const goals: Goal[] = [];

  // Before surgery: the pre-treatment checklist (003).
  if (preOp) {
    activities.push({
      id: id('checklist', 'fast-8h'),
      category: 'checklist',
      title: L('Fast for 8 hours before surgery', '术前8小时禁食'),
      instructions: L('No food for 8 hours before the operation; follow the ward\'s instructions on water.', '手术前8小时内不要进食；饮水请遵照病房的具体要求。'),
      due: surgery, // 003: 术前8小时禁食
      ...format,
      rationale: L('The seed\'s pre-treatment checklist: fasting for 8 hours before surgery.', '种子文献的治疗准备清单：术前8小时禁食。'),
      source: SRC.seedChecklist,
    });
    activities.push({
      id: id('checklist', 'bring-records'),
      category: 'checklist',
      title: L('Bring your records and medication list', '携带既往病历和用药清单'),
      instructions: L('Bring your ID card, previous medical records and a list of every medicine you take (with doses) on the day of admission.', '入院当天携带身份证、既往病历，以及您正在服用的所有药物清单（含剂量）。'),
      due: surgery,
      ...format,
      rationale: L('The seed\'s checklist asks for previous records (003); the medication list lets the team reconcile medicines at admission and discharge.', '种子文献的准备清单要求携带既往病历（003）；用药清单便于医疗团队在入院和出院时核对用药。'),
      source: SRC.seedChecklist,
    });
  }

  // Phase content.
  for (const [index, phase] of protocol.phases.entries()) {
    const dates = phaseDates[index] ?? { start: surgery, end: surgery };
    const phaseId = id('phase', phase.id);
    for (const exercise of phase.exercises) {
      const definition = isBuiltInExercise(exercise.exercise) ? EXERCISES[exercise.exercise] : protocol.customExercises?.find((custom) => custom.id === exercise.exercise);
      if (definition === undefined) continue; // validated protocols name known exercises only
      const missed = (exercise.requires ?? []).filter(isMissed);
      const names = missed.map((milestoneId) => milestoneInfo.get(milestoneId)?.milestone.description).filter((text): text is Localized => text !== undefined);
      activities.push({
        id: id('exercise', phase.id, exercise.id),
        category: 'exercise',
        title: definition.name,
        instructions: join(definition.instructions, doseText(exercise)),
        ...(exercise.frequency === undefined ? {} : { frequency: exercise.frequency }),
        ...(exercise.rangeOfMotion === undefined ? {} : { amount: { low: exercise.rangeOfMotion.low, high: exercise.rangeOfMotion.high, unit: 'deg', per: 'session' as const } }),
        phaseId,
        start: dates.start,
        end: exercise.until === undefined ? dates.end : maxDate(dates.end, endDate(surgery, exercise.until)),
        ...format,
        ...(names.length === 0
          ? {}
          : {
              paused: {
                en: `Held until this milestone is met: ${names.map((name) => name.en).join('; ')}.`,
                'zh-CN': `暂缓，待达成以下里程碑后开始：${names.map((name) => name['zh-CN']).join('；')}。`,
              },
            }),
        rationale: exercise.rationale,
        source: sourceOf(exercise.source),
      });
    }
    for (const restriction of phase.restrictions) {
      if (restriction.approaches !== undefined) {
        // Unknown approach: the posterior precautions, the most common and most restrictive (B2).
        const approach = procedure.approach ?? 'posterior';
        if (!restriction.approaches.includes(approach)) continue;
      }
      const until = restriction.hipPrecaution === true && settings.hipPrecautionWeeks !== null ? week(settings.hipPrecautionWeeks) : restriction.until;
      activities.push({
        id: id('restriction', phase.id, restriction.id),
        category: 'restriction',
        title: restriction.text,
        instructions: restriction.text,
        phaseId,
        start: dates.start,
        end: until === undefined ? dates.end : maxDate(dates.start, endDate(surgery, until)),
        ...format,
        rationale: restriction.rationale,
        source: sourceOf(restriction.source),
      });
    }
    for (const education of phase.education) {
      const due = education.at === undefined ? dates.start : endDate(surgery, education.at);
      activities.push({
        id: id('education', phase.id, education.id),
        category: education.category ?? 'education',
        title: education.title,
        instructions: education.text,
        phaseId,
        due,
        ...(education.until === undefined ? {} : { start: due, end: maxDate(due, endDate(surgery, education.until)) }),
        ...format,
        rationale: education.rationale,
        source: sourceOf(education.source),
      });
    }
  }

  // Milestones and the goals measured ones set.
  const milestones: Milestone[] = [];
  for (const [milestoneId, info] of milestoneInfo) {
    const { milestone, due, state } = info;
    milestones.push({
      id: id('milestone', milestoneId),
      phaseId: id('phase', info.phaseId),
      description: milestone.description,
      dueBy: due,
      ...(milestone.measure === undefined ? {} : { measure: milestone.measure }),
      ...(milestone.target === undefined ? {} : { target: milestone.target }),
      status: state.status,
      rationale: milestone.rationale,
      source: sourceOf(milestone.source),
    });
    if (milestone.measure !== undefined && milestone.target !== undefined) {
      goals.push({
        id: id('goal', milestoneId),
        category: milestone.measure === 'knee-flexion' ? 'range-of-motion' : 'function',
        measure: milestone.measure,
        description: milestone.description,
        target: milestone.target,
        due,
        rationale: milestone.rationale,
        source: sourceOf(milestone.source),
      });
    }
  }

  // Follow-up visits and contacts.
  for (const visit of protocol.visits) {
    const due = endDate(surgery, visit.at);
    activities.push({
      id: id('visit', visit.id),
      category: 'visit',
      title: visit.purpose,
      instructions: { en: `Follow-up visit on ${due}: ${visit.purpose.en}.`, 'zh-CN': `${due} 复诊：${visit.purpose['zh-CN']}。` },
      due,
      channel: visit.channel ?? 'in-person',
      ...format,
      rationale: visit.rationale,
      source: sourceOf(visit.source),
    });
  }
  for (const contact of protocol.contacts) {
    // In hospital the ward sees the patient: contacts start the day after discharge.
    const start = maxDate(endDate(surgery, contact.from), afterDischarge);
    const end = endDate(surgery, contact.to);
    if (start > end) continue;
    activities.push({
      id: id('contact', contact.id),
      category: 'visit',
      title: contact.purpose,
      instructions: contact.purpose,
      frequency: contact.frequency,
      start,
      end,
      channel: personal.channel,
      ...format,
      rationale: contact.rationale,
      source: sourceOf(contact.source),
    });
  }

  const lastPhaseEnd = phaseDates.at(-1)?.end ?? surgery;

  // VTE prophylaxis by procedure and Caprini category.
  const caprini = personal.caprini?.category ?? null;
  let vteDays: number | null = null;
  if (arthroplasty) {
    // ACCP 2012 (Falck-Ytter), THA/TKA: a minimum of 10-14 days (1B), extended up to 35 days from
    // the day of surgery (2B). carepath: 35 days at the highest Caprini level (score >= 5, every
    // elective arthroplasty), else 14 (the upper end of the minimum).
    vteDays = caprini === 'highest' ? 35 : 14;
    if (caprini === null) warnings.push(L('Caprini could not be scored: VTE prophylaxis set to the 14-day minimum; review for extension to 35 days.', 'Caprini 评分无法计算：静脉血栓预防按最短14天设置；请评估是否延长至35天。'));
  } else if (caprini === 'highest' && personal.cancer) {
    vteDays = 28; // ACCP 2012 (Gould) 3.6.3: 4 weeks of LMWH after abdominal or pelvic cancer surgery at high VTE risk (1B)
  }
  if (vteDays !== null) {
    const end = addDays(surgery, vteDays);
    activities.push({
      id: id('vte', 'prophylaxis'),
      category: 'medication',
      title: L(`VTE prophylaxis for ${vteDays} days`, `静脉血栓预防 ${vteDays} 天`),
      instructions: L(
        `Take the VTE prophylaxis your surgical team prescribed every day until ${end} (${vteDays} days from surgery).`,
        `按手术团队开具的静脉血栓预防措施每日执行，至 ${end}（术后 ${vteDays} 天）。`,
      ),
      start: surgery,
      end,
      ...format,
      rationale:
        vteDays === 35
          ? L(`Caprini ${personal.caprini?.value ?? ''} (highest risk): ACCP 2012 extends prophylaxis after hip or knee replacement up to 35 days from surgery.`, `Caprini 评分 ${personal.caprini?.value ?? ''}（极高危）：ACCP 2012 建议髋膝关节置换术后预防延长至术后35天。`)
          : vteDays === 28
            ? L('Highest Caprini risk after cancer surgery: ACCP 2012 recommends 4 weeks of prophylaxis.', 'Caprini 极高危且为肿瘤手术：ACCP 2012 建议预防4周。')
            : L('ACCP 2012: after hip or knee replacement, prophylaxis for a minimum of 10-14 days.', 'ACCP 2012：髋膝关节置换术后至少预防10-14天。'),
      source: vteDays === 28 ? SRC.accp2012General : SRC.accp2012,
    });
  } else if (caprini === 'moderate' || caprini === 'high' || caprini === 'highest') {
    activities.push({
      id: id('vte', 'prophylaxis'),
      category: 'medication',
      title: L('VTE prophylaxis while in hospital', '住院期间静脉血栓预防'),
      instructions: L('Mechanical or drug prophylaxis as the team prescribes, until you walk about freely.', '按医疗团队安排进行机械或药物预防，直至可自由下床活动。'),
      start: surgery,
      end: discharge ?? addDays(surgery, 1),
      ...format,
      rationale: L(`Caprini ${personal.caprini?.value ?? ''} (${caprini}): prophylaxis as Caprini 2005 prints for this level.`, `Caprini 评分 ${personal.caprini?.value ?? ''}（${caprini}）：按 Caprini 2005 对该级别的推荐进行预防。`),
      source: SRC.caprini2005,
    });
  }
  if (caprini === 'high' || caprini === 'highest') {
    const end = vteDays === null ? addDays(surgery, 14) : addDays(surgery, vteDays);
    activities.push({
      id: id('vte', 'ankle-pumps'),
      category: 'exercise',
      title: L('Ankle pumps, every day of the prophylaxis period', '预防期内每日踝泵运动'),
      instructions: EXERCISES['ankle-pumps'].instructions,
      frequency: { times: 3, per: 'day' }, // AAOS exercise guide (B1.1 [S-weak]): 2-3 times a day, upper end
      start: addDays(surgery, 1),
      end,
      ...format,
      rationale: L('High VTE risk: ankle pumps continue three times a day for the whole prophylaxis period.', '静脉血栓高风险：整个预防期内每日3次踝泵运动。'),
      source: SRC.caprini2005,
    });
  }

  // Falls (Morse).
  const morse = personal.morseFall?.category ?? null;
  if (morse === 'moderate' || morse === 'high') {
    activities.push({
      id: id('falls', 'walker'),
      category: 'support',
      title: L('Use the walker for all walking', '所有行走均使用助行器'),
      instructions: L('Keep the walker within reach and use it every time you walk, until the physiotherapist says otherwise.', '助行器放在手边，每次行走都使用，直到康复治疗师另有指示。'),
      start: afterDischarge,
      end: lastPhaseEnd,
      ...format,
      rationale: L(`Morse Fall Scale ${personal.morseFall?.value ?? ''} (${morse} fall risk).`, `Morse 跌倒评分 ${personal.morseFall?.value ?? ''}（跌倒风险${morse === 'high' ? '高' : '中'}）。`),
      source: SRC.morse,
    });
  }
  if (morse === 'high') {
    activities.push({
      id: id('falls', 'supervision'),
      category: 'support',
      title: L('Supervised walking', '有人陪护下行走'),
      instructions: L('Someone should be with you when you walk, get up at night or use the bathroom.', '行走、夜间起床或如厕时须有人陪同。'),
      start: afterDischarge,
      end: lastPhaseEnd,
      ...format,
      rationale: L('High fall risk: supervised mobility (AHRQ 2013).', '跌倒高风险：活动时需有人监护（AHRQ 2013）。'),
      source: SRC.morse,
    });
  }

  // Older adults: more phone reminders (003), 65 and over (public-health norm).
  if (personal.age !== null && personal.age >= 65) {
    activities.push({
      id: id('support', 'phone-reminders'),
      category: 'support',
      title: L('Phone reminder before each visit', '每次复诊前电话提醒'),
      instructions: L('The team calls the day before each follow-up visit.', '医疗团队在每次复诊前一天电话提醒。'),
      channel: 'phone',
      start: afterDischarge,
      end: lastPhaseEnd,
      ...format,
      rationale: L(`Aged ${personal.age}: the seed adds phone reminders for older patients.`, `${personal.age}岁：种子文献要求对老年患者增加电话提醒。`),
      source: SRC.seedElderlyPhone,
    });
  }

  // Diabetes and obesity: wound and glucose monitoring.
  const suturesOut = addDays(surgery, 14); // B1.2: sutures out at 10-14 days
  if (personal.diabetes || personal.obese) {
    activities.push({
      id: id('monitoring', 'wound'),
      category: 'monitoring',
      title: L('Daily wound check', '每日检查切口'),
      instructions: L('Look at the wound every day for redness, swelling, pus or drainage until the sutures are out.', '拆线前每日观察切口有无红肿、流脓或渗液。'),
      frequency: { times: 1, per: 'day' },
      start: addDays(surgery, 1),
      end: suturesOut,
      ...format,
      rationale: personal.diabetes
        ? L('Diabetes slows wound healing and raises the risk of infection.', '糖尿病会延缓切口愈合并增加感染风险。')
        : L(`Obesity (BMI ${personal.bmi === null ? 'recorded' : personal.bmi.toFixed(1)}) raises the risk of wound infection.`, `肥胖（BMI ${personal.bmi === null ? '已记录' : personal.bmi.toFixed(1)}）增加切口感染风险。`),
      source: personal.diabetes ? SRC.woundCare : SRC.obesityCn,
    });
  }
  if (personal.diabetes) {
    activities.push({
      id: id('monitoring', 'glucose'),
      category: 'monitoring',
      title: L('Blood glucose monitoring', '血糖监测'),
      instructions: L('Check capillary glucose fasting and after meals, as your diabetes team sets, until the wound has healed.', '按糖尿病团队的安排监测空腹及餐后指尖血糖，直至切口愈合。'),
      measure: 'glucose-capillary',
      start: surgery,
      end: suturesOut,
      ...format,
      rationale: L('High glucose after surgery impairs healing; the general CDS 2020 targets apply.', '术后高血糖影响愈合；采用 CDS 2020 一般控制目标。'),
      source: SRC.cds2020,
    });
    goals.push({
      id: id('goal', 'glucose-fasting'),
      category: 'glucose',
      measure: 'glucose-capillary',
      timing: 'fasting',
      description: L('Fasting capillary glucose 4.4-7.0 mmol/L', '空腹指尖血糖 4.4-7.0 mmol/L'),
      target: { low: 4.4, high: 7.0, unit: 'mmol/L' }, // CDS 2020 综合控制目标: fasting 4.4-7.0 mmol/L
      due: suturesOut,
      rationale: L('CDS 2020 general target (the diabetes plan may individualise it).', 'CDS 2020 一般控制目标（糖尿病管理计划可个体化调整）。'),
      source: SRC.cds2020,
    });
    goals.push({
      id: id('goal', 'glucose-non-fasting'),
      category: 'glucose',
      measure: 'glucose-capillary',
      timing: 'post-meal',
      description: L('Non-fasting capillary glucose below 10.0 mmol/L', '非空腹指尖血糖 < 10.0 mmol/L'),
      target: { high: 10.0, highExclusive: true, unit: 'mmol/L' }, // CDS 2020 综合控制目标: non-fasting < 10.0 mmol/L
      due: suturesOut,
      rationale: L('CDS 2020 general target (the diabetes plan may individualise it).', 'CDS 2020 一般控制目标（糖尿病管理计划可个体化调整）。'),
      source: SRC.cds2020,
    });
  }
  if (personal.obese) {
    activities.push({
      id: id('education', 'weight'),
      category: 'education',
      title: L('Weight after recovery', '康复后的体重管理'),
      instructions: L('Once recovered, a lower weight eases the load on the joints and lowers future risks; the team can refer you to a dietitian.', '康复后减轻体重可减轻关节负担并降低远期风险；医疗团队可转介营养师。'),
      due: addDays(surgery, 28),
      ...format,
      rationale: L('Obesity (BMI 28 or more, WS/T 428-2013).', '肥胖（BMI ≥ 28，WS/T 428-2013）。'),
      source: SRC.obesityCn,
    });
  }

  // Living alone, caregivers (003 family task cards; 004 home visits).
  if (personal.livesAlone) {
    activities.push({
      id: id('visit', 'home-visit'),
      category: 'visit',
      title: L('Home visit in the first week at home', '居家第1周上门随访'),
      instructions: L('A nurse or community doctor visits at home to check the wound, the exercises, home safety and who can help.', '护士或社区医生上门检查切口、康复训练、居家安全及可提供帮助的人员。'),
      due: addDays(afterDischarge, 2), // carepath: within the first 3 days at home
      channel: 'home-visit',
      ...format,
      rationale: L('Lives alone: no one at home to notice problems or help with exercises.', '独居：家中无人发现问题或协助训练。'),
      source: SRC.seedHomeVisit,
    });
  }
  if (personal.caregiver) {
    const tasks: readonly [string, Localized, Localized][] = [
      ['family-training', L('Family: learn to help with the exercises', '家属：学习协助康复训练'), L('Join one session with the physiotherapist to learn how to help and encourage the exercises.', '参加一次康复治疗师的指导，学习如何协助并鼓励患者训练。')],
      ['walk-together', L('Family: walk together 20 minutes a day', '家属：每天一起散步20分钟'), L('Walk together for 20 minutes every day, at the patient\'s pace and with the walking aid.', '每天陪同散步20分钟，按患者的步速并使用助行器具。')],
      ['low-fat-meal', L('Family: cook a low-fat meal together', '家属：一起做低脂餐'), L('Plan and cook low-fat meals together.', '一起计划并制作低脂餐。')],
    ];
    for (const [key, title, instructions] of tasks) {
      activities.push({
        id: id('family', key),
        category: 'family-task',
        title,
        instructions,
        ...(key === 'walk-together' ? { frequency: { times: 1, per: 'day' as const } } : {}),
        start: afterDischarge,
        end: lastPhaseEnd,
        ...format,
        rationale: L('A caregiver is involved: the seed\'s family rehabilitation training and task cards.', '有照护者参与：种子文献的家属康复培训和家庭康复任务卡。'),
        source: SRC.seedFamily,
      });
    }
  }

  // High readmission risk (LACE >= 10): contact in 48-72 h and a visit within 7 days of discharge.
  if (personal.lace?.category === 'high') {
    if (discharge === null) {
      warnings.push(L('High LACE score but no discharge date: the early contact and visit could not be dated.', 'LACE 评分高，但无出院日期：无法安排早期联系和复诊日期。'));
    } else {
      activities.push({
        id: id('contact', 'early'),
        category: 'visit',
        title: L('Call within 48-72 hours of discharge', '出院后48-72小时内电话随访'),
        instructions: L('Ask about symptoms, medicines, the wound and warning signs.', '询问症状、用药、切口和危险信号。'),
        start: addDays(discharge, 2), // Project RED: within 48-72 hours
        end: addDays(discharge, 3),
        due: addDays(discharge, 2),
        channel: 'phone',
        ...format,
        rationale: L(`LACE ${personal.lace.value} (high readmission risk): Project RED calls within 48-72 hours.`, `LACE ${personal.lace.value}（再入院风险高）：Project RED 要求出院后48-72小时内电话随访。`),
        source: SRC.projectRed,
      });
      activities.push({
        id: id('visit', 'early'),
        category: 'visit',
        title: L('Early visit within 7 days of discharge', '出院后7天内早期复诊'),
        instructions: L('Face-to-face review: medicines, wound, function.', '面诊：用药、切口、功能。'),
        due: addDays(discharge, 7), // CMS TCM 99496: within 7 days
        channel: 'in-person',
        ...format,
        rationale: L(`LACE ${personal.lace.value} (high readmission risk): a visit within 7 days.`, `LACE ${personal.lace.value}（再入院风险高）：7天内复诊。`),
        source: SRC.cmsTcm,
      });
    }
  }

  // Escalations for missed milestones.
  const escalations: { milestone: string; action: string; due: IsoDate }[] = [];
  for (const [milestoneId, info] of milestoneInfo) {
    if (info.state.status !== 'missed' || info.state.missedOn === undefined) continue;
    const { escalation } = info.milestone;
    const due = addDays(info.state.missedOn, escalation.withinDays);
    escalations.push({ milestone: milestoneId, action: escalation.action, due });
    activities.push({
      id: id('escalation', milestoneId),
      category: 'referral',
      title: ESCALATION_TITLES[escalation.action],
      instructions: {
        en: `Milestone not met by ${info.due}: ${info.milestone.description.en}. Review by ${due}; exercises that need it are held.`,
        'zh-CN': `未在 ${info.due} 前达成里程碑：${info.milestone.description['zh-CN']}。请于 ${due} 前评估；依赖该里程碑的训练暂缓。`,
      },
      phaseId: id('phase', info.phaseId),
      due,
      channel: 'in-person',
      ...format,
      rationale: info.milestone.rationale,
      source: sourceOf(info.milestone.source),
    });
    warnings.push({ en: `Behind: ${info.milestone.description.en} (due ${info.due}).`, 'zh-CN': `进度落后：${info.milestone.description['zh-CN']}（应于 ${info.due} 前达成）。` });
  }

  // Red flags, the fever threshold written in.
  const threshold = settings.feverThresholdCelsius.toFixed(1);
  const redFlags: RedFlag[] = protocol.redFlags.map((flag) => ({
    id: id('red-flag', flag.id),
    sign: { en: flag.sign.en.replaceAll('{threshold}', threshold), 'zh-CN': flag.sign['zh-CN'].replaceAll('{threshold}', threshold) },
    action: flag.action,
    severity: flag.severity,
    deadline: flag.deadline,
    rationale: flag.rationale,
    source: sourceOf(flag.source),
  }));

  // Horizon: from surgery (or asOf before it) to the last dated item.
  const dates: IsoDate[] = [surgery, ...phases.flatMap((phase) => (phase.end === undefined ? [phase.start] : [phase.start, phase.end]))];
  for (const activity of activities) for (const date of [activity.start, activity.end, activity.due]) if (date !== undefined) dates.push(date);
  for (const milestone of milestones) dates.push(milestone.dueBy);
  const horizonStart = preOp ? day : surgery;
  const horizonEnd = dates.reduce(maxDate, surgery);

  const status: PostOpPlan['status'] = escalations.length > 0 ? 'behind' : 'active';
  const reachedPhase = reached >= 0 ? protocol.phases[reached] : undefined;
  const name = PROCEDURE_NAMES[procedure.code];
  const sideText = procedure.side === undefined ? L('', '') : L(` (${procedure.side})`, procedure.side === 'left' ? '（左侧）' : procedure.side === 'right' ? '（右侧）' : '（双侧）');
  const postOpDay = epochDay(day) - epochDay(surgery);
  const met = milestones.filter((milestone) => milestone.status === 'met').length;
  const missed = milestones.filter((milestone) => milestone.status === 'missed').length;
  const phaseText = preOp ? L('before surgery', '术前') : reachedPhase === undefined ? L('day of surgery', '手术当天') : reachedPhase.name;

  const sources: Source[] = [];
  const seen = new Set<string>();
  const addSource = (source: Source) => {
    const key = canonicalJson(source);
    if (!seen.has(key)) {
      seen.add(key);
      sources.push(source);
    }
  };
  [protocol.source, ...phases.map((phase) => phase.source), ...activities.map((activity) => activity.source), ...milestones.map((milestone) => milestone.source), ...goals.map((goal) => goal.source), ...redFlags.map((flag) => flag.source)].forEach(addSource);

  const contextJson = json({ ...context });
  return {
    id: planId,
    kind: 'postop',
    schemaVersion: 1,
    patientId: context.patientId,
    asOf,
    guideline: `${protocol.id}@${protocol.version}`,
    languages: context.languages,
    title: { en: `${protocol.title.en}: ${name.en}${sideText.en}`, 'zh-CN': `${protocol.title['zh-CN']}：${name['zh-CN']}${sideText['zh-CN']}` },
    summary: {
      en: `${preOp ? `${-postOpDay} days before surgery` : `Day ${postOpDay} after surgery`}; phase: ${phaseText.en}; milestones met ${met}, missed ${missed}${status === 'behind' ? '; BEHIND' : ''}.`,
      'zh-CN': `${preOp ? `距手术 ${-postOpDay} 天` : `术后第 ${postOpDay} 天`}；阶段：${phaseText['zh-CN']}；已达成里程碑 ${met} 个，未达成 ${missed} 个${status === 'behind' ? '；进度落后' : ''}。`,
    },
    status,
    classification: {
      procedure: json({ code: procedure.code, date: surgery, side: procedure.side, approach: procedure.approach, dischargeDate: procedure.dischargeDate, id: procedure.id }),
      protocol: { id: protocol.id, version: protocol.version },
      stage: preOp ? 'pre-operative' : 'post-operative',
      postOpDay,
      phaseReached: reachedPhase === undefined ? null : id('phase', reachedPhase.id),
      horizon: { start: horizonStart, end: horizonEnd },
      vteProphylaxisDays: vteDays,
      feverThresholdCelsius: settings.feverThresholdCelsius,
      risk: json({ caprini: personal.caprini, morseFall: personal.morseFall, lace: personal.lace }),
      escalations: json(escalations),
      context: contextJson,
    },
    phases,
    goals,
    activities,
    milestones,
    redFlags,
    warnings,
    sources,
  };
}
