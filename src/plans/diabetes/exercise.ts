import type { PatientRecord } from '../../model/patient-record.js';
import type { ScoreResult } from '../../risk/score-result.js';
import type { Activity } from '../care-plan.js';
import { text, type PlanBuilder } from './build.js';
import { HYPOGLYCAEMIA_MMOL_L, type DiabetesClassification } from './classify.js';
import { SOURCES } from './sources.js';

/** CDS 2020 / Jiangsu CDC: no exercise while fasting glucose is above 16.7 mmol/L. */
const EXERCISE_STOP_FPG = 16.7;

/**
 * Exercise: minutes a week, resistance on non-consecutive days, breaking sitting for office
 * workers, chair exercises where fall risk or age call for them, prenatal yoga for GDM, and the
 * contraindications that pause exercise.
 *
 * @internal
 */
export function exerciseActivities(b: PlanBuilder, record: PatientRecord, c: DiabetesClassification, latestFasting: number | undefined, morse: ScoreResult | undefined): Activity[] {
  const out: Activity[] = [];
  const highGlucose = latestFasting !== undefined && latestFasting > EXERCISE_STOP_FPG;
  const recurrentLows = c.lowReadings >= 2;
  const paused =
    highGlucose || recurrentLows
      ? highGlucose
        ? text(`Paused: fasting glucose above ${EXERCISE_STOP_FPG} mmol/L; resume once it is lower.`, `暂停：空腹血糖高于 ${EXERCISE_STOP_FPG} mmol/L，待血糖下降后恢复。`)
        : text(`Paused: recurrent hypoglycaemia (readings below ${HYPOGLYCAEMIA_MMOL_L} mmol/L); review treatment first.`, `暂停：反复低血糖（读数低于 ${HYPOGLYCAEMIA_MMOL_L} mmol/L），先调整治疗。`)
      : undefined;
  const pause = paused === undefined ? {} : { paused };

  if (c.status === 'gestational' || c.pregnant) {
    out.push(
      b.activity('prenatal-yoga', {
        category: 'exercise',
        title: text('Prenatal yoga and walking', '孕期瑜伽和散步'),
        instructions: text('20-30 minutes of moderate activity on most days, such as prenatal yoga or a walk after meals; stop with pain, bleeding or contractions.', '大多数日子进行 20~30 分钟中等强度活动，如孕期瑜伽或餐后散步；出现疼痛、出血或宫缩时停止。'),
        frequency: { times: 5, per: 'week' },
        amount: { low: 20, high: 30, unit: 'min', per: 'session' },
        ...pause,
        rationale: text('Gestational diabetes: activity after meals lowers post-meal glucose.', '妊娠期糖尿病：餐后活动可降低餐后血糖。'),
        source: SOURCES.seedPlans,
      }),
    );
    return out;
  }

  const fallRisk = morse !== undefined && (morse.category === 'high' || morse.category === 'moderate');
  // The seed's 70-year-old gets chair exercises to avoid falls (004_eccb0a9eec47fd06.txt); carepath
  // extends that to anyone 70 or older or with a moderate or high Morse fall risk.
  const chair = c.age >= 70 || fallRisk;
  if (chair) {
    out.push(
      b.activity('chair-exercise', {
        category: 'exercise',
        title: text('Chair exercises', '椅子操'),
        instructions: text('Seated leg raises, arm circles and sit-to-stand with a sturdy chair, 20-30 minutes on most days; balance practice holding the chair back 2-3 times a week.', '借助稳固的椅子做坐姿抬腿、手臂绕环、坐立起身，大多数日子 20~30 分钟；每周 2~3 次扶椅背练习平衡。'),
        frequency: { times: 5, per: 'week' },
        amount: { low: 20, high: 30, unit: 'min', per: 'session' },
        ...pause,
        rationale: text(fallRisk ? 'Fall risk: exercise seated and with support.' : 'Older age: chair exercises keep strength while avoiding falls.', fallRisk ? '跌倒风险：坐姿、有支撑地运动。' : '高龄：椅子操在避免跌倒的同时保持肌力。'),
        source: SOURCES.seedPlans,
      }),
    );
  } else {
    out.push(
      b.activity('aerobic', {
        category: 'exercise',
        title: text('Moderate aerobic activity', '中等强度有氧运动'),
        instructions: text('At least 150 minutes a week of brisk walking, cycling or swimming, over at least 3 days, never more than 2 days in a row without activity.', '每周至少 150 分钟快走、骑车或游泳，分布在至少 3 天，连续不运动不超过 2 天。'),
        amount: { value: 150, unit: 'min', per: 'week' },
        frequency: { times: 3, timesMax: 5, per: 'week' },
        ...pause,
        rationale: text('Regular aerobic activity lowers glucose and cardiovascular risk.', '规律有氧运动降低血糖和心血管风险。'),
        source: SOURCES.ada2025Lifestyle,
      }),
      b.activity('resistance', {
        category: 'exercise',
        title: text('Resistance training', '抗阻训练'),
        instructions: text('2-3 sessions a week on non-consecutive days (at least 48 hours apart): bands, body weight or light weights for the major muscle groups.', '每周 2~3 次，隔天进行（间隔至少 48 小时）：弹力带、自重或轻器械锻炼主要肌群。'),
        frequency: { times: 2, timesMax: 3, per: 'week' },
        ...pause,
        rationale: text('Resistance training improves insulin sensitivity.', '抗阻训练改善胰岛素敏感性。'),
        source: SOURCES.exerciseChina,
      }),
    );
  }

  const officeWorker = record.lifestyle?.occupation === 'office' || record.lifestyle?.occupation === 'shift-work';
  if (officeWorker) {
    out.push(
      b.activity('break-sitting', {
        category: 'exercise',
        title: text('Office micro-exercise', '办公室微运动'),
        instructions: text('Stand up and move for 10 minutes every hour of sitting (stairs, stretching, a walk to the water dispenser).', '每坐 1 小时起身活动 10 分钟（爬楼梯、拉伸、走到饮水机）。'),
        amount: { value: 10, unit: 'min', per: 'session' },
        rationale: text('Office worker: breaking up long sitting lowers post-meal glucose.', '上班族：打断久坐可降低餐后血糖。'),
        source: SOURCES.seedPlans,
      }),
    );
  }
  return out;
}
