import type { ScoreResult } from '../../risk/score-result.js';
import type { Activity } from '../care-plan.js';
import { text, type PlanBuilder } from './build.js';
import type { DiabetesClassification, DiabetesGuideline } from './classify.js';
import { SOURCES } from './sources.js';

/** What the monitoring plan needs to know besides the classification. @internal */
export interface MonitoringContext {
  readonly guideline: DiabetesGuideline;
  /** True when the latest HbA1c is at or below its target (undefined: no reading). */
  readonly hba1cAtTarget: boolean | undefined;
  readonly kdigo: ScoreResult | undefined;
  readonly iwgdf: ScoreResult | undefined;
  readonly onStatin: boolean;
}

/**
 * Monitoring: self-monitoring by therapy, HbA1c every 3 months when not at target and 6 when
 * stable, yearly retinal exam, foot exam at the IWGDF interval, UACR + eGFR at the KDIGO frequency,
 * lipids per the chosen guideline, blood pressure at every contact, annual complication screening.
 *
 * @internal
 */
export function monitoringActivities(b: PlanBuilder, c: DiabetesClassification, m: MonitoringContext): Activity[] {
  const out: Activity[] = [];
  const pregnancy = c.status === 'gestational' || c.pregnant;

  if (c.status === 'prediabetes') {
    // 000_71735d5778d29d68.txt 05.1: prediabetes follow-up and risk screening at 3 months.
    out.push(
      b.activity('rescreen', {
        category: 'monitoring',
        title: text('Fasting glucose and HbA1c at 3 months', '3 个月后复查空腹血糖和糖化血红蛋白'),
        instructions: text('Repeat the tests after 3 months of lifestyle change to see whether glucose is back to normal.', '生活方式干预 3 个月后复查，评估血糖是否恢复正常。'),
        intervalMonths: 3,
        measure: 'glucose-fasting',
        rationale: text('Prediabetes: risk screening again at 3 months.', '糖尿病前期：3 个月时再次进行风险筛查。'),
        source: SOURCES.seedProgrammes,
      }),
      b.activity('blood-pressure', {
        category: 'monitoring',
        title: text('Blood pressure at every contact', '每次随访测血压'),
        instructions: text('Measure seated after 5 minutes of rest.', '静坐休息 5 分钟后测量。'),
        measure: 'bp-systolic',
        rationale: text('High blood pressure often comes with prediabetes.', '糖尿病前期常合并血压升高。'),
        source: SOURCES.publicHealthNorm,
      }),
    );
    return out;
  }

  // Self-monitoring of blood glucose.
  if (pregnancy) {
    out.push(
      b.activity('smbg', {
        category: 'monitoring',
        title: text('Check glucose 4 times a day', '每日测血糖 4 次'),
        instructions: text('Fasting on waking and 1 or 2 hours after each main meal; write down what you ate.', '晨起空腹及三餐后 1 小时或 2 小时各测一次，并记录饮食。'),
        frequency: { times: 4, per: 'day' },
        measure: 'glucose-capillary',
        rationale: text('Gestational diabetes: fasting and post-meal readings guide diet and the need for insulin.', '妊娠期糖尿病：空腹和餐后血糖指导饮食及是否需要胰岛素。'),
        source: SOURCES.ada2025Pregnancy,
      }),
    );
  } else if (c.therapy === 'insulin') {
    out.push(
      b.activity('smbg', {
        category: 'monitoring',
        title: text('Check glucose daily, by insulin regimen', '按胰岛素方案每日测血糖'),
        instructions: text('Basal insulin: fasting every day. Premixed insulin: fasting and before dinner. Add a post-meal check once fasting is at target, and check whenever you feel low.', '基础胰岛素：每日测空腹血糖。预混胰岛素：测空腹和晚餐前血糖。空腹达标后加测餐后血糖；感觉低血糖时随时检测。'),
        frequency: { times: 1, timesMax: 2, per: 'day' },
        measure: 'glucose-capillary',
        rationale: text('Insulin treatment: readings guide dose adjustment and catch hypoglycaemia.', '胰岛素治疗：血糖读数指导剂量调整并及时发现低血糖。'),
        source: SOURCES.smbgChina,
      }),
    );
  } else if (c.therapy === 'oral') {
    out.push(
      b.activity('smbg', {
        category: 'monitoring',
        title: text('Check glucose 2-4 times a week', '每周测血糖 2~4 次'),
        instructions: text('Fasting or 2 hours after a meal, on different days of the week.', '空腹或餐后 2 小时，分布在一周的不同日子。'),
        frequency: { times: 2, timesMax: 4, per: 'week' },
        measure: 'glucose-capillary',
        rationale: text('Oral medicines: regular readings show whether treatment keeps glucose in range.', '口服药治疗：定期检测了解治疗效果。'),
        source: SOURCES.smbgChina,
      }),
    );
  } else {
    out.push(
      b.activity('smbg', {
        category: 'monitoring',
        title: text('Targeted glucose checks', '有针对性地测血糖'),
        instructions: text('Pair a check before and 2 hours after a meal or exercise now and then, to see what diet and activity do.', '不定期在餐前和餐后 2 小时或运动前后配对检测，了解饮食和运动的效果。'),
        measure: 'glucose-capillary',
        rationale: text('Lifestyle treatment only: checks show the effect of diet and exercise.', '仅生活方式干预：检测用于了解饮食和运动的效果。'),
        source: SOURCES.smbgChina,
      }),
    );
  }

  // HbA1c: every 3 months when not at target (or unknown), every 6 when stable (CDS 2020; ADA 2025 6.2);
  // monthly in pregnancy (ADA 2025 section 15).
  const hba1cMonths = pregnancy ? 1 : m.hba1cAtTarget === true ? 6 : 3;
  out.push(
    b.activity('hba1c', {
      category: 'monitoring',
      title: text(`HbA1c every ${hba1cMonths} month${hba1cMonths === 1 ? '' : 's'}`, `每 ${hba1cMonths} 个月查糖化血红蛋白`),
      instructions: text('Laboratory HbA1c (no fasting needed).', '化验糖化血红蛋白（无需空腹）。'),
      intervalMonths: hba1cMonths,
      measure: 'hba1c',
      rationale: pregnancy
        ? text('Pregnancy: HbA1c monthly.', '妊娠期：每月查糖化血红蛋白。')
        : m.hba1cAtTarget === true
          ? text('HbA1c at target: every 6 months.', '糖化血红蛋白达标：每 6 个月复查。')
          : text(m.hba1cAtTarget === undefined ? 'No recent HbA1c: every 3 months until at target.' : 'HbA1c above target: every 3 months until at target.', m.hba1cAtTarget === undefined ? '近期无糖化血红蛋白结果：每 3 个月复查直至达标。' : '糖化血红蛋白未达标：每 3 个月复查直至达标。'),
      source: pregnancy ? SOURCES.ada2025Pregnancy : m.guideline === 'cn-2020' ? SOURCES.cds2020 : SOURCES.ada2025Glycaemic,
    }),
  );

  // Blood pressure at every contact (ADA; NBPHS 2017 measures BP at each follow-up).
  out.push(
    b.activity('blood-pressure', {
      category: 'monitoring',
      title: text('Blood pressure at every contact', '每次随访测血压'),
      instructions: text('Measure seated after 5 minutes of rest.', '静坐休息 5 分钟后测量。'),
      measure: 'bp-systolic',
      rationale: text('Blood pressure is measured at every diabetes follow-up.', '每次糖尿病随访均应测量血压。'),
      source: SOURCES.publicHealthNorm,
    }),
  );

  if (pregnancy) return out;

  // Retinal examination: yearly (ADA 2025 section 12 with retinopathy; the seeds' annual complication screening).
  out.push(
    b.activity('retina', {
      category: 'screening',
      title: text('Dilated eye examination every year', '每年散瞳眼底检查'),
      instructions: text('Dilated fundus examination or retinal photography by an eye specialist.', '由眼科医生进行散瞳眼底检查或眼底照相。'),
      intervalMonths: 12,
      rationale: text(c.complications.retinopathy ? 'Retinopathy: at least yearly review.' : 'Annual complication screening.', c.complications.retinopathy ? '已有视网膜病变：至少每年复查。' : '每年并发症筛查。'),
      source: c.complications.retinopathy ? SOURCES.retinal : SOURCES.seedProgrammes,
    }),
  );

  // Foot examination at the IWGDF 2023 interval (risk module); yearly when the category is unknown.
  const interval = m.iwgdf?.details?.['intervalMonths'];
  const shortest = Array.isArray(interval) && typeof interval[0] === 'number' ? interval[0] : 12;
  out.push(
    b.activity('foot', {
      category: 'screening',
      title: text(`Foot examination every ${shortest} month${shortest === 1 ? '' : 's'}`, `每 ${shortest} 个月足部检查`),
      instructions: text('Inspection, pulses, 10 g monofilament and one more sensation test; look at your own feet every day.', '视诊、足背动脉搏动、10 g 尼龙丝及另一项感觉检查；每天自查双足。'),
      intervalMonths: shortest,
      rationale: m.iwgdf === undefined ? text('Foot risk not yet stratified: examine at least yearly.', '足部风险尚未分层：至少每年检查一次。') : m.iwgdf.rationale,
      source: m.iwgdf?.source ?? SOURCES.seedProgrammes,
    }),
  );

  // Kidney: UACR and eGFR at the KDIGO visits per year (risk module), at least yearly (ADA 2024 11.1a).
  const visits = typeof m.kdigo?.value === 'number' && m.kdigo.value > 0 ? m.kdigo.value : 1;
  const kidneyMonths = Math.max(1, Math.round(12 / visits));
  out.push(
    b.activity('kidney', {
      category: 'monitoring',
      title: text(`UACR and eGFR ${visits} time${visits === 1 ? '' : 's'} a year`, `每年查尿白蛋白/肌酐比值和 eGFR ${visits} 次`),
      instructions: text('Spot urine albumin-to-creatinine ratio and serum creatinine.', '随机尿白蛋白/肌酐比值及血肌酐。'),
      intervalMonths: kidneyMonths,
      measure: 'uacr',
      rationale: m.kdigo === undefined ? text('At least yearly kidney screening in diabetes.', '糖尿病患者至少每年筛查肾功能。') : m.kdigo.rationale,
      source: m.kdigo?.source ?? SOURCES.ada2025Ckd,
    }),
  );

  // Lipids: cn-2020 yearly (the seeds' annual screening); ada-2025 at diagnosis, then every 5 years
  // under 40 without lipid-lowering therapy, else yearly.
  const lipidMonths = m.guideline === 'ada-2025' && c.age < 40 && !m.onStatin ? 60 : 12;
  out.push(
    b.activity('lipids', {
      category: 'monitoring',
      title: text(lipidMonths === 12 ? 'Lipid profile every year' : 'Lipid profile every 5 years', lipidMonths === 12 ? '每年查血脂' : '每 5 年查血脂'),
      instructions: text('Total, LDL and HDL cholesterol and triglycerides.', '总胆固醇、低密度及高密度脂蛋白胆固醇、甘油三酯。'),
      intervalMonths: lipidMonths,
      measure: 'cholesterol-ldl',
      rationale: text(lipidMonths === 12 ? 'Yearly lipid check.' : 'Under 40 without lipid-lowering therapy: every 5 years.', lipidMonths === 12 ? '每年复查血脂。' : '40 岁以下且未用调脂药：每 5 年复查。'),
      source: m.guideline === 'ada-2025' ? SOURCES.lipidsAda : SOURCES.seedProgrammes,
    }),
  );

  // Annual comprehensive examination (000_... complication screening once a year; NBPHS 2017 annual check).
  out.push(
    b.activity('annual-screening', {
      category: 'screening',
      title: text('Annual complication screening', '每年并发症筛查'),
      instructions: text('Eyes, feet, kidneys, heart and vessels, with a full health examination.', '眼、足、肾、心血管检查及全面健康体检。'),
      intervalMonths: 12,
      rationale: text('Complications are screened once a year in every diabetes package.', '各糖尿病服务包均每年进行一次并发症筛查。'),
      source: SOURCES.seedProgrammes,
    }),
  );
  return out;
}
