import { z } from 'zod';
import type { Localized } from '../core/i18n.js';
import type { QuantityKind } from './units.js';

/**
 * The canonical vocabulary: the conditions, procedures, observations and medication classes
 * carepath reasons about, each with its display names. The ICD-10, SNOMED CT, ICD-9-CM and LOINC
 * codes each maps to are in `terminology.ts`, beside it, for the FHIR module.
 *
 * @module
 */

/** @category Vocabulary */
export const CONDITION_CODES = [
  'diabetes-type-1',
  'diabetes-type-2',
  'prediabetes',
  'gestational-diabetes',
  'hypertension',
  'dyslipidaemia',
  'obesity',
  'chronic-kidney-disease',
  'diabetic-retinopathy',
  'diabetic-neuropathy',
  'diabetic-foot-ulcer',
  'peripheral-artery-disease',
  'lower-limb-amputation',
  'coronary-heart-disease',
  'stroke',
  'cardiovascular-disease',
  'heart-failure',
  'atrial-fibrillation',
  'copd',
  'cancer',
  'venous-thromboembolism',
  'cognitive-impairment',
  'depression',
  'osteoarthritis',
] as const;

/** @category Vocabulary */
export const ConditionCodeSchema = z.enum(CONDITION_CODES);
/** A condition in carepath's canonical vocabulary. @category Vocabulary */
export type ConditionCode = z.infer<typeof ConditionCodeSchema>;

/** Display names of conditions. @category Vocabulary */
export const CONDITION_NAMES: { readonly [C in ConditionCode]: Localized } = {
  'diabetes-type-1': { en: 'Type 1 diabetes', 'zh-CN': '1型糖尿病' },
  'diabetes-type-2': { en: 'Type 2 diabetes', 'zh-CN': '2型糖尿病' },
  prediabetes: { en: 'Prediabetes', 'zh-CN': '糖尿病前期' },
  'gestational-diabetes': { en: 'Gestational diabetes', 'zh-CN': '妊娠期糖尿病' },
  hypertension: { en: 'Hypertension', 'zh-CN': '高血压' },
  dyslipidaemia: { en: 'Dyslipidaemia', 'zh-CN': '血脂异常' },
  obesity: { en: 'Obesity', 'zh-CN': '肥胖' },
  'chronic-kidney-disease': { en: 'Chronic kidney disease', 'zh-CN': '慢性肾脏病' },
  'diabetic-retinopathy': { en: 'Diabetic retinopathy', 'zh-CN': '糖尿病视网膜病变' },
  'diabetic-neuropathy': { en: 'Diabetic neuropathy', 'zh-CN': '糖尿病神经病变' },
  'diabetic-foot-ulcer': { en: 'Diabetic foot ulcer', 'zh-CN': '糖尿病足溃疡' },
  'peripheral-artery-disease': { en: 'Peripheral artery disease', 'zh-CN': '外周动脉疾病' },
  'lower-limb-amputation': { en: 'Lower-limb amputation', 'zh-CN': '下肢截肢' },
  'coronary-heart-disease': { en: 'Coronary heart disease', 'zh-CN': '冠心病' },
  stroke: { en: 'Stroke', 'zh-CN': '脑卒中' },
  'cardiovascular-disease': { en: 'Atherosclerotic cardiovascular disease', 'zh-CN': '动脉粥样硬化性心血管疾病' },
  'heart-failure': { en: 'Heart failure', 'zh-CN': '心力衰竭' },
  'atrial-fibrillation': { en: 'Atrial fibrillation', 'zh-CN': '心房颤动' },
  copd: { en: 'Chronic obstructive pulmonary disease', 'zh-CN': '慢性阻塞性肺疾病' },
  cancer: { en: 'Cancer', 'zh-CN': '恶性肿瘤' },
  'venous-thromboembolism': { en: 'Venous thromboembolism', 'zh-CN': '静脉血栓栓塞症' },
  'cognitive-impairment': { en: 'Cognitive impairment', 'zh-CN': '认知障碍' },
  depression: { en: 'Depression', 'zh-CN': '抑郁症' },
  osteoarthritis: { en: 'Osteoarthritis', 'zh-CN': '骨关节炎' },
};

/** @category Vocabulary */
export const PROCEDURE_CODES = [
  'total-knee-arthroplasty',
  'total-hip-arthroplasty',
  'laparoscopic-cholecystectomy',
  'surgery-other',
] as const;

/** @category Vocabulary */
export const ProcedureCodeSchema = z.enum(PROCEDURE_CODES);
/** A procedure in carepath's canonical vocabulary. @category Vocabulary */
export type ProcedureCode = z.infer<typeof ProcedureCodeSchema>;

/** Display names of procedures. @category Vocabulary */
export const PROCEDURE_NAMES: { readonly [P in ProcedureCode]: Localized } = {
  'total-knee-arthroplasty': { en: 'Total knee arthroplasty', 'zh-CN': '全膝关节置换术' },
  'total-hip-arthroplasty': { en: 'Total hip arthroplasty', 'zh-CN': '全髋关节置换术' },
  'laparoscopic-cholecystectomy': { en: 'Laparoscopic cholecystectomy', 'zh-CN': '腹腔镜胆囊切除术' },
  'surgery-other': { en: 'Surgery', 'zh-CN': '手术' },
};

/** What an observation code measures: its kind of quantity and the range carepath accepts. @category Vocabulary */
export interface ObservationDefinition {
  readonly kind: QuantityKind;
  readonly name: Localized;
  /**
   * Data-entry bounds in the canonical unit, inclusive. Not clinical thresholds: carepath's own
   * choice (docs/model.md, "Units"), wide enough for any real measurement and narrow enough to catch a
   * value entered in the wrong unit (126 "mmol/L" glucose that was mg/dL).
   */
  readonly plausible: readonly [min: number, max: number];
}

/** @category Vocabulary */
export const OBSERVATION_CODES = [
  'glucose-fasting',
  'glucose-random',
  'glucose-postprandial-1h',
  'glucose-postprandial-2h',
  'glucose-ogtt-1h',
  'glucose-ogtt-2h',
  'glucose-capillary',
  'hba1c',
  'bp-systolic',
  'bp-diastolic',
  'heart-rate',
  'cholesterol-total',
  'cholesterol-hdl',
  'cholesterol-ldl',
  'triglycerides',
  'creatinine',
  'uacr',
  'egfr',
  'body-weight',
  'body-height',
  'waist-circumference',
  'bmi',
  'sleep-duration',
  'steps',
  'knee-flexion',
  'body-temperature',
  'hemoglobin',
  'sodium',
  'oxygen-saturation',
] as const;

/** @category Vocabulary */
export const ObservationCodeSchema = z.enum(OBSERVATION_CODES);
/** An observation in carepath's canonical vocabulary. @category Vocabulary */
export type ObservationCode = z.infer<typeof ObservationCodeSchema>;

// Bounds: carepath data-entry bounds (docs/model.md, "Units"), not clinical thresholds.
const GLUCOSE_BOUNDS = [0.5, 60] as const;

/** Definition of each observation code. @category Vocabulary */
export const OBSERVATIONS: { readonly [O in ObservationCode]: ObservationDefinition } = {
  'glucose-fasting': { kind: 'glucose', plausible: GLUCOSE_BOUNDS, name: { en: 'Fasting plasma glucose', 'zh-CN': '空腹血糖' } },
  'glucose-random': { kind: 'glucose', plausible: GLUCOSE_BOUNDS, name: { en: 'Random plasma glucose', 'zh-CN': '随机血糖' } },
  'glucose-postprandial-1h': { kind: 'glucose', plausible: GLUCOSE_BOUNDS, name: { en: '1-hour post-meal glucose', 'zh-CN': '餐后1小时血糖' } },
  'glucose-postprandial-2h': { kind: 'glucose', plausible: GLUCOSE_BOUNDS, name: { en: '2-hour post-meal glucose', 'zh-CN': '餐后2小时血糖' } },
  'glucose-ogtt-1h': { kind: 'glucose', plausible: GLUCOSE_BOUNDS, name: { en: 'OGTT 1-hour glucose', 'zh-CN': 'OGTT 1小时血糖' } },
  'glucose-ogtt-2h': { kind: 'glucose', plausible: GLUCOSE_BOUNDS, name: { en: 'OGTT 2-hour glucose', 'zh-CN': 'OGTT 2小时血糖' } },
  'glucose-capillary': { kind: 'glucose', plausible: GLUCOSE_BOUNDS, name: { en: 'Capillary glucose (meter)', 'zh-CN': '指尖血糖' } },
  hba1c: { kind: 'hba1c', plausible: [2, 20], name: { en: 'HbA1c', 'zh-CN': '糖化血红蛋白' } },
  'bp-systolic': { kind: 'pressure', plausible: [40, 300], name: { en: 'Systolic blood pressure', 'zh-CN': '收缩压' } },
  'bp-diastolic': { kind: 'pressure', plausible: [20, 200], name: { en: 'Diastolic blood pressure', 'zh-CN': '舒张压' } },
  'heart-rate': { kind: 'heart-rate', plausible: [20, 300], name: { en: 'Heart rate', 'zh-CN': '心率' } },
  'cholesterol-total': { kind: 'cholesterol', plausible: [0.5, 30], name: { en: 'Total cholesterol', 'zh-CN': '总胆固醇' } },
  'cholesterol-hdl': { kind: 'cholesterol', plausible: [0.05, 10], name: { en: 'HDL cholesterol', 'zh-CN': '高密度脂蛋白胆固醇' } },
  'cholesterol-ldl': { kind: 'cholesterol', plausible: [0.05, 25], name: { en: 'LDL cholesterol', 'zh-CN': '低密度脂蛋白胆固醇' } },
  triglycerides: { kind: 'triglycerides', plausible: [0.05, 100], name: { en: 'Triglycerides', 'zh-CN': '甘油三酯' } },
  creatinine: { kind: 'creatinine', plausible: [5, 3000], name: { en: 'Serum creatinine', 'zh-CN': '血肌酐' } },
  uacr: { kind: 'uacr', plausible: [0, 50_000], name: { en: 'Urine albumin-to-creatinine ratio', 'zh-CN': '尿白蛋白/肌酐比值' } },
  egfr: { kind: 'egfr', plausible: [0, 250], name: { en: 'eGFR', 'zh-CN': '估算肾小球滤过率' } },
  'body-weight': { kind: 'mass', plausible: [0.2, 500], name: { en: 'Body weight', 'zh-CN': '体重' } },
  'body-height': { kind: 'length', plausible: [20, 272], name: { en: 'Body height', 'zh-CN': '身高' } },
  'waist-circumference': { kind: 'length', plausible: [20, 300], name: { en: 'Waist circumference', 'zh-CN': '腰围' } },
  bmi: { kind: 'bmi', plausible: [5, 150], name: { en: 'Body mass index', 'zh-CN': '体重指数' } },
  'sleep-duration': { kind: 'duration', plausible: [0, 24], name: { en: 'Sleep duration', 'zh-CN': '睡眠时长' } },
  steps: { kind: 'steps', plausible: [0, 200_000], name: { en: 'Daily steps', 'zh-CN': '每日步数' } },
  'knee-flexion': { kind: 'angle', plausible: [-30, 180], name: { en: 'Knee flexion', 'zh-CN': '膝关节屈曲角度' } },
  'body-temperature': { kind: 'temperature', plausible: [25, 46], name: { en: 'Body temperature', 'zh-CN': '体温' } },
  hemoglobin: { kind: 'hemoglobin', plausible: [10, 250], name: { en: 'Haemoglobin', 'zh-CN': '血红蛋白' } },
  sodium: { kind: 'sodium', plausible: [80, 200], name: { en: 'Serum sodium', 'zh-CN': '血钠' } },
  'oxygen-saturation': { kind: 'saturation', plausible: [30, 100], name: { en: 'Oxygen saturation', 'zh-CN': '血氧饱和度' } },
};

/** Medication classes, with the properties the scores and plans ask about. @category Vocabulary */
export interface MedicationClassDefinition {
  readonly name: Localized;
  /** Lowers blood pressure (FINDRISC item 6, PCE "treated SBP", China-PAR). */
  readonly antihypertensive: boolean;
  /** Lowers glucose. */
  readonly glucoseLowering: boolean;
  /** Can cause hypoglycaemia on its own (ADA Standards of Care 2025, section 6: insulin and insulin secretagogues). */
  readonly hypoglycaemiaRisk: boolean;
}

/** @category Vocabulary */
export const MEDICATION_CLASSES = [
  'insulin',
  'metformin',
  'sulfonylurea',
  'glinide',
  'sglt2-inhibitor',
  'glp1-receptor-agonist',
  'dpp4-inhibitor',
  'thiazolidinedione',
  'alpha-glucosidase-inhibitor',
  'ace-inhibitor',
  'angiotensin-receptor-blocker',
  'calcium-channel-blocker',
  'thiazide-diuretic',
  'loop-diuretic',
  'beta-blocker',
  'mineralocorticoid-antagonist',
  'statin',
  'lipid-lowering-other',
  'antiplatelet',
  'anticoagulant',
  'corticosteroid',
  'antipsychotic',
  'oral-contraceptive',
  'hormone-therapy',
  'nsaid',
  'opioid',
  'other',
] as const;

/** @category Vocabulary */
export const MedicationClassSchema = z.enum(MEDICATION_CLASSES);
/** @category Vocabulary */
export type MedicationClass = z.infer<typeof MedicationClassSchema>;

const med = (en: string, zh: string, antihypertensive = false, glucoseLowering = false, hypoglycaemiaRisk = false): MedicationClassDefinition => ({
  name: { en, 'zh-CN': zh },
  antihypertensive,
  glucoseLowering,
  hypoglycaemiaRisk,
});

/** Definition of each medication class. @category Vocabulary */
export const MEDICATIONS: { readonly [M in MedicationClass]: MedicationClassDefinition } = {
  insulin: med('Insulin', '胰岛素', false, true, true),
  metformin: med('Metformin', '二甲双胍', false, true),
  sulfonylurea: med('Sulfonylurea', '磺脲类', false, true, true),
  glinide: med('Glinide', '格列奈类', false, true, true),
  'sglt2-inhibitor': med('SGLT2 inhibitor', 'SGLT2抑制剂', false, true),
  'glp1-receptor-agonist': med('GLP-1 receptor agonist', 'GLP-1受体激动剂', false, true),
  'dpp4-inhibitor': med('DPP-4 inhibitor', 'DPP-4抑制剂', false, true),
  thiazolidinedione: med('Thiazolidinedione', '噻唑烷二酮类', false, true),
  'alpha-glucosidase-inhibitor': med('Alpha-glucosidase inhibitor', 'α-糖苷酶抑制剂', false, true),
  'ace-inhibitor': med('ACE inhibitor', 'ACEI', true),
  'angiotensin-receptor-blocker': med('Angiotensin receptor blocker', 'ARB', true),
  'calcium-channel-blocker': med('Calcium channel blocker', '钙通道阻滞剂', true),
  'thiazide-diuretic': med('Thiazide diuretic', '噻嗪类利尿剂', true),
  'loop-diuretic': med('Loop diuretic', '袢利尿剂', true),
  'beta-blocker': med('Beta blocker', 'β受体阻滞剂', true),
  'mineralocorticoid-antagonist': med('Mineralocorticoid receptor antagonist', '盐皮质激素受体拮抗剂', true),
  statin: med('Statin', '他汀类', false),
  'lipid-lowering-other': med('Other lipid-lowering drug', '其他调脂药', false),
  antiplatelet: med('Antiplatelet', '抗血小板药', false),
  anticoagulant: med('Anticoagulant', '抗凝药', false),
  corticosteroid: med('Corticosteroid', '糖皮质激素', false),
  antipsychotic: med('Antipsychotic', '抗精神病药', false),
  'oral-contraceptive': med('Oral contraceptive', '口服避孕药', false),
  'hormone-therapy': med('Hormone therapy', '激素替代治疗', false),
  nsaid: med('NSAID', '非甾体抗炎药', false),
  opioid: med('Opioid', '阿片类药物', false),
  other: med('Other', '其他', false),
};

/** Conditions asked about in family history. @category Vocabulary */
export const FamilyHistoryConditionSchema = z.enum([
  'diabetes',
  'hypertension',
  'ascvd',
  'premature-ascvd',
  'breast-cancer',
  'ovarian-cancer',
  'colorectal-cancer',
  'gastric-cancer',
  'lung-cancer',
  'prostate-cancer',
  'cervical-cancer',
  'liver-cancer',
  'oesophageal-cancer',
]);
/** @category Vocabulary */
export type FamilyHistoryCondition = z.infer<typeof FamilyHistoryConditionSchema>;

/** Who in the family. @category Vocabulary */
export const RelationSchema = z.enum([
  'mother',
  'father',
  'parent',
  'sister',
  'brother',
  'sibling',
  'daughter',
  'son',
  'child',
  'grandparent',
  'aunt-uncle',
  'half-sibling',
  'niece-nephew',
  'grandchild',
  'cousin',
]);
/** @category Vocabulary */
export type Relation = z.infer<typeof RelationSchema>;

const DEGREE: { readonly [R in Relation]: 1 | 2 | 3 } = {
  mother: 1,
  father: 1,
  parent: 1,
  sister: 1,
  brother: 1,
  sibling: 1,
  daughter: 1,
  son: 1,
  child: 1,
  grandparent: 2,
  'aunt-uncle': 2,
  'half-sibling': 2,
  'niece-nephew': 2,
  grandchild: 2,
  cousin: 3,
};

/**
 * Degree of kinship: 1 for parents, siblings and children; 2 for grandparents, aunts, uncles,
 * half-siblings, nieces, nephews and grandchildren; 3 for first cousins (genetic convention used
 * in family-history risk assessment; FINDRISC item 8 groups first cousins with second-degree
 * relatives, which the score applies itself).
 *
 * @example
 * ```ts
 * relationDegree('sister'); // => 1
 * relationDegree('cousin'); // => 3
 * ```
 * @category Vocabulary
 */
export function relationDegree(relation: Relation): 1 | 2 | 3 {
  return DEGREE[relation];
}
