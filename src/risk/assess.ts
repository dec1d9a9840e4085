import { careError, type CareError } from '../core/care-error.js';
import { left, right, type Either } from '../core/either.js';
import { deepFreeze } from '../core/freeze.js';
import type { Localized } from '../core/i18n.js';
import { instantToEpochMs } from '../core/instant.js';
import { isoDateParts } from '../core/iso-date.js';
import { protect } from '../core/protect.js';
import { validatePatientRecord } from '../model/validate-patient-record.js';
import { ageOn, bmiOf, DEFAULT_LOOKBACK_DAYS, indexObservations, type DeriveContext } from './derive.js';
import { DEFINITIONS } from './registry.js';
import type { ScoreResult } from './score-result.js';
import { tierOf, type Tier, type TierReason } from './tier.js';

/** Options of {@link assess}. @category Risk */
export interface AssessOptions {
  /** How old a reading may be, in days (default 365; see `DEFAULT_LOOKBACK_DAYS`). */
  readonly lookbackDays?: number;
  /** Run only these score ids (default: all). */
  readonly only?: readonly string[];
}

/** A score `assess` did not compute, and why. @category Risk */
export interface NotApplicableScore {
  readonly id: string;
  /** `missing-inputs`: required inputs are not in the record; `not-applicable`: the score is not for this patient; `out-of-population`: outside the validated population. */
  readonly reason: 'missing-inputs' | 'not-applicable' | 'out-of-population';
  readonly missing: readonly string[];
  readonly rationale: Localized;
}

/** A flag for the care team, raised by a score result. @category Risk */
export interface RiskFlag {
  readonly code: string;
  readonly scoreId: string;
  readonly rationale: Localized;
}

/** The outcome of {@link assess}. @category Risk */
export interface Assessment {
  readonly patientId: string;
  readonly asOf: string;
  readonly tier: Tier;
  readonly tierReasons: readonly TierReason[];
  readonly flags: readonly RiskFlag[];
  readonly results: readonly ScoreResult[];
  readonly notApplicable: readonly NotApplicableScore[];
  /** Values derived from the record that several scores share. */
  readonly derived: { readonly age?: number; readonly bmi?: number };
}

/** Result categories that raise a flag (each score's own top categories). */
const FLAGS: readonly { readonly code: string; readonly scoreId: string; readonly categories: readonly string[] }[] = [
  { code: 'eight-fold-diabetes-risk', scoreId: 'seed-diabetes-risk', categories: ['eight-fold-risk'] },
  { code: 'foot-risk', scoreId: 'iwgdf-foot', categories: ['moderate', 'high'] },
  { code: 'glucose-variability-high', scoreId: 'glucose-variability', categories: ['unstable'] },
  { code: 'ascvd-risk-high', scoreId: 'pooled-cohort', categories: ['high'] },
  { code: 'ascvd-risk-high', scoreId: 'china-par', categories: ['high'] },
  { code: 'readmission-risk-high', scoreId: 'lace', categories: ['high'] },
  { code: 'readmission-risk-high', scoreId: 'hospital-score', categories: ['high'] },
  { code: 'vte-risk-highest', scoreId: 'caprini', categories: ['highest'] },
  { code: 'fall-risk-high', scoreId: 'morse-fall', categories: ['high'] },
  { code: 'diabetes-risk-high', scoreId: 'findrisc', categories: ['high', 'very-high'] },
  { code: 'diabetes-risk-high', scoreId: 'cdrs', categories: ['high-risk'] },
];

function kdigoFlag(result: ScoreResult): RiskFlag | undefined {
  const colour = result.details?.['colour'];
  if (colour === 'red') return { code: 'kidney-risk-very-high', scoreId: 'kdigo', rationale: result.rationale };
  if (colour === 'orange') return { code: 'kidney-risk-high', scoreId: 'kdigo', rationale: result.rationale };
  return undefined;
}

const MISSING_TEXT = (missing: readonly string[]): Localized => ({
  en: `Not computed: the record lacks ${missing.join(', ')}.`,
  'zh-CN': `未计算：记录缺少 ${missing.join('、')}。`,
});

/**
 * Runs every score that applies to a patient at a point in time and places the patient in a
 * tier (healthy, high-risk, chronic, acute) with the reasons, plus flags for the care team.
 * Inputs each score needs are derived from the record (age at `asOf`, BMI from height and weight,
 * eGFR from creatinine, the latest reading of each code within the look-back window); a score
 * whose required inputs are not in the record is listed under `notApplicable` with what is
 * missing, never guessed.
 *
 * @param record - a patient record (validated here; a record carepath already validated is accepted as is)
 * @param asOf - the point in time: `YYYY-MM-DD` or an instant with an offset
 * @param options - look-back window and a subset of scores
 * @returns the {@link Assessment}, or `Left` for an invalid record or `asOf`
 *
 * @example
 * ```ts
 * assess(record, '2026-11-23');
 * // => Right { tier: 'chronic', tierReasons: [{ tier: 'chronic', code: 'diabetes-type-2', ... }],
 * //            results: [{ id: 'pooled-cohort', ... }, { id: 'kdigo', category: 'G3a A3', ... }, ...],
 * //            notApplicable: [{ id: 'findrisc', reason: 'not-applicable', ... }], flags: [...] }
 * ```
 * @category Risk
 */
export function assess(record: unknown, asOf: string, options: AssessOptions = {}): Either<CareError, Assessment> {
  return protect('assess', () => {
    const when: unknown = asOf;
    if (typeof when !== 'string' || (isoDateParts(when) === undefined && instantToEpochMs(when)._tag === 'Left')) {
      return left(careError('invalid-time', 'asOf is invalid', [{ path: ['asOf'], code: 'invalid-date', message: 'must be a calendar date YYYY-MM-DD or an instant with an offset' }]));
    }
    const given: unknown = options;
    const opts = typeof given === 'object' && given !== null ? (given as AssessOptions) : {};
    const lookback: unknown = opts.lookbackDays;
    if (lookback !== undefined && (typeof lookback !== 'number' || !Number.isInteger(lookback) || lookback < 1 || lookback > 3650)) {
      return left(careError('invalid-input', 'Options are invalid', [{ path: ['options', 'lookbackDays'], code: 'too-big', message: 'must be a whole number of days between 1 and 3650' }]));
    }
    const only: unknown = opts.only;
    if (only !== undefined && (!Array.isArray(only) || !only.every((id) => DEFINITIONS.some((definition) => definition.id === id)))) {
      return left(careError('invalid-input', 'Options are invalid', [{ path: ['options', 'only'], code: 'invalid-value', message: `must list score ids among ${DEFINITIONS.map((definition) => definition.id).join(', ')}` }]));
    }
    const validated = validatePatientRecord(record, { asOf: when });
    if (validated._tag === 'Left') return validated;
    const patient = validated.right;
    const context: DeriveContext = { asOf: when, lookbackDays: typeof lookback === 'number' ? lookback : DEFAULT_LOOKBACK_DAYS, index: indexObservations(patient) };

    const results: ScoreResult[] = [];
    const notApplicable: NotApplicableScore[] = [];
    for (const definition of DEFINITIONS) {
      if (Array.isArray(only) && !only.includes(definition.id)) continue;
      const inputs = definition.fromRecord(patient, context);
      if (inputs.kind === 'not-applicable') {
        notApplicable.push({ id: definition.id, reason: 'not-applicable', missing: [], rationale: inputs.reason });
        continue;
      }
      if (inputs.kind === 'missing') {
        notApplicable.push({ id: definition.id, reason: 'missing-inputs', missing: inputs.missing, rationale: MISSING_TEXT(inputs.missing) });
        continue;
      }
      const scored = definition.score(inputs.input);
      if (scored._tag === 'Left') {
        const reason = scored.left.code === 'out-of-population' ? 'out-of-population' : 'not-applicable';
        notApplicable.push({ id: definition.id, reason, missing: [], rationale: { en: scored.left.message, 'zh-CN': scored.left.message } });
        continue;
      }
      const extra = inputs.missing.filter((name) => !scored.right.missing.includes(name));
      results.push(extra.length === 0 ? scored.right : { ...scored.right, missing: [...scored.right.missing, ...extra] });
    }

    const flags: RiskFlag[] = [];
    for (const result of results) {
      for (const flag of FLAGS) {
        if (flag.scoreId === result.id && flag.categories.includes(result.category)) flags.push({ code: flag.code, scoreId: result.id, rationale: result.rationale });
      }
      if (result.id === 'kdigo') {
        const flag = kdigoFlag(result);
        if (flag !== undefined) flags.push(flag);
      }
    }
    const { tier, reasons } = tierOf(patient, results, context);
    const age = ageOn(patient, when);
    const bmi = bmiOf(patient, context);
    return right(
      deepFreeze({
        patientId: patient.id,
        asOf: when,
        tier,
        tierReasons: reasons,
        flags,
        results,
        notApplicable,
        derived: { ...(age === undefined ? {} : { age }), ...(bmi === undefined ? {} : { bmi: Number(bmi.toFixed(2)) }) },
      }),
    );
  });
}
