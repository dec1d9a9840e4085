import { citation, seedSource, type Source } from '../../core/source.js';

/**
 * The citations of the check-up module. Every clinical number in the built-in rules names one of
 * these; a rule's comment says which section of the source the number comes from.
 *
 * @module
 */

/** Seed 004, section 04 "个性化服务：健康体检：差异化的筛查方案": the three check-up focus groups. */
export const SEED_CHECKUP_TABLE: Source = seedSource('004_eccb0a9eec47fd06.txt', '04 个性化服务：健康体检（差异化的筛查方案）');

/** Seed 004, section 04 user-stratification table: healthy people get an annual check-up package (推荐年度体检套餐). */
export const SEED_ANNUAL_CHECKUP: Source = seedSource('004_eccb0a9eec47fd06.txt', '04 用户分层：健康人群，推荐年度体检套餐');

/** Seed 004, section 03 "智能分析": FPG >= 6.1 mmol/L + BMI >= 24 + hypertension: 8-fold 3-year diabetes risk. */
export const SEED_EIGHT_FOLD: Source = seedSource('004_eccb0a9eec47fd06.txt', '03 智能分析：空腹血糖≥6.1mmol/L+BMI≥24+高血压史，3年糖尿病风险提升8倍');

/** Seed 001, "健康评估标准": the "10 + 3" check-up package (10 routine items + 3 chronic-disease screenings) for residents 65+. */
export const SEED_TEN_PLUS_THREE: Source = seedSource('001_175e5153b43beeec.txt', '05 标准化服务流程：健康评估标准（65岁以上老年人“10+3”体检套餐）');

/** Seed 001, "个性化服务包设计": basic (free: record, annual check-up, consultation), standard, premium (高端体检套餐). */
export const SEED_SERVICE_TIERS: Source = seedSource('001_175e5153b43beeec.txt', '05 个性化服务包设计：基础版、标准版、尊享版');

/** carepath's item-to-package mapping (docs/checkup.md, "Packages"): the seed names the tiers, not the items of each. */
export const CAREPATH_PACKAGE_MAPPING: Source = citation('carepath', 'checkup-package-mapping', 'carepath: check-up items by service package (docs/checkup.md, Packages)');

/** carepath's reading of the seed where the text is ambiguous (docs/checkup.md, "The seed rules"). */
export const CAREPATH_SEED_READING: Source = citation('carepath', 'checkup-seed-reading', 'carepath: reading of the seed check-up table (docs/checkup.md, The seed rules)');

/** National Basic Public Health Service Norm, 3rd edition (2017): health management of residents aged 65 and over. */
export const PHS_NORM_ELDERLY: Source = citation(
  'guideline',
  'cn-phs-norm-2017-elderly',
  '国家基本公共卫生服务规范（第三版）：老年人健康管理服务规范 (National Basic Public Health Service Norm, 3rd ed.: health management of residents aged 65+)',
  { year: 2017, version: '3rd edition', section: '服务内容：生活方式和健康状况评估、体格检查、辅助检查' },
);

const uspstf = (id: string, title: string, year: number, version: string, url: string): Source =>
  citation('guideline', id, `USPSTF: ${title}`, { year, version, url });

/** USPSTF lung cancer screening, final 2021-03-09 (grade B). */
export const USPSTF_LUNG = uspstf('uspstf-lung-2021', 'Lung Cancer: Screening', 2021, 'final 2021-03-09', 'https://www.uspreventiveservicestaskforce.org/uspstf/recommendation/lung-cancer-screening');
/** USPSTF colorectal cancer screening, final 2021-05-18 (A 50-75, B 45-49, C 76-85). */
export const USPSTF_COLORECTAL = uspstf('uspstf-colorectal-2021', 'Colorectal Cancer: Screening', 2021, 'final 2021-05-18', 'https://www.uspreventiveservicestaskforce.org/uspstf/recommendation/colorectal-cancer-screening');
/** USPSTF breast cancer screening, final 2024-04-30 (B). */
export const USPSTF_BREAST = uspstf('uspstf-breast-2024', 'Breast Cancer: Screening', 2024, 'final 2024-04-30', 'https://www.uspreventiveservicestaskforce.org/uspstf/recommendation/breast-cancer-screening');
/** USPSTF cervical cancer screening, final 2018 (A). The December 2024 draft is not encoded. */
export const USPSTF_CERVICAL = uspstf('uspstf-cervical-2018', 'Cervical Cancer: Screening', 2018, 'final 2018', 'https://www.uspreventiveservicestaskforce.org/uspstf/recommendation/cervical-cancer-screening');
/** USPSTF prostate cancer screening, final 2018 (C 55-69, D 70+). */
export const USPSTF_PROSTATE = uspstf('uspstf-prostate-2018', 'Prostate Cancer: Screening', 2018, 'final 2018', 'https://www.uspreventiveservicestaskforce.org/uspstf/recommendation/prostate-cancer-screening');
/** USPSTF abdominal aortic aneurysm screening, final 2019-12-10. */
export const USPSTF_AAA = uspstf('uspstf-aaa-2019', 'Abdominal Aortic Aneurysm: Screening', 2019, 'final 2019-12-10', 'https://www.uspreventiveservicestaskforce.org/uspstf/recommendation/abdominal-aortic-aneurysm-screening');
/** USPSTF osteoporosis screening, final 2025-01-14. */
export const USPSTF_OSTEOPOROSIS = uspstf('uspstf-osteoporosis-2025', 'Osteoporosis to Prevent Fractures: Screening', 2025, 'final 2025-01-14', 'https://www.uspreventiveservicestaskforce.org/uspstf/recommendation/osteoporosis-screening');
/** USPSTF prediabetes and type 2 diabetes screening, final 2021-08 (B). */
export const USPSTF_DIABETES = uspstf('uspstf-diabetes-2021', 'Prediabetes and Type 2 Diabetes: Screening', 2021, 'final 2021-08', 'https://www.uspreventiveservicestaskforce.org/uspstf/recommendation/screening-for-prediabetes-and-type-2-diabetes');
/** USPSTF hypertension screening in adults, reaffirmed 2021-04 (A); intervals from the 2015 clinical summary. */
export const USPSTF_HYPERTENSION = uspstf('uspstf-hypertension-2021', 'Hypertension in Adults: Screening', 2021, 'reaffirmed 2021-04; intervals from the 2015 clinical summary', 'https://www.uspreventiveservicestaskforce.org/uspstf/recommendation/hypertension-in-adults-screening');
/** USPSTF statin use for primary prevention of CVD, final 2022-08-23. */
export const USPSTF_STATIN = uspstf('uspstf-statin-2022', 'Statin Use for the Primary Prevention of Cardiovascular Disease in Adults: Preventive Medication', 2022, 'final 2022-08-23', 'https://www.uspreventiveservicestaskforce.org/uspstf/recommendation/statin-use-in-adults-preventive-medication');
/** USPSTF depression screening in adults, final 2023 (B). */
export const USPSTF_DEPRESSION = uspstf('uspstf-depression-2023', 'Depression and Suicide Risk in Adults: Screening', 2023, 'final 2023', 'https://www.uspreventiveservicestaskforce.org/uspstf/recommendation/screening-depression-suicide-risk-adults');
/** USPSTF hepatitis C screening, final 2020-03 (B). */
export const USPSTF_HEPATITIS_C = uspstf('uspstf-hepatitis-c-2020', 'Hepatitis C Virus Infection in Adolescents and Adults: Screening', 2020, 'final 2020-03', 'https://www.uspreventiveservicestaskforce.org/uspstf/recommendation/hepatitis-c-screening');
/** USPSTF hepatitis B screening, final 2020-12-15 (B). */
export const USPSTF_HEPATITIS_B = uspstf('uspstf-hepatitis-b-2020', 'Hepatitis B Virus Infection in Adolescents and Adults: Screening', 2020, 'final 2020-12-15', 'https://www.uspreventiveservicestaskforce.org/uspstf/recommendation/hepatitis-b-virus-infection-screening');

/** 中国肺癌筛查与早诊早治指南（2021，北京）, National Cancer Center. */
export const CN_LUNG_2021: Source = citation('guideline', 'cn-lung-screening-2021', '中国肺癌筛查与早诊早治指南（2021，北京） (China guideline for lung cancer screening and early detection, 2021)', {
  year: 2021,
  doi: '10.3760/cma.j.cn112152-20210119-00060',
  section: '筛查人群',
});

/** 中国胃癌筛查与早诊早治指南（2022，北京）, 中华肿瘤杂志 2022;44(7):634-666. */
export const CN_GASTRIC_2022: Source = citation('guideline', 'cn-gastric-screening-2022', '中国胃癌筛查与早诊早治指南（2022，北京） (China guideline for gastric cancer screening and early detection, 2022; Chinese Journal of Oncology 2022;44(7):634-666)', {
  year: 2022,
  section: '筛查对象与筛查间隔',
});

/** The earlier Chinese early-gastric-cancer screening consensus (2017/2018): start age 40. Known from secondary summaries only. */
export const CN_GASTRIC_CONSENSUS_2017: Source = citation('guideline', 'cn-early-gastric-cancer-consensus-2017', 'Chinese early gastric cancer screening expert consensus (2017/2018), from secondary summaries: verify against the original before production use', {
  year: 2017,
  section: '筛查对象',
});

/** Chinese Diabetes Society guideline 2020: OGTT when CDRS >= 25; HbA1c >= 6.5 % as a supplementary diagnostic criterion. */
export const CDS_2020: Source = citation('guideline', 'cds-2020', '中国2型糖尿病防治指南（2020年版） (Chinese Diabetes Society guideline 2020): CDRS >= 25 calls for an OGTT; HbA1c as a supplementary diagnostic criterion', {
  year: 2020,
  section: '2型糖尿病的筛查；诊断标准',
});

/** China-PAR risk strata (2019 Chinese guideline on CVD risk assessment), as used by carepath/risk. */
export const CHINA_PAR_2019: Source = citation('guideline', 'china-par-2019-strata', '中国心血管病风险评估和管理指南 (2019): China-PAR 10-year ASCVD risk strata and follow-up of intermediate and high risk', { year: 2019 });

/** 2018 ACC/AHA cholesterol guideline risk categories for the Pooled Cohort Equations, as used by carepath/risk. */
export const ACC_AHA_2018: Source = citation('guideline', 'acc-aha-2018-cholesterol', '2018 AHA/ACC Guideline on the Management of Blood Cholesterol: 10-year ASCVD risk categories (Pooled Cohort Equations)', { year: 2018 });

/** IWGDF 2023 foot screening frequency by risk category, as used by carepath/risk. */
export const IWGDF_2023: Source = citation('guideline', 'iwgdf-2023', 'IWGDF 2023 risk stratification system and foot screening frequency (Bus SA, et al. Diabetes Metab Res Rev 2024;40(3):e3651)', { version: 'IWGDF 2023' });
