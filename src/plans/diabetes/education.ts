import type { PatientRecord } from '../../model/patient-record.js';
import type { Activity } from '../care-plan.js';
import { text, type PlanBuilder } from './build.js';
import type { DiabetesClassification } from './classify.js';
import { SOURCES } from './sources.js';

/**
 * Education and support modules by audience (000_71735d5778d29d68.txt, 05.4.1: young working
 * adults 25-45, older patients 65+ with large print and dialect talks, prediabetes, caregivers,
 * patients with complications), each with its channel and format.
 *
 * @internal
 */
export function educationActivities(b: PlanBuilder, record: PatientRecord, c: DiabetesClassification): Activity[] {
  const out: Activity[] = [];
  const digital = record.social?.digitalAccess;
  const largePrint = record.preferences?.largePrint === true || c.age >= 65;

  out.push(
    b.activity('education-self-management', {
      category: 'education',
      title: text('Diabetes self-management course', '糖尿病自我管理课程'),
      instructions: text('Glucose meter use, recognising and treating hypoglycaemia, foot care, sick-day rules, medicines.', '血糖仪使用、低血糖识别与处理、足部护理、生病期间的处理、用药知识。'),
      format: largePrint ? 'large-print' : 'standard',
      rationale: text('Every person with diabetes needs the basics of self-management.', '每位糖尿病患者都需要掌握自我管理基础知识。'),
      source: SOURCES.seedProgrammes,
    }),
  );
  // 25-45: young working adults prefer online, short content (000_... 05.4.1; 001_...: 25-45 online and fast).
  if (c.age >= 25 && c.age <= 45 && digital !== 'none') {
    out.push(
      b.activity('education-young-adults', {
        category: 'education',
        title: text('Short videos and app lessons for busy workers', '面向上班族的短视频和 App 课程'),
        instructions: text('5-minute lessons in the app: eating out, office snacks, travel and shift work with diabetes.', 'App 内 5 分钟微课：外出就餐、办公室零食、出差和倒班时的血糖管理。'),
        channel: 'app',
        format: 'video',
        rationale: text('Young working adults learn best online, in short pieces.', '青年上班族更适合线上碎片化学习。'),
        source: SOURCES.seedAudiences,
      }),
    );
  }
  // 65+: large print, radio and dialect talks, in person.
  if (c.age >= 65) {
    out.push(
      b.activity('education-older', {
        category: 'education',
        title: text('Talks for older patients in the community', '社区老年糖尿病讲座'),
        instructions: text('Monthly talk at the community health centre in plain language (dialect where needed), with large-print handouts.', '每月在社区卫生服务中心举办通俗讲座（必要时用方言），配发大字版资料。'),
        channel: 'in-person',
        format: 'large-print',
        frequency: { times: 1, per: 'month' },
        rationale: text('Older patients: large print, radio and dialect talks reach them best.', '老年患者：大字版、广播和方言讲座效果最好。'),
        source: SOURCES.seedAudiences,
      }),
    );
  }
  if (c.status === 'prediabetes') {
    out.push(
      b.activity('education-prediabetes', {
        category: 'education',
        title: text('Diet-and-exercise course for prediabetes', '糖尿病前期饮食运动课程'),
        instructions: text('A structured lifestyle course: weight, meals, activity; risk re-screening at 3 months.', '结构化生活方式课程：体重、膳食、运动；3 个月时复查风险。'),
        format: 'group-session',
        rationale: text('Prediabetes: lifestyle change prevents or delays diabetes.', '糖尿病前期：生活方式干预可预防或延缓糖尿病。'),
        source: SOURCES.seedProgrammes,
      }),
    );
  }
  const caregiver = record.social?.caregiver;
  if (caregiver !== undefined && caregiver.involvedInCare !== false) {
    out.push(
      b.activity('education-caregiver', {
        category: 'support',
        title: text('Caregiver module', '家属照护课程'),
        instructions: text('For the family member who helps: recognising hypoglycaemia, helping with meals and medicines, when to call.', '面向协助照护的家属：识别低血糖、协助饮食和用药、何时求助。'),
        format: largePrint ? 'large-print' : 'standard',
        rationale: text('A caregiver is involved in care.', '有家属参与照护。'),
        source: SOURCES.seedAudiences,
      }),
    );
  }
  const complicated = c.complications.nephropathy || c.complications.retinopathy || c.complications.neuropathy || c.complications.footUlcerHistory || c.complications.cardiovascular;
  if (complicated) {
    out.push(
      b.activity('education-complications', {
        category: 'education',
        title: text('Living with diabetes complications', '糖尿病并发症自我照护'),
        instructions: text('Kidney-friendly eating, protecting eyes and feet, and home care guidance.', '护肾饮食、眼睛和足部保护及居家护理指导。'),
        format: largePrint ? 'large-print' : 'standard',
        rationale: text('Complication care includes rehabilitation and home-care guidance.', '并发症管理包括康复和居家护理指导。'),
        source: SOURCES.seedProgrammes,
      }),
      b.activity('referral-specialist', {
        category: 'referral',
        title: text('Specialist consultation for complications', '并发症专科会诊'),
        instructions: text('Refer to nephrology, ophthalmology or the foot clinic as the complication requires.', '根据并发症转诊肾内科、眼科或糖尿病足门诊。'),
        rationale: text('Complication care starts with a specialist consultation.', '并发症管理从专科会诊开始。'),
        source: SOURCES.seedProgrammes,
      }),
    );
  }
  if (c.status === 'gestational' || c.pregnant) {
    out.push(
      b.activity('education-pregnancy', {
        category: 'education',
        title: text('Gestational diabetes class', '妊娠期糖尿病课堂'),
        instructions: text('Meals and snacks, glucose checks, and the 75 g OGTT 4-12 weeks after birth.', '餐次与加餐、血糖监测，以及产后 4~12 周复查 75 g OGTT。'),
        format: 'group-session',
        rationale: text('After gestational diabetes, screen again 4-12 weeks after birth and at least every 3 years.', '妊娠期糖尿病产后 4~12 周复查，此后至少每 3 年筛查一次。'),
        source: SOURCES.ada2025Pregnancy,
      }),
    );
  }
  return out;
}
