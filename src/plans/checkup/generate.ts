import { z } from 'zod';
import { careError, type CareError, type CareIssue } from '../../core/care-error.js';
import { deterministicId } from '../../core/deterministic-id.js';
import { left, right, type Either } from '../../core/either.js';
import { deepFreeze } from '../../core/freeze.js';
import type { Localized } from '../../core/i18n.js';
import { instantToEpochMs } from '../../core/instant.js';
import { addMonths, daysBetween, isoDateParts } from '../../core/iso-date.js';
import type { JsonValue } from '../../core/json-value.js';
import { protect } from '../../core/protect.js';
import type { Source } from '../../core/source.js';
import { fromZodIssues } from '../../core/zod-issues.js';
import { ServicePackageSchema, type ServicePackage } from '../../model/patient-record.js';
import { validatePatientRecord } from '../../model/validate-patient-record.js';
import { assess } from '../../risk/assess.js';
import { compileRule } from '../../rules/compile-rule.js';
import { evaluateRule } from '../../rules/evaluate-rule.js';
import type { Activity, CarePlanBase } from '../care-plan.js';
import { BUILT_IN_RULE_LIST } from './built-in-rules.js';
import { buildFacts, factsJson, type CheckupFacts } from './facts.js';
import { ScreeningHistorySchema, type ScreeningHistoryEntry } from './history.js';
import { builtInItem, packageIncludes } from './items.js';
import { checkRules, type ScreeningRule } from './rule-schema.js';
import { CAREPATH_PACKAGE_MAPPING, SEED_SERVICE_TIERS } from './sources.js';

/**
 * The guideline profile of a plan: Chinese rules, US rules, or both.
 *
 * @example
 * ```ts
 * CheckupProfileSchema.parse('both'); // => 'both'
 * ```
 * @category Check-up
 */
export const CheckupProfileSchema = z.enum(['cn', 'us', 'both']);
/** @category Check-up */
export type CheckupProfile = z.infer<typeof CheckupProfileSchema>;

const ExtraFactsSchema = z
  .record(
    z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, 'must be an identifier'),
    z.union([z.boolean(), z.number().refine(Number.isFinite, 'must be finite'), z.string().max(200), z.null()]),
  )
  .refine((record) => Object.keys(record).length <= 100, { message: 'must have at most 100 facts' });

/**
 * Options of {@link generateCheckupPlan}.
 *
 * @example
 * ```ts
 * const options = { profile: 'cn', servicePackage: 'standard', facts: { helicobacterPylori: true } };
 * ```
 * @category Check-up
 */
export const CheckupPlanOptionsSchema = z.strictObject({
  /** `cn`, `us` or `both` (default `both`). Rules with profile `all` apply in every profile. */
  profile: CheckupProfileSchema.optional(),
  /** A centre's own rules, evaluated before the built-in rules (see {@link validateScreeningRules}). */
  rules: z.array(z.unknown()).max(1000).optional(),
  /** The person's service package; overrides the record's `servicePackage` (default `basic`). */
  servicePackage: ServicePackageSchema.optional(),
  /** Facts the record cannot hold, read by rules as `extra.<name>` (`helicobacterPylori`, `cervixRemoved`...). */
  facts: ExtraFactsSchema.optional(),
});
/** @category Check-up */
export type CheckupPlanOptions = z.input<typeof CheckupPlanOptionsSchema>;

/** One rule that applied to an item, as the plan reports it. @category Check-up */
export interface AppliedRuleSummary {
  readonly id: string;
  readonly profile: string;
  readonly recommendation: string;
  readonly grade: string | null;
  /** The interval this rule gives for this person (after test option and abnormal result), or `null`. */
  readonly intervalMonths: number | null;
  readonly once: boolean;
  readonly sourceId: string;
}

/**
 * One item of the plan, with every rule that applied to it and the one that decided its interval
 * (`plan.classification.items`).
 *
 * @category Check-up
 */
export interface CheckupItemSummary {
  readonly item: string;
  /** The activity of the item; `null` for a one-time item already done. */
  readonly activityId: string | null;
  /** `overdue`, `due` (now), `upcoming`, `completed` (one-time, done) or `repeat-not-stated` (done; no source gives a repeat interval). */
  readonly status: 'overdue' | 'due' | 'upcoming' | 'completed' | 'repeat-not-stated';
  readonly due: string | null;
  readonly daysOverdue: number;
  readonly intervalMonths: number | null;
  /** The rule whose interval the plan uses; `null` when no applying rule states one. */
  readonly decidedBy: string | null;
  readonly package: ServicePackage;
  /** Included in the person's package (otherwise offered as an add-on). */
  readonly included: boolean;
  readonly lastResult: { readonly date: string; readonly result: 'normal' | 'abnormal'; readonly test: string | null } | null;
  readonly rules: readonly AppliedRuleSummary[];
  /** Rules for the same item in the profile that were evaluated and did not apply. */
  readonly notApplied: readonly string[];
  /** Rules for the same item that could not decide (a fact they read is unknown). */
  readonly notAssessed: readonly string[];
}

/** A check-up plan: a {@link CarePlanBase} of kind `checkup`. @category Check-up */
export type CheckupPlan = CarePlanBase & { readonly kind: 'checkup' };

interface PreparedRule {
  readonly rule: ScreeningRule;
  /** 0 for a centre's rules, 1 guideline, 2 seed, 3 other sources. */
  readonly rank: number;
  readonly order: number;
  /** Path of the rule in the input (centre rules) for error reports. */
  readonly path: readonly (string | number)[] | undefined;
}

let builtInCache: readonly ScreeningRule[] | undefined;

/** The built-in rules, validated (and their documents compiled) once. */
export function builtInRules(): Either<CareError, readonly ScreeningRule[]> {
  if (builtInCache !== undefined) return right(builtInCache);
  const checked = checkRules(BUILT_IN_RULE_LIST, ['builtInRules']);
  if (checked._tag === 'Right') builtInCache = checked.right;
  return checked;
}

const SOURCE_RANK: { readonly [K in Source['kind']]: number } = { guideline: 1, seed: 2, score: 3, standard: 3, carepath: 3 };

/** JSON Logic truthiness of a rule's value. */
function truthy(value: JsonValue): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return Boolean(value);
}

function invalid(summary: string, issues: readonly CareIssue[]): Either<CareError, never> {
  return left(careError('invalid-input', summary, issues));
}

function readFact(facts: JsonValue, path: string): JsonValue | undefined {
  let current: JsonValue | undefined = facts;
  for (const key of path.split('.')) {
    if (typeof current !== 'object' || current === null || Array.isArray(current) || !Object.hasOwn(current, key)) return undefined;
    current = (current as { readonly [key: string]: JsonValue })[key];
  }
  return current;
}

interface Evaluated {
  readonly prepared: PreparedRule;
  readonly value: 'applies' | 'not-applies' | 'unknown';
}

function evaluateAll(rules: readonly PreparedRule[], facts: JsonValue): Either<CareError, readonly Evaluated[]> {
  const out: Evaluated[] = [];
  for (const prepared of rules) {
    const compiled = compileRule(prepared.rule.when);
    if (compiled._tag === 'Left') return left(compiled.left);
    const evaluated = evaluateRule(compiled.right, facts);
    if (evaluated._tag === 'Left') {
      const at = prepared.path ?? ['builtInRules', prepared.rule.id];
      return left(
        careError(evaluated.left.code, 'A screening rule could not be evaluated', [
          { path: [...at, 'when'], code: 'other', message: 'could not be evaluated over the check-up facts' },
        ]),
      );
    }
    const value = evaluated.right.value;
    out.push({ prepared, value: value === null ? 'unknown' : truthy(value) ? 'applies' : 'not-applies' });
  }
  return right(out);
}

/** The latest result of each item on or before asOf; an abnormal result wins a tie on the same date. */
function latestResults(history: readonly ScreeningHistoryEntry[]): ReadonlyMap<string, ScreeningHistoryEntry> {
  const latest = new Map<string, ScreeningHistoryEntry>();
  for (const entry of history) {
    const known = latest.get(entry.item);
    if (known === undefined || entry.date > known.date || (entry.date === known.date && entry.result === 'abnormal')) latest.set(entry.item, entry);
  }
  return latest;
}

interface RuleInterval {
  readonly months: number | undefined;
  readonly basis: 'default' | 'test' | 'abnormal' | 'none' | 'once';
}

function intervalOf(rule: ScreeningRule, last: ScreeningHistoryEntry | undefined): RuleInterval {
  if (rule.once === true) return { months: undefined, basis: 'once' };
  if (last?.result === 'abnormal' && rule.abnormalIntervalMonths !== undefined) return { months: rule.abnormalIntervalMonths, basis: 'abnormal' };
  const test = last?.details?.test;
  const option = test === undefined ? undefined : rule.options?.find((candidate) => candidate.test === test);
  if (option !== undefined) return { months: option.intervalMonths, basis: 'test' };
  return rule.intervalMonths === undefined ? { months: undefined, basis: 'none' } : { months: rule.intervalMonths, basis: 'default' };
}

const PACKAGE_NAMES: { readonly [P in ServicePackage]: Localized } = {
  basic: { 'zh-CN': '基础版', en: 'basic' },
  standard: { 'zh-CN': '标准版', en: 'standard' },
  premium: { 'zh-CN': '尊享版', en: 'premium' },
};

function joinLocalized(parts: readonly Localized[]): Localized {
  return { 'zh-CN': parts.map((part) => part['zh-CN']).join(''), en: parts.map((part) => part.en).join(' ') };
}

function itemText(applied: readonly { rule: ScreeningRule; interval: RuleInterval }[], decider: ScreeningRule | undefined, status: CheckupItemSummary['status'], due: string | undefined, daysOverdue: number, months: number | undefined, last: ScreeningHistoryEntry | undefined, servicePackage: ServicePackage, itemPackage: ServicePackage, included: boolean): Localized {
  const parts: Localized[] = [];
  if (status === 'overdue' && due !== undefined) parts.push({ 'zh-CN': `已逾期${daysOverdue}天（应于${due}完成）。`, en: `Overdue by ${daysOverdue} days (due ${due}).` });
  else if (status === 'due') parts.push({ 'zh-CN': '现在应做。', en: 'Due now.' });
  else if (status === 'upcoming' && due !== undefined) parts.push({ 'zh-CN': `下次应于${due}完成。`, en: `Next due ${due}.` });
  else if (status === 'repeat-not-stated' && last !== undefined) parts.push({ 'zh-CN': `上次于${last.date}完成；依据未规定复查间隔，由医生决定何时复查。`, en: `Last done ${last.date}; no source states a repeat interval, so the clinician decides when to repeat.` });
  if (months !== undefined && decider !== undefined) parts.push({ 'zh-CN': `间隔${months}个月，由规则 ${decider.id} 决定。`, en: `Every ${months} months, decided by rule ${decider.id}.` });
  else if (applied.every((entry) => entry.rule.once === true)) parts.push({ 'zh-CN': '一次性检查。', en: 'A one-time test.' });
  else parts.push({ 'zh-CN': '依据未规定间隔。', en: 'The source states no interval.' });
  const options = decider?.options ?? applied.find((entry) => entry.rule.options !== undefined)?.rule.options;
  if (options !== undefined && options.length > 1) {
    parts.push({ 'zh-CN': `可选检查：${options.map((option) => option.name['zh-CN']).join('；')}。`, en: `Test options: ${options.map((option) => option.name.en).join('; ')}.` });
  }
  if (applied.length > 1) {
    parts.push({
      'zh-CN': `适用规则：${applied.map((entry) => `${entry.rule.id}（${entry.interval.months === undefined ? (entry.rule.once === true ? '一次性' : '未规定间隔') : `${entry.interval.months}个月`}）`).join('；')}。`,
      en: `Rules that apply: ${applied.map((entry) => `${entry.rule.id} (${entry.interval.months === undefined ? (entry.rule.once === true ? 'one-time' : 'no interval stated') : `${entry.interval.months} months`})`).join('; ')}.`,
    });
  }
  if (last?.result === 'abnormal') {
    const shortened = applied.find((entry) => entry.interval.basis === 'abnormal' && entry.rule === decider);
    parts.push(
      shortened !== undefined
        ? { 'zh-CN': `上次结果异常：按依据缩短为${shortened.interval.months ?? ''}个月。`, en: `The previous result was abnormal: the source shortens the interval to ${shortened.interval.months ?? ''} months.` }
        : { 'zh-CN': '上次结果异常：依据未规定缩短的间隔，请按医生对该异常的处理计划随访。', en: "The previous result was abnormal; the source gives no shorter interval: follow the clinician's plan for the finding." },
    );
  }
  if (!included) {
    parts.push({
      'zh-CN': `不含在${PACKAGE_NAMES[servicePackage]['zh-CN']}服务包内：作为加选项目提供（${PACKAGE_NAMES[itemPackage]['zh-CN']}及以上包含）。`,
      en: `Not in the ${PACKAGE_NAMES[servicePackage].en} package: offered as an add-on (included from ${PACKAGE_NAMES[itemPackage].en}).`,
    });
  }
  return joinLocalized(parts);
}

function asOfDate(asOf: unknown): string | undefined {
  if (typeof asOf !== 'string') return undefined;
  if (isoDateParts(asOf) !== undefined) return asOf;
  // An instant counts on the calendar of its own offset, as carepath's rule language does.
  return instantToEpochMs(asOf)._tag === 'Right' && isoDateParts(asOf.slice(0, 10)) !== undefined ? asOf.slice(0, 10) : undefined;
}

/**
 * Generates a person's health check-up plan: which screenings and examinations are due, overdue
 * or upcoming, under the Chinese rules, the US rules or both, with the person's service package
 * deciding what is included and what is offered as an add-on.
 *
 * Every rule (built-in or the centre's own, in `options.rules`) is a rule document evaluated with
 * carepath's rule language over the check-up facts (see {@link checkupFacts}). An item appears
 * once, however many rules apply to it; the plan's `classification.items` lists every applying
 * rule and the one that decided the interval: a centre's own rule first, then guidelines, then
 * the seeds; among those, the shortest interval (ties: the rule listed first). Due dates run
 * from the last result of each item in `history` (`asOf` when never done); an abnormal last result
 * shortens the interval where the source says so.
 *
 * Never throws; inputs are not touched; the result is deep-frozen; ids are derived from the inputs.
 *
 * @param record - a patient record (validated here; a record carepath validated is accepted as is)
 * @param history - previous screening results ({@link ScreeningHistorySchema}), `[]` when none
 * @param asOf - the date of the plan, `YYYY-MM-DD` (an instant counts on its own offset's calendar)
 * @param options - profile, a centre's rules, service package, extra facts
 * @returns `Right` with a plan that validates against `CarePlanBaseSchema` (kind `checkup`), or
 *   `Left`: `invalid-input` (record, history, options), `invalid-time` (`asOf`), `invalid-rule`
 *   (a centre's rule)
 *
 * @example
 * ```ts
 * generateCheckupPlan(
 *   { id: 'p-1', birthDate: '1980-06-01', sex: 'male', smoking: { status: 'current', packYears: 25, yearsSmoked: 25 } },
 *   [], '2026-03-01', { profile: 'cn' });
 * // => Right { kind: 'checkup', guideline: 'cn', status: 'active',
 * //     activities: [ { category: 'screening', title: { en: 'Low-dose CT (lung cancer screening)', ... }, due: '2026-03-01',
 * //                     intervalMonths: 12, package: 'add-on', source: { kind: 'seed', id: '004_eccb0a9eec47fd06.txt', ... } }, ... ],
 * //     classification: { profile: 'cn', servicePackage: 'basic', items: [ { item: 'gastroscopy', decidedBy: 'cn.gastric-2022',
 * //       rules: [ { id: 'seed.smoker-men-40.gastroscopy', intervalMonths: 12, ... }, { id: 'cn.gastric-2022', intervalMonths: 60, ... } ], ... }, ... ] } }
 * ```
 * @category Check-up
 */
export function generateCheckupPlan(record: unknown, history: unknown, asOf: string, options?: CheckupPlanOptions): Either<CareError, CheckupPlan> {
  return protect('generateCheckupPlan', () => {
    const date = asOfDate(asOf);
    if (date === undefined) {
      return left(careError('invalid-time', 'asOf is invalid', [{ path: ['asOf'], code: 'invalid-date', message: 'must be a calendar date YYYY-MM-DD or an instant with an offset' }]));
    }
    const parsedOptions = CheckupPlanOptionsSchema.safeParse(options ?? {}, { reportInput: true });
    if (!parsedOptions.success) {
      return invalid('Options are invalid', fromZodIssues(parsedOptions.error.issues).map((issue) => ({ ...issue, path: ['options', ...issue.path] })));
    }
    const opts = parsedOptions.data;
    const centre = opts.rules === undefined ? right([] as readonly ScreeningRule[]) : checkRules(opts.rules, ['options', 'rules']);
    if (centre._tag === 'Left') return centre;
    const builtIn = builtInRules();
    if (builtIn._tag === 'Left') return builtIn;
    const builtInIds = new Set(builtIn.right.map((rule) => rule.id));
    const clashes: CareIssue[] = centre.right.flatMap((rule, index) =>
      builtInIds.has(rule.id) ? [{ path: ['options', 'rules', index, 'id'], code: 'duplicate' as const, message: 'repeats the id of a built-in rule' }] : [],
    );
    if (clashes.length > 0) return left(careError('invalid-rule', 'Screening rules are invalid', clashes));

    const validated = validatePatientRecord(record, { asOf: date });
    if (validated._tag === 'Left') return validated;
    const patient = validated.right;

    const parsedHistory = ScreeningHistorySchema.safeParse(history, { reportInput: true });
    if (!parsedHistory.success) {
      return invalid('History is invalid', fromZodIssues(parsedHistory.error.issues).map((issue) => ({ ...issue, path: ['history', ...issue.path] })));
    }
    const late: CareIssue[] = parsedHistory.data.flatMap((entry, index) =>
      entry.date > date ? [{ path: ['history', index, 'date'], code: 'inconsistent' as const, message: 'is after asOf' }] : entry.date < patient.birthDate ? [{ path: ['history', index, 'date'], code: 'inconsistent' as const, message: 'is before the birth date' }] : [],
    );
    if (late.length > 0) return invalid('History is invalid', late);

    const assessment = assess(patient, date);
    if (assessment._tag === 'Left') return assessment;
    const age = assessment.right.derived.age;
    if (age === undefined) return left(careError('invalid-time', 'asOf is invalid', [{ path: ['asOf'], code: 'inconsistent', message: 'is before the birth date' }]));

    const profile: CheckupProfile = opts.profile ?? 'both';
    const servicePackage: ServicePackage = opts.servicePackage ?? patient.servicePackage ?? 'basic';
    const facts: CheckupFacts = buildFacts(patient, assessment.right, date, age, servicePackage, opts.facts ?? {});
    const factData = factsJson(facts);

    const inProfile = (rule: ScreeningRule) => rule.profile === 'all' || profile === 'both' || rule.profile === profile;
    const prepared: PreparedRule[] = [
      ...centre.right.map((rule, index) => ({ rule, rank: 0, order: index, path: ['options', 'rules', index] as const })),
      ...builtIn.right.map((rule, index) => ({ rule, rank: SOURCE_RANK[rule.source.kind], order: centre.right.length + index, path: undefined })),
    ].filter((entry) => inProfile(entry.rule));

    const evaluated = evaluateAll(prepared, factData);
    if (evaluated._tag === 'Left') return evaluated;

    const latest = latestResults(parsedHistory.data);
    const itemOrder: string[] = [];
    const byItem = new Map<string, Evaluated[]>();
    for (const entry of evaluated.right) {
      const item = entry.prepared.rule.item;
      const list = byItem.get(item);
      if (list === undefined) {
        byItem.set(item, [entry]);
        itemOrder.push(item);
      } else list.push(entry);
    }

    const summaries: CheckupItemSummary[] = [];
    const activities: Activity[] = [];
    const sources = new Map<string, Source>();
    const unassessed: { rule: string; item: string; missing: string[] }[] = [];
    for (const item of itemOrder) {
      const entries = byItem.get(item) ?? [];
      for (const entry of entries) {
        if (entry.value !== 'unknown') continue;
        const missing = (entry.prepared.rule.requires ?? []).filter((path) => readFact(factData, path) === null || readFact(factData, path) === undefined);
        unassessed.push({ rule: entry.prepared.rule.id, item, missing });
      }
      const applying = entries.filter((entry) => entry.value === 'applies');
      if (applying.length === 0) continue;
      const last = latest.get(item);
      const applied = applying.map((entry) => ({ rule: entry.prepared.rule, rank: entry.prepared.rank, order: entry.prepared.order, interval: intervalOf(entry.prepared.rule, last) }));
      const withInterval = applied.filter((entry) => entry.interval.months !== undefined);
      const decider = [...withInterval].sort((a, b) => a.rank - b.rank || (a.interval.months ?? 0) - (b.interval.months ?? 0) || a.order - b.order)[0];
      const first = applied[0];
      if (first === undefined) continue;
      const reference = decider ?? [...applied].sort((a, b) => a.rank - b.rank || a.order - b.order)[0] ?? first;
      const months = decider?.interval.months;
      const allOnce = applied.every((entry) => entry.rule.once === true);

      let status: CheckupItemSummary['status'];
      let due: string | undefined;
      let daysOverdue = 0;
      if (last === undefined) {
        status = 'due';
        due = date;
      } else if (months !== undefined) {
        due = addMonths(last.date, months);
        const gap = daysBetween(due, date);
        if (gap > 0) {
          status = 'overdue';
          daysOverdue = gap;
        } else status = gap === 0 ? 'due' : 'upcoming';
      } else status = allOnce ? 'completed' : 'repeat-not-stated';

      const definition = builtInItem(item);
      const itemPackage: ServicePackage = definition?.package ?? reference.rule.package ?? 'premium';
      const title: Localized = definition?.title ?? reference.rule.title ?? { 'zh-CN': item, en: item };
      const included = packageIncludes(servicePackage, itemPackage);
      for (const entry of applied) sources.set(entry.rule.source.id, entry.rule.source);

      const activityId = status === 'completed' ? null : deterministicId('checkup-activity', patient.id, date, profile, item);
      if (activityId !== null) {
        const activity: Activity = {
          id: activityId,
          category: 'screening',
          title,
          instructions: itemText(applied, decider?.rule, status, due, daysOverdue, months, last, servicePackage, itemPackage, included),
          ...(due === undefined ? {} : { due }),
          ...(months === undefined ? {} : { intervalMonths: months }),
          package: included ? itemPackage : 'add-on',
          rationale: joinLocalized(applied.map((entry) => entry.rule.rationale)),
          source: reference.rule.source,
        };
        activities.push(activity);
      }
      summaries.push({
        item,
        activityId,
        status,
        due: due ?? null,
        daysOverdue,
        intervalMonths: months ?? null,
        decidedBy: decider?.rule.id ?? null,
        package: itemPackage,
        included,
        lastResult: last === undefined ? null : { date: last.date, result: last.result, test: last.details?.test ?? null },
        rules: applied.map((entry) => ({
          id: entry.rule.id,
          profile: entry.rule.profile,
          recommendation: entry.rule.recommendation,
          grade: entry.rule.grade ?? null,
          intervalMonths: entry.interval.months ?? null,
          once: entry.rule.once === true,
          sourceId: entry.rule.source.id,
        })),
        notApplied: entries.filter((entry) => entry.value === 'not-applies').map((entry) => entry.prepared.rule.id),
        notAssessed: entries.filter((entry) => entry.value === 'unknown').map((entry) => entry.prepared.rule.id),
      });
    }

    const STATUS_ORDER: { readonly [S in CheckupItemSummary['status']]: number } = { overdue: 0, due: 1, upcoming: 2, 'repeat-not-stated': 3, completed: 4 };
    summaries.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || b.daysOverdue - a.daysOverdue || (a.due ?? '').localeCompare(b.due ?? '') || (a.item < b.item ? -1 : a.item > b.item ? 1 : 0));
    const activityOrder = new Map(summaries.map((summary, index) => [summary.activityId, index]));
    activities.sort((a, b) => (activityOrder.get(a.id) ?? 0) - (activityOrder.get(b.id) ?? 0));

    const warnings: Localized[] = [];
    if (opts.servicePackage === undefined && patient.servicePackage === undefined) {
      warnings.push({ 'zh-CN': '记录未注明服务包：按基础版（免费）处理。', en: 'The record names no service package: the basic (free) package is assumed.' });
    }
    if (patient.sex === 'other' || patient.sex === 'unknown') {
      warnings.push({ 'zh-CN': '临床性别为其他或未知：按性别筛查的项目（乳腺、宫颈、前列腺、腹主动脉瘤、骨密度）未纳入，请临床评估。', en: 'Sex for clinical use is other or unknown: sex-specific screenings (breast, cervix, prostate, AAA, bone density) were not included; assess clinically.' });
    }
    // One warning per set of missing facts a rule declares it requires; the rest are listed in
    // classification.unassessed only (an optional fact such as extra.hepatitisBIncreasedRisk).
    const byMissing = new Map<string, string[]>();
    const planned = new Set(summaries.map((summary) => summary.item));
    for (const entry of unassessed) {
      if (entry.missing.length === 0 || planned.has(entry.item)) continue;
      const key = entry.missing.join(', ');
      const items = byMissing.get(key) ?? [];
      if (!items.includes(entry.item)) items.push(entry.item);
      byMissing.set(key, items);
    }
    for (const [missing, items] of byMissing) {
      warnings.push({ 'zh-CN': `缺少 ${missing}，无法判断是否需要：${items.join('、')}。`, en: `Without ${missing}, carepath cannot tell whether these apply: ${items.join(', ')}.` });
    }

    const overdue = summaries.filter((summary) => summary.status === 'overdue').length;
    const dueNow = summaries.filter((summary) => summary.status === 'due').length;
    const upcoming = summaries.filter((summary) => summary.status === 'upcoming').length;
    const addOns = summaries.filter((summary) => summary.activityId !== null && !summary.included).length;
    sources.set(SEED_SERVICE_TIERS.id, SEED_SERVICE_TIERS);
    sources.set(CAREPATH_PACKAGE_MAPPING.id, CAREPATH_PACKAGE_MAPPING);

    const planItems = summaries.map((summary) => [summary.item, summary.status, summary.due, summary.decidedBy, summary.included]);
    const plan: CheckupPlan = {
      id: deterministicId('care-plan', 'checkup', patient.id, date, profile, servicePackage, planItems),
      kind: 'checkup',
      schemaVersion: 1,
      patientId: patient.id,
      asOf: date,
      guideline: profile,
      languages: ['zh-CN', 'en'],
      title: { 'zh-CN': '健康体检计划', en: 'Health check-up plan' },
      summary: {
        'zh-CN': `${profile === 'both' ? '中美' : profile === 'cn' ? '中国' : '美国'}规则，${PACKAGE_NAMES[servicePackage]['zh-CN']}服务包：共${activities.length}项，逾期${overdue}项，现在应做${dueNow}项，待做${upcoming}项，加选${addOns}项。`,
        en: `${profile === 'both' ? 'Chinese and US' : profile === 'cn' ? 'Chinese' : 'US'} rules, ${PACKAGE_NAMES[servicePackage].en} package: ${activities.length} items, ${overdue} overdue, ${dueNow} due now, ${upcoming} upcoming, ${addOns} add-ons.`,
      },
      status: overdue > 0 ? 'behind' : 'active',
      classification: {
        profile,
        servicePackage,
        age,
        sex: patient.sex,
        items: summaries as unknown as JsonValue,
        unassessed: unassessed,
        facts: factData,
      },
      phases: [],
      goals: [],
      activities,
      milestones: [],
      redFlags: [],
      warnings,
      sources: [...sources.values()],
    };
    return right(deepFreeze(plan));
  });
}

/**
 * The facts the screening rules see for one person at one date, to author and test a centre's
 * rules (docs/checkup.md, "Facts"). Unknown values are `null`.
 *
 * @param record - a patient record
 * @param asOf - `YYYY-MM-DD`
 * @param options - the service package and extra facts, as for {@link generateCheckupPlan}
 * @returns `Right` with the frozen {@link CheckupFacts}, or `Left` for invalid input
 *
 * @example
 * ```ts
 * checkupFacts({ id: 'p-1', birthDate: '1980-06-01', sex: 'male', smoking: { status: 'former', packYears: 22, yearsSinceQuitting: 15 } }, '2026-03-01');
 * // => Right { age: 45, sex: 'male', smokingStatus: 'former', everSmoked: true, packYears: 22, yearsSinceQuitting: 15,
 * //            familyHistory: { breastCancer: null, ... }, risk: { cdrs: null, ... }, servicePackage: 'basic', extra: {}, ... }
 * ```
 * @category Check-up
 */
export function checkupFacts(record: unknown, asOf: string, options?: Pick<CheckupPlanOptions, 'servicePackage' | 'facts'>): Either<CareError, CheckupFacts> {
  return protect('checkupFacts', () => {
    const date = asOfDate(asOf);
    if (date === undefined) {
      return left(careError('invalid-time', 'asOf is invalid', [{ path: ['asOf'], code: 'invalid-date', message: 'must be a calendar date YYYY-MM-DD or an instant with an offset' }]));
    }
    const parsedOptions = CheckupPlanOptionsSchema.pick({ servicePackage: true, facts: true }).safeParse(options ?? {}, { reportInput: true });
    if (!parsedOptions.success) {
      return invalid('Options are invalid', fromZodIssues(parsedOptions.error.issues).map((issue) => ({ ...issue, path: ['options', ...issue.path] })));
    }
    const validated = validatePatientRecord(record, { asOf: date });
    if (validated._tag === 'Left') return validated;
    const assessment = assess(validated.right, date);
    if (assessment._tag === 'Left') return assessment;
    const age = assessment.right.derived.age;
    if (age === undefined) return left(careError('invalid-time', 'asOf is invalid', [{ path: ['asOf'], code: 'inconsistent', message: 'is before the birth date' }]));
    const servicePackage = parsedOptions.data.servicePackage ?? validated.right.servicePackage ?? 'basic';
    return right(deepFreeze(buildFacts(validated.right, assessment.right, date, age, servicePackage, parsedOptions.data.facts ?? {})));
  });
}
