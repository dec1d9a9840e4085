import { z } from 'zod';
import { LanguageSchema } from '../../core/i18n.js';
import { IsoDateSchema } from '../../core/iso-date.js';
import { ChannelSchema, ProcedureSchema } from '../../model/patient-record.js';
import { ObservationCodeSchema } from '../../model/vocabulary.js';
import { LocalizedSchema } from '../care-plan.js';

/**
 * What a post-operative plan remembers about its inputs (in `classification.context`), so that
 * {@link updatePostOpPlan} can rebuild it from new readings without the patient record: the
 * protocol, the procedure, the personalisation derived from the record, and the evidence
 * (readings and reports) milestones are judged on.
 *
 * @internal
 */

const riskSchema = z.strictObject({ category: z.string().min(1), value: z.number() }).nullable();

/** A reading or a report a milestone is judged on. @internal */
export const EvidenceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('reading'), code: ObservationCodeSchema, value: z.number(), day: IsoDateSchema }),
  z.strictObject({ kind: z.literal('report'), milestone: z.string().min(1).max(63), met: z.boolean(), day: IsoDateSchema }),
]);
/** @internal */
export type Evidence = z.infer<typeof EvidenceSchema>;

/** @internal */
export const PlanContextSchema = z.strictObject({
  planId: z.string().min(1).max(100),
  patientId: z.string().min(1).max(128),
  protocol: z.unknown(),
  procedure: ProcedureSchema,
  timeZone: z.string().min(1).nullable(),
  languages: z.array(LanguageSchema).min(1).max(2),
  personal: z.strictObject({
    age: z.number().int().min(0).nullable(),
    diabetes: z.boolean(),
    obese: z.boolean(),
    bmi: z.number().nullable(),
    cancer: z.boolean(),
    caprini: riskSchema,
    morseFall: riskSchema,
    lace: riskSchema,
    livesAlone: z.boolean(),
    caregiver: z.boolean(),
    channel: ChannelSchema,
    largePrint: z.boolean(),
  }),
  settings: z.strictObject({
    feverThresholdCelsius: z.number().min(37.5).max(40),
    hipPrecautionWeeks: z.number().int().min(1).max(26).nullable(),
  }),
  evidence: z.array(EvidenceSchema).max(20_000),
  warnings: z.array(LocalizedSchema).max(50),
});
/** @internal */
export type PlanContext = z.infer<typeof PlanContextSchema>;
