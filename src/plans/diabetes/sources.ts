import { citation, seedSource } from '../../core/source.js';

/**
 * The sources the diabetes plan cites, in one place so that every item names the same edition.
 *
 * @internal
 */
export const SOURCES = {
  seedPlans: seedSource('004_eccb0a9eec47fd06.txt', '慢病管理：个性化糖尿病方案（老年、青年、妊娠期）'),
  seedProgrammes: seedSource('000_71735d5778d29d68.txt', '05.1 糖尿病全周期服务包'),
  seedAudiences: seedSource('000_71735d5778d29d68.txt', '05.4.1 目标人群'),
  seedOlderPackage: seedSource('000_71735d5778d29d68.txt', '04.2 老年糖尿病服务包'),
  seedEscalation: seedSource('001_175e5153b43beeec.txt', '血糖连续3天高于目标：健康管理师电话干预'),
  seedSingleHigh: seedSource('004_eccb0a9eec47fd06.txt', '血糖 13.9 mmol/L：推送调整建议'),
  seedAdverse: seedSource('004_eccb0a9eec47fd06.txt', '不良反应上报：医生会诊'),
  seedPackages: seedSource('001_175e5153b43beeec.txt', '服务分级：基础、标准、高端'),
  seedInsurance: seedSource('000_71735d5778d29d68.txt', '医保支付的糖尿病服务包：每年1200元，含4次血糖检测、12次随访、2次营养咨询'),
  cds2020: citation('guideline', 'cds-2020', 'Chinese Diabetes Society. Guideline for the prevention and treatment of type 2 diabetes mellitus in China (中国2型糖尿病防治指南), 2020 edition', { year: 2020 }),
  cds2020Hba1c: citation('guideline', 'cds-cse-2020-hba1c', 'CDS/CSE expert consensus on HbA1c targets for Chinese adults with type 2 diabetes (中华糖尿病杂志 2020;12(1):1-12)', { year: 2020 }),
  china2022Pregnancy: citation('guideline', 'cn-2022-pregnancy-hyperglycaemia', '妊娠期高血糖诊治指南 (2022): pregnancy glucose targets', { year: 2022 }),
  ada2025Diagnosis: citation('guideline', 'ada-2025-s2', 'ADA Standards of Care in Diabetes 2025, Section 2: Diagnosis and Classification (Diabetes Care 2025;48(Suppl 1):S27-S49)', { year: 2025, section: '2', doi: '10.2337/dc25-S002' }),
  ada2025Glycaemic: citation('guideline', 'ada-2025-s6', 'ADA Standards of Care in Diabetes 2025, Section 6: Glycemic Goals and Hypoglycemia (Diabetes Care 2025;48(Suppl 1):S128-S145)', { year: 2025, section: '6', doi: '10.2337/dc25-S006' }),
  ada2025Lifestyle: citation('guideline', 'ada-2025-s5', 'ADA Standards of Care in Diabetes 2025, Section 5: Facilitating Positive Health Behaviors (physical activity; medical nutrition therapy)', { year: 2025, section: '5' }),
  ada2024Older: citation('guideline', 'ada-2024-s13', 'ADA Standards of Care in Diabetes 2024, Section 13: Older Adults, Table 13.1 (Diabetes Care 2024;47(Suppl 1):S244-S257)', { year: 2024, section: '13', doi: '10.2337/dc24-S013' }),
  ada2025Ckd: citation('guideline', 'ada-2025-s11', 'ADA Standards of Care in Diabetes 2025, Section 11: Chronic Kidney Disease and Risk Management', { year: 2025, section: '11' }),
  ada2025Pregnancy: citation('guideline', 'ada-2025-s15', 'ADA Standards of Care in Diabetes 2025, Section 15: Management of Diabetes in Pregnancy', { year: 2025, section: '15' }),
  kdoqi2020: citation('guideline', 'kdoqi-2020-nutrition', 'KDOQI Clinical Practice Guideline for Nutrition in CKD: 2020 Update (Am J Kidney Dis 2020;76(3 Suppl 1):S1-S107): protein 0.6-0.8 g/kg/day in CKD 3-5 with diabetes; sodium < 2.3 g/day', { year: 2020 }),
  publicHealthNorm: citation('guideline', 'cn-bphs-2017-diabetes', '国家基本公共卫生服务规范（第三版）, 2017: 2型糖尿病患者健康管理服务规范 (follow-up, danger criteria, classification, annual examination)', { year: 2017, version: '3rd edition' }),
  hypoglycaemia: citation('guideline', 'ada-2025-s6-hypoglycaemia', 'ADA Standards of Care 2025, Section 6: hypoglycaemia level 1 < 3.9 mmol/L (70 mg/dL), level 2 < 3.0 mmol/L (54 mg/dL), level 3 severe event needing assistance', { year: 2025, section: '6' }),
  exerciseChina: citation('guideline', 'cds-2020-exercise', 'CDS 2020 exercise principles and Jiangsu CDC guidance: 150 min/week moderate activity, resistance 2-3 times/week at least 48 h apart; no exercise while fasting glucose > 16.7 mmol/L, with recurrent hypoglycaemia or large swings', { year: 2020 }),
  smbgChina: citation('guideline', 'cds-2020-smbg', 'CDS 2020 self-monitoring principles: lifestyle only, targeted checks; oral agents 2-4 times a week fasting or 2 h after a meal; insulin by regimen (basal: fasting; premixed: fasting and before dinner)', { year: 2020 }),
  retinal: citation('guideline', 'ada-2025-s12', 'ADA Standards of Care 2025, Section 12: Retinopathy: dilated eye examination at diagnosis of type 2 diabetes, then at least yearly with retinopathy (every 1-2 years without)', { year: 2025, section: '12' }),
  lipidsAda: citation('guideline', 'ada-2025-s10-lipids', 'ADA Standards of Care, Section 10: lipid profile at diagnosis and at least every 5 years if under 40 and not on lipid-lowering therapy; annually on therapy or older', { year: 2025, section: '10' }),
  activityWho: citation('guideline', 'who-2020-activity', 'WHO guidelines on physical activity and sedentary behaviour, 2020: adults 150-300 min moderate activity a week', { year: 2020 }),
} as const;
