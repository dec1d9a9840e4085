import { citation, seedSource, type Source } from '../../core/source.js';

/**
 * The sources the built-in post-operative protocols cite. Secondary sources (hospital protocols,
 * discharge instructions) are named as such; see docs/postop.md for the choices made where they
 * disagree.
 *
 * @internal
 */
export const SRC = {
  /** 004: staged TKA rehabilitation (术后康复：分阶段的康复路径), cholecystectomy day 1/3/7, daily then weekly follow-up. */
  seedTka: seedSource('004_eccb0a9eec47fd06.txt', '04 个性化服务：术后康复（膝关节置换术后阶梯式康复计划）'),
  seedCholecystectomy: seedSource('004_eccb0a9eec47fd06.txt', '04 诊后场景：智能随访与康复指导（腹腔镜胆囊切除术后第1/3/7天）'),
  seedFollowUp: seedSource('004_eccb0a9eec47fd06.txt', '03 流程再造：术后患者第1周每日随访、稳定期每周随访'),
  seedHomeVisit: seedSource('004_eccb0a9eec47fd06.txt', '03 用户运营粗放化：老年患者更需要上门随访'),
  /** 003: rehabilitation milestones 1 week / 1 month / 3 months; family task cards; pre-treatment checklist. */
  seedMilestones: seedSource('003_2e90203f66327890.txt', '康复管理阶段：康复里程碑（术后1周、1个月、3个月）'),
  seedFamily: seedSource('003_2e90203f66327890.txt', '康复管理阶段：家庭参与策略（家属康复培训、家庭康复任务卡）'),
  seedChecklist: seedSource('003_2e90203f66327890.txt', '治疗执行阶段：治疗准备清单（术前8小时禁食、携带既往病历）'),
  seedElderlyPhone: seedSource('003_2e90203f66327890.txt', '治疗执行阶段：智能提醒系统（对老年患者增加电话提醒）'),
  tkaConsensus: citation('guideline', 'tka-rom-consensus', 'TKA range-of-motion milestones as published institutional protocols agree (flexion >= 90 degrees by about 2 weeks, >= 110 by about 6 weeks; Meininger, Marattmd, Scribd TKR protocol)', {
    section: 'secondary sources [S]',
  }),
  aaosCpm: citation('guideline', 'aaos-cpg-knee-oa-surgical-2015', 'AAOS Clinical Practice Guideline: Surgical Management of Osteoarthritis of the Knee; Choosing Wisely: avoid routine CPM after knee arthroplasty', { year: 2015, url: 'https://www.orthoguidelines.org/guideline-detail?id=1319' }),
  aaosExercise: citation('guideline', 'aaos-orthoinfo-tka-exercise', 'AAOS OrthoInfo total knee replacement exercise guide: ankle pumps, quadriceps sets, straight-leg raises; 20-30 minutes 2-3 times a day; stairs: up with the good leg, down with the operated leg', {
    section: 'mirror [S-weak]',
  }),
  jointVisits: citation('guideline', 'joint-replacement-follow-up', 'Follow-up after joint replacement: 2 weeks (wound check, suture or staple removal), 6 weeks, 3 months, 1 year (Verywell Health, orthopaedic surgeons\' schedule)', {
    section: 'secondary source [S]',
    url: 'https://www.verywellhealth.com/follow-up-after-joint-replacement-surgery-4164748',
  }),
  woundCare: citation('guideline', 'arthroplasty-wound-care', 'Arthroplasty discharge instructions: incision dry by day 3-4, sutures out at 10-14 days, no tub bathing until then (VTFC, Emory, ValleyCare)', {
    section: 'secondary sources [S]',
  }),
  activityLimits: citation('guideline', 'tka-activity-limits', 'Returning home after total knee replacement (Trinitas / RWJBarnabas): no heavy lifting for 3 months; do not put a pillow under the knee (Meininger protocol)', {
    section: 'secondary sources [S]',
  }),
  hipPrecautions: citation('guideline', 'tha-precautions-by-approach', 'Total hip precautions by surgical approach (posterior, lateral, anterior); duration surgeon-specific, about 6 weeks (Hendersonville Orthopedics; Age in Place School; Lareau)', {
    section: 'secondary sources [S]',
  }),
  eras: citation('guideline', 'eras-tha-tka-2019', 'ERAS Society consensus for THA/TKA: early mobilisation, opioid-sparing analgesia (Wainwright et al., Acta Orthop 2019)', { year: 2019, doi: '10.1080/17453674.2019.1683790' }),
  accp2012: citation('guideline', 'accp-2012-orthopaedic', 'ACCP Antithrombotic Therapy 9th ed.: Prevention of VTE in orthopedic surgery patients (Falck-Ytter et al., Chest 2012;141(2 Suppl):e278S-e325S): prophylaxis for a minimum of 10-14 days (1B), extended up to 35 days (2B)', {
    year: 2012,
    section: 'THA/TKA recommendations 2.1-2.3',
    doi: '10.1378/chest.11-2404',
  }),
  accp2012General: citation('guideline', 'accp-2012-nonorthopaedic', 'ACCP Antithrombotic Therapy 9th ed.: Prevention of VTE in nonorthopedic surgical patients (Gould et al., Chest 2012;141(2 Suppl):e227S-e277S): extended-duration (4 weeks) LMWH after abdominal or pelvic cancer surgery at high VTE risk (1B)', {
    year: 2012,
    section: 'abdominal-pelvic surgery 3.6.3',
    doi: '10.1378/chest.11-2297',
  }),
  caprini2005: citation('score', 'caprini', 'Caprini risk assessment model (2005): Caprini JA, Dis Mon 2005;51(2-3):70-78 (risk levels with prophylaxis as printed)', { year: 2005, version: '2005', doi: '10.1016/j.disamonth.2005.02.003' }),
  morse: citation('guideline', 'ahrq-preventing-falls-2013', 'AHRQ Preventing Falls in Hospitals toolkit (2013), Tool 3H (Morse Fall Scale cut-offs) and universal fall precautions: assistive device within reach, supervised mobility for high risk', { year: 2013, section: 'Tool 3H; 3.1' }),
  cholecystectomy: citation('guideline', 'lap-chole-discharge', 'Discharge instructions for laparoscopic cholecystectomy (Saint Luke\'s / Krames, BayCare): walk as able, no heavy lifting, low-fat diet for the first month; warning signs', {
    section: 'secondary sources [S]',
  }),
  bmjCholecystectomy: citation('guideline', 'bmj-best-practice-cholecystectomy', 'BMJ Best Practice, laparoscopic cholecystectomy monitoring: see within 2 weeks of discharge; ask about pain, vomiting, intake; check wound; look for jaundice', {
    section: 'monitoring',
    url: 'https://bestpractice.bmj.com/topics/en-gb/3000084/monitoring',
  }),
  fever: citation('guideline', 'postop-fever-threshold', 'Post-operative fever threshold: >= 38.0 degrees C (100.4 F), Saint Luke\'s discharge instructions (current version); other sources use 38.5 C (BayCare) or 102 F', {
    section: 'CONFLICT: the most conservative value is the default',
  }),
  redFlags: citation('guideline', 'postop-red-flags', 'Post-operative red flags compiled from discharge instructions: fever or chills; wound redness, pus or new drainage after day 3-4; calf pain or swelling; chest pain or breathlessness; jaundice, dark urine, pale stool; worsening abdominal pain', {
    section: 'compiled list',
  }),
  niceVte: citation('guideline', 'nice-ng158', 'NICE NG158 Venous thromboembolic diseases: diagnosis, management and thrombophilia testing (2020): suspected DVT, proximal leg vein ultrasound within 4 hours of request', { year: 2020, section: '1.1' }),
  projectRed: citation('guideline', 'ahrq-project-red', 'AHRQ Project RED (Re-Engineered Discharge): post-discharge telephone call within 48-72 hours', { section: 'module 1', url: 'https://www.ahrq.gov/professionals/systems/hospital/red/module1/slide56.html' }),
  cmsTcm: citation('guideline', 'cms-tcm-99496', 'CMS Transitional Care Management (CPT 99495/99496): contact within 2 business days; face-to-face visit within 7 days for high complexity, within 14 days otherwise'),
  lace: citation('score', 'lace', 'LACE index (van Walraven et al., CMAJ 2010;182(6):551-557); bands 0-4 / 5-9 / >= 10', { year: 2010, doi: '10.1503/cmaj.091117' }),
  cds2020: citation('guideline', 'cds-2020', '中国2型糖尿病防治指南（2020年版）(Chinese Diabetes Society): comprehensive control targets, capillary glucose fasting 4.4-7.0 mmol/L, non-fasting < 10.0 mmol/L', {
    year: 2020,
    section: '综合控制目标',
  }),
  obesityCn: citation('standard', 'ws-t-428-2013', 'WS/T 428-2013 成人体重判定 (adult weight classification, China): obesity BMI >= 28.0 kg/m2', { year: 2013 }),
  elderlyCn: citation('guideline', 'nbphs-elderly-65', '国家基本公共卫生服务规范（第三版）老年人健康管理服务规范: older adults are residents aged 65 and over', { year: 2017 }),
  carepath: citation('carepath', 'carepath-postop', 'carepath post-operative plan choices (documented in docs/postop.md)', { section: 'docs/postop.md' }),
} as const satisfies Record<string, Source>;
