import { z } from 'zod';
import type { CareError } from '../core/care-error.js';
import { right, type Either } from '../core/either.js';
import { seedSource } from '../core/source.js';
import type { PatientRecord } from '../model/patient-record.js';
import { bmiOf, hasCondition, latestOf, notApplicable, requireAll, type DeriveContext, type Derived } from './derive.js';
import { asEntered, inUnit, labInput } from './lab-input.js';
import { runScore } from './run-score.js';
import type { ScoreDefinition } from './score-definition.js';
import type { ScoreResult } from './score-result.js';

const SOURCE = { ...seedSource('004_eccb0a9eec47fd06.txt', 'FPG >= 6.1 mmol/L + BMI >= 24 + hypertension: 8x 3-year diabetes risk (100 000 check-up records)'), version: 'seed rule' };

/** Input of {@link seedDiabetesRisk}. @category Risk */
export const SeedDiabetesRiskInputSchema = z.strictObject({
  fastingGlucose: labInput('glucose-fasting'),
  bmi: z.number().min(5).max(150),
  /** A history of hypertension (a diagnosis, current or past). */
  hypertensionHistory: z.boolean(),
});

/** @category Risk */
export type SeedDiabetesRiskInput = z.infer<typeof SeedDiabetesRiskInputSchema>;

// 004_eccb0a9eec47fd06.txt: 空腹血糖 >= 6.1 mmol/L, BMI >= 24 and a history of hypertension mark
// the group with 8 times the 3-year diabetes risk, which received one-to-one intervention.
const FPG_MIN = 6.1;
const BMI_MIN = 24;

function compute(input: SeedDiabetesRiskInput): Either<CareError, ScoreResult> {
  const fpg = inUnit(input.fastingGlucose, 'mmol/L', 1);
  const checks = [fpg >= FPG_MIN, input.bmi >= BMI_MIN, input.hypertensionHistory];
  const met = checks.filter(Boolean).length;
  const inGroup = met === checks.length;
  return right({
    id: 'seed-diabetes-risk',
    version: SOURCE.version,
    value: met,
    category: inGroup ? 'eight-fold-risk' : 'not-in-group',
    factors: [
      { name: 'fastingGlucose', input: { value: Number(fpg.toFixed(2)), unit: 'mmol/L' }, points: checks[0] === true ? 1 : 0 },
      { name: 'bmi', input: Number(input.bmi.toFixed(1)), points: checks[1] === true ? 1 : 0 },
      { name: 'hypertensionHistory', input: input.hypertensionHistory, points: checks[2] === true ? 1 : 0 },
    ],
    missing: [],
    details: { criteriaMet: met, criteria: checks.length, relativeRisk3Years: inGroup ? 8 : null },
    rationale: inGroup
      ? { en: 'Fasting glucose >= 6.1 mmol/L, BMI >= 24 and hypertension together: the group with 8 times the 3-year diabetes risk, for one-to-one intervention (004_eccb0a9eec47fd06.txt).', 'zh-CN': '空腹血糖 ≥6.1 mmol/L、BMI ≥24 且有高血压史：3年糖尿病风险为常人8倍的人群，建议一对一干预（004_eccb0a9eec47fd06.txt）。' }
      : { en: `${met} of the 3 criteria of the 8-fold diabetes risk group are met (fasting glucose >= 6.1 mmol/L, BMI >= 24, hypertension).`, 'zh-CN': `符合糖尿病8倍风险人群3项条件中的 ${met} 项（空腹血糖 ≥6.1 mmol/L、BMI ≥24、高血压史）。` },
    source: SOURCE,
  });
}

/**
 * The seed's risk rule: fasting glucose >= 6.1 mmol/L together with BMI >= 24 and a history of
 * hypertension marks a group with 8 times the 3-year diabetes risk (`004_eccb0a9eec47fd06.txt`).
 * `value` counts the criteria met (0-3); the category is `eight-fold-risk` when all three are.
 *
 * @example
 * ```ts
 * seedDiabetesRisk({ fastingGlucose: { value: 6.3, unit: 'mmol/L' }, bmi: 26.7, hypertensionHistory: true });
 * // => Right { id: 'seed-diabetes-risk', value: 3, category: 'eight-fold-risk', ... }
 * ```
 * @category Risk
 */
export function seedDiabetesRisk(input: unknown): Either<CareError, ScoreResult> {
  return runScore('seed-diabetes-risk', SeedDiabetesRiskInputSchema, input, compute);
}

function fromRecord(record: PatientRecord, context: DeriveContext): Derived<z.input<typeof SeedDiabetesRiskInputSchema>> {
  if (hasCondition(record, ['diabetes-type-1', 'diabetes-type-2'], context.asOf, ['active', 'remission']) === true) {
    return notApplicable('The rule marks diabetes risk; the patient already has diabetes', '该规则用于标记糖尿病风险；患者已诊断糖尿病');
  }
  return requireAll({
    fastingGlucose: asEntered(latestOf(record, 'glucose-fasting', context)),
    bmi: bmiOf(record, context),
    hypertensionHistory: hasCondition(record, ['hypertension'], context.asOf),
  });
}

/** @internal */
export const seedDiabetesRiskDefinition: ScoreDefinition<SeedDiabetesRiskInput> = {
  id: 'seed-diabetes-risk',
  version: SOURCE.version,
  name: { en: 'Seed rule: 8-fold 3-year diabetes risk group', 'zh-CN': '种子规则：3年糖尿病8倍风险人群' },
  source: SOURCE,
  inputSchema: SeedDiabetesRiskInputSchema,
  score: seedDiabetesRisk,
  fromRecord,
};
