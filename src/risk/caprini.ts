import { z } from 'zod';
import type { CareError } from '../core/care-error.js';
import { right, type Either } from '../core/either.js';
import { addMonths, epochDay, fromEpochDay } from '../core/iso-date.js';
import type { JsonValue } from '../core/json-value.js';
import { citation } from '../core/source.js';
import { validate } from '../core/validate.js';
import { issueParams } from '../core/zod-issues.js';
import { SexSchema, type PatientRecord } from '../model/patient-record.js';
import type { ConditionCode, ProcedureCode } from '../model/vocabulary.js';
import { bandOf, type Bands } from './bands.js';
import { ageOn, asOfDay, bmiOf, derived, missingInputs, notApplicable, takesMedication, type DeriveContext, type Derived } from './derive.js';
import { runScore } from './run-score.js';
import type { ScoreDefinition } from './score-definition.js';
import type { ScoreFactor, ScoreResult } from './score-result.js';

/** Caprini JA, Dis Mon 2005: the 2005 risk assessment model (items, points and risk levels). */
const SOURCE = citation(
  'score',
  'caprini',
  'Caprini risk assessment model (2005): Caprini JA. Thrombosis risk assessment as a guide to quality patient care. Dis Mon 2005;51(2-3):70-78',
  { year: 2005, version: '2005', doi: '10.1016/j.disamonth.2005.02.003' },
);

/**
 * Pannucci CJ, Swistun L, MacDonald JK, Henke PK, Brooke BS. Ann Surg 2017;265(6):1094-1103
 * (doi:10.1097/SLA.0000000000002126): VTE risk without chemoprophylaxis by 2005 Caprini score.
 */
const PANNUCCI_REFERENCE =
  'Pannucci CJ et al. Individualized venous thromboembolism risk stratification using the 2005 Caprini score to identify the benefits and harms of chemoprophylaxis in surgical patients: a meta-analysis. Ann Surg 2017;265(6):1094-1103, doi:10.1097/SLA.0000000000002126';

const flag = z.boolean().optional();

/** The items that apply to women only (Caprini 2005). */
const WOMEN_ONLY = ['oralContraceptivesOrHormoneTherapy', 'pregnancyOrPostpartum', 'adverseObstetricHistory'] as const;

/**
 * The optional yes/no items of the 2005 model with their points (Caprini 2005, Dis Mon 51:70,
 * risk factor table). Absent means not present; absent items are listed in `missing`.
 */
const ITEMS = [
  // 1 point each (Caprini 2005)
  ['priorMajorSurgeryWithin1Month', 1],
  ['varicoseVeins', 1],
  ['inflammatoryBowelDisease', 1],
  ['swollenLegs', 1],
  ['bmiOver25', 1],
  ['acuteMyocardialInfarction', 1],
  ['heartFailureWithin1Month', 1],
  ['sepsisWithin1Month', 1],
  ['seriousLungDiseaseWithin1Month', 1],
  ['abnormalPulmonaryFunction', 1],
  ['otherRiskFactor', 1],
  // 1 point each, women only (Caprini 2005)
  ['oralContraceptivesOrHormoneTherapy', 1],
  ['pregnancyOrPostpartum', 1],
  ['adverseObstetricHistory', 1],
  // 2 points each (Caprini 2005)
  ['malignancy', 2],
  ['immobilizingCast', 2],
  ['centralVenousAccess', 2],
  // 3 points each (Caprini 2005)
  ['historyOfDvtPe', 3],
  ['familyHistoryOfThrombosis', 3],
  ['factorVLeiden', 3],
  ['prothrombin20210A', 3],
  ['elevatedHomocysteine', 3],
  ['lupusAnticoagulant', 3],
  ['anticardiolipinAntibodies', 3],
  ['heparinInducedThrombocytopenia', 3],
  ['otherThrombophilia', 3],
  // 5 points each (Caprini 2005)
  ['hipPelvisLegFractureWithin1Month', 5],
  ['strokeWithin1Month', 5],
  ['multipleTraumaWithin1Month', 5],
  ['acuteSpinalCordInjuryWithin1Month', 5],
] as const;

type ItemName = (typeof ITEMS)[number][0];

const itemShape = Object.fromEntries(ITEMS.map(([name]) => [name, flag])) as { [K in ItemName]: typeof flag };

/**
 * Input of {@link caprini}. Age band, surgery type and mobility are single choices (one surgery
 * item per episode, no double counting); every other factor is an optional yes/no, absent
 * meaning not present. Women-only items are rejected when sex is male.
 *
 * - Items worth 1: prior major surgery (< 1 month), varicose veins, inflammatory bowel disease,
 *   swollen legs, BMI > 25, acute myocardial infarction, heart failure (< 1 month), sepsis
 *   (< 1 month), serious lung disease incl. pneumonia (< 1 month), abnormal pulmonary function
 *   (COPD), other risk factor; women: oral contraceptives or hormone therapy, pregnancy or
 *   postpartum (< 1 month), unexplained stillborn, >= 3 spontaneous abortions, or premature birth
 *   with toxaemia or growth-restricted infant.
 * - 2: malignancy (present or previous), immobilizing plaster cast (< 1 month), central venous access.
 * - 3: history of DVT/PE, family history of thrombosis, factor V Leiden, prothrombin 20210A,
 *   elevated homocysteine, lupus anticoagulant, anticardiolipin antibodies, HIT, other thrombophilia.
 * - 5: hip, pelvis or leg fracture, stroke, multiple trauma, acute spinal cord injury (each < 1 month).
 *
 * @category Risk
 */
export const CapriniInputSchema = z
  .strictObject({
    /** 40 or under 0, 41-60 1, 61-74 2, 75 or over 3 (Caprini 2005). */
    ageBand: z.enum(['40-or-under', '41-60', '61-74', '75-or-over']),
    sex: SexSchema,
    /**
     * The one surgery item of the episode: minor 1; major > 45 min, laparoscopic > 45 min or
     * arthroscopic 2; elective major lower-extremity arthroplasty 5 (Caprini 2005).
     */
    surgery: z.enum(['none', 'minor', 'major-over-45-min', 'laparoscopic-over-45-min', 'arthroscopic', 'elective-major-lower-extremity-arthroplasty']),
    /** Ambulatory 0; medical patient currently at bed rest 1; confined to bed > 72 h 2 (Caprini 2005). */
    mobility: z.enum(['ambulatory', 'bed-rest-medical', 'confined-over-72h']),
    ...itemShape,
  })
  .superRefine((input, ctx) => {
    if (input.sex !== 'male') return;
    for (const name of WOMEN_ONLY) {
      if (input[name] === true) {
        ctx.addIssue({ code: 'custom', path: [name], message: 'applies to women only; sex is male', params: issueParams('inconsistent') });
      }
    }
  });

/** @category Risk */
export type CapriniInput = z.infer<typeof CapriniInputSchema>;

/** Which risk bands to report the total in. @category Risk */
export type CapriniBands = 'caprini-2005' | 'pannucci-2017';

/** Options of {@link caprini}. @category Risk */
export interface CapriniOptions {
  /** `caprini-2005` (default): the 2005 risk levels; `pannucci-2017`: the bands of the 2017 meta-analysis as calculators use them. */
  readonly bands?: CapriniBands;
}

const CapriniOptionsSchema = z.strictObject({ bands: z.enum(['caprini-2005', 'pannucci-2017']).optional() }).optional();

const AGE_POINTS = { '40-or-under': 0, '41-60': 1, '61-74': 2, '75-or-over': 3 } as const; // Caprini 2005
const SURGERY_POINTS = {
  none: 0,
  minor: 1, // Caprini 2005: minor surgery planned 1
  'major-over-45-min': 2, // Caprini 2005: major surgery > 45 min 2
  'laparoscopic-over-45-min': 2, // Caprini 2005: laparoscopic surgery > 45 min 2
  arthroscopic: 2, // Caprini 2005: arthroscopic surgery 2
  'elective-major-lower-extremity-arthroplasty': 5, // Caprini 2005: 5
} as const;
const MOBILITY_POINTS = { ambulatory: 0, 'bed-rest-medical': 1, 'confined-over-72h': 2 } as const; // Caprini 2005

interface Level {
  readonly category: string;
  readonly en: string;
  readonly zh: string;
  readonly details: Readonly<Record<string, JsonValue>>;
  /** DVT incidence and prophylaxis as printed (2005 levels only). */
  readonly advice?: { readonly en: string; readonly zh: string };
}

// Caprini 2005 risk levels with the DVT incidence and the prophylaxis as printed (Dis Mon 51:70;
// ES elastic stockings, IPC intermittent pneumatic compression, LDUH low-dose unfractionated
// heparin, LMWH low-molecular-weight heparin).
const LEVELS_2005: Bands<Level> = {
  rows: [
    [
      1,
      {
        category: 'low',
        en: 'low',
        zh: '低危',
        details: { scoreBand: '0-1', dvtIncidence: '<10%', prophylaxis: 'early ambulation' },
        advice: { en: 'DVT incidence <10%; prophylaxis as printed: early ambulation', zh: 'DVT发生率<10%；原文推荐：早期下床活动' },
      },
    ],
    [
      2,
      {
        category: 'moderate',
        en: 'moderate',
        zh: '中危',
        details: { scoreBand: '2', dvtIncidence: '10-20%', prophylaxis: 'ES or IPC or LDUH or LMWH' },
        advice: { en: 'DVT incidence 10-20%; prophylaxis as printed: ES or IPC or LDUH or LMWH', zh: 'DVT发生率10-20%；原文推荐：弹力袜或间歇充气加压或小剂量普通肝素或低分子肝素' },
      },
    ],
    [
      4,
      {
        category: 'high',
        en: 'high',
        zh: '高危',
        details: { scoreBand: '3-4', dvtIncidence: '20-40%', prophylaxis: 'IPC or LDUH or LMWH, alone or with ES/IPC' },
        advice: {
          en: 'DVT incidence 20-40%; prophylaxis as printed: IPC or LDUH or LMWH, alone or with ES/IPC',
          zh: 'DVT发生率20-40%；原文推荐：间歇充气加压或小剂量普通肝素或低分子肝素，单用或联合弹力袜/间歇充气加压',
        },
      },
    ],
    [
      Infinity,
      {
        category: 'highest',
        en: 'highest',
        zh: '极高危',
        details: { scoreBand: '>=5', dvtIncidence: '40-80%, mortality 1-5%', prophylaxis: 'LDUH, LMWH, warfarin or factor Xa inhibitor, alone or with ES/IPC' },
        advice: {
          en: 'DVT incidence 40-80%, mortality 1-5%; prophylaxis as printed: LDUH, LMWH, warfarin or factor Xa inhibitor, alone or with ES/IPC',
          zh: 'DVT发生率40-80%，死亡率1-5%；原文推荐：小剂量普通肝素、低分子肝素、华法林或Xa因子抑制剂，单用或联合弹力袜/间歇充气加压',
        },
      },
    ],
  ],
  inclusive: true,
};

// Pannucci 2017 (Ann Surg 265:1094): VTE risk of surgical patients without chemoprophylaxis,
// 3-4 0.7 %, 5-6 1.8 %, 7-8 4.0 %, >=9 10.7 %. The 0 and 1-2 rows (no risk given) are the split
// the calculators that use these bands (MDCalc) print.
const LEVELS_PANNUCCI: Bands<Level> = {
  rows: [
    [0, { category: 'lowest', en: 'lowest', zh: '最低危', details: { scoreBand: '0', vteRiskWithoutChemoprophylaxis: null } }],
    [2, { category: 'low', en: 'low', zh: '低危', details: { scoreBand: '1-2', vteRiskWithoutChemoprophylaxis: null } }],
    [4, { category: 'moderate', en: 'moderate', zh: '中危', details: { scoreBand: '3-4', vteRiskWithoutChemoprophylaxis: 0.007 } }],
    [6, { category: 'high', en: 'high', zh: '高危', details: { scoreBand: '5-6', vteRiskWithoutChemoprophylaxis: 0.018 } }],
    [8, { category: 'high', en: 'high', zh: '高危', details: { scoreBand: '7-8', vteRiskWithoutChemoprophylaxis: 0.04 } }],
    [Infinity, { category: 'highest', en: 'highest', zh: '最高危', details: { scoreBand: '>=9', vteRiskWithoutChemoprophylaxis: 0.107 } }],
  ],
  inclusive: true,
};

function compute(input: CapriniInput, bands: CapriniBands): Either<CareError, ScoreResult> {
  const male = input.sex === 'male';
  const factors: ScoreFactor[] = [
    { name: 'ageBand', input: input.ageBand, points: AGE_POINTS[input.ageBand] },
    { name: 'surgery', input: input.surgery, points: SURGERY_POINTS[input.surgery] },
    { name: 'mobility', input: input.mobility, points: MOBILITY_POINTS[input.mobility] },
  ];
  const missing: string[] = [];
  for (const [name, points] of ITEMS) {
    const value = input[name];
    const womenOnly = (WOMEN_ONLY as readonly string[]).includes(name);
    if (value === undefined && !(womenOnly && male)) missing.push(name);
    factors.push({ name, input: value ?? null, points: value === true ? points : 0 });
  }
  const total = factors.reduce((sum, factor) => sum + (factor.points ?? 0), 0);
  const level = bandOf(bands === 'pannucci-2017' ? LEVELS_PANNUCCI : LEVELS_2005, total);
  const top = factors.filter((factor) => (factor.points ?? 0) > 0).map((factor) => `${factor.name} +${factor.points ?? 0}`);
  const convention =
    bands === 'pannucci-2017'
      ? { en: 'bands of Pannucci 2017 (Ann Surg 265:1094)', zh: 'Pannucci 2017 分层（Ann Surg 265:1094）' }
      : { en: 'risk levels of Caprini 2005 (Dis Mon 51:70)', zh: 'Caprini 2005 风险分级（Dis Mon 51:70）' };
  const advice = level.advice === undefined ? { en: '', zh: '' } : { en: ` ${level.advice.en}.`, zh: `${level.advice.zh}。` };
  return right({
    id: 'caprini',
    version: SOURCE.version ?? '',
    value: total,
    category: level.category,
    factors,
    missing,
    details: {
      bands,
      bandsSource: bands === 'pannucci-2017' ? PANNUCCI_REFERENCE : 'Caprini JA. Dis Mon 2005;51(2-3):70-78',
      ...level.details,
    },
    rationale: {
      en: `Caprini 2005 score ${total}${top.length > 0 ? ` (${top.join(', ')})` : ''}: ${level.en} VTE risk by the ${convention.en}.${advice.en}${missing.length > 0 ? ` ${missing.length} items not recorded were counted as absent.` : ''}`,
      'zh-CN': `Caprini（2005版）评分 ${total}${top.length > 0 ? `（${top.join('，')}）` : ''}：按${convention.zh}，静脉血栓栓塞风险为${level.zh}。${advice.zh}${missing.length > 0 ? `${missing.length}项未记录，按不存在计。` : ''}`,
    },
    source: SOURCE,
  });
}

/**
 * The Caprini venous thromboembolism risk assessment model, 2005 version: total points and the
 * 2005 risk level with its DVT incidence and printed prophylaxis (default), or the Pannucci 2017
 * bands. Factors not given are counted as absent and listed in `missing`.
 *
 * @param input - the answers ({@link CapriniInputSchema})
 * @param options - `bands`: `caprini-2005` (default) or `pannucci-2017`
 * @returns the score, or `Left` (`invalid-input`) naming each path at fault
 *
 * @example
 * ```ts
 * caprini({ ageBand: '61-74', sex: 'female', surgery: 'major-over-45-min', mobility: 'ambulatory', bmiOver25: true, varicoseVeins: true });
 * // => Right { id: 'caprini', value: 6, category: 'highest', ... }
 * ```
 * @category Risk
 */
export function caprini(input: unknown, options?: CapriniOptions): Either<CareError, ScoreResult> {
  const checked = validate(CapriniOptionsSchema, options, 'caprini options');
  if (checked._tag === 'Left') return checked;
  const bands = checked.right?.bands ?? 'caprini-2005';
  return runScore('caprini', CapriniInputSchema, input, (valid) => compute(valid, bands));
}


type Surgery = CapriniInput['surgery'];

/**
 * The surgery item of a procedure code. Total knee and hip arthroplasty are elective major
 * lower-extremity arthroplasty (5) unless the admission was an emergency (then major > 45 min,
 * 2; a fracture is its own item). Laparoscopic cholecystectomy is taken as laparoscopic surgery
 * > 45 min (2): carepath's assumption, the duration is not recorded. `surgery-other` has neither
 * size nor duration: it is scored as minor surgery (1), the least any operation scores, and the
 * surgery item is reported as missing, so the total is a lower bound.
 */
function surgeryOf(code: ProcedureCode, admission: 'elective' | 'emergency' | undefined): Surgery {
  switch (code) {
    case 'total-knee-arthroplasty':
    case 'total-hip-arthroplasty':
      return admission === 'emergency' ? 'major-over-45-min' : 'elective-major-lower-extremity-arthroplasty';
    case 'laparoscopic-cholecystectomy':
      return 'laparoscopic-over-45-min';
    case 'surgery-other':
      return 'minor';
  }
}

/**
 * Caprini assesses VTE risk around an operation or a hospital stay: it applies to a patient with
 * surgery planned or done in the last 30 days, a hospital stay under way or ended in the last 30
 * days, or a medical patient at bed rest. Outside that context the score has no meaning.
 */
function inContext(record: PatientRecord, day: string): boolean {
  const recentFrom = fromEpochDay(epochDay(day) - 30);
  const surgery = (record.procedures ?? []).some(
    (procedure) => (procedure.status === 'planned' && procedure.date >= day) || (procedure.status === 'completed' && procedure.date >= recentFrom && procedure.date <= day),
  );
  const stay = (record.encounters ?? []).some((encounter) => encounter.kind === 'inpatient' && encounter.start <= day && (encounter.end === undefined || encounter.end >= recentFrom));
  return surgery || stay || record.functionalStatus?.bedRest === true;
}

function fromRecord(record: PatientRecord, context: DeriveContext): Derived<CapriniInput> {
  const day = asOfDay(context.asOf);
  if (!inContext(record, day)) {
    return notApplicable('Caprini assesses VTE risk around surgery or a hospital stay; none is recorded in the last 30 days or planned', 'Caprini 评估手术或住院期间的静脉血栓风险；记录中无近30天或计划中的手术或住院');
  }
  const age = ageOn(record, context.asOf);
  if (age === undefined) return missingInputs(['ageBand']);
  const ageBand = age <= 40 ? '40-or-under' : age <= 60 ? '41-60' : age <= 74 ? '61-74' : '75-or-over'; // Caprini 2005 age bands
  const sex = record.sex;
  const female = sex !== 'male';
  const extraMissing: string[] = [];

  // Surgery: planned procedures (on or after asOf) and those completed in the 30 days before it;
  // the highest-scoring one is the episode's single surgery item. A recent operation feeds this
  // item, not "prior major surgery (< 1 month)", so one operation is never counted twice; that
  // item, like every other one the record cannot express, stays absent and is listed in missing.
  let surgery: Surgery = 'none';
  if (record.procedures === undefined) {
    extraMissing.push('surgery');
  } else {
    const recentFrom = fromEpochDay(epochDay(day) - 30);
    const relevant = record.procedures.filter(
      (procedure) => (procedure.status === 'planned' && procedure.date >= day) || (procedure.status === 'completed' && procedure.date >= recentFrom && procedure.date <= day),
    );
    for (const procedure of relevant) {
      const candidate = surgeryOf(procedure.code, procedure.admission);
      if (SURGERY_POINTS[candidate] > SURGERY_POINTS[surgery]) surgery = candidate;
    }
    if (relevant.some((procedure) => procedure.code === 'surgery-other') && SURGERY_POINTS[surgery] <= SURGERY_POINTS.minor) extraMissing.push('surgery');
  }

  const bedRest = record.functionalStatus?.bedRest;
  if (bedRest === undefined) extraMissing.push('mobility');
  const mobility = bedRest === true ? 'bed-rest-medical' : 'ambulatory';

  const bmi = bmiOf(record, context);
  const bmiOver25 = bmi === undefined ? undefined : bmi > 25; // Caprini 2005: obesity, BMI > 25

  const monthAgo = addMonths(day, -1);
  const conditions = record.conditions;
  const ever = (code: ConditionCode): boolean | undefined =>
    conditions === undefined ? undefined : conditions.some((condition) => condition.code === code && (condition.onset === undefined || condition.onset <= day));
  const current = (code: ConditionCode): boolean | undefined =>
    conditions === undefined ? undefined : conditions.some((condition) => condition.code === code && condition.status !== 'resolved' && (condition.onset === undefined || condition.onset <= day));
  // "< 1 month" items: known true with an onset in the last month, known false when the condition
  // is absent or began earlier, unknown when it is recorded without an onset date.
  const withinMonth = (code: ConditionCode): boolean | undefined => {
    if (conditions === undefined) return undefined;
    const matching = conditions.filter((condition) => condition.code === code && (condition.onset === undefined || condition.onset <= day));
    if (matching.some((condition) => condition.onset !== undefined && condition.onset >= monthAgo)) return true;
    return matching.some((condition) => condition.onset === undefined) ? undefined : false;
  };

  let hormones: boolean | undefined;
  let pregnancy: boolean | undefined;
  if (female) {
    hormones = takesMedication(record, (medicationClass) => medicationClass === 'oral-contraceptive' || medicationClass === 'hormone-therapy');
    const recorded = record.pregnancy;
    if (recorded !== undefined && recorded.recordedOn <= day) {
      // Pregnant or within a month after the due date (42 weeks at the latest when no due date).
      const due = recorded.estimatedDueDate ?? fromEpochDay(epochDay(recorded.recordedOn) + (42 - recorded.gestationalWeeks) * 7);
      if (day <= fromEpochDay(epochDay(due) + 30)) pregnancy = true;
    }
  }

  const values = {
    bmiOver25,
    historyOfDvtPe: ever('venous-thromboembolism'), // Caprini 2005: history of DVT/PE 3
    malignancy: ever('cancer'), // Caprini 2005: malignancy, present or previous, 2
    abnormalPulmonaryFunction: current('copd'), // Caprini 2005: abnormal pulmonary function (COPD) 1
    heartFailureWithin1Month: withinMonth('heart-failure'), // Caprini 2005: CHF < 1 month 1
    strokeWithin1Month: withinMonth('stroke'), // Caprini 2005: stroke < 1 month 5
    oralContraceptivesOrHormoneTherapy: hormones, // Caprini 2005: women, OC or HRT 1
    pregnancyOrPostpartum: pregnancy, // Caprini 2005: women, pregnancy or postpartum < 1 month 1
  };
  const known = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<Record<ItemName, boolean>>;
  return derived({ ageBand, sex, surgery, mobility, ...known }, extraMissing);
}

/** @internal */
export const capriniDefinition: ScoreDefinition<CapriniInput> = {
  id: 'caprini',
  version: SOURCE.version ?? '',
  name: { en: 'Caprini VTE risk assessment (2005)', 'zh-CN': 'Caprini 静脉血栓栓塞风险评估（2005版）' },
  source: SOURCE,
  inputSchema: CapriniInputSchema,
  score: (input: unknown) => caprini(input),
  fromRecord,
};
