import { z } from 'zod';
import type { CareError } from '../core/care-error.js';
import { right, type Either } from '../core/either.js';
import { citation } from '../core/source.js';
import type { PatientRecord } from '../model/patient-record.js';
import { ageOn, latestOf, requireAll, type DeriveContext, type Derived } from './derive.js';
import { asEntered, inUnit, labInput } from './lab-input.js';
import { gfrCategory } from './kdigo-categories.js';
import { outOfPopulation, runScore } from './run-score.js';
import type { ScoreDefinition } from './score-definition.js';
import type { ScoreResult } from './score-result.js';

const SOURCE = citation(
  'score',
  'ckd-epi-2021',
  'CKD-EPI 2021 creatinine equation without race (Inker LA, Eneanya ND, Coresh J, et al. N Engl J Med 2021;385:1737-1749)',
  { version: 'CKD-EPI 2021 creatinine (race-free)', doi: '10.1056/NEJMoa2102953' },
);

/** Input of {@link ckdEpi2021}. @category Risk */
export const CkdEpi2021InputSchema = z.strictObject({
  /** Years; the equation is for adults (18 and over). */
  age: z.number().int().min(0).max(130),
  sex: z.enum(['female', 'male']),
  /** Serum creatinine, `{ value, unit }` in umol/L or mg/dL. */
  creatinine: labInput('creatinine'),
});

/** @category Risk */
export type CkdEpi2021Input = z.infer<typeof CkdEpi2021InputSchema>;

/** umol/L per mg/dL of creatinine (KDIGO 2012; the CKD-EPI papers divide umol/L by 88.4). @internal */
export const CREATININE_UMOL_PER_MG = 88.4;

/**
 * eGFR in mL/min/1.73 m2 by CKD-EPI 2021 (Inker 2021):
 * 142 x min(Scr/k, 1)^a x max(Scr/k, 1)^-1.200 x 0.9938^age x 1.012 [female],
 * k = 0.7 (female) / 0.9 (male), a = -0.241 (female) / -0.302 (male), Scr in mg/dL.
 *
 * @internal
 */
export function egfrCkdEpi2021(creatinineMgDl: number, age: number, sex: 'female' | 'male'): number {
  const kappa = sex === 'female' ? 0.7 : 0.9;
  const alpha = sex === 'female' ? -0.241 : -0.302;
  const ratio = creatinineMgDl / kappa;
  return 142 * Math.min(ratio, 1) ** alpha * Math.max(ratio, 1) ** -1.2 * 0.9938 ** age * (sex === 'female' ? 1.012 : 1);
}

function compute(input: CkdEpi2021Input): Either<CareError, ScoreResult> {
  // Inker 2021: developed and validated in adults.
  if (input.age < 18) return outOfPopulation('ckd-epi-2021', ['age'], 'must be 18 years or older: the equation is for adults');
  const scr = inUnit(input.creatinine, 'mg/dL', 1 / CREATININE_UMOL_PER_MG);
  const egfr = egfrCkdEpi2021(scr, input.age, input.sex);
  const category = gfrCategory(egfr);
  const rounded = Math.round(egfr);
  return right({
    id: 'ckd-epi-2021',
    version: SOURCE.version ?? '',
    value: egfr,
    category,
    factors: [
      { name: 'age', input: input.age },
      { name: 'sex', input: input.sex },
      { name: 'creatinine', input: { value: Number(scr.toFixed(3)), unit: 'mg/dL' } },
    ],
    missing: [],
    details: { unit: 'mL/min/{1.73_m2}', rounded },
    rationale: {
      en: `eGFR ${rounded} mL/min/1.73 m² by CKD-EPI 2021 (race-free): KDIGO category ${category}.`,
      'zh-CN': `CKD-EPI 2021（不含种族）估算 eGFR ${rounded} mL/min/1.73 m²：KDIGO 分期 ${category}。`,
    },
    source: SOURCE,
  });
}

/**
 * Estimated GFR by the race-free CKD-EPI 2021 creatinine equation, with its KDIGO G category.
 * Not the 2009 equation (141, -0.329/-0.411, x1.159 for Black patients).
 *
 * @example
 * ```ts
 * ckdEpi2021({ age: 60, sex: 'male', creatinine: { value: 1.4, unit: 'mg/dL' } });
 * // => Right { id: 'ckd-epi-2021', value: 57.54..., category: 'G3a', ... }
 * ```
 * @category Risk
 */
export function ckdEpi2021(input: unknown): Either<CareError, ScoreResult> {
  return runScore('ckd-epi-2021', CkdEpi2021InputSchema, input, compute);
}

function fromRecord(record: PatientRecord, context: DeriveContext): Derived<z.input<typeof CkdEpi2021InputSchema>> {
  return requireAll({
    age: ageOn(record, context.asOf),
    sex: record.sex === 'female' || record.sex === 'male' ? record.sex : undefined,
    creatinine: asEntered(latestOf(record, 'creatinine', context)),
  });
}

/** @internal */
export const ckdEpi2021Definition: ScoreDefinition<CkdEpi2021Input> = {
  id: 'ckd-epi-2021',
  version: SOURCE.version ?? '',
  name: { en: 'eGFR (CKD-EPI 2021, race-free)', 'zh-CN': 'eGFR（CKD-EPI 2021，不含种族）' },
  source: SOURCE,
  inputSchema: CkdEpi2021InputSchema,
  score: ckdEpi2021,
  fromRecord,
};
