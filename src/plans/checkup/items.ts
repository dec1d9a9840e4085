import type { Localized } from '../../core/i18n.js';
import type { ServicePackage } from '../../model/patient-record.js';

/**
 * One screening or examination item a check-up plan can hold.
 *
 * @category Check-up
 */
export interface ScreeningItemDefinition {
  readonly title: Localized;
  /**
   * The lowest service package that includes the item; people on a lower package are offered it
   * as an add-on. carepath's mapping (docs/checkup.md, "Packages"): the seed
   * (`001_175e5153b43beeec.txt`) names the tiers, not the items of each.
   */
  readonly package: ServicePackage;
}

const item = (zh: string, en: string, servicePackage: ServicePackage): ScreeningItemDefinition =>
  Object.freeze({ title: Object.freeze({ 'zh-CN': zh, en }), package: servicePackage });

/*
 * Package mapping (carepath's choice, docs/checkup.md):
 * - basic: the annual check-up of the free tier (seed 001: 基础版 "年度体检") - the public-health
 *   norm's items, the "10 + 3" package, blood pressure and questionnaires;
 * - standard: the personalised intervention plan (seed 001: 标准版 "个性化干预方案") - laboratory
 *   tests driven by a risk or a guideline rule, shared-decision items;
 * - premium: the advanced check-up (seed 001: 尊享版 "高端体检套餐") - imaging and endoscopy.
 */

/**
 * The built-in item catalogue: code, zh-CN and en title, and the lowest package including it.
 * A centre's rule may name an item outside it by giving its own `title` and `package`.
 *
 * @example
 * ```ts
 * SCREENING_ITEMS['ldct-lung'];
 * // => { title: { 'zh-CN': '低剂量螺旋CT（肺癌筛查）', en: 'Low-dose CT (lung cancer screening)' }, package: 'premium' }
 * ```
 * @category Check-up
 */
export const SCREENING_ITEMS = Object.freeze({
  'ldct-lung': item('低剂量螺旋CT（肺癌筛查）', 'Low-dose CT (lung cancer screening)', 'premium'),
  gastroscopy: item('胃镜（胃癌筛查）', 'Gastroscopy (gastric cancer screening)', 'premium'),
  'prostate-ultrasound': item('前列腺超声', 'Prostate ultrasound', 'premium'),
  'breast-ultrasound': item('乳腺超声', 'Breast ultrasound', 'premium'),
  mammography: item('乳腺X线摄影（钼靶）', 'Mammography', 'premium'),
  'cervical-screening': item('宫颈癌筛查（HPV / TCT）', 'Cervical cancer screening (HPV / cytology)', 'standard'),
  'thyroid-ultrasound': item('甲状腺超声', 'Thyroid ultrasound', 'premium'),
  'liver-function': item('肝功能', 'Liver function tests', 'basic'),
  ecg: item('心电图', 'Electrocardiogram (ECG)', 'basic'),
  'psychological-assessment': item('心理测评', 'Psychological assessment', 'standard'),
  'ten-plus-three': item('65岁以上“10+3”体检套餐', '"10 + 3" check-up package for residents 65+', 'basic'),
  'health-status-assessment': item('生活方式和健康状况评估（含生活自理能力）', 'Lifestyle and health-status assessment (including self-care ability)', 'basic'),
  'physical-examination': item('体格检查', 'Physical examination', 'basic'),
  'complete-blood-count': item('血常规', 'Complete blood count', 'basic'),
  urinalysis: item('尿常规', 'Urinalysis', 'basic'),
  'kidney-function': item('肾功能（血肌酐、尿素）', 'Kidney function (serum creatinine, urea)', 'basic'),
  'fasting-glucose': item('空腹血糖', 'Fasting plasma glucose', 'basic'),
  lipids: item('血脂（总胆固醇、甘油三酯、LDL-C、HDL-C）', 'Lipid profile (TC, TG, LDL-C, HDL-C)', 'basic'),
  'abdominal-ultrasound': item('腹部B超（肝、胆、胰、脾）', 'Abdominal ultrasound (liver, gallbladder, pancreas, spleen)', 'basic'),
  'colorectal-screening': item('结直肠癌筛查', 'Colorectal cancer screening', 'premium'),
  'psa-shared-decision': item('PSA筛查（共同决策）', 'PSA screening (shared decision)', 'standard'),
  'aaa-ultrasound': item('腹主动脉瘤超声（一次性）', 'Abdominal aortic aneurysm ultrasound (one-time)', 'premium'),
  'bone-density': item('骨密度检测', 'Bone density test', 'premium'),
  'diabetes-screening': item('糖尿病筛查（空腹血糖 / HbA1c / OGTT）', 'Diabetes screening (fasting glucose / HbA1c / OGTT)', 'standard'),
  'blood-pressure': item('血压测量', 'Blood pressure measurement', 'basic'),
  'statin-eligibility': item('他汀类药物适用性评估', 'Statin eligibility review', 'standard'),
  'depression-screening': item('抑郁筛查', 'Depression screening', 'basic'),
  'hepatitis-c': item('丙肝筛查', 'Hepatitis C screening', 'standard'),
  'hepatitis-b': item('乙肝筛查', 'Hepatitis B screening', 'standard'),
  ogtt: item('口服葡萄糖耐量试验（OGTT）', 'Oral glucose tolerance test (OGTT)', 'standard'),
  hba1c: item('糖化血红蛋白（HbA1c）', 'HbA1c', 'standard'),
  'foot-examination': item('足部检查', 'Foot examination', 'standard'),
} satisfies Record<string, ScreeningItemDefinition>);

/** Code of a built-in item. @category Check-up */
export type ScreeningItemCode = keyof typeof SCREENING_ITEMS;

/** The built-in item of a code, if it is one. */
export function builtInItem(code: string): ScreeningItemDefinition | undefined {
  return Object.hasOwn(SCREENING_ITEMS, code) ? SCREENING_ITEMS[code as ScreeningItemCode] : undefined;
}

const PACKAGE_RANK: { readonly [P in ServicePackage]: number } = { basic: 0, standard: 1, premium: 2 };

/** True when `held` includes items of `needed` (premium includes standard includes basic). */
export function packageIncludes(held: ServicePackage, needed: ServicePackage): boolean {
  return PACKAGE_RANK[held] >= PACKAGE_RANK[needed];
}
