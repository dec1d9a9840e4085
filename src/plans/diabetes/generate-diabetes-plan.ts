import { z } from 'zod';
import { careError, type CareError } from '../../core/care-error.js';
import { deterministicId } from '../../core/deterministic-id.js';
import { left, right, type Either } from '../../core/either.js';
import { deepFreeze } from '../../core/freeze.js';
import type { Localized } from '../../core/i18n.js';
import { addMonths } from '../../core/iso-date.js';
import { protect } from '../../core/protect.js';
import type { Source } from '../../core/source.js';
import { validate } from '../../core/validate.js';
import type { PatientRecord } from '../../model/patient-record.js';
import { validatePatientRecord } from '../../model/validate-patient-record.js';
import type { ObservationCode } from '../../model/vocabulary.js';
import { assess } from '../../risk/assess.js';
import { asOfDay, bmiOf, DEFAULT_LOOKBACK_DAYS, indexObservations, latestOf, type DeriveContext } from '../../risk/derive.js';
import { FollowUpPolicySchema } from '../../schedule/follow-up-policy.js';
import { CarePlanBaseSchema, type Activity, type CarePlanBase, type Goal, type Phase } from '../care-plan.js';
import { planBuilder, round1, text } from './build.js';
import { classifyDiabetes, type DiabetesClassification, type DiabetesGuideline } from './classify.js';
import { diabetesEscalationRules } from './escalation.js';
import { educationActivities } from './education.js';
import { exerciseActivities } from './exercise.js';
import { diabetesFollowUpPolicy } from './follow-up.js';
import { monitoringActivities } from './monitoring.js';
import { nutritionActivities } from './nutrition.js';
import { programmeOf, type Programme } from './programme.js';
import { SOURCES } from './sources.js';
import { targetsFor, type GlycaemicTarget } from './targets.js';

/** Options of {@link generateDiabetesPlan}. @category Plans */
export const DiabetesPlanOptionsSchema = z.strictObject({
  /** Guideline profile: `cn-2020` (default: the seeds describe Chinese practice) or `ada-2025`. */
  guideline: z.enum(['cn-2020', 'ada-2025']).optional(),
  /** The patient has the insurance-paid diabetes package (000_71735d5778d29d68.txt): 4 glucose tests, 12 follow-ups, 2 nutrition consultations a year. */
  insurancePackage: z.boolean().optional(),
});
/** @category Plans */
export type DiabetesPlanOptions = z.input<typeof DiabetesPlanOptionsSchema>;

/** A diabetes care plan: the shared plan with the follow-up policy the scheduler expands. @category Plans */
export const DiabetesCarePlanSchema = CarePlanBaseSchema.extend({ followUpPolicy: FollowUpPolicySchema });
/** @category Plans */
export type DiabetesCarePlan = CarePlanBase & { readonly followUpPolicy: z.output<typeof FollowUpPolicySchema> };

const MEASURE: Readonly<Record<GlycaemicTarget['key'], ObservationCode>> = {
  fasting: 'glucose-fasting',
  'post-meal': 'glucose-postprandial-2h',
  'post-meal-1h': 'glucose-postprandial-1h',
  'post-meal-2h': 'glucose-postprandial-2h',
  bedtime: 'glucose-capillary',
  hba1c: 'hba1c',
  'blood-pressure-systolic': 'bp-systolic',
  'blood-pressure-diastolic': 'bp-diastolic',
};

const GOAL_TEXT: Readonly<Record<GlycaemicTarget['key'], Localized>> = {
  fasting: text('Fasting glucose', '空腹血糖'),
  'post-meal': text('Glucose 2 hours after meals', '餐后2小时血糖'),
  'post-meal-1h': text('Glucose 1 hour after meals', '餐后1小时血糖'),
  'post-meal-2h': text('Glucose 2 hours after meals', '餐后2小时血糖'),
  bedtime: text('Bedtime glucose', '睡前血糖'),
  hba1c: text('HbA1c', '糖化血红蛋白'),
  'blood-pressure-systolic': text('Systolic blood pressure', '收缩压'),
  'blood-pressure-diastolic': text('Diastolic blood pressure', '舒张压'),
};

const TIMING: Readonly<Partial<Record<GlycaemicTarget['key'], Goal['timing']>>> = {
  fasting: 'fasting',
  'post-meal': 'post-meal-2h',
  'post-meal-1h': 'post-meal-1h',
  'post-meal-2h': 'post-meal-2h',
  bedtime: 'bedtime',
};

function describeTarget(target: GlycaemicTarget['target']): string {
  if (target.low !== undefined && target.high !== undefined) return `${target.low}-${target.high} ${target.unit}`;
  if (target.high !== undefined) return `${target.highExclusive === true ? '<' : '<='} ${target.high} ${target.unit}`;
  return `>= ${target.low ?? ''} ${target.unit}`;
}

const PROGRAMME_TEXT: Readonly<Record<Programme, Localized>> = {
  prevention: text('Prevention (prediabetes)', '预防干预（糖尿病前期）'),
  'new-diagnosis': text('New diagnosis', '新诊断管理'),
  'long-term': text('Stable long-term management', '长期规范管理'),
  'complication-care': text('Complication care', '并发症管理'),
  'older-multimorbid': text('Older, several conditions: symptom control', '老年多病共存：症状控制'),
  gestational: text('Gestational diabetes', '妊娠期糖尿病'),
  'not-diabetic': text('No diabetes', '非糖尿病'),
};

function phasesFor(planId: string, programme: Programme, c: DiabetesClassification, record: PatientRecord, day: string): Phase[] {
  const status = (start: string, end: string | undefined): Phase['status'] => (day < start ? 'upcoming' : end !== undefined && day >= end ? 'completed' : 'current');
  const phase = (key: string, name: Localized, description: Localized, start: string, end: string | undefined, source: Source): Phase => ({
    id: `${planId}/phase/${key}`,
    name,
    description,
    start,
    ...(end === undefined ? {} : { end }),
    status: status(start, end),
    rationale: description,
    source,
  });
  if (programme === 'new-diagnosis') {
    const onset = (record.conditions ?? []).find((condition) => condition.code === 'diabetes-type-2' && condition.status !== 'resolved')?.onset ?? day;
    // 000_71735d5778d29d68.txt 05.1: multidisciplinary assessment, 1 month intensive follow-up, then 6 months standardised management.
    return [
      phase('intensive', text('Intensive follow-up', '强化随访期'), text('First month after diagnosis: multidisciplinary assessment, weekly contact, treatment set up.', '确诊后第1个月：多学科评估、每周随访、确定治疗方案。'), onset, addMonths(onset, 1), SOURCES.seedProgrammes),
      phase('standardised', text('Standardised management', '规范化管理期'), text('Months 2-7: monthly follow-up until targets are met.', '第2~7个月：每月随访直至达标。'), addMonths(onset, 1), addMonths(onset, 7), SOURCES.seedProgrammes),
      phase('long-term', text('Long-term management', '长期管理期'), text('Then quarterly follow-up, at least 4 a year.', '此后每季度随访，每年至少4次。'), addMonths(onset, 7), undefined, SOURCES.publicHealthNorm),
    ];
  }
  if (programme === 'prevention') {
    return [
      phase('prevention', text('Lifestyle intervention', '生活方式干预期'), text('3 months of diet and exercise change, then risk screening again.', '3个月饮食运动干预后再次评估风险。'), day, addMonths(day, 3), SOURCES.seedProgrammes),
      phase('review', text('Review', '复评'), text('Repeat glucose tests and decide the next step.', '复查血糖并决定下一步。'), addMonths(day, 3), undefined, SOURCES.seedProgrammes),
    ];
  }
  if (programme === 'gestational') {
    const due = record.pregnancy?.estimatedDueDate;
    return [
      phase('pregnancy', text('Pregnancy', '孕期'), text('Glucose targets of pregnancy until birth.', '分娩前执行妊娠期血糖目标。'), day, due, SOURCES.seedPlans),
      ...(due === undefined
        ? []
        : [phase('postpartum', text('After birth', '产后'), text('75 g OGTT 4-12 weeks after birth; then screening at least every 3 years.', '产后 4~12 周复查 75 g OGTT；此后至少每 3 年筛查一次。'), due, addMonths(due, 3), SOURCES.ada2025Pregnancy)]),
    ];
  }
  return [phase(programme, PROGRAMME_TEXT[programme], c.status === 'type-1' ? text('Type 1 diabetes: insulin management with the specialist team.', '1型糖尿病：与专科团队共同管理胰岛素治疗。') : text('Quarterly review, yearly complication screening.', '每季度复查，每年并发症筛查。'), day, undefined, SOURCES.seedProgrammes)];
}

function build(record: PatientRecord, asOf: string, guideline: DiabetesGuideline, insurancePackage: boolean): Either<CareError, DiabetesCarePlan> {
  const day = asOfDay(asOf);
  const context: DeriveContext = { asOf, lookbackDays: DEFAULT_LOOKBACK_DAYS, index: indexObservations(record) };
  const c = classifyDiabetes(record, context, guideline);
  if (c.status === 'normal' || c.status === 'undetermined') {
    return left(
      careError('not-applicable', 'The diabetes plan applies to prediabetes and diabetes', [
        { path: ['conditions'], code: 'not-applicable', message: c.status === 'normal' ? 'no diabetes or prediabetes is recorded and the readings are normal' : 'no diabetes or prediabetes is recorded and no glucose reading is available' },
      ]),
    );
  }
  const assessment = assess(record, asOf);
  if (assessment._tag === 'Left') return assessment;
  const result = (id: string) => assessment.right.results.find((entry) => entry.id === id);
  const kdigo = result('kdigo');
  const iwgdf = result('iwgdf-foot');
  const morse = result('morse-fall');

  const planId = deterministicId('care-plan', { kind: 'diabetes', patient: record.id, asOf, guideline });
  // Item ids depend only on the patient and the kind, so that the same goal keeps its id from one
  // plan to the next and diffPlans can say what changed.
  const b = planBuilder(deterministicId('care-plan-items', { kind: 'diabetes', patient: record.id }));
  const warnings: Localized[] = [];
  const weight = record.weight?.value ?? latestOf(record, 'body-weight', context)?.value;
  const bmi = bmiOf(record, context);
  if (weight === undefined) warnings.push(text('No weight recorded: protein and weight-loss amounts are given per kg only.', '未记录体重：蛋白质和减重量仅按每千克给出。'));

  const profile = c.status === 'prediabetes' ? undefined : targetsFor(c, guideline);
  const goals: Goal[] = [];
  for (const target of profile?.targets ?? []) {
    const timing = TIMING[target.key];
    goals.push(
      b.goal(target.key, {
        category: target.key === 'hba1c' ? 'hba1c' : target.key.startsWith('blood-pressure') ? 'blood-pressure' : 'glucose',
        measure: MEASURE[target.key],
        ...(timing === undefined ? {} : { timing }),
        description: { en: `${GOAL_TEXT[target.key].en} ${describeTarget(target.target)}`, 'zh-CN': `${GOAL_TEXT[target.key]['zh-CN']} ${describeTarget(target.target)}` },
        target: target.target,
        rationale: target.rationale,
        source: target.source,
      }),
    );
  }
  if (c.status === 'prediabetes') {
    goals.push(
      b.goal('fasting', {
        category: 'glucose',
        measure: 'glucose-fasting',
        timing: 'fasting',
        description: text(`Fasting glucose back below ${guideline === 'cn-2020' ? 6.1 : 5.6} mmol/L`, `空腹血糖回落到 ${guideline === 'cn-2020' ? 6.1 : 5.6} mmol/L 以下`),
        // IFG lower bound: 6.1 mmol/L (CDS 2020, WHO 1999) or 5.6 (ADA 2025 section 2).
        target: { high: guideline === 'cn-2020' ? 6.1 : 5.6, highExclusive: true, unit: 'mmol/L' },
        rationale: text('Prediabetes: return glucose to the normal range.', '糖尿病前期：使血糖恢复正常。'),
        source: guideline === 'cn-2020' ? SOURCES.cds2020 : SOURCES.ada2025Diagnosis,
      }),
    );
  }
  const hasAscvd = c.complications.cardiovascular;
  if (guideline === 'cn-2020' && c.status !== 'gestational' && !c.pregnant) {
    // CDS 2020: LDL-C < 2.6 mmol/L without ASCVD, < 1.8 with it.
    const ldl = hasAscvd ? 1.8 : 2.6;
    goals.push(
      b.goal('ldl', {
        category: 'lipids',
        measure: 'cholesterol-ldl',
        description: text(`LDL cholesterol < ${ldl} mmol/L`, `低密度脂蛋白胆固醇 <${ldl} mmol/L`),
        target: { high: ldl, highExclusive: true, unit: 'mmol/L' },
        rationale: text(hasAscvd ? 'With cardiovascular disease: LDL below 1.8 mmol/L.' : 'Without cardiovascular disease: LDL below 2.6 mmol/L.', hasAscvd ? '合并心血管疾病：LDL <1.8 mmol/L。' : '无心血管疾病：LDL <2.6 mmol/L。'),
        source: SOURCES.cds2020,
      }),
    );
  }
  // No weight target from 65 (see nutrition.ts).
  if (bmi !== undefined && bmi >= 24 && c.age < 65 && c.status !== 'gestational' && !c.pregnant) {
    goals.push(
      b.goal('bmi', {
        category: 'weight',
        measure: 'bmi',
        description: text('BMI below 24 kg/m²', 'BMI <24 kg/m²'),
        // CDS 2020 comprehensive targets: BMI < 24.0 kg/m2.
        target: { high: 24, highExclusive: true, unit: 'kg/m2' },
        rationale: text(`BMI is ${round1(bmi)} kg/m².`, `当前 BMI ${round1(bmi)} kg/m²。`),
        source: SOURCES.cds2020,
      }),
    );
  }

  const hba1cTarget = profile?.targets.find((target) => target.key === 'hba1c')?.target.high;
  const latestHba1c = latestOf(record, 'hba1c', context)?.value;
  const onStatin = (record.medications ?? []).some((medication) => medication.class === 'statin' && medication.status === 'active');
  const latestFasting = latestOf(record, 'glucose-fasting', context)?.value;
  const activities: Activity[] = [
    ...nutritionActivities(b, record, c, guideline, weight, bmi),
    ...exerciseActivities(b, record, c, latestFasting, morse),
    ...monitoringActivities(b, c, {
      guideline,
      hba1cAtTarget: latestHba1c === undefined || hba1cTarget === undefined ? undefined : latestHba1c < hba1cTarget,
      kdigo,
      iwgdf,
      onStatin,
    }),
    ...educationActivities(b, record, c),
  ];
  const programme = programmeOf(c, typeof iwgdf?.value === 'number' ? iwgdf.value : undefined, typeof kdigo?.details?.['colour'] === 'string' ? kdigo.details['colour'] : undefined);
  const escalation = diabetesEscalationRules(c, profile ?? { band: 'standard', why: text('', ''), targets: [] });
  const followUpPolicy = diabetesFollowUpPolicy(`diabetes-${programme}`, record, c, programme, escalation, insurancePackage);
  const phases = phasesFor(b.planId, programme, c, record, day);

  const sources = new Map<string, Source>();
  for (const item of [...goals, ...activities, ...phases]) sources.set(`${item.source.kind}:${item.source.id}:${item.source.section ?? ''}`, item.source);
  for (const rule of escalation) sources.set(`${rule.source.kind}:${rule.source.id}:${rule.source.section ?? ''}`, rule.source);

  const statusText: Record<DiabetesClassification['status'], Localized> = {
    prediabetes: text('prediabetes', '糖尿病前期'),
    'type-2-new': text('newly diagnosed type 2 diabetes', '新诊断2型糖尿病'),
    'type-2-established': text('type 2 diabetes', '2型糖尿病'),
    'type-1': text('type 1 diabetes', '1型糖尿病'),
    gestational: text('gestational diabetes', '妊娠期糖尿病'),
    normal: text('normal glucose', '血糖正常'),
    undetermined: text('undetermined', '未确定'),
  };
  const fasting = profile?.targets.find((target) => target.key === 'fasting');
  const summary: Localized = {
    en: `${statusText[c.status].en}, ${c.age} years${c.durationYears === undefined ? '' : `, ${c.durationYears} years since diagnosis`}; programme: ${PROGRAMME_TEXT[programme].en}${fasting === undefined ? '' : `; fasting glucose target ${describeTarget(fasting.target)}`} (${guideline}).`,
    'zh-CN': `${statusText[c.status]['zh-CN']}，${c.age} 岁${c.durationYears === undefined ? '' : `，病程 ${c.durationYears} 年`}；管理路径：${PROGRAMME_TEXT[programme]['zh-CN']}${fasting === undefined ? '' : `；空腹血糖目标 ${describeTarget(fasting.target)}`}（${guideline}）。`,
  };
  const plan: DiabetesCarePlan = {
    id: planId,
    kind: 'diabetes',
    schemaVersion: 1,
    patientId: record.id,
    asOf,
    guideline,
    languages: ['zh-CN', 'en'],
    title: text('Diabetes care plan', '糖尿病管理方案'),
    summary,
    status: 'active',
    classification: {
      status: c.status,
      prediabetes: [...c.prediabetes],
      age: c.age,
      durationYears: c.durationYears ?? null,
      pregnant: c.pregnant,
      therapy: c.therapy,
      hypoglycaemiaRisk: c.hypoglycaemiaRisk,
      complications: { ...c.complications },
      kdigo: kdigo?.category ?? null,
      iwgdfCategory: typeof iwgdf?.value === 'number' ? iwgdf.value : null,
      healthStatus: c.healthStatus,
      targetBand: profile?.band ?? 'prevention',
      programme,
      tier: assessment.right.tier,
    },
    phases,
    goals,
    activities,
    milestones: [],
    redFlags: [],
    warnings,
    sources: [...sources.values()],
    followUpPolicy,
  };
  return right(plan);
}

/**
 * A complete, explained diabetes plan for a person with prediabetes or diabetes at `asOf`: the
 * programme they are in, targets for that person, what to eat, how to move, what to measure and
 * when, which screenings are due, education and support modules, the follow-up policy (with its
 * escalation rules) that the scheduler turns into dated contacts. Every goal and activity has an
 * id, a rationale in zh-CN and en, and a source; the plan names the guideline profile it used.
 *
 * @param record - the patient record (validated here)
 * @param asOf - `YYYY-MM-DD` or an instant
 * @param options - `guideline: 'cn-2020' | 'ada-2025'` (default `cn-2020`)
 * @returns the plan, or `Left` (`invalid-input`, `invalid-time`, or `not-applicable` without
 *   diabetes or prediabetes)
 *
 * @example
 * ```ts
 * generateDiabetesPlan(olderDiabeticWithNephropathy, '2026-11-23');
 * // => Right { kind: 'diabetes', guideline: 'cn-2020', classification: { programme: 'complication-care', targetBand: 'relaxed', ... },
 * //            goals: [{ measure: 'glucose-fasting', target: { low: 7, high: 10, unit: 'mmol/L' }, ... }, ...], ... }
 * ```
 * @category Plans
 */
export function generateDiabetesPlan(record: unknown, asOf: string, options: DiabetesPlanOptions = {}): Either<CareError, DiabetesCarePlan> {
  return protect('generateDiabetesPlan', () => {
    const given: unknown = options;
    const parsedOptions = validate(DiabetesPlanOptionsSchema, given ?? {}, 'Options');
    if (parsedOptions._tag === 'Left') return parsedOptions;
    const validated = validatePatientRecord(record, { asOf });
    if (validated._tag === 'Left') return validated;
    const plan = build(validated.right, asOf, parsedOptions.right.guideline ?? 'cn-2020', parsedOptions.right.insurancePackage ?? false);
    return plan._tag === 'Left' ? plan : right(deepFreeze(plan.right));
  });
}
