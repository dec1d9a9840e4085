import { z } from 'zod';
import type { CareError } from '../core/care-error.js';
import { right, type Either } from '../core/either.js';
import { citation } from '../core/source.js';
import { validate } from '../core/validate.js';
import { issueParams } from '../core/zod-issues.js';
import type { PatientRecord } from '../model/patient-record.js';
import { asOfDay, requireAll, type DeriveContext, type Derived } from './derive.js';
import { runScore } from './run-score.js';
import type { ScoreDefinition } from './score-definition.js';
import type { ScoreFactor, ScoreResult } from './score-result.js';

/** Morse JM, Morse RM, Tylko SJ, Can J Aging 1989: the six items and their points. */
const SOURCE = citation(
  'score',
  'morse-fall',
  'Morse Fall Scale: Morse JM, Morse RM, Tylko SJ. Development of a scale to identify the fall-prone patient. Can J Aging 1989;8(4):366-377',
  { year: 1989, version: '1989, 6 items, 0-125', doi: '10.1017/S0714980800008576' },
);

/** Input of {@link morseFall}: the six items as assessed by nursing staff. @category Risk */
export const MorseFallInputSchema = z.strictObject({
  /** 1. A fall during this admission or in the past 3 months. */
  fallHistory: z.boolean(),
  /** 2. Two or more medical diagnoses in the chart. */
  secondaryDiagnosis: z.boolean(),
  /** 3. `none` also covers bed rest, nurse assistance and wheelchair. */
  ambulatoryAid: z.enum(['none', 'crutches-cane-walker', 'furniture']),
  /** 4. Intravenous therapy or a heparin (saline) lock. */
  intravenousAccess: z.boolean(),
  /** 5. `normal` also covers bed rest and wheelchair (immobile). */
  gait: z.enum(['normal', 'weak', 'impaired']),
  /** 6. Oriented to own ability, or overestimates / forgets limitations. */
  mentalStatus: z.enum(['oriented', 'forgets-limitations']),
});

/** @category Risk */
export type MorseFallInput = z.infer<typeof MorseFallInputSchema>;

/** A named cut-off convention, or custom thresholds (total >= `moderateFrom` is moderate, >= `highFrom` high). @category Risk */
export type MorseFallCutoffs = 'ahrq-tool-3h' | 'common-calculators' | 'va-ncps' | { readonly moderateFrom: number; readonly highFrom: number };

/** Options of {@link morseFall}. @category Risk */
export interface MorseFallOptions {
  /** Default `ahrq-tool-3h`. Morse advises each institution to set its own cut-offs. */
  readonly cutoffs?: MorseFallCutoffs;
}

const CustomCutoffsSchema = z
  .strictObject({ moderateFrom: z.number().int().min(1).max(125), highFrom: z.number().int().min(1).max(126) })
  .superRefine((cutoffs, ctx) => {
    if (cutoffs.highFrom <= cutoffs.moderateFrom) {
      ctx.addIssue({ code: 'custom', path: ['highFrom'], message: 'must be greater than moderateFrom', params: issueParams('inconsistent') });
    }
  });

const MorseFallOptionsSchema = z
  .strictObject({ cutoffs: z.union([z.enum(['ahrq-tool-3h', 'common-calculators', 'va-ncps']), CustomCutoffsSchema]).optional() })
  .optional();

// Points of Morse 1989 (Can J Aging 8:366), as in AHRQ Tool 3H.
const FALL_POINTS = 25; // history of falling: 25
const SECONDARY_DIAGNOSIS_POINTS = 15; // secondary diagnosis: 15
const AID_POINTS = { none: 0, 'crutches-cane-walker': 15, furniture: 30 } as const; // ambulatory aid: 0 / 15 / 30
const IV_POINTS = 20; // IV therapy / heparin lock: 20
const GAIT_POINTS = { normal: 0, weak: 10, impaired: 20 } as const; // gait: 0 / 10 / 20
const MENTAL_POINTS = { oriented: 0, 'forgets-limitations': 15 } as const; // mental status: 0 / 15

interface Convention {
  readonly id: string;
  /** Totals from here up are in the middle band. */
  readonly middleFrom: number;
  /** Totals from here up are in the top band. */
  readonly highFrom: number;
  readonly labels: readonly [lowest: string, middle: string, top: string];
  readonly zh: readonly [string, string, string];
  readonly source: string;
}

const CONVENTIONS: { readonly [K in 'ahrq-tool-3h' | 'common-calculators' | 'va-ncps']: Convention } = {
  // AHRQ Preventing Falls in Hospitals toolkit (2013), Tool 3H: < 25 low, 25-45 moderate, > 45 high.
  'ahrq-tool-3h': {
    id: 'ahrq-tool-3h',
    middleFrom: 25,
    highFrom: 46,
    labels: ['low', 'moderate', 'high'],
    zh: ['低', '中', '高'],
    source: 'AHRQ Preventing Falls in Hospitals toolkit (2013), Tool 3H: <25 low, 25-45 moderate, >45 high',
  },
  // Common calculators and many hospitals: 0-24 low, 25-44 moderate, >= 45 high.
  'common-calculators': {
    id: 'common-calculators',
    middleFrom: 25,
    highFrom: 45,
    labels: ['low', 'moderate', 'high'],
    zh: ['低', '中', '高'],
    source: 'common calculators: 0-24 low, 25-44 moderate, >=45 high',
  },
  // VA National Center for Patient Safety, Morse Fall Scale pocket card: 0-24 no risk, 25-50 low, >= 51 high.
  'va-ncps': {
    id: 'va-ncps',
    middleFrom: 25,
    highFrom: 51,
    labels: ['no-risk', 'low', 'high'],
    zh: ['无风险', '低', '高'],
    source: 'VA National Center for Patient Safety Morse Fall Scale card: 0-24 no risk, 25-50 low, >=51 high',
  },
};

function conventionOf(cutoffs: MorseFallCutoffs): Convention {
  if (typeof cutoffs === 'string') return CONVENTIONS[cutoffs];
  return {
    id: 'custom',
    middleFrom: cutoffs.moderateFrom,
    highFrom: cutoffs.highFrom,
    labels: ['low', 'moderate', 'high'],
    zh: ['低', '中', '高'],
    source: `institution cut-offs: <${cutoffs.moderateFrom} low, ${cutoffs.moderateFrom}-${cutoffs.highFrom - 1} moderate, >=${cutoffs.highFrom} high`,
  };
}

const rankOf = (total: number, convention: Convention): 0 | 1 | 2 => (total >= convention.highFrom ? 2 : total >= convention.middleFrom ? 1 : 0);

/**
 * The category of a total under a cut-off convention. Item points are multiples of 5, so totals
 * such as 24, 46 or 51 only reach this through custom use; it lets every edge be tested.
 *
 * @internal
 */
export function morseFallCategory(total: number, cutoffs: MorseFallCutoffs = 'ahrq-tool-3h'): string {
  const convention = conventionOf(cutoffs);
  return convention.labels[rankOf(total, convention)];
}

function compute(input: MorseFallInput, convention: Convention): Either<CareError, ScoreResult> {
  const factors: ScoreFactor[] = [
    { name: 'fallHistory', input: input.fallHistory, points: input.fallHistory ? FALL_POINTS : 0 },
    { name: 'secondaryDiagnosis', input: input.secondaryDiagnosis, points: input.secondaryDiagnosis ? SECONDARY_DIAGNOSIS_POINTS : 0 },
    { name: 'ambulatoryAid', input: input.ambulatoryAid, points: AID_POINTS[input.ambulatoryAid] },
    { name: 'intravenousAccess', input: input.intravenousAccess, points: input.intravenousAccess ? IV_POINTS : 0 },
    { name: 'gait', input: input.gait, points: GAIT_POINTS[input.gait] },
    { name: 'mentalStatus', input: input.mentalStatus, points: MENTAL_POINTS[input.mentalStatus] },
  ];
  const total = factors.reduce((sum, factor) => sum + (factor.points ?? 0), 0);
  const rank = rankOf(total, convention);
  const category = convention.labels[rank];
  const zh = convention.zh[rank];
  const top = factors.filter((factor) => (factor.points ?? 0) > 0).map((factor) => `${factor.name} +${factor.points ?? 0}`);
  return right({
    id: 'morse-fall',
    version: SOURCE.version ?? '',
    value: total,
    category,
    factors,
    missing: [],
    details: {
      cutoffs: convention.id,
      cutoffsSource: convention.source,
      middleFrom: convention.middleFrom,
      highFrom: convention.highFrom,
    },
    rationale: {
      en: `Morse Fall Scale ${total}/125${top.length > 0 ? ` (${top.join(', ')})` : ''}: ${category} fall risk under the ${convention.source}. Morse advises each institution to set its own cut-offs.`,
      'zh-CN': `Morse 跌倒风险评分 ${total}/125${top.length > 0 ? `（${top.join('，')}）` : ''}：按所用分界（${convention.source}）为${zh}风险。Morse 建议各机构自行确定分界值。`,
    },
    source: SOURCE,
  });
}

/**
 * The Morse Fall Scale (Morse 1989, 0-125) with a configurable cut-off convention (default AHRQ
 * Tool 3H: < 25 low, 25-45 moderate, > 45 high). The convention used is in `details.cutoffs`.
 *
 * @param input - the six items ({@link MorseFallInputSchema})
 * @param options - `cutoffs`: `ahrq-tool-3h` (default), `common-calculators`, `va-ncps` or `{ moderateFrom, highFrom }`
 * @returns the score, or `Left` (`invalid-input`) naming each path at fault
 *
 * @example
 * ```ts
 * morseFall({ fallHistory: true, secondaryDiagnosis: false, ambulatoryAid: 'none', intravenousAccess: true, gait: 'normal', mentalStatus: 'oriented' });
 * // => Right { id: 'morse-fall', value: 45, category: 'moderate', details: { cutoffs: 'ahrq-tool-3h', ... }, ... }
 * ```
 * @category Risk
 */
export function morseFall(input: unknown, options?: MorseFallOptions): Either<CareError, ScoreResult> {
  const checked = validate(MorseFallOptionsSchema, options, 'morse-fall options');
  if (checked._tag === 'Left') return checked;
  const convention = conventionOf(checked.right?.cutoffs ?? 'ahrq-tool-3h');
  return runScore('morse-fall', MorseFallInputSchema, input, (valid) => compute(valid, convention));
}

function fromRecord(record: PatientRecord, context: DeriveContext): Derived<MorseFallInput> {
  const day = asOfDay(context.asOf);
  const fallHistory = record.history?.fallInPast3Months;
  // Secondary diagnosis: two or more diagnoses active on asOf (Morse 1989: more than one medical
  // diagnosis in the chart).
  const secondaryDiagnosis =
    record.conditions === undefined
      ? undefined
      : new Set(record.conditions.filter((condition) => condition.status === 'active' && (condition.onset === undefined || condition.onset <= day)).map((condition) => condition.code))
          .size >= 2;
  const status = record.functionalStatus;
  return requireAll({
    fallHistory,
    secondaryDiagnosis,
    ambulatoryAid: status?.ambulatoryAid,
    intravenousAccess: status?.intravenousAccess,
    gait: status?.gait,
    mentalStatus: status?.mentalStatus,
  });
}

/** @internal */
export const morseFallDefinition: ScoreDefinition<MorseFallInput> = {
  id: 'morse-fall',
  version: SOURCE.version ?? '',
  name: { en: 'Morse Fall Scale', 'zh-CN': 'Morse 跌倒风险评估量表' },
  source: SOURCE,
  inputSchema: MorseFallInputSchema,
  score: (input: unknown) => morseFall(input),
  fromRecord,
};
