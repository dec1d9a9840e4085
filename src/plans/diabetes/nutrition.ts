import type { PatientRecord } from '../../model/patient-record.js';
import type { Activity } from '../care-plan.js';
import { round1, text, type PlanBuilder } from './build.js';
import type { DiabetesClassification, DiabetesGuideline } from './classify.js';
import { SOURCES } from './sources.js';

/** Grams of salt per gram of sodium: NaCl 58.44 g/mol over Na 22.99 g/mol. */
const SALT_PER_SODIUM = 58.44 / 22.99;
/** Sodium below 2.3 g/day (ADA 2025 section 11; KDOQI 2020 for CKD 3-5). */
const SODIUM_G_PER_DAY = 2.3;

/**
 * Medical nutrition therapy: protein (CKD: <= 0.6 g/kg/day per the seed, 0.6-0.8 per KDOQI 2020),
 * sodium, carbohydrate pattern, meals per day, and weight loss, with grams from the patient's
 * weight.
 *
 * @internal
 */
export function nutritionActivities(b: PlanBuilder, record: PatientRecord, c: DiabetesClassification, guideline: DiabetesGuideline, weightKg: number | undefined, bmi: number | undefined): Activity[] {
  const out: Activity[] = [];
  const perKg = (low: number | undefined, high: number) =>
    weightKg === undefined ? undefined : { ...(low === undefined ? {} : { low: round1(low * weightKg) }), high: round1(high * weightKg), unit: 'g', per: 'day' as const };

  if (c.complications.nephropathy) {
    if (guideline === 'cn-2020') {
      // 004_eccb0a9eec47fd06.txt: the older diabetic with nephropathy, low protein <= 0.6 g/kg/day.
      const grams = perKg(undefined, 0.6);
      out.push(
        b.activity('protein', {
          category: 'nutrition',
          title: text('Low-protein diet', '低蛋白饮食'),
          instructions: text(
            `Protein at most 0.6 g per kg of body weight a day${grams === undefined ? '' : ` (${grams.high} g a day at ${weightKg ?? ''} kg)`}, mostly high-quality protein (egg, milk, lean meat, fish).`,
            `每日蛋白质不超过 0.6 g/kg 体重${grams === undefined ? '' : `（按 ${weightKg ?? ''} kg 计每日 ${grams.high} g）`}，以优质蛋白（蛋、奶、瘦肉、鱼）为主。`,
          ),
          amount: grams ?? { high: 0.6, unit: 'g/kg', per: 'day' },
          rationale: text('Diabetic kidney disease: limiting protein slows the loss of kidney function.', '糖尿病肾病：限制蛋白质摄入延缓肾功能下降。'),
          source: SOURCES.seedPlans,
        }),
      );
    } else {
      // KDOQI 2020: CKD 3-5 with diabetes, 0.6-0.8 g/kg/day (ADA's ceiling 0.8).
      const grams = perKg(0.6, 0.8);
      out.push(
        b.activity('protein', {
          category: 'nutrition',
          title: text('Protein intake for kidney disease', '肾病蛋白质摄入'),
          instructions: text(
            `Protein 0.6-0.8 g per kg of body weight a day${grams === undefined ? '' : ` (${grams.low ?? ''}-${grams.high} g a day)`}, under a dietitian's supervision.`,
            `每日蛋白质 0.6~0.8 g/kg 体重${grams === undefined ? '' : `（每日 ${grams.low ?? ''}~${grams.high} g）`}，在营养师指导下进行。`,
          ),
          amount: grams ?? { low: 0.6, high: 0.8, unit: 'g/kg', per: 'day' },
          rationale: text('Diabetes with CKD: KDOQI 2020 recommends 0.6-0.8 g/kg/day.', '糖尿病合并慢性肾脏病：KDOQI 2020 推荐 0.6~0.8 g/kg/天。'),
          source: SOURCES.kdoqi2020,
        }),
      );
    }
  }

  const hypertensive = (record.conditions ?? []).some((condition) => condition.code === 'hypertension' && condition.status === 'active');
  if (c.complications.nephropathy || hypertensive) {
    const salt = round1(SODIUM_G_PER_DAY * SALT_PER_SODIUM);
    out.push(
      b.activity('salt', {
        category: 'nutrition',
        title: text('Low-salt diet', '低盐饮食'),
        instructions: text(`Sodium below ${SODIUM_G_PER_DAY} g a day (about ${salt} g of salt), including soy sauce and pickles.`, `每日钠 <${SODIUM_G_PER_DAY} g（约 ${salt} g 食盐），酱油、咸菜也要计算在内。`),
        amount: { high: SODIUM_G_PER_DAY, unit: 'g sodium', per: 'day' },
        rationale: text('Kidney disease or high blood pressure: less sodium lowers blood pressure and cardiovascular risk.', '肾病或高血压：减少钠摄入可降低血压和心血管风险。'),
        source: c.complications.nephropathy ? SOURCES.kdoqi2020 : SOURCES.ada2025Ckd,
      }),
    );
  }

  if (c.status === 'gestational' || c.pregnant) {
    out.push(
      b.activity('meals', {
        category: 'nutrition',
        title: text('Small, frequent meals', '少食多餐'),
        instructions: text(
          '5-6 small meals a day: 3 meals and 2-3 snacks, with an evening snack to avoid overnight ketosis; at least 175 g carbohydrate, 71 g protein and 28 g fibre a day.',
          '每日 5~6 餐：3 次正餐加 2~3 次加餐，睡前加餐以免夜间酮症；每日碳水化合物不少于 175 g、蛋白质 71 g、膳食纤维 28 g。',
        ),
        frequency: { times: 5, timesMax: 6, per: 'day' },
        rationale: text('Gestational diabetes: spreading carbohydrate over the day keeps glucose in range.', '妊娠期糖尿病：分散碳水化合物摄入使血糖保持在目标范围。'),
        // 5-6 meals: 004_eccb0a9eec47fd06.txt; 175 g / 71 g / 28 g: ADA 2025 section 15.
        source: SOURCES.seedPlans,
      }),
    );
    return out;
  }

  const officeWorker = record.lifestyle?.occupation === 'office' || record.lifestyle?.occupation === 'shift-work';
  // 000_71735d5778d29d68.txt names young working adults (25-45) as an audience; the seed's 35-year-old
  // office worker gets low carbohydrate and high fibre (004_eccb0a9eec47fd06.txt).
  if (officeWorker && c.age >= 25 && c.age <= 45) {
    out.push(
      b.activity('carbohydrate', {
        category: 'nutrition',
        title: text('Lower carbohydrate, high fibre', '低碳水、高纤维'),
        instructions: text('Replace refined rice, noodles and bread with whole grains and beans; fill half the plate with vegetables; avoid sugary drinks and late-night snacks.', '用全谷物和豆类替代精米、面条和面包；每餐一半是蔬菜；避免含糖饮料和夜宵。'),
        rationale: text('Young office worker: a lower-carbohydrate, high-fibre pattern fits a sedentary day.', '青年上班族：低碳水、高纤维饮食适合久坐的工作方式。'),
        source: SOURCES.seedPlans,
      }),
    );
  } else {
    out.push(
      b.activity('carbohydrate', {
        category: 'nutrition',
        title: text('Nutrient-dense, high-fibre eating pattern', '营养均衡、高纤维饮食'),
        instructions: text('Choose vegetables, legumes, whole grains and dairy over refined carbohydrate and sugar; keep meal times regular.', '多选蔬菜、豆类、全谷物和奶类，少吃精制碳水和糖；定时定量进餐。'),
        rationale: text('There is no single ideal split of nutrients; emphasise minimally processed, high-fibre carbohydrate.', '没有统一的最佳营养比例；应强调少加工、高纤维的碳水化合物。'),
        source: SOURCES.ada2025Lifestyle,
      }),
    );
  }

  // Chinese adults: BMI >= 24 is overweight (CDS 2020 target BMI < 24.0 kg/m2). ADA 2025 section 8:
  // at least 5 % weight loss; prediabetes at least 7 % (Diabetes Prevention Program). carepath sets
  // no weight-loss target from 65 (ADA's older-adult threshold, section 13), where losing muscle is a
  // risk: the team decides individually.
  if (bmi !== undefined && bmi >= 24 && c.age < 65) {
    const percent = c.status === 'prediabetes' ? 7 : 5;
    const kg = weightKg === undefined ? undefined : round1((weightKg * percent) / 100);
    out.push(
      b.activity('weight', {
        category: 'nutrition',
        title: text(`Lose ${percent} % of body weight`, `减重 ${percent}%`),
        instructions: text(`Aim to lose ${percent} %${kg === undefined ? '' : ` (${kg} kg)`} over 6 months, by eating 500-750 kcal a day less.`, `6个月内减重 ${percent}%${kg === undefined ? '' : `（${kg} kg）`}，每日减少 500~750 kcal 摄入。`),
        ...(kg === undefined ? {} : { amount: { value: kg, unit: 'kg' } }),
        rationale: text(`BMI ${round1(bmi)} kg/m² is above the Chinese target of 24.`, `BMI ${round1(bmi)} kg/m² 高于中国目标值 24。`),
        source: c.status === 'prediabetes' ? SOURCES.ada2025Lifestyle : SOURCES.cds2020,
      }),
    );
  }
  return out;
}
