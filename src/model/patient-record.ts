import { z } from 'zod';
import { LanguageSchema } from '../core/i18n.js';
import { IsoDateSchema, epochDay } from '../core/iso-date.js';
import { TimeZoneSchema } from '../core/time-zone.js';
import { issueParams, stringMatching } from '../core/zod-issues.js';
import { nationalIdBirthDate, nationalIdProblem } from './national-id.js';
import { ObservationSchema } from './observation.js';
import { quantitySchema } from './quantity.js';
import {
  ConditionCodeSchema,
  FamilyHistoryConditionSchema,
  MedicationClassSchema,
  OBSERVATIONS,
  ProcedureCodeSchema,
  RelationSchema,
} from './vocabulary.js';

const shortText = z.string().min(1).max(200);

/** Sex for clinical use: the sex parameter the published equations take. @category Model */
export const SexSchema = z.enum(['female', 'male', 'other', 'unknown']);

/**
 * Ancestry, only where an equation or a guideline asks for it: the Pooled Cohort Equations have
 * African-American and white equations (ACC/AHA 2013), ADA Standards of Care 2025 section 2 uses a
 * lower BMI cut-off for Asian Americans.
 *
 * @category Model
 */
export const AncestrySchema = z.enum(['east-asian', 'south-asian', 'southeast-asian', 'white', 'black', 'hispanic', 'other']);

/** How a follow-up can reach the patient. @category Model */
export const ChannelSchema = z.enum(['app', 'phone', 'sms', 'home-visit', 'in-person']);
/** @category Model */
export type Channel = z.infer<typeof ChannelSchema>;

/** The service tiers of `001_175e5153b43beeec.txt`: basic, standard, premium. @category Model */
export const ServicePackageSchema = z.enum(['basic', 'standard', 'premium']);
/** @category Model */
export type ServicePackage = z.infer<typeof ServicePackageSchema>;

const clockTime = stringMatching(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day HH:mm');

/** Smoking, with the quantities screening rules ask for. @category Model */
export const SmokingSchema = z
  .strictObject({
    status: z.enum(['never', 'former', 'current']),
    packYears: z.number().min(0).max(300).optional(),
    yearsSmoked: z.number().min(0).max(100).optional(),
    yearsSinceQuitting: z.number().min(0).max(100).optional(),
    cigarettesPerDay: z.number().min(0).max(200).optional(),
  })
  .superRefine((smoking, ctx) => {
    const inconsistent = (path: string, message: string) => {
      ctx.addIssue({ code: 'custom', path: [path], message, params: issueParams('inconsistent') });
    };
    if (smoking.status === 'never') {
      if ((smoking.packYears ?? 0) > 0) inconsistent('packYears', 'must be 0 or absent when status is never');
      if ((smoking.yearsSmoked ?? 0) > 0) inconsistent('yearsSmoked', 'must be 0 or absent when status is never');
      if ((smoking.cigarettesPerDay ?? 0) > 0) inconsistent('cigarettesPerDay', 'must be 0 or absent when status is never');
    }
    if (smoking.status !== 'former' && smoking.yearsSinceQuitting !== undefined) {
      inconsistent('yearsSinceQuitting', 'applies only when status is former');
    }
  });

/** A relative's diagnosis. @category Model */
export const FamilyHistoryEntrySchema = z.strictObject({
  condition: FamilyHistoryConditionSchema,
  relation: RelationSchema,
  ageAtDiagnosis: z.number().int().min(0).max(130).optional(),
});

/** A diagnosis, current or past. @category Model */
export const ConditionSchema = z
  .strictObject({
    code: ConditionCodeSchema,
    status: z.enum(['active', 'remission', 'resolved']),
    onset: IsoDateSchema.optional(),
    abatement: IsoDateSchema.optional(),
  })
  .superRefine((condition, ctx) => {
    if (condition.onset !== undefined && condition.abatement !== undefined && condition.abatement < condition.onset) {
      ctx.addIssue({ code: 'custom', path: ['abatement'], message: 'is before onset', params: issueParams('inconsistent') });
    }
    if (condition.status === 'active' && condition.abatement !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['abatement'], message: 'applies only when status is remission or resolved', params: issueParams('inconsistent') });
    }
  });

/** A surgery or procedure, done or planned. @category Model */
export const ProcedureSchema = z
  .strictObject({
    id: z.string().min(1).max(128).optional(),
    code: ProcedureCodeSchema,
    status: z.enum(['planned', 'completed', 'cancelled']),
    date: IsoDateSchema,
    side: z.enum(['left', 'right', 'bilateral']).optional(),
    /** Surgical approach; drives hip precautions after total hip arthroplasty. */
    approach: z.enum(['posterior', 'posterolateral', 'anterior', 'anterolateral', 'lateral']).optional(),
    admission: z.enum(['elective', 'emergency']).optional(),
    dischargeDate: IsoDateSchema.optional(),
  })
  .superRefine((procedure, ctx) => {
    if (procedure.approach !== undefined && procedure.code !== 'total-hip-arthroplasty') {
      ctx.addIssue({ code: 'custom', path: ['approach'], message: 'applies only to total-hip-arthroplasty', params: issueParams('inconsistent') });
    }
    if (procedure.dischargeDate !== undefined && procedure.dischargeDate < procedure.date) {
      ctx.addIssue({ code: 'custom', path: ['dischargeDate'], message: 'is before the procedure date', params: issueParams('inconsistent') });
    }
    if (procedure.dischargeDate !== undefined && procedure.status !== 'completed') {
      ctx.addIssue({ code: 'custom', path: ['dischargeDate'], message: 'applies only when status is completed', params: issueParams('inconsistent') });
    }
  });

/** A hospital stay or visit (for readmission scores). @category Model */
export const EncounterSchema = z
  .strictObject({
    kind: z.enum(['inpatient', 'emergency', 'outpatient']),
    start: IsoDateSchema,
    end: IsoDateSchema.optional(),
    admission: z.enum(['elective', 'emergency']).optional(),
    /** The discharging service (HOSPITAL score item O: discharge from an oncology service). */
    service: z.enum(['medical', 'surgical', 'oncology', 'orthopaedic', 'obstetric', 'other']).optional(),
  })
  .superRefine((encounter, ctx) => {
    if (encounter.end !== undefined && encounter.end < encounter.start) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'is before start', params: issueParams('inconsistent') });
    }
  });

/** A medication by class. @category Model */
export const MedicationSchema = z
  .strictObject({
    class: MedicationClassSchema,
    name: shortText.optional(),
    status: z.enum(['active', 'stopped']),
    since: IsoDateSchema.optional(),
    until: IsoDateSchema.optional(),
  })
  .superRefine((medication, ctx) => {
    if (medication.since !== undefined && medication.until !== undefined && medication.until < medication.since) {
      ctx.addIssue({ code: 'custom', path: ['until'], message: 'is before since', params: issueParams('inconsistent') });
    }
  });

/** A current pregnancy: gestational age as recorded on a date. @category Model */
export const PregnancySchema = z.strictObject({
  gestationalWeeks: z.number().int().min(0).max(44),
  gestationalDays: z.number().int().min(0).max(6).optional(),
  recordedOn: IsoDateSchema,
  estimatedDueDate: IsoDateSchema.optional(),
  multiple: z.boolean().optional(),
});

/** Lifestyle answers the scores and plans ask for. @category Model */
export const LifestyleSchema = z.strictObject({
  /** FINDRISC item 4: at least 30 minutes of physical activity every day. */
  dailyActivity30Min: z.boolean().optional(),
  physicalActivityMinutesPerWeek: z.number().min(0).max(10_080).optional(),
  /** FINDRISC item 5: vegetables, fruit or berries every day. */
  vegetablesFruitDaily: z.boolean().optional(),
  alcoholDrinksPerWeek: z.number().min(0).max(500).optional(),
  /** Long-term late nights (`004_eccb0a9eec47fd06.txt`, check-up rules). */
  lateNights: z.boolean().optional(),
  highStress: z.boolean().optional(),
  occupation: z.enum(['office', 'manual', 'shift-work', 'retired', 'student', 'homemaker', 'unemployed', 'other']).optional(),
  dietPreferences: z.array(z.enum(['vegetarian', 'vegan', 'halal', 'low-salt', 'low-sugar', 'no-pork', 'no-beef', 'lactose-free'])).max(16).optional(),
});

/** Answers about the past that are not diagnoses. @category Model */
export const HistorySchema = z.strictObject({
  /** FINDRISC item 7: ever found to have high blood glucose (check-up, illness, pregnancy). */
  highBloodGlucoseEver: z.boolean().optional(),
  /** Morse Fall Scale item 1: a fall in the past 3 months. */
  fallInPast3Months: z.boolean().optional(),
});

/** Mobility and cognition as assessed by nursing staff (Morse Fall Scale items 3-6). @category Model */
export const FunctionalStatusSchema = z.strictObject({
  ambulatoryAid: z.enum(['none', 'crutches-cane-walker', 'furniture']).optional(),
  gait: z.enum(['normal', 'weak', 'impaired']).optional(),
  mentalStatus: z.enum(['oriented', 'forgets-limitations']).optional(),
  intravenousAccess: z.boolean().optional(),
  bedRest: z.boolean().optional(),
  assessedOn: IsoDateSchema.optional(),
});

/** The latest diabetic foot examination (IWGDF 2023 risk stratification). @category Model */
export const FootExamSchema = z.strictObject({
  examinedOn: IsoDateSchema,
  /** Loss of protective sensation (10 g monofilament, Ipswich Touch Test, tuning fork or biothesiometer). */
  lossOfProtectiveSensation: z.boolean(),
  /** Signs of peripheral artery disease at the foot (absent pulses, ABI); a recorded PAD diagnosis counts too. */
  peripheralArteryDisease: z.boolean().optional(),
  /** Foot deformity, including any limitation in foot or ankle movement. */
  deformity: z.boolean(),
});

/** Where the patient lives, for equations that ask (China-PAR: north/south, urban/rural). @category Model */
export const RegionSchema = z.strictObject({
  country: stringMatching(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code').optional(),
  /** North or south of the Yangtze river, as China-PAR defines it (Yang et al., Circulation 2016). */
  chinaRegion: z.enum(['north', 'south']).optional(),
  residence: z.enum(['urban', 'rural']).optional(),
});

/** How and when the patient wants to be reached. @category Model */
export const PreferencesSchema = z.strictObject({
  language: LanguageSchema.optional(),
  channel: ChannelSchema.optional(),
  avoidChannels: z.array(ChannelSchema).max(5).optional(),
  largePrint: z.boolean().optional(),
  timeZone: TimeZoneSchema.optional(),
  quietHours: z.strictObject({ start: clockTime, end: clockTime }).optional(),
});

/** Social circumstances that shape channels and support. @category Model */
export const SocialSchema = z.strictObject({
  livesAlone: z.boolean().optional(),
  caregiver: z
    .strictObject({
      relation: z.enum(['spouse', 'child', 'other-family', 'paid-carer', 'friend', 'other']),
      involvedInCare: z.boolean().optional(),
    })
    .optional(),
  digitalAccess: z.enum(['none', 'limited', 'full']).optional(),
  healthLiteracy: z.enum(['low', 'adequate', 'high']).optional(),
  economicHardship: z.boolean().optional(),
});

const heightSchema = quantitySchema('length', OBSERVATIONS['body-height'].plausible, 'height');
const weightSchema = quantitySchema('mass', OBSERVATIONS['body-weight'].plausible, 'weight');
const waistSchema = quantitySchema('length', OBSERVATIONS['waist-circumference'].plausible, 'waist');

const recordObject = z.strictObject({
  id: z.string().min(1).max(128),
  /** Personal identifiers: optional, never echoed in errors; see de-identification. */
  name: shortText.optional(),
  nationalId: z.string().optional(),
  birthDate: IsoDateSchema,
  sex: SexSchema,
  ancestry: AncestrySchema.optional(),
  region: RegionSchema.optional(),
  height: heightSchema.optional(),
  weight: weightSchema.optional(),
  waist: waistSchema.optional(),
  smoking: SmokingSchema.optional(),
  familyHistory: z.array(FamilyHistoryEntrySchema).max(100).optional(),
  conditions: z.array(ConditionSchema).max(200).optional(),
  procedures: z.array(ProcedureSchema).max(200).optional(),
  encounters: z.array(EncounterSchema).max(500).optional(),
  observations: z.array(ObservationSchema).max(10_000).optional(),
  medications: z.array(MedicationSchema).max(200).optional(),
  pregnancy: PregnancySchema.optional(),
  lifestyle: LifestyleSchema.optional(),
  history: HistorySchema.optional(),
  functionalStatus: FunctionalStatusSchema.optional(),
  footExam: FootExamSchema.optional(),
  preferences: PreferencesSchema.optional(),
  social: SocialSchema.optional(),
  servicePackage: ServicePackageSchema.optional(),
});

type RecordShape = z.output<typeof recordObject>;

function checkRecord(record: RecordShape, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string, code: Parameters<typeof issueParams>[0] = 'inconsistent') => {
    ctx.addIssue({ code: 'custom', path, message, params: issueParams(code) });
  };
  const born = epochDay(record.birthDate);
  const beforeBirth = (date: string | undefined, path: (string | number)[]) => {
    if (date !== undefined && epochDay(date.slice(0, 10)) < born) issue(path, 'is before the birth date');
  };

  if (record.nationalId !== undefined) {
    const problem = nationalIdProblem(record.nationalId);
    if (problem === 'format') issue(['nationalId'], 'must be 17 digits and a check character (GB 11643-1999)', 'invalid-format');
    else if (problem === 'checksum') issue(['nationalId'], 'does not match its check character (GB 11643-1999)', 'invalid-checksum');
    else if (nationalIdBirthDate(record.nationalId) !== record.birthDate) issue(['nationalId'], 'encodes a birth date different from birthDate');
  }
  record.conditions?.forEach((condition, index) => {
    beforeBirth(condition.onset, ['conditions', index, 'onset']);
  });
  record.procedures?.forEach((procedure, index) => {
    beforeBirth(procedure.date, ['procedures', index, 'date']);
  });
  record.encounters?.forEach((encounter, index) => {
    beforeBirth(encounter.start, ['encounters', index, 'start']);
  });
  record.medications?.forEach((medication, index) => {
    beforeBirth(medication.since, ['medications', index, 'since']);
  });
  const seen = new Set<string>();
  record.observations?.forEach((observation, index) => {
    beforeBirth(observation.effective, ['observations', index, 'effective']);
    if (observation.id !== undefined) {
      if (seen.has(observation.id)) issue(['observations', index, 'id'], 'repeats the id of an earlier observation', 'duplicate');
      seen.add(observation.id);
    }
  });
  if (record.pregnancy !== undefined) {
    if (record.sex === 'male') issue(['pregnancy'], 'is recorded for a patient whose sex for clinical use is male');
    beforeBirth(record.pregnancy.recordedOn, ['pregnancy', 'recordedOn']);
  }
  beforeBirth(record.footExam?.examinedOn, ['footExam', 'examinedOn']);
  const avoid = record.preferences?.avoidChannels ?? [];
  if (record.preferences?.channel !== undefined && avoid.includes(record.preferences.channel)) {
    issue(['preferences', 'channel'], 'is also listed in avoidChannels');
  }
}

/**
 * The patient record as the engine sees it: validated once at the edge, quantities in canonical
 * units (height and waist cm, weight kg, observations by their code), dates checked against the
 * calendar and the birth date. Every later function trusts its types.
 *
 * @category Model
 */
export const PatientRecordSchema = recordObject.superRefine(checkRecord);

/** A validated patient record (output of {@link PatientRecordSchema}). @category Model */
export type PatientRecord = z.output<typeof PatientRecordSchema>;

/** A patient record as a host sends it (input of {@link PatientRecordSchema}). @category Model */
export type PatientRecordInput = z.input<typeof PatientRecordSchema>;
