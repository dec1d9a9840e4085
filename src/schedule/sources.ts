import { citation, seedSource, type Source } from '../core/source.js';

/*
 * The sources the scheduler cites. Seed sections are quoted by their topic (the seeds are Chinese
 * web articles without numbered sections except where noted).
 */

/** 003: layered follow-up, chronic monthly, well recovered quarterly. */
export const SEED_003_LAYERED = seedSource('003_2e90203f66327890.txt', '分层随访计划：慢性病患者每月随访、康复良好患者每季度随访');
/** 003: rehabilitation milestones at 1 week, 1 month, 3 months after surgery. */
export const SEED_003_MILESTONES = seedSource('003_2e90203f66327890.txt', '康复里程碑：术后1周、1个月、3个月');
/** 004: post-operative patients followed daily in week 1, weekly once stable. */
export const SEED_004_POSTOP = seedSource('004_eccb0a9eec47fd06.txt', '随访计划：术后患者第1周每日随访、稳定期每周随访');
/** 004: laparoscopic cholecystectomy pushes on day 1, 3 and 7 after surgery. */
export const SEED_004_DAY_137 = seedSource('004_eccb0a9eec47fd06.txt', '腹腔镜胆囊切除术后第1天、第3天、第7天推送');
/** 004: a glucose reading of 13.9 mmol/L prompts advice. */
export const SEED_004_GLUCOSE_139 = seedSource('004_eccb0a9eec47fd06.txt', '“您今日血糖13.9mmol/L，请调整餐后运动量”');
/** 004: sleep under 5 h on 3 consecutive days: advice and the family told. */
export const SEED_004_SLEEP = seedSource('004_eccb0a9eec47fd06.txt', '连续3天睡眠不足5小时，推送健康建议并提醒家属关注');
/** 004: smart follow-up response within 2 hours (service standard). */
export const SEED_004_RESPONSE = seedSource('004_eccb0a9eec47fd06.txt', '服务标准：智能随访响应时间≤2小时');
/** 004: segments, online-active (app) and offline-dependent (phone, in person). */
export const SEED_004_SEGMENTS = seedSource('004_eccb0a9eec47fd06.txt', '用户分层：线上活跃型、线下依赖型（电话随访）');
/** 001: glucose above target 3 days running: the health manager phones. */
export const SEED_001_THREE_DAYS = seedSource('001_175e5153b43beeec.txt', '糖尿病患者连续3天血糖超标，系统提示健康管理师电话随访');
/** 001: service packages; premium with a dedicated health manager and home visits. */
export const SEED_001_PACKAGES = seedSource('001_175e5153b43beeec.txt', '服务分级：基础、标准（季度随访）、高端（专属健康管家、上门服务）');
/** 000 section 04.2: older diabetic package with a monthly home follow-up visit. */
export const SEED_000_OLDER = seedSource('000_71735d5778d29d68.txt', '04.2 老年患者：家庭医生签约服务（每月上门随访）、大字版材料');
/** 000 section 05.1: prediabetes follow-up at 3 months. */
export const SEED_000_PREDIABETES = seedSource('000_71735d5778d29d68.txt', '05.1 糖尿病前期：3个月随访');
/** 000 section 05.1: new diagnosis, 1 month intensive follow-up after discharge, then 6 months standardised management. */
export const SEED_000_NEW_DIAGNOSIS = seedSource('000_71735d5778d29d68.txt', '05.1 新确诊：出院后1个月强化随访，之后6个月规范化管理');
/** 004: annual check-up package for the healthy tier. */
export const SEED_004_HEALTHY = seedSource('004_eccb0a9eec47fd06.txt', '健康人群：年度体检套餐');

/** China National Basic Public Health Service Norm, 3rd ed. (2017), type 2 diabetes management. */
export const NBPHS_DIABETES = citation('guideline', 'nbphs-2017-diabetes', '国家基本公共卫生服务规范（第三版）: 2型糖尿病患者健康管理服务规范', {
  year: 2017,
  section: 'follow-up, classification and urgent referral',
});
/** The same norm, hypertension management. */
export const NBPHS_HYPERTENSION = citation('guideline', 'nbphs-2017-hypertension', '国家基本公共卫生服务规范（第三版）: 高血压患者健康管理服务规范', {
  year: 2017,
  section: 'urgent referral criteria',
});
/** IWGDF 2023 foot examination interval by risk category (via carepath/risk). */
export const IWGDF_2023 = citation('guideline', 'iwgdf-2023', 'IWGDF Guidelines on the prevention and management of diabetes-related foot disease', { year: 2023, section: 'prevention: screening frequency by risk category' });
/** KDIGO 2012 / ADA 2024 monitoring visits a year by CKD category (via carepath/risk). */
export const KDIGO_2012 = citation('guideline', 'kdigo-2012', 'KDIGO 2012 Clinical Practice Guideline for the Evaluation and Management of CKD', { year: 2012, section: 'Figure: frequency of monitoring by GFR and albuminuria category' });
/** carepath's own choices, documented in docs/schedule.md. */
export const CAREPATH_SCHEDULE = citation('carepath', 'carepath-schedule', 'carepath scheduler defaults (docs/schedule.md)');

export type { Source };
