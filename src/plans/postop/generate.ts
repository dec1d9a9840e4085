import { z } from 'zod';
import { ageAt } from '../../core/age-at.js';
import { careError, type CareError, type CareIssue } from '../../core/care-error.js';
import { canonicalJson } from '../../core/canonical-json.js';
import { deterministicId } from '../../core/deterministic-id.js';
import { left, right, type Either } from '../../core/either.js';
import { deepFreeze } from '../../core/freeze.js';
import { LanguageSchema, type Language, type Localized } from '../../core/i18n.js';
import { instantToEpochMs } from '../../core/instant.js';
import { isoDateParts, type IsoDate } from '../../core/iso-date.js';
import { protect } from '../../core/protect.js';
import { localDateOf } from '../../core/time-zone.js';
import { fromZodIssues } from '../../core/zod-issues.js';
import type { Observation } from '../../model/observation.js';
import { ProcedureSchema, type Channel, type PatientRecord } from '../../model/patient-record.js';
import { validatePatientRecord } from '../../model/validate-patient-record.js';
import type { ObservationCode } from '../../model/vocabulary.js';
import { caprini, capriniDefinition } from '../../risk/caprini.js';
import { bmiOf, DEFAULT_LOOKBACK_DAYS } from '../../risk/derive.js';
import { lace, laceDefinition } from '../../risk/lace.js';
import { morseFall, morseFallDefinition } from '../../risk/morse-fall.js';
import type { ScoreDefinition } from '../../risk/score-definition.js';
import type { ScoreResult } from '../../risk/score-result.js';
import { buildPlan, type PostOpPlan } from './build.js';
import type { Evidence, PlanContext } from './context.js';
import { checkProtocol, type PostOpProtocol } from './protocol.js';
import { builtInProtocols } from './protocols.js';

/** A procedure as `generatePostOpPlan` accepts it (the record's procedure schema). @category Plans */
export type PostOpProcedure = z.input<typeof ProcedureSchema>;

/**
 * Which procedure to plan for: its `id` in `record.procedures` (a string), its index there (a
 * number), or a procedure object (which need not be in the record).
 *
 * @category Plans
 */
export type ProcedureRef = string | number | PostOpProcedure;

/** Options of {@link generatePostOpPlan}. @category Plans */
export interface PostOpOptions {
  /** A hospital's own protocol (JSON, checked by `validateProtocol`); the built-in one for the procedure otherwise. */
  readonly protocol?: unknown;
  /** Fever red-flag threshold in °C, 37.5-40 (default 38.0; docs/postop.md). */
  readonly feverThresholdCelsius?: number;
  /** Duration of hip precautions in weeks, 1-26 (default: the protocol's, 6 weeks in the built-in). */
  readonly hipPrecautionWeeks?: number;
  /** Languages of the plan, in order of preference (default: the patient's language first, then the other). */
  readonly languages?: readonly Language[];
}

const OptionsSchema = z
  .strictObject({
    protocol: z.unknown().optional(),
    feverThresholdCelsius: z.number().min(37.5).max(40).optional(),
    hipPrecautionWeeks: z.number().int().min(1).max(26).optional(),
    languages: z.array(LanguageSchema).min(1).max(2).optional(),
  })
  .optional();

/**
 * Default fever threshold, °C: 38.0 (100.4 °F), Saint Luke's discharge instructions; BayCare uses
 * 38.5, Grants Pass 102 °F. The most conservative is the default.
 */
export const DEFAULT_FEVER_THRESHOLD_CELSIUS = 38.0;

/** Obesity: BMI >= 28.0 kg/m2 (WS/T 428-2013, China). */
const OBESITY_BMI = 28;

/** Readings milestones can be judged on are kept; others are not needed by the plan. */
function measuredCodes(protocol: PostOpProtocol): Set<ObservationCode> {
  const codes = new Set<ObservationCode>();
  for (const phase of protocol.phases) for (const milestone of phase.milestones) if (milestone.measure !== undefined) codes.add(milestone.measure);
  return codes;
}

/** The local calendar day of a date or an instant, in the patient's zone when known. @internal */
export function dayOf(text: string, timeZone: string | null): IsoDate {
  if (timeZone !== null && text.length > 10) {
    const local = localDateOf(text, timeZone);
    if (local._tag === 'Right') return local.right;
  }
  return text.slice(0, 10);
}

/** True for a calendar date or an instant with an offset. @internal */
export function isAsOf(value: unknown): value is string {
  return typeof value === 'string' && (isoDateParts(value) !== undefined || instantToEpochMs(value)._tag === 'Right');
}

/** @internal */
export const asOfError = (): CareError =>
  careError('invalid-time', 'asOf is invalid', [{ path: ['asOf'], code: 'invalid-date', message: 'must be a calendar date YYYY-MM-DD or an instant with an offset' }]);

/** @internal */
export function readingEvidence(observations: readonly Observation[], codes: ReadonlySet<ObservationCode>, timeZone: string | null): Evidence[] {
  return observations.filter((observation) => codes.has(observation.code)).map((observation) => ({ kind: 'reading', code: observation.code, value: observation.value, day: dayOf(observation.effective, timeZone) }));
}

let builtInCache: Partial<Record<string, PostOpProtocol>> = {};

/** The built-in protocol for a procedure, validated once. @internal */
export function builtInProtocol(code: keyof typeof builtInProtocols): Either<CareError, PostOpProtocol> {
  const cached = builtInCache[code];
  if (cached !== undefined) return right(cached);
  const checked = checkProtocol(builtInProtocols[code]);
  if (checked._tag === 'Right') builtInCache = { ...builtInCache, [code]: checked.right };
  return checked;
}

function score<I>(definition: ScoreDefinition<I>, run: (input: unknown) => Either<CareError, ScoreResult>, record: PatientRecord, asOf: IsoDate): { category: string; value: number } | null {
  const derived = definition.fromRecord(record, { asOf, lookbackDays: DEFAULT_LOOKBACK_DAYS });
  if (derived.kind !== 'ok') return null;
  const result = run(derived.input);
  return result._tag === 'Right' ? { category: result.right.category, value: result.right.value } : null;
}

function chooseChannel(record: PatientRecord, age: number | null): Channel {
  const avoid = new Set(record.preferences?.avoidChannels ?? []);
  const preferred = record.preferences?.channel;
  if (preferred !== undefined && !avoid.has(preferred)) return preferred;
  const noDigital = record.social?.digitalAccess === 'none';
  // 003: more phone calls for older patients; app for the others who can use one.
  const order: readonly Channel[] = noDigital || (age !== null && age >= 65) ? ['phone', 'sms', 'in-person', 'app'] : ['app', 'phone', 'sms', 'in-person'];
  return order.find((channel) => !avoid.has(channel) && !(noDigital && channel === 'app')) ?? 'in-person';
}

function resolveProcedure(record: PatientRecord, ref: unknown, asOfDay: IsoDate): Either<CareError, z.output<typeof ProcedureSchema>> {
  const fail = (code: CareIssue['code'], message: string, path: (string | number)[] = ['procedure']) => left(careError('invalid-input', 'Procedure is invalid', [{ path, code, message }]));
  const list = record.procedures ?? [];
  let procedure: z.output<typeof ProcedureSchema>;
  if (typeof ref === 'number') {
    const found = Number.isInteger(ref) ? list[ref] : undefined;
    if (found === undefined) return fail('invalid-value', 'is not the index of a procedure in record.procedures');
    procedure = found;
  } else if (typeof ref === 'string') {
    const found = list.find((entry) => entry.id === ref);
    if (found === undefined) return fail('invalid-value', 'is not the id of a procedure in record.procedures');
    procedure = found;
  } else {
    const parsed = ProcedureSchema.safeParse(ref, { reportInput: true });
    if (!parsed.success) return left(careError('invalid-input', 'Procedure is invalid', fromZodIssues(parsed.error.issues).map((issue) => ({ ...issue, path: ['procedure', ...issue.path] }))));
    procedure = parsed.data;
    if (procedure.status === 'completed' && procedure.date > asOfDay) return fail('inconsistent', 'is completed after asOf', ['procedure', 'date']);
  }
  if (procedure.status === 'cancelled') return left(careError('not-applicable', 'The procedure was cancelled: no post-operative plan', [{ path: ['procedure', 'status'], code: 'not-applicable', message: 'is cancelled' }]));
  return right(procedure);
}

/** Generates the plan; `generatePostOpPlan` wraps it in `protect`. */
function generate(recordInput: unknown, procedureRef: unknown, asOfInput: unknown, optionsInput: unknown): Either<CareError, PostOpPlan> {
  if (!isAsOf(asOfInput)) return left(asOfError());
  const asOf = asOfInput;
  const optionsParsed = OptionsSchema.safeParse(optionsInput, { reportInput: true });
  if (!optionsParsed.success) return left(careError('invalid-input', 'Options are invalid', fromZodIssues(optionsParsed.error.issues).map((issue) => ({ ...issue, path: ['options', ...issue.path] }))));
  const options = optionsParsed.data ?? {};
  const validated = validatePatientRecord(recordInput, { asOf });
  if (validated._tag === 'Left') return validated;
  const record = validated.right;
  const timeZone = record.preferences?.timeZone ?? null;
  const day = dayOf(asOf, timeZone);

  const resolved = resolveProcedure(record, procedureRef, day);
  if (resolved._tag === 'Left') return resolved;
  const procedure = resolved.right;

  let protocol: PostOpProtocol;
  if (options.protocol !== undefined) {
    const checked = checkProtocol(options.protocol);
    if (checked._tag === 'Left') return left(careError(checked.left.code, checked.left.message.replace(/^Protocol/, 'options.protocol'), checked.left.issues.map((issue) => ({ ...issue, path: ['options', 'protocol', ...issue.path] }))));
    protocol = checked.right;
    if (protocol.procedure !== procedure.code && protocol.procedure !== 'surgery-other') {
      return left(careError('not-applicable', 'The protocol is for another procedure', [{ path: ['options', 'protocol', 'procedure'], code: 'inconsistent', message: 'differs from the procedure code' }]));
    }
  } else {
    const builtIn = builtInProtocol(procedure.code);
    if (builtIn._tag === 'Left') return builtIn;
    protocol = builtIn.right;
  }

  const warnings: Localized[] = [];
  const age = ageAt(record.birthDate, day);
  const ageYears = age._tag === 'Right' ? age.right : null;
  const active = (codes: readonly string[]) => (record.conditions ?? []).some((condition) => codes.includes(condition.code) && condition.status === 'active' && (condition.onset === undefined || condition.onset <= day));
  const bmi = bmiOf(record, { asOf: day, lookbackDays: DEFAULT_LOOKBACK_DAYS }) ?? null;
  const obese = active(['obesity']) || (bmi !== null && bmi >= OBESITY_BMI); // WS/T 428-2013: obesity BMI >= 28.0

  // Caprini is assessed around the operation: at the surgery date once done, at asOf before it.
  const withProcedure: PatientRecord = (record.procedures ?? []).includes(procedure) ? record : { ...record, procedures: [...(record.procedures ?? []), procedure] };
  const capriniDay = day < procedure.date ? day : procedure.date;
  const capriniScore = score(capriniDefinition, (input) => caprini(input), withProcedure, capriniDay);
  const morseScore = score(morseFallDefinition, (input) => morseFall(input), record, day);
  const laceScore = score(laceDefinition, lace, record, day);
  if (morseScore === null) warnings.push({ en: 'Morse Fall Scale not scored (functional status incomplete): no fall-risk personalisation.', 'zh-CN': 'Morse 跌倒评分无法计算（功能状态不完整）：未做跌倒风险个体化。' });
  if (procedure.code === 'total-hip-arthroplasty' && procedure.approach === undefined) {
    warnings.push({ en: 'Surgical approach not recorded: the posterior hip precautions (the most restrictive) apply.', 'zh-CN': '未记录手术入路：按后侧入路（最严格）的髋关节防护要求执行。' });
  }
  if (procedure.status === 'planned' && procedure.date < day) {
    warnings.push({ en: 'The procedure is still recorded as planned although its date has passed: the plan assumes it took place on that date.', 'zh-CN': '手术日期已过但仍记录为计划状态：本计划按该日期已完成手术处理。' });
  }
  const caregiver = record.social?.caregiver !== undefined;
  const livesAlone = record.social?.livesAlone === true;
  if (livesAlone && !caregiver) warnings.push({ en: 'Lives alone with no caregiver recorded: family tasks not added.', 'zh-CN': '独居且未记录照护者：未添加家庭任务。' });

  const preferredLanguage = record.preferences?.language ?? 'zh-CN';
  const languages: Language[] = options.languages !== undefined ? [...new Set(options.languages)] : [preferredLanguage, preferredLanguage === 'zh-CN' ? 'en' : 'zh-CN'];

  const procedureKey = { code: procedure.code, date: procedure.date, side: procedure.side, id: procedure.id };
  const planId = deterministicId('postop-plan', record.id, procedureKey, canonicalJson(protocol));
  const context: PlanContext = {
    planId,
    patientId: record.id,
    protocol,
    procedure,
    timeZone,
    languages,
    personal: {
      age: ageYears,
      diabetes: active(['diabetes-type-1', 'diabetes-type-2']),
      obese,
      bmi: bmi === null ? null : Number(bmi.toFixed(2)),
      cancer: active(['cancer']),
      caprini: capriniScore,
      morseFall: morseScore,
      lace: laceScore,
      livesAlone,
      caregiver,
      channel: chooseChannel(record, ageYears),
      largePrint: record.preferences?.largePrint === true,
    },
    settings: {
      feverThresholdCelsius: options.feverThresholdCelsius ?? DEFAULT_FEVER_THRESHOLD_CELSIUS,
      hipPrecautionWeeks: options.hipPrecautionWeeks ?? null,
    },
    evidence: readingEvidence(record.observations ?? [], measuredCodes(protocol), timeZone).filter((item) => item.day <= day),
    warnings,
  };
  return right(deepFreeze(buildPlan(context, protocol, asOf, day)));
}

/**
 * Generates a post-operative rehabilitation plan for one procedure of a patient: the protocol's
 * phases dated from the surgery date, its exercises, restrictions, education, milestones (judged
 * on the record's readings up to `asOf`), follow-up visits and contacts, red flags; personalised by
 * age, diabetes, obesity, Caprini (VTE prophylaxis duration, ankle pumps), Morse (walker,
 * supervision), living alone or with a caregiver (home visit, family tasks), LACE (contact in
 * 48-72 h and an early visit) and the preferred channel; with a pre-operative checklist when
 * `asOf` is before surgery. A missed milestone makes the plan `behind`, adds an escalation and
 * holds the exercises that need it: the plan never silently advances.
 *
 * @param record - a patient record (validated here with `asOf`)
 * @param procedure - the procedure's `id` in `record.procedures` (string), its index there
 *   (number), or a procedure object (which need not be in the record)
 * @param asOf - `YYYY-MM-DD` or an instant with an offset
 * @param options - `protocol` (a hospital's own, JSON), `feverThresholdCelsius` (default 38.0),
 *   `hipPrecautionWeeks`, `languages`
 * @returns `Right` with the frozen {@link PostOpPlan}, or `Left`: `invalid-time` (asOf),
 *   `invalid-input` (record, procedure, options), `invalid-rule` (the protocol, every defect),
 *   `not-applicable` (a cancelled procedure, or a protocol for another procedure)
 *
 * @example
 * ```ts
 * const plan = generatePostOpPlan(kneeRecord, 'surgery-1', '2026-11-23');
 * // => Right { kind: 'postop', status: 'active',
 * //   phases: [{ name: { en: 'Immobilisation (days 1-3)' }, start: '2026-11-17', end: '2026-11-19', status: 'completed' },
 * //            { name: { en: 'Activity (days 4-14)' }, start: '2026-11-20', end: '2026-11-30', status: 'current' }, ...],
 * //   milestones: [{ id: '…/milestone/flexion-90', dueBy: '2026-11-30', status: 'pending' }, ...],
 * //   classification: { phaseReached: '…/phase/activity', vteProphylaxisDays: 35, ... }, ... }
 * ```
 * @category Plans
 */
export function generatePostOpPlan(record: unknown, procedure: unknown, asOf: unknown, options?: unknown): Either<CareError, PostOpPlan> {
  return protect('generatePostOpPlan', () => generate(record, procedure, asOf, options));
}
