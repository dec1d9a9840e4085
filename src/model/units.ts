/**
 * Units at the edge. Every quantity entering carepath names its unit (UCUM codes, plus a short
 * list of exact spellings in common use); carepath converts it once, here, to the canonical unit
 * of its kind, and keeps what was entered beside the converted value. An unknown unit is an
 * error, never a guess.
 *
 * @module
 */

/** The kinds of quantity carepath reads, each with one canonical unit. @category Units */
export type QuantityKind =
  | 'glucose'
  | 'hba1c'
  | 'pressure'
  | 'cholesterol'
  | 'triglycerides'
  | 'creatinine'
  | 'uacr'
  | 'egfr'
  | 'mass'
  | 'length'
  | 'bmi'
  | 'duration'
  | 'steps'
  | 'angle'
  | 'temperature'
  | 'heart-rate'
  | 'hemoglobin'
  | 'sodium'
  | 'saturation';

interface Linear {
  /** canonical = entered * factor + offset */
  readonly factor: number;
  readonly offset?: number;
  /** Why this factor: the standard, guideline or definition it comes from. */
  readonly source: string;
}

const IDENTITY: Linear = { factor: 1, source: 'canonical unit' };

interface KindTable {
  readonly canonical: string;
  readonly units: Readonly<Record<string, Linear>>;
}

// Conversion factors. Each line names its source; they are unit definitions and molar masses,
// not clinical thresholds.
const KINDS: Readonly<Record<QuantityKind, KindTable>> = {
  glucose: {
    canonical: 'mmol/L',
    units: {
      'mmol/L': IDENTITY,
      // Glucose 180.16 g/mol: 1 mmol/L = 18.0 mg/dL, the factor behind ADA Standards of Care 2025
      // section 2 pairs (126 mg/dL = 7.0 mmol/L).
      'mg/dL': { factor: 1 / 18.0, source: 'glucose 18.0 mg/dL per mmol/L (ADA Standards of Care 2025, section 2)' },
    },
  },
  hba1c: {
    canonical: '%',
    units: {
      '%': IDENTITY,
      // IFCC-NGSP master equation: NGSP % = 0.09148 x IFCC mmol/mol + 2.152 (Hoelzel et al.,
      // Clin Chem 2004;50:166-174; used by the NGSP converter).
      'mmol/mol': { factor: 0.09148, offset: 2.152, source: 'IFCC-NGSP master equation (Hoelzel, Clin Chem 2004)' },
    },
  },
  pressure: {
    canonical: 'mm[Hg]',
    units: {
      'mm[Hg]': IDENTITY,
      // 1 mmHg = 133.322387415 Pa (UCUM; ISO 80000-4), so 1 kPa = 7.50062 mmHg.
      kPa: { factor: 1000 / 133.322387415, source: 'UCUM: 1 mm[Hg] = 133.322387415 Pa' },
    },
  },
  cholesterol: {
    canonical: 'mmol/L',
    units: {
      'mmol/L': IDENTITY,
      // Cholesterol 386.65 g/mol: 1 mmol/L = 38.67 mg/dL (NCEP ATP III, 2002, conversion note).
      'mg/dL': { factor: 1 / 38.67, source: 'cholesterol 38.67 mg/dL per mmol/L (NCEP ATP III 2002)' },
    },
  },
  triglycerides: {
    canonical: 'mmol/L',
    units: {
      'mmol/L': IDENTITY,
      // Triolein 885.7 g/mol: 1 mmol/L = 88.57 mg/dL (NCEP ATP III, 2002, conversion note).
      'mg/dL': { factor: 1 / 88.57, source: 'triglycerides 88.57 mg/dL per mmol/L (NCEP ATP III 2002)' },
    },
  },
  creatinine: {
    canonical: 'umol/L',
    units: {
      'umol/L': IDENTITY,
      // Creatinine 113.12 g/mol: 1 mg/dL = 88.4 umol/L (KDIGO 2012 CKD guideline; CKD-EPI 2021).
      'mg/dL': { factor: 88.4, source: 'creatinine 88.4 umol/L per mg/dL (KDIGO 2012; CKD-EPI 2021)' },
    },
  },
  uacr: {
    canonical: 'mg/g',
    units: {
      'mg/g': IDENTITY,
      // 1 mmol creatinine = 0.11312 g, so 1 mg/mmol = 8.84 mg/g (KDIGO 2012, Table 5: A2 = 3-30 mg/mmol = 30-300 mg/g).
      'mg/mmol': { factor: 8.84, source: 'albumin/creatinine 8.84 mg/g per mg/mmol (KDIGO 2012, Table 5)' },
    },
  },
  egfr: {
    canonical: 'mL/min/{1.73_m2}',
    units: { 'mL/min/{1.73_m2}': IDENTITY },
  },
  mass: {
    canonical: 'kg',
    units: {
      kg: IDENTITY,
      g: { factor: 0.001, source: 'SI' },
      // International yard and pound agreement (1959): 1 lb = 0.45359237 kg exactly.
      '[lb_av]': { factor: 0.45359237, source: 'UCUM [lb_av]; 1959 international pound' },
    },
  },
  length: {
    canonical: 'cm',
    units: {
      cm: IDENTITY,
      m: { factor: 100, source: 'SI' },
      mm: { factor: 0.1, source: 'SI' },
      // 1959 international inch: 2.54 cm exactly.
      '[in_i]': { factor: 2.54, source: 'UCUM [in_i]; 1959 international inch' },
    },
  },
  bmi: {
    canonical: 'kg/m2',
    units: { 'kg/m2': IDENTITY },
  },
  duration: {
    canonical: 'h',
    units: {
      h: IDENTITY,
      min: { factor: 1 / 60, source: 'SI-accepted units' },
    },
  },
  steps: {
    canonical: '/d',
    units: { '/d': IDENTITY },
  },
  angle: {
    canonical: 'deg',
    units: { deg: IDENTITY },
  },
  temperature: {
    canonical: 'Cel',
    units: {
      Cel: IDENTITY,
      // Definition of the Fahrenheit scale: C = (F - 32) x 5/9.
      '[degF]': { factor: 5 / 9, offset: -32 * (5 / 9), source: 'UCUM [degF] definition' },
    },
  },
  'heart-rate': {
    canonical: '/min',
    units: { '/min': IDENTITY },
  },
  hemoglobin: {
    canonical: 'g/L',
    units: {
      'g/L': IDENTITY,
      'g/dL': { factor: 10, source: 'SI' },
    },
  },
  sodium: {
    canonical: 'mmol/L',
    units: {
      'mmol/L': IDENTITY,
      // Sodium is monovalent: 1 mEq/L = 1 mmol/L.
      'meq/L': { factor: 1, source: 'monovalent ion: 1 mEq = 1 mmol' },
    },
  },
  saturation: {
    canonical: '%',
    units: { '%': IDENTITY },
  },
};

/**
 * Exact spellings in common use that mean one UCUM code. Only unambiguous synonyms belong here;
 * anything else is an unknown unit.
 */
const ALIASES: Readonly<Record<string, string>> = {
  'mmol/l': 'mmol/L',
  'mg/dl': 'mg/dL',
  'µmol/L': 'umol/L',
  'μmol/L': 'umol/L',
  'umol/l': 'umol/L',
  'µmol/l': 'umol/L',
  'μmol/l': 'umol/L',
  mmHg: 'mm[Hg]',
  'mm Hg': 'mm[Hg]',
  lb: '[lb_av]',
  lbs: '[lb_av]',
  in: '[in_i]',
  '°C': 'Cel',
  '℃': 'Cel',
  '°F': '[degF]',
  '℉': '[degF]',
  'mEq/L': 'meq/L',
  bpm: '/min',
  'beats/min': '/min',
  'steps/d': '/d',
  'steps/day': '/d',
  '{steps}/d': '/d',
  '°': 'deg',
  'mL/min/1.73m2': 'mL/min/{1.73_m2}',
  'ml/min/1.73m2': 'mL/min/{1.73_m2}',
  'mL/min/1.73 m2': 'mL/min/{1.73_m2}',
  'kg/m²': 'kg/m2',
  hours: 'h',
  hr: 'h',
};

/**
 * The canonical unit of a kind.
 *
 * @example
 * ```ts
 * canonicalUnit('glucose'); // => 'mmol/L'
 * ```
 * @category Units
 */
export function canonicalUnit(kind: QuantityKind): string {
  return KINDS[kind].canonical;
}

/**
 * The UCUM codes accepted for a kind (aliases not included).
 *
 * @example
 * ```ts
 * acceptedUnits('creatinine'); // => ['umol/L', 'mg/dL']
 * ```
 * @category Units
 */
export function acceptedUnits(kind: QuantityKind): readonly string[] {
  return Object.freeze(Object.keys(KINDS[kind].units));
}

/** A quantity in its canonical unit, with what was entered when it differs. @category Units */
export interface CanonicalQuantity {
  readonly value: number;
  readonly unit: string;
}

/**
 * Converts a value of a kind from `unit` to the kind's canonical unit, or `undefined` when the
 * unit is not one carepath knows for that kind.
 *
 * @example
 * ```ts
 * toCanonical('glucose', 126, 'mg/dL');    // => { value: 7, unit: 'mmol/L' }
 * toCanonical('hba1c', 53, 'mmol/mol');    // => { value: 7.00044, unit: '%' }
 * toCanonical('glucose', 7, 'mmol/mol');   // => undefined
 * ```
 * @category Units
 */
export function toCanonical(kind: QuantityKind, value: number, unit: string): CanonicalQuantity | undefined {
  if (typeof kind !== 'string' || !Object.hasOwn(KINDS, kind) || typeof value !== 'number' || !Number.isFinite(value) || typeof unit !== 'string') return undefined;
  const table = KINDS[kind];
  const code = Object.hasOwn(table.units, unit) ? unit : Object.hasOwn(ALIASES, unit) ? ALIASES[unit] : undefined;
  if (code === undefined || !Object.hasOwn(table.units, code)) return undefined;
  const linear = table.units[code];
  if (linear === undefined) return undefined;
  return { value: value * linear.factor + (linear.offset ?? 0), unit: table.canonical };
}

/**
 * Converts a canonical value of a kind to another accepted unit (for display or export), or
 * `undefined` for a unit carepath does not know for that kind.
 *
 * @example
 * ```ts
 * fromCanonical('glucose', 7, 'mg/dL');        // => 126
 * fromCanonical('creatinine', 88.4, 'mg/dL');  // => 1
 * ```
 * @category Units
 */
export function fromCanonical(kind: QuantityKind, value: number, unit: string): number | undefined {
  if (typeof kind !== 'string' || !Object.hasOwn(KINDS, kind) || typeof value !== 'number' || !Number.isFinite(value) || typeof unit !== 'string') return undefined;
  const table = KINDS[kind];
  const code = Object.hasOwn(table.units, unit) ? unit : Object.hasOwn(ALIASES, unit) ? ALIASES[unit] : undefined;
  if (code === undefined || !Object.hasOwn(table.units, code)) return undefined;
  const linear = table.units[code];
  if (linear === undefined) return undefined;
  return (value - (linear.offset ?? 0)) / linear.factor;
}
