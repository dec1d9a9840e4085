import { z } from 'zod';
import type { CareError } from '../core/care-error.js';
import { right, type Either } from '../core/either.js';
import { citation, type Source } from '../core/source.js';
import type { PatientRecord } from '../model/patient-record.js';
import { ageOn, hasCondition, latestOf, requireAllBut, type DeriveContext, type Derived } from './derive.js';
import { CREATININE_UMOL_PER_MG, egfrCkdEpi2021 } from './ckd-epi-2021.js';
import { asEntered, inUnit, labInput } from './lab-input.js';
import { albuminuriaCategory, gfrCategory, type AlbuminuriaCategory, type GfrCategory } from './kdigo-categories.js';
import { runScore } from './run-score.js';
import type { ScoreDefinition } from './score-definition.js';
import type { ScoreResult } from './score-result.js';

const KDIGO_2012 = citation('guideline', 'kdigo-2012', 'KDIGO 2012 Clinical Practice Guideline for the Evaluation and Management of CKD (Kidney Int Suppl 2013;3:1-150): GFR and albuminuria categories, prognosis heat map, Chapter 2 monitoring figure (adapted from Levey AS, et al. Kidney Int 2011;80:17-28)', {
  version: 'KDIGO 2012',
});
const ADA_2024 = citation('guideline', 'ada-2024-section-11', 'ADA Standards of Care in Diabetes 2024, Section 11 (CKD and risk management): monitoring grid adapted from KDIGO 2022 for diabetes', {
  version: 'ADA 2024, section 11',
});

/** The monitoring grids carepath holds. @category Risk */
export type KdigoTable = 'kdigo-2012' | 'ada-2024';

/** Input of {@link kdigo}. @category Risk */
export const KdigoInputSchema = z.strictObject({
  /** mL/min/1.73 m2. */
  egfr: z.number().min(0).max(250),
  /** Urine albumin-to-creatinine ratio, `{ value, unit }` in mg/g or mg/mmol. */
  uacr: labInput('uacr'),
  /** Other markers of kidney damage (a CKD diagnosis): decides whether G1-G2 A1 is CKD at all. */
  kidneyDamageMarkers: z.boolean().optional(),
  /** Which monitoring grid: KDIGO 2012 (default) or the ADA 2024 grid for diabetes. */
  table: z.enum(['kdigo-2012', 'ada-2024']).optional(),
});

/** @category Risk */
export type KdigoInput = z.infer<typeof KdigoInputSchema>;

/** Prognosis colours of the KDIGO heat map. @category Risk */
export type KdigoColour = 'green' | 'yellow' | 'orange' | 'red';

const ROWS: readonly GfrCategory[] = ['G1', 'G2', 'G3a', 'G3b', 'G4', 'G5'];
const COLUMNS: readonly AlbuminuriaCategory[] = ['A1', 'A2', 'A3'];

// KDIGO 2012 prognosis heat map (rows G1..G5, columns A1..A3).
const COLOURS: readonly (readonly KdigoColour[])[] = [
  ['green', 'yellow', 'orange'],
  ['green', 'yellow', 'orange'],
  ['yellow', 'orange', 'red'],
  ['orange', 'red', 'red'],
  ['red', 'red', 'red'],
  ['red', 'red', 'red'],
];

// Monitoring visits per year. KDIGO 2012 Chapter 2 figure: green 1 if CKD, yellow 1, orange 2,
// red 3, deep red 4 or more (every 1-3 months; encoded as 4). The ADA 2024 section 11 grid
// differs in two cells: G1 A3 and G2 A3 are 3 a year, not 2.
const VISITS: { readonly [T in KdigoTable]: readonly (readonly number[])[] } = {
  'kdigo-2012': [
    [1, 1, 2],
    [1, 1, 2],
    [1, 2, 3],
    [2, 3, 3],
    [3, 3, 4],
    [4, 4, 4],
  ],
  'ada-2024': [
    [1, 1, 3],
    [1, 1, 3],
    [1, 2, 3],
    [2, 3, 3],
    [3, 3, 4],
    [4, 4, 4],
  ],
};

const COLOUR_TEXT: { readonly [C in KdigoColour]: { readonly en: string; readonly zh: string } } = {
  green: { en: 'low risk (no CKD without other markers of kidney damage)', zh: '低风险（无其他肾损伤标志时不属于CKD）' },
  yellow: { en: 'moderately increased risk', zh: '中度增加风险' },
  orange: { en: 'high risk', zh: '高风险' },
  red: { en: 'very high risk', zh: '极高风险' },
};

function compute(input: KdigoInput): Either<CareError, ScoreResult> {
  const table: KdigoTable = input.table ?? 'kdigo-2012';
  const g = gfrCategory(input.egfr);
  const uacr = inUnit(input.uacr, 'mg/g', 1);
  const a = albuminuriaCategory(uacr);
  const row = ROWS.indexOf(g);
  const column = COLUMNS.indexOf(a);
  const colour = COLOURS[row]?.[column] ?? 'red';
  const visits = VISITS[table][row]?.[column] ?? 4;
  // G1-G2 A1 is CKD only with other markers of kidney damage: then yearly, otherwise no CKD monitoring.
  const noCkd = colour === 'green' && input.kidneyDamageMarkers !== true;
  const visitsPerYear = noCkd ? 0 : visits;
  const source: Source = table === 'kdigo-2012' ? KDIGO_2012 : ADA_2024;
  const text = COLOUR_TEXT[colour];
  const visitsText = visitsPerYear === 4 ? '4 or more' : String(visitsPerYear);
  return right({
    id: 'kdigo',
    version: source.version ?? '',
    value: visitsPerYear,
    category: `${g} ${a}`,
    factors: [
      { name: 'egfr', input: Number(input.egfr.toFixed(1)) },
      { name: 'uacr', input: { value: Number(uacr.toFixed(1)), unit: 'mg/g' } },
      { name: 'kidneyDamageMarkers', input: input.kidneyDamageMarkers ?? null },
    ],
    missing: input.kidneyDamageMarkers === undefined && colour === 'green' ? ['kidneyDamageMarkers'] : [],
    details: { gfrCategory: g, albuminuriaCategory: a, colour, visitsPerYear, table },
    rationale: {
      en: `KDIGO ${g} ${a}: ${text.en}; monitor eGFR and albuminuria ${noCkd ? 'as for anyone without CKD' : `${visitsText} times a year`} (${table}).`,
      'zh-CN': `KDIGO ${g} ${a}：${text.zh}；${noCkd ? '按非CKD人群常规复查' : `每年监测 eGFR 和尿白蛋白 ${visitsText} 次`}（${table}）。`,
    },
    source,
  });
}

/**
 * KDIGO classification: GFR category G1-G5 by albuminuria A1-A3, the prognosis colour of the heat
 * map and the recommended monitoring visits per year (`value`; 4 means 4 or more). The KDIGO 2012
 * grid by default; the ADA 2024 diabetes grid with `table: 'ada-2024'`.
 *
 * @example
 * ```ts
 * kdigo({ egfr: 50, uacr: { value: 350, unit: 'mg/g' } });
 * // => Right { id: 'kdigo', value: 3, category: 'G3a A3', details: { colour: 'red', visitsPerYear: 3, ... }, ... }
 * ```
 * @category Risk
 */
export function kdigo(input: unknown): Either<CareError, ScoreResult> {
  return runScore('kdigo', KdigoInputSchema, input, compute);
}

function fromRecord(record: PatientRecord, context: DeriveContext): Derived<z.input<typeof KdigoInputSchema>> {
  const measured = latestOf(record, 'egfr', context)?.value;
  const creatinine = latestOf(record, 'creatinine', context);
  const age = ageOn(record, context.asOf);
  const sex = record.sex === 'female' || record.sex === 'male' ? record.sex : undefined;
  // eGFR from the latest creatinine by CKD-EPI 2021 when no eGFR reading is held.
  const computed =
    creatinine !== undefined && age !== undefined && age >= 18 && sex !== undefined ? egfrCkdEpi2021(creatinine.value / CREATININE_UMOL_PER_MG, age, sex) : undefined;
  const diabetes = hasCondition(record, ['diabetes-type-1', 'diabetes-type-2'], context.asOf, ['active', 'remission']);
  const ckd = hasCondition(record, ['chronic-kidney-disease'], context.asOf, ['active', 'remission']);
  return requireAllBut({
    egfr: measured ?? computed,
    uacr: asEntered(latestOf(record, 'uacr', context)),
    kidneyDamageMarkers: ckd,
    // People with diabetes are monitored on the ADA grid, the others on KDIGO 2012.
    table: diabetes === true ? ('ada-2024' as const) : ('kdigo-2012' as const),
  }, ['kidneyDamageMarkers']);
}

/** @internal */
export const kdigoDefinition: ScoreDefinition<KdigoInput> = {
  id: 'kdigo',
  version: KDIGO_2012.version ?? '',
  name: { en: 'KDIGO CKD classification and monitoring', 'zh-CN': 'KDIGO 慢性肾脏病分期与监测频率' },
  source: KDIGO_2012,
  inputSchema: KdigoInputSchema,
  score: kdigo,
  fromRecord,
};
