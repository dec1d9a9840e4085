import type { Localized } from '../../core/i18n.js';
import type { JsonValue } from '../../core/json-value.js';
import type { Source } from '../../core/source.js';
import type { ScreeningItemCode } from './items.js';
import type { Recommendation, RuleProfile, TestOption } from './rule-schema.js';
import {
  ACC_AHA_2018,
  CDS_2020,
  CHINA_PAR_2019,
  CN_GASTRIC_2022,
  CN_GASTRIC_CONSENSUS_2017,
  CN_LUNG_2021,
  IWGDF_2023,
  PHS_NORM_ELDERLY,
  SEED_CHECKUP_TABLE,
  SEED_EIGHT_FOLD,
  SEED_TEN_PLUS_THREE,
  USPSTF_AAA,
  USPSTF_BREAST,
  USPSTF_CERVICAL,
  USPSTF_COLORECTAL,
  USPSTF_DEPRESSION,
  USPSTF_DIABETES,
  USPSTF_HEPATITIS_B,
  USPSTF_HEPATITIS_C,
  USPSTF_HYPERTENSION,
  USPSTF_LUNG,
  USPSTF_OSTEOPOROSIS,
  USPSTF_PROSTATE,
  USPSTF_STATIN,
} from './sources.js';

/**
 * The built-in screening rules, as data (the same shape a centre writes; see ScreeningRuleSchema).
 * Each `when` is a rule document over the check-up facts. A comparison with a fact that may be
 * unknown returns `null` when the fact is `null` ({@link cmp}), so that a rule that cannot be
 * decided is reported as "not assessed" rather than silently false: definite conditions (sex,
 * age) come first in each `and`, and the clause most likely to be unknown comes last in each `or`
 * (JSON Logic's `or` returns its last operand when none is truthy).
 *
 * @module
 */

/** A built-in rule, typed before validation (the catalogue item codes are checked by the compiler). */
export interface BuiltInRule {
  readonly id: string;
  readonly item: ScreeningItemCode;
  readonly profile: RuleProfile;
  readonly when: JsonValue;
  readonly intervalMonths?: number;
  readonly abnormalIntervalMonths?: number;
  readonly once?: boolean;
  readonly options?: readonly TestOption[];
  readonly recommendation: Recommendation;
  readonly grade?: string;
  readonly requires?: readonly string[];
  readonly rationale: Localized;
  readonly source: Source;
}

// ---- rule-document helpers -------------------------------------------------------------------

const v = (path: string): JsonValue => ({ var: path });
const known = (path: string): JsonValue => ({ '!=': [v(path), null] });
/** `fact op n`, or `null` when the fact is unknown. */
const cmp = (op: '>=' | '>' | '<=' | '<', path: string, n: number): JsonValue => ({ if: [known(path), { [op]: [v(path), n] }, null] });
/** `fact === true`, or `null` when the fact is unknown. */
const isTrue = (path: string): JsonValue => ({ if: [known(path), { '===': [v(path), true] }, null] });
/** `fact === value` (a string fact); `null` when the fact is unknown. */
const is = (path: string, value: string): JsonValue => ({ if: [known(path), { '===': [v(path), value] }, null] });
/** Age within [low, high], inclusive (age is always known). */
const ageBetween = (low: number, high: number): JsonValue => ({ '<=': [low, v('age'), high] });
const ageAtLeast = (low: number): JsonValue => ({ '>=': [v('age'), low] });
const sex = (value: 'female' | 'male'): JsonValue => ({ '===': [v('sex'), value] });
/** Not a known active diagnosis (unknown counts as not known: screening is for people without one). */
const notDiagnosed = (path: string): JsonValue => ({ '!==': [v(path), true] });
const and = (...clauses: JsonValue[]): JsonValue => ({ and: clauses });
const or = (...clauses: JsonValue[]): JsonValue => ({ or: clauses });
const categoryIn = (path: string, categories: readonly string[]): JsonValue => ({ in: [v(path), [...categories]] });

const text = (zh: string, en: string): Localized => ({ 'zh-CN': zh, en });

// ---- seed 004: the check-up focus groups -------------------------------------------------------

/*
 * Seed 004_eccb0a9eec47fd06.txt, section 04 "健康体检：差异化的筛查方案":
 *   "40岁以上男性，吸烟史10年：低剂量螺旋CT、胃镜、前列腺超声"
 *   "35岁以上女性，有乳腺癌家族史：乳腺超声+钼靶、HPV+TCT"
 *   "长期熬夜、压力大人群：甲状腺超声、肝功能、心电图、心理测评"
 * "以上" includes the number itself (Chinese statutory usage, 民法典 art. 1259): 40 and 35 are in.
 * "吸烟史10年" is read as at least 10 years of smoking, current or former. "长期熬夜、压力大" is read
 * as either trait (docs/checkup.md). Interval: 12 months, the annual check-up package the seed's
 * stratification table recommends (004, section 04: 健康人群 "推荐年度体检套餐").
 */
const SEED_INTERVAL_MONTHS = 12;

const seedSmokerMen = and(sex('male'), ageAtLeast(40), isTrue('everSmoked'), cmp('>=', 'yearsSmoked', 10));
const seedSmokerText = text(
  '种子文档体检方案：40岁以上男性、吸烟史10年及以上，重点筛查低剂量螺旋CT、胃镜、前列腺超声。',
  'Seed check-up table: men aged 40 or over with 10 or more years of smoking are screened with low-dose CT, gastroscopy and prostate ultrasound.',
);
const seedBreastWomen = and(sex('female'), ageAtLeast(35), isTrue('familyHistory.breastCancer'));
const seedBreastText = text(
  '种子文档体检方案：35岁以上女性、有乳腺癌家族史，重点筛查乳腺超声+钼靶、HPV+TCT。',
  'Seed check-up table: women aged 35 or over with a family history of breast cancer are screened with breast ultrasound + mammography and HPV + cytology (TCT).',
);
const seedLateNights = or(isTrue('highStress'), isTrue('lateNights'));
const seedLateNightsText = text(
  '种子文档体检方案：长期熬夜或压力大人群，重点筛查甲状腺超声、肝功能、心电图、心理测评。',
  'Seed check-up table: people with long-term late nights or high stress are screened with thyroid ultrasound, liver function, ECG and a psychological assessment.',
);

const seedRule = (id: string, item: ScreeningItemCode, when: JsonValue, rationale: Localized, requires: readonly string[], extra: Partial<BuiltInRule> = {}): BuiltInRule => ({
  id,
  item,
  profile: 'cn',
  when,
  intervalMonths: SEED_INTERVAL_MONTHS,
  recommendation: 'recommended',
  requires,
  rationale,
  source: SEED_CHECKUP_TABLE,
  ...extra,
});

const SEED_RULES: readonly BuiltInRule[] = [
  seedRule('seed.smoker-men-40.ldct-lung', 'ldct-lung', seedSmokerMen, seedSmokerText, ['everSmoked', 'yearsSmoked']),
  seedRule('seed.smoker-men-40.gastroscopy', 'gastroscopy', seedSmokerMen, seedSmokerText, ['everSmoked', 'yearsSmoked']),
  seedRule('seed.smoker-men-40.prostate-ultrasound', 'prostate-ultrasound', seedSmokerMen, seedSmokerText, ['everSmoked', 'yearsSmoked']),
  seedRule('seed.breast-family-women-35.breast-ultrasound', 'breast-ultrasound', seedBreastWomen, seedBreastText, ['familyHistory.breastCancer']),
  seedRule('seed.breast-family-women-35.mammography', 'mammography', seedBreastWomen, seedBreastText, ['familyHistory.breastCancer']),
  seedRule('seed.breast-family-women-35.cervical-screening', 'cervical-screening', seedBreastWomen, seedBreastText, ['familyHistory.breastCancer'], {
    // "HPV+TCT": co-testing, at the seed's annual check-up.
    options: [{ test: 'cotest', name: text('HPV+TCT联合检测', 'HPV + cytology (TCT) co-test'), intervalMonths: SEED_INTERVAL_MONTHS }],
  }),
  seedRule('seed.late-nights-stress.thyroid-ultrasound', 'thyroid-ultrasound', seedLateNights, seedLateNightsText, ['lateNights', 'highStress']),
  seedRule('seed.late-nights-stress.liver-function', 'liver-function', seedLateNights, seedLateNightsText, ['lateNights', 'highStress']),
  seedRule('seed.late-nights-stress.ecg', 'ecg', seedLateNights, seedLateNightsText, ['lateNights', 'highStress']),
  seedRule('seed.late-nights-stress.psychological-assessment', 'psychological-assessment', seedLateNights, seedLateNightsText, ['lateNights', 'highStress']),
  {
    // Seed 001_175e5153b43beeec.txt: "为65岁以上老年人提供'10+3'体检套餐（10项常规检查+3项慢性病筛查）".
    // The seed does not list the 13 items; carepath does not invent them. Annual: the free basic
    // tier's "年度体检" (001, 个性化服务包设计).
    id: 'seed.elderly-65.ten-plus-three',
    item: 'ten-plus-three',
    profile: 'cn',
    when: ageAtLeast(65),
    intervalMonths: 12,
    recommendation: 'recommended',
    rationale: text(
      '种子文档：为65岁以上老年人提供“10+3”体检套餐（10项常规检查+3项慢性病筛查），每年1次（基础版服务包“年度体检”）；种子文档未列出具体项目。',
      'Seed: residents aged 65 or over are offered the "10 + 3" check-up package (10 routine items + 3 chronic-disease screenings) once a year (the basic tier\'s annual check-up); the seed does not list the items.',
    ),
    source: SEED_TEN_PLUS_THREE,
  },
];

// ---- National Basic Public Health Service Norm (3rd ed., 2017): residents 65+ -------------------

/*
 * 老年人健康管理服务规范 (3rd edition, 2017): one health-management service a year for residents
 * aged 65 or over, with assessment, physical examination and these auxiliary tests: CBC,
 * urinalysis, liver function (AST, ALT, total bilirubin), kidney function (creatinine, urea),
 * fasting glucose, lipids (TC, TG, LDL-C, HDL-C), ECG, abdominal ultrasound (liver, gallbladder,
 * pancreas, spleen). The 2011 edition's shorter list and local add-ons are not encoded.
 */
const PHS_ITEMS: readonly ScreeningItemCode[] = [
  'health-status-assessment',
  'physical-examination',
  'complete-blood-count',
  'urinalysis',
  'liver-function',
  'kidney-function',
  'fasting-glucose',
  'lipids',
  'ecg',
  'abdominal-ultrasound',
];

const PHS_RULES: readonly BuiltInRule[] = PHS_ITEMS.map((item) => ({
  id: `cn.phs-elderly-2017.${item}`,
  item,
  profile: 'cn' as const,
  when: ageAtLeast(65),
  // Norm, 3rd ed. (2017): "每年为老年人提供1次健康管理服务".
  intervalMonths: 12,
  recommendation: 'recommended' as const,
  rationale: text(
    '国家基本公共卫生服务规范（第三版）：65岁及以上常住居民每年1次健康管理服务，含本项目。',
    'National Basic Public Health Service Norm (3rd ed., 2017): residents aged 65 or over receive one health-management service a year, which includes this item.',
  ),
  source: PHS_NORM_ELDERLY,
}));

// ---- Chinese cancer screening guidelines ------------------------------------------------------

const CN_RULES: readonly BuiltInRule[] = [
  {
    // 中国肺癌筛查与早诊早治指南 (2021), 筛查人群: age 50-74 plus at least one of: >= 30 pack-years
    // (former smokers who quit < 15 years ago included); passive smoking > 20 years; COPD;
    // occupational exposure >= 1 year; a first-degree relative with lung cancer. The screening
    // interval is NOT encoded: it was not confirmed in the retrieved text (docs/checkup.md).
    id: 'cn.lung-2021',
    item: 'ldct-lung',
    profile: 'cn',
    when: and(
      ageBetween(50, 74),
      or(
        isTrue('familyHistoryFirstDegree.lungCancer'),
        isTrue('conditions.copd'),
        cmp('>', 'extra.passiveSmokingYears', 20),
        cmp('>=', 'extra.occupationalLungCarcinogenYears', 1),
        and(
          { if: [known('smokingStatus'), or(is('smokingStatus', 'current'), and(is('smokingStatus', 'former'), cmp('<', 'yearsSinceQuitting', 15))), null] },
          cmp('>=', 'packYears', 30),
        ),
      ),
    ),
    recommendation: 'recommended',
    requires: ['smokingStatus', 'packYears', 'yearsSinceQuitting'],
    rationale: text(
      '中国肺癌筛查指南（2021）：50~74岁，且吸烟≥30包年（戒烟<15年）、被动吸烟>20年、慢阻肺、职业暴露≥1年或一级亲属肺癌史之一者为高风险人群，行低剂量CT筛查；指南筛查间隔未经核实，未编码。',
      'China lung cancer screening guideline (2021): people aged 50-74 with >= 30 pack-years (quit < 15 years ago), passive smoking > 20 years, COPD, occupational exposure >= 1 year or a first-degree relative with lung cancer are at high risk and screened with low-dose CT; the guideline\'s interval is not verified and not encoded.',
    ),
    source: CN_LUNG_2021,
  },
  {
    // 中国胃癌筛查与早诊早治指南 (2022): age >= 45 plus any of: high-incidence area, H. pylori,
    // precancerous disease (atrophic gastritis, ulcer, polyp, remnant stomach, hypertrophic gastritis,
    // pernicious anaemia), first-degree relative with gastric cancer, high-salt or pickled diet,
    // heavy drinking, smoking. Gastroscopy every 5 years; every 1-2 years with precancerous
    // conditions (NHC press conference, secondary report): 60 months, 12 after an abnormal result.
    id: 'cn.gastric-2022',
    item: 'gastroscopy',
    profile: 'cn',
    when: and(
      ageAtLeast(45),
      or(
        isTrue('familyHistoryFirstDegree.gastricCancer'),
        isTrue('extra.gastricHighIncidenceArea'),
        isTrue('extra.helicobacterPylori'),
        isTrue('extra.gastricPrecancerousCondition'),
        isTrue('extra.highSaltDiet'),
        isTrue('extra.heavyDrinking'),
        isTrue('currentSmoker'),
      ),
    ),
    intervalMonths: 60,
    abnormalIntervalMonths: 12,
    recommendation: 'recommended',
    requires: ['currentSmoker', 'familyHistoryFirstDegree.gastricCancer'],
    rationale: text(
      '中国胃癌筛查指南（2022）：45岁及以上且具备胃癌高危因素（高发地区、幽门螺杆菌感染、癌前疾病、一级亲属胃癌史、高盐腌制饮食、重度饮酒、吸烟等）者行胃镜筛查，一般每5年1次，有萎缩性胃炎等癌前状态者每1~2年1次。',
      'China gastric cancer screening guideline (2022): people aged 45 or over with a risk factor (high-incidence area, H. pylori, a precancerous condition, a first-degree relative with gastric cancer, a high-salt or pickled diet, heavy drinking, smoking) have a gastroscopy, usually every 5 years, every 1-2 years with a precancerous condition such as atrophic gastritis.',
    ),
    source: CN_GASTRIC_2022,
  },
  {
    // Earlier early-gastric-cancer consensus (2017/2018): start age 40 with high-incidence region,
    // H. pylori, precancerous disease, family history or diet; interval not stated.
    id: 'cn.gastric-consensus-2017',
    item: 'gastroscopy',
    profile: 'cn',
    when: and(
      ageAtLeast(40),
      or(
        isTrue('extra.gastricHighIncidenceArea'),
        isTrue('extra.helicobacterPylori'),
        isTrue('extra.gastricPrecancerousCondition'),
        isTrue('extra.highSaltDiet'),
        isTrue('familyHistoryFirstDegree.gastricCancer'),
      ),
    ),
    recommendation: 'recommended',
    requires: ['familyHistoryFirstDegree.gastricCancer'],
    rationale: text(
      '早期胃癌筛查专家共识（2017/2018）：40岁及以上且具备高发地区、幽门螺杆菌感染、癌前疾病、胃癌家族史或不良饮食之一者筛查胃癌；未规定间隔。',
      'Early gastric cancer screening consensus (2017/2018): people aged 40 or over from a high-incidence region or with H. pylori, a precancerous disease, a family history of gastric cancer or a risk diet are screened; no interval stated.',
    ),
    source: CN_GASTRIC_CONSENSUS_2017,
  },
];

// ---- USPSTF -----------------------------------------------------------------------------------

// USPSTF colorectal (2021) test options and intervals: annual FIT or HSgFOBT; sDNA-FIT every 1-3
// years; CT colonography every 5 years; flexible sigmoidoscopy every 5 years; colonoscopy every 10.
const COLORECTAL_OPTIONS: readonly TestOption[] = [
  { test: 'fit', name: text('粪便免疫化学检测（FIT），每年', 'FIT, every year'), intervalMonths: 12 },
  { test: 'hsgfobt', name: text('高敏愈创木脂粪隐血试验，每年', 'High-sensitivity gFOBT, every year'), intervalMonths: 12 },
  { test: 'sdna-fit', name: text('粪便DNA-FIT，每1~3年', 'Stool DNA-FIT, every 1-3 years'), intervalMonths: 12, intervalMonthsMax: 36 },
  { test: 'ct-colonography', name: text('CT结肠成像，每5年', 'CT colonography, every 5 years'), intervalMonths: 60 },
  { test: 'flexible-sigmoidoscopy', name: text('乙状结肠镜，每5年', 'Flexible sigmoidoscopy, every 5 years'), intervalMonths: 60 },
  { test: 'colonoscopy', name: text('结肠镜，每10年', 'Colonoscopy, every 10 years'), intervalMonths: 120 },
];

const colorectal = (id: string, low: number, high: number, grade: string, recommendation: Recommendation, rationale: Localized): BuiltInRule => ({
  id,
  item: 'colorectal-screening',
  profile: 'us',
  when: ageBetween(low, high),
  // Without a previous test the plan uses the first option's interval (annual stool test).
  intervalMonths: 12,
  options: COLORECTAL_OPTIONS,
  recommendation,
  grade,
  rationale,
  source: USPSTF_COLORECTAL,
});

// USPSTF cervical (2018): 21-29 cytology every 3 years; 30-65 cytology every 3 years, hrHPV alone
// every 5 years or co-testing every 5 years; not after hysterectomy with the cervix removed.
const CYTOLOGY: TestOption = { test: 'cytology', name: text('宫颈细胞学（TCT），每3年', 'Cytology (TCT), every 3 years'), intervalMonths: 36 };
const HPV: TestOption = { test: 'hpv', name: text('高危型HPV检测，每5年', 'High-risk HPV test, every 5 years'), intervalMonths: 60 };
const COTEST: TestOption = { test: 'cotest', name: text('HPV+TCT联合检测，每5年', 'HPV + cytology co-test, every 5 years'), intervalMonths: 60 };
const cervixPresent: JsonValue = { '!==': [v('extra.cervixRemoved'), true] };

const usRule = (rule: Omit<BuiltInRule, 'profile'>): BuiltInRule => ({ profile: 'us', ...rule });

const US_RULES: readonly BuiltInRule[] = [
  usRule({
    // USPSTF 2021 (B): annual LDCT, age 50-80, >= 20 pack-years, current smoker or quit within
    // the past 15 years (15 years ago is still eligible; 16 is not).
    id: 'uspstf.lung-2021',
    item: 'ldct-lung',
    when: and(
      ageBetween(50, 80),
      { if: [known('smokingStatus'), or(is('smokingStatus', 'current'), and(is('smokingStatus', 'former'), cmp('<=', 'yearsSinceQuitting', 15))), null] },
      cmp('>=', 'packYears', 20),
    ),
    intervalMonths: 12,
    recommendation: 'recommended',
    grade: 'B',
    requires: ['smokingStatus', 'packYears', 'yearsSinceQuitting'],
    rationale: text(
      'USPSTF（2021，B级）：50~80岁、吸烟≥20包年、目前吸烟或戒烟15年以内者，每年行低剂量CT筛查。',
      'USPSTF (2021, grade B): adults aged 50-80 with >= 20 pack-years who smoke now or quit within the past 15 years have a low-dose CT every year.',
    ),
    source: USPSTF_LUNG,
  }),
  // USPSTF 2021: 45-49 (B), 50-75 (A), 76-85 selectively offer (C).
  colorectal('uspstf.colorectal-45-49', 45, 49, 'B', 'recommended', text('USPSTF（2021，B级）：45~49岁筛查结直肠癌。', 'USPSTF (2021, grade B): screen adults aged 45-49 for colorectal cancer.')),
  colorectal('uspstf.colorectal-50-75', 50, 75, 'A', 'recommended', text('USPSTF（2021，A级）：50~75岁筛查结直肠癌。', 'USPSTF (2021, grade A): screen adults aged 50-75 for colorectal cancer.')),
  colorectal('uspstf.colorectal-76-85', 76, 85, 'C', 'selectively-offer', text('USPSTF（2021，C级）：76~85岁根据个人情况选择性筛查。', 'USPSTF (2021, grade C): offer screening selectively to adults aged 76-85.')),
  usRule({
    // USPSTF 2024 (B): biennial mammography, women 40-74 (including a first-degree relative with breast cancer).
    id: 'uspstf.breast-2024',
    item: 'mammography',
    when: and(sex('female'), ageBetween(40, 74)),
    intervalMonths: 24,
    recommendation: 'recommended',
    grade: 'B',
    rationale: text('USPSTF（2024，B级）：40~74岁女性每2年1次乳腺X线摄影。', 'USPSTF (2024, grade B): women aged 40-74 have a mammogram every 2 years.'),
    source: USPSTF_BREAST,
  }),
  usRule({
    id: 'uspstf.cervical-21-29',
    item: 'cervical-screening',
    when: and(sex('female'), ageBetween(21, 29), cervixPresent),
    intervalMonths: 36,
    options: [CYTOLOGY],
    recommendation: 'recommended',
    grade: 'A',
    rationale: text('USPSTF（2018，A级）：21~29岁女性每3年1次宫颈细胞学检查。', 'USPSTF (2018, grade A): women aged 21-29 have cervical cytology every 3 years.'),
    source: USPSTF_CERVICAL,
  }),
  usRule({
    id: 'uspstf.cervical-30-65',
    item: 'cervical-screening',
    when: and(sex('female'), ageBetween(30, 65), cervixPresent),
    // Without a previous test: cytology, every 3 years (the first option the statement lists).
    intervalMonths: 36,
    options: [CYTOLOGY, HPV, COTEST],
    recommendation: 'recommended',
    grade: 'A',
    rationale: text(
      'USPSTF（2018，A级）：30~65岁女性每3年1次细胞学，或每5年1次高危型HPV检测，或每5年1次联合检测。',
      'USPSTF (2018, grade A): women aged 30-65 have cytology every 3 years, a high-risk HPV test every 5 years, or co-testing every 5 years.',
    ),
    source: USPSTF_CERVICAL,
  }),
  usRule({
    // USPSTF 2018 (C): men 55-69, individual decision on periodic PSA screening; 70+ recommend
    // against (D, so no rule). "Periodic": no interval stated.
    id: 'uspstf.prostate-55-69',
    item: 'psa-shared-decision',
    when: and(sex('male'), ageBetween(55, 69)),
    recommendation: 'shared-decision',
    grade: 'C',
    rationale: text(
      'USPSTF（2018，C级）：55~69岁男性在了解获益与风险后，个人决定是否定期做PSA筛查；70岁及以上不建议。',
      'USPSTF (2018, grade C): men aged 55-69 decide on periodic PSA screening after discussing benefits and harms; not recommended from 70.',
    ),
    source: USPSTF_PROSTATE,
  }),
  usRule({
    // USPSTF 2019 (B): one-time ultrasound, men 65-75 who have ever smoked (>= 100 cigarettes;
    // carepath reads smoking status former or current).
    id: 'uspstf.aaa-men-ever-smoked',
    item: 'aaa-ultrasound',
    when: and(sex('male'), ageBetween(65, 75), isTrue('everSmoked')),
    once: true,
    recommendation: 'recommended',
    grade: 'B',
    requires: ['everSmoked'],
    rationale: text('USPSTF（2019，B级）：65~75岁有吸烟史的男性做1次腹主动脉瘤超声筛查。', 'USPSTF (2019, grade B): men aged 65-75 who have ever smoked have a one-time ultrasound for abdominal aortic aneurysm.'),
    source: USPSTF_AAA,
  }),
  usRule({
    // USPSTF 2019 (C): men 65-75 who never smoked, selectively offer.
    id: 'uspstf.aaa-men-never-smoked',
    item: 'aaa-ultrasound',
    when: and(sex('male'), ageBetween(65, 75), is('smokingStatus', 'never')),
    once: true,
    recommendation: 'selectively-offer',
    grade: 'C',
    rationale: text('USPSTF（2019，C级）：65~75岁从不吸烟的男性可选择性做1次腹主动脉瘤超声。', 'USPSTF (2019, grade C): offer a one-time AAA ultrasound selectively to men aged 65-75 who never smoked.'),
    source: USPSTF_AAA,
  }),
  usRule({
    // USPSTF 2025 (B): women 65 or over. No interval stated.
    id: 'uspstf.osteoporosis-women-65',
    item: 'bone-density',
    when: and(sex('female'), ageAtLeast(65)),
    recommendation: 'recommended',
    grade: 'B',
    rationale: text('USPSTF（2025，B级）：65岁及以上女性筛查骨质疏松。', 'USPSTF (2025, grade B): screen women aged 65 or over for osteoporosis.'),
    source: USPSTF_OSTEOPOROSIS,
  }),
  usRule({
    // USPSTF 2025 (B): postmenopausal women under 65 at increased risk by a clinical risk
    // assessment. The record has neither menopause nor that assessment: the host supplies
    // extra.postmenopausalIncreasedFractureRisk.
    id: 'uspstf.osteoporosis-postmenopausal-under-65',
    item: 'bone-density',
    when: and(sex('female'), { '<': [v('age'), 65] }, isTrue('extra.postmenopausalIncreasedFractureRisk')),
    recommendation: 'recommended',
    grade: 'B',
    rationale: text('USPSTF（2025，B级）：临床评估骨折风险增高的65岁以下绝经后女性筛查骨质疏松。', 'USPSTF (2025, grade B): screen postmenopausal women under 65 at increased fracture risk by clinical assessment.'),
    source: USPSTF_OSTEOPOROSIS,
  }),
  usRule({
    // USPSTF 2021 (B): adults 35-70 with overweight or obesity (BMI >= 25 kg/m2, the statement's
    // definition of overweight); every 3 years is a reasonable interval.
    id: 'uspstf.diabetes-35-70',
    item: 'diabetes-screening',
    when: and(ageBetween(35, 70), notDiagnosed('conditions.diabetes'), cmp('>=', 'bmi', 25)),
    intervalMonths: 36,
    recommendation: 'recommended',
    grade: 'B',
    requires: ['bmi'],
    rationale: text('USPSTF（2021，B级）：35~70岁超重或肥胖成人筛查糖尿病前期和2型糖尿病，每3年1次。', 'USPSTF (2021, grade B): adults aged 35-70 with overweight or obesity are screened for prediabetes and type 2 diabetes every 3 years.'),
    source: USPSTF_DIABETES,
  }),
  usRule({
    // USPSTF hypertension (A; intervals from the 2015 clinical summary): annually from age 40.
    id: 'uspstf.blood-pressure-40',
    item: 'blood-pressure',
    when: and(ageAtLeast(40), notDiagnosed('conditions.hypertension')),
    intervalMonths: 12,
    recommendation: 'recommended',
    grade: 'A',
    rationale: text('USPSTF（A级）：40岁及以上成人每年测量血压筛查高血压。', 'USPSTF (grade A): adults aged 40 or over are screened for hypertension every year.'),
    source: USPSTF_HYPERTENSION,
  }),
  usRule({
    // Annually at increased risk: high-normal 130-139/85-89 mm Hg, overweight or obesity, Black persons.
    id: 'uspstf.blood-pressure-18-39-increased-risk',
    item: 'blood-pressure',
    when: and(
      ageBetween(18, 39),
      notDiagnosed('conditions.hypertension'),
      or(is('ancestry', 'black'), cmp('>=', 'bp.systolic', 130), cmp('>=', 'bp.diastolic', 85), cmp('>=', 'bmi', 25)),
    ),
    intervalMonths: 12,
    recommendation: 'recommended',
    grade: 'A',
    rationale: text(
      'USPSTF（A级）：18~39岁、血压正常高值（130~139/85~89 mmHg）、超重肥胖或黑人等风险增高者每年筛查血压。',
      'USPSTF (grade A): adults aged 18-39 at increased risk (high-normal 130-139/85-89 mm Hg, overweight or obesity, Black persons) are screened every year.',
    ),
    source: USPSTF_HYPERTENSION,
  }),
  usRule({
    // Every 3-5 years for 18-39 with normal BP and no risk factors: 36 months (the shorter end).
    // An abnormal (high-normal) previous result puts the person at increased risk: annually.
    id: 'uspstf.blood-pressure-18-39',
    item: 'blood-pressure',
    when: and(ageBetween(18, 39), notDiagnosed('conditions.hypertension')),
    intervalMonths: 36,
    abnormalIntervalMonths: 12,
    recommendation: 'recommended',
    grade: 'A',
    rationale: text('USPSTF（A级）：18~39岁血压正常且无危险因素者每3~5年筛查血压。', 'USPSTF (grade A): adults aged 18-39 with normal blood pressure and no risk factors are screened every 3-5 years.'),
    source: USPSTF_HYPERTENSION,
  }),
  usRule({
    // USPSTF 2022: the statin recommendation needs a lipid measurement for the risk calculation
    // in adults 40-75; no standalone lipid-screening interval was retrieved.
    id: 'uspstf.lipids-for-statin-risk',
    item: 'lipids',
    when: ageBetween(40, 75),
    recommendation: 'recommended',
    rationale: text('USPSTF（2022）：40~75岁成人需检测血脂以计算10年心血管风险，决定是否使用他汀。', 'USPSTF (2022): adults aged 40-75 need a lipid measurement to estimate 10-year CVD risk for the statin recommendation.'),
    source: USPSTF_STATIN,
  }),
  usRule({
    // USPSTF 2022 (B): 40-75 with >= 1 risk factor (dyslipidaemia, diabetes, hypertension,
    // smoking) and 10-year risk >= 10 %: statin.
    id: 'uspstf.statin-10',
    item: 'statin-eligibility',
    when: and(
      ageBetween(40, 75),
      or(isTrue('conditions.dyslipidaemia'), isTrue('conditions.diabetes'), isTrue('conditions.hypertension'), isTrue('currentSmoker')),
      cmp('>=', 'risk.pooledCohort.value', 10),
    ),
    recommendation: 'recommended',
    grade: 'B',
    rationale: text('USPSTF（2022，B级）：40~75岁、至少1项心血管危险因素且10年风险≥10%者使用他汀。', 'USPSTF (2022, grade B): adults aged 40-75 with at least one CVD risk factor and a 10-year risk of 10 % or more are prescribed a statin.'),
    source: USPSTF_STATIN,
  }),
  usRule({
    // USPSTF 2022 (C): 7.5 to < 10 %: selectively offer.
    id: 'uspstf.statin-7.5',
    item: 'statin-eligibility',
    when: and(
      ageBetween(40, 75),
      or(isTrue('conditions.dyslipidaemia'), isTrue('conditions.diabetes'), isTrue('conditions.hypertension'), isTrue('currentSmoker')),
      cmp('>=', 'risk.pooledCohort.value', 7.5),
      cmp('<', 'risk.pooledCohort.value', 10),
    ),
    recommendation: 'selectively-offer',
    grade: 'C',
    rationale: text('USPSTF（2022，C级）：10年风险7.5%~<10%者可选择性使用他汀。', 'USPSTF (2022, grade C): offer a statin selectively at a 10-year risk of 7.5 % to under 10 %.'),
    source: USPSTF_STATIN,
  }),
  usRule({
    // USPSTF 2023 (B): screen all adults for depression. No interval stated.
    id: 'uspstf.depression-2023',
    item: 'depression-screening',
    when: and(ageAtLeast(18), notDiagnosed('conditions.depression')),
    recommendation: 'recommended',
    grade: 'B',
    rationale: text('USPSTF（2023，B级）：所有成人筛查抑郁。', 'USPSTF (2023, grade B): screen all adults for depression.'),
    source: USPSTF_DEPRESSION,
  }),
  usRule({
    // USPSTF 2020 (B): adults 18-79, at least once.
    id: 'uspstf.hepatitis-c-18-79',
    item: 'hepatitis-c',
    when: ageBetween(18, 79),
    once: true,
    recommendation: 'recommended',
    grade: 'B',
    rationale: text('USPSTF（2020，B级）：18~79岁成人至少筛查1次丙肝。', 'USPSTF (2020, grade B): adults aged 18-79 are screened for hepatitis C at least once.'),
    source: USPSTF_HEPATITIS_C,
  }),
  usRule({
    // USPSTF 2020 (B): adolescents and adults at increased risk; the record holds no such risk, so
    // the host supplies extra.hepatitisBIncreasedRisk. No interval stated.
    id: 'uspstf.hepatitis-b-increased-risk',
    item: 'hepatitis-b',
    when: isTrue('extra.hepatitisBIncreasedRisk'),
    recommendation: 'recommended',
    grade: 'B',
    rationale: text('USPSTF（2020，B级）：感染风险增高的青少年和成人筛查乙肝。', 'USPSTF (2020, grade B): adolescents and adults at increased risk are screened for hepatitis B.'),
    source: USPSTF_HEPATITIS_B,
  }),
];

// ---- risk-driven additions (carepath/risk results) ---------------------------------------------

const IWGDF_INTERVALS: readonly (readonly [string, number, string, string])[] = [
  // IWGDF 2023 screening frequency: very low once a year; low every 6-12 months; moderate every
  // 3-6 months; high every 1-3 months. carepath uses the shorter end of each range.
  ['very-low', 12, '极低风险：每年1次', 'very low risk: once a year'],
  ['low', 6, '低风险：每6~12个月1次', 'low risk: every 6-12 months'],
  ['moderate', 3, '中风险：每3~6个月1次', 'moderate risk: every 3-6 months'],
  ['high', 1, '高风险：每1~3个月1次', 'high risk: every 1-3 months'],
];

const RISK_RULES: readonly BuiltInRule[] = [
  {
    // CDS 2020 / Zhou 2013: CDRS >= 25 calls for an OGTT.
    id: 'risk.cdrs-25.ogtt',
    item: 'ogtt',
    profile: 'cn',
    when: { '===': [v('risk.cdrs.category'), 'high-risk'] },
    recommendation: 'recommended',
    rationale: text('中国糖尿病风险评分≥25分：行OGTT筛查糖尿病（中国2型糖尿病防治指南2020）。', 'Chinese Diabetes Risk Score 25 or more: screen for diabetes with an OGTT (CDS guideline 2020).'),
    source: CDS_2020,
  },
  {
    // CDS 2020: HbA1c >= 6.5 % is a supplementary diagnostic criterion.
    id: 'risk.cdrs-25.hba1c',
    item: 'hba1c',
    profile: 'cn',
    when: { '===': [v('risk.cdrs.category'), 'high-risk'] },
    recommendation: 'recommended',
    rationale: text('中国糖尿病风险评分≥25分：加测HbA1c（指南2020：HbA1c为补充诊断标准）。', 'Chinese Diabetes Risk Score 25 or more: add an HbA1c (CDS 2020: a supplementary diagnostic criterion).'),
    source: CDS_2020,
  },
  {
    // Seed 004: FPG >= 6.1 mmol/L + BMI >= 24 + hypertension: 8-fold 3-year diabetes risk. The seed
    // prescribes one-to-one intervention; the diagnostic tests (OGTT, HbA1c) are those of CDS 2020.
    id: 'risk.eight-fold.ogtt',
    item: 'ogtt',
    profile: 'cn',
    when: { '===': [v('risk.seedDiabetesRisk.category'), 'eight-fold-risk'] },
    recommendation: 'recommended',
    rationale: text('种子文档：空腹血糖≥6.1 mmol/L、BMI≥24且有高血压者3年糖尿病风险升高8倍：行OGTT明确糖代谢状态。', 'Seed: fasting glucose >= 6.1 mmol/L, BMI >= 24 and hypertension carry an 8-fold 3-year diabetes risk: an OGTT establishes glucose status.'),
    source: SEED_EIGHT_FOLD,
  },
  {
    id: 'risk.eight-fold.hba1c',
    item: 'hba1c',
    profile: 'cn',
    when: { '===': [v('risk.seedDiabetesRisk.category'), 'eight-fold-risk'] },
    recommendation: 'recommended',
    rationale: text('种子文档8倍风险人群：加测HbA1c。', 'Seed 8-fold risk group: add an HbA1c.'),
    source: SEED_EIGHT_FOLD,
  },
  ...(['lipids', 'blood-pressure'] as const).flatMap((item): BuiltInRule[] => [
    {
      // China-PAR intermediate (5-10 %) or high (>= 10 %), 2019 strata.
      id: `risk.china-par-intermediate-high.${item}`,
      item,
      profile: 'cn',
      when: categoryIn('risk.chinaPar.category', ['intermediate', 'high']),
      recommendation: 'recommended',
      rationale: text('China-PAR 10年心血管风险中危或高危：随访血脂和血压。', 'China-PAR 10-year ASCVD risk intermediate or high: follow up lipids and blood pressure.'),
      source: CHINA_PAR_2019,
    },
    {
      // Pooled Cohort Equations intermediate (7.5-20 %) or high (>= 20 %), 2018 ACC/AHA categories.
      id: `risk.pce-intermediate-high.${item}`,
      item,
      profile: 'us',
      when: categoryIn('risk.pooledCohort.category', ['intermediate', 'high']),
      recommendation: 'recommended',
      rationale: text('汇总队列方程10年ASCVD风险中危或高危：随访血脂和血压。', 'Pooled Cohort Equations 10-year ASCVD risk intermediate or high: follow up lipids and blood pressure.'),
      source: ACC_AHA_2018,
    },
  ]),
  ...IWGDF_INTERVALS.map(
    ([category, months, zh, en]): BuiltInRule => ({
      id: `risk.iwgdf-${category}.foot-examination`,
      item: 'foot-examination',
      profile: 'all',
      when: { '===': [v('risk.iwgdfFoot.category'), category] },
      intervalMonths: months,
      recommendation: 'recommended',
      rationale: text(`IWGDF 2023足部风险分层，${zh}。`, `IWGDF 2023 foot risk stratification, ${en}.`),
      source: IWGDF_2023,
    }),
  ),
];

/**
 * Every built-in rule, in precedence order for ties: seed, Chinese norms and guidelines, USPSTF,
 * risk-driven additions.
 */
export const BUILT_IN_RULE_LIST: readonly BuiltInRule[] = [...SEED_RULES, ...PHS_RULES, ...CN_RULES, ...US_RULES, ...RISK_RULES];
