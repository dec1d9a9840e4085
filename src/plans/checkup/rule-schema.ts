import { z } from 'zod';
import { careError, type CareError, type CareIssue } from '../../core/care-error.js';
import { left, right, type Either } from '../../core/either.js';
import { deepFreeze } from '../../core/freeze.js';
import { protect } from '../../core/protect.js';
import { SourceSchema } from '../../core/source.js';
import { fromZodIssues } from '../../core/zod-issues.js';
import { ServicePackageSchema } from '../../model/patient-record.js';
import { RuleDocumentSchema } from '../../rules/rule-document-schema.js';
import { LocalizedSchema } from '../care-plan.js';
import { builtInItem } from './items.js';

const code = (max: number) =>
  z
    .string()
    .max(max)
    .regex(/^[a-z0-9][a-z0-9.-]*$/, 'must be lower-case letters, digits, dots and hyphens');

/**
 * The guideline profiles a rule belongs to: Chinese, US, or every profile.
 *
 * @example
 * ```ts
 * RuleProfileSchema.parse('all'); // => 'all'
 * ```
 * @category Check-up
 */
export const RuleProfileSchema = z.enum(['cn', 'us', 'all']);
/** @category Check-up */
export type RuleProfile = z.infer<typeof RuleProfileSchema>;

/**
 * How strongly the source recommends the item.
 *
 * @example
 * ```ts
 * RecommendationSchema.parse('shared-decision'); // => 'shared-decision'
 * ```
 * @category Check-up
 */
export const RecommendationSchema = z.enum(['recommended', 'selectively-offer', 'shared-decision']);
/** @category Check-up */
export type Recommendation = z.infer<typeof RecommendationSchema>;

/**
 * One test that satisfies the item, with its own interval (colorectal: FIT yearly, colonoscopy every 10 years).
 *
 * @example
 * ```ts
 * const option = { test: 'colonoscopy', name: { 'zh-CN': '结肠镜，每10年', en: 'Colonoscopy, every 10 years' }, intervalMonths: 120 };
 * ```
 * @category Check-up
 */
export const TestOptionSchema = z.strictObject({
  test: code(60),
  name: LocalizedSchema,
  intervalMonths: z.number().positive().max(600),
  /** Upper end where the source gives a range (sDNA-FIT every 1-3 years); the due date uses `intervalMonths`. */
  intervalMonthsMax: z.number().positive().max(600).optional(),
});
/** @category Check-up */
export type TestOption = z.infer<typeof TestOptionSchema>;

/**
 * A screening rule as data: which item, for whom (a rule document in carepath's rule language,
 * evaluated over the documented check-up facts, see {@link checkupFacts}), how often, and where
 * it comes from. The built-in rules and a centre's own rules have the same shape.
 *
 * - `when` is truthy for the people the rule applies to (JSON Logic truthiness: `[]`, `0`, `""`,
 *   `null` and `false` are false). Facts that are unknown are `null`; guard comparisons with
 *   `{"!=": [{"var": "packYears"}, null]}`, since `null <= 15` is true in JavaScript.
 * - `intervalMonths` absent: the source states no interval (the item is due now when never
 *   done; later repeats are left to the clinician). `once: true`: a one-time test.
 * - `abnormalIntervalMonths`: the shorter interval after an abnormal result, only where the source
 *   says so.
 * - `requires`: facts without which the rule cannot be assessed; when one is unknown and the rule
 *   does not apply, the plan lists it as not assessed instead of silently leaving it out.
 * - `title` and `package` are required for an item outside the built-in catalogue.
 *
 * @example
 * ```ts
 * const rule = {
 *   id: 'centre.hcc-ultrasound', item: 'liver-ultrasound', profile: 'all',
 *   title: { 'zh-CN': '肝脏超声', en: 'Liver ultrasound' }, package: 'standard',
 *   when: { and: [{ '>=': [{ var: 'age' }, 40] }, { '==': [{ var: 'extra.hbsagPositive' }, true] }] },
 *   intervalMonths: 6, recommendation: 'recommended',
 *   rationale: { 'zh-CN': '乙肝表面抗原阳性，40岁及以上。', en: 'HBsAg positive, aged 40 or over.' },
 *   source: { kind: 'guideline', id: 'centre-protocol-7', title: 'Centre protocol 7', year: 2025 },
 * };
 * validateScreeningRules([rule]); // => { _tag: 'Right', right: [ { id: 'centre.hcc-ultrasound', ... } ] }
 * ```
 * @category Check-up
 */
export const ScreeningRuleSchema = z.strictObject({
  id: code(100),
  item: code(60),
  profile: RuleProfileSchema,
  when: RuleDocumentSchema,
  intervalMonths: z.number().positive().max(600).optional(),
  abnormalIntervalMonths: z.number().positive().max(600).optional(),
  once: z.boolean().optional(),
  options: z.array(TestOptionSchema).min(1).max(10).optional(),
  recommendation: RecommendationSchema,
  /** The source's own grade (USPSTF A/B/C), when it has one. */
  grade: z.string().min(1).max(20).optional(),
  requires: z.array(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/, 'must be a fact path such as packYears or risk.cdrs')).max(20).optional(),
  title: LocalizedSchema.optional(),
  package: ServicePackageSchema.optional(),
  rationale: LocalizedSchema,
  source: SourceSchema,
});

/** A validated screening rule (output of {@link ScreeningRuleSchema}). @category Check-up */
export type ScreeningRule = z.output<typeof ScreeningRuleSchema>;
/** A screening rule as written (input of {@link ScreeningRuleSchema}). @category Check-up */
export type ScreeningRuleInput = z.input<typeof ScreeningRuleSchema>;

type Path = readonly (string | number)[];

/** The checks across rules (and within one rule, across fields), on rules that passed the schema. */
function crossIssues(rules: readonly { readonly index: number; readonly rule: ScreeningRule }[]): CareIssue[] {
  const issues: CareIssue[] = [];
  const seen = new Set<string>();
  for (const { index, rule } of rules) {
    const at = (path: Path, message: string, code: CareIssue['code']) => {
      issues.push({ path: [index, ...path], code, message });
    };
    if (seen.has(rule.id)) at(['id'], 'repeats the id of an earlier rule', 'duplicate');
    seen.add(rule.id);
    if (builtInItem(rule.item) === undefined) {
      if (rule.title === undefined) at(['title'], 'is required for an item outside the built-in catalogue', 'required');
      if (rule.package === undefined) at(['package'], 'is required for an item outside the built-in catalogue', 'required');
    }
    if (rule.once === true && rule.intervalMonths !== undefined) at(['intervalMonths'], 'does not apply to a one-time rule', 'inconsistent');
    if (rule.abnormalIntervalMonths !== undefined) {
      if (rule.intervalMonths === undefined) at(['abnormalIntervalMonths'], 'needs intervalMonths', 'inconsistent');
      else if (rule.abnormalIntervalMonths > rule.intervalMonths) at(['abnormalIntervalMonths'], 'must not be longer than intervalMonths', 'inconsistent');
    }
    const tests = new Set<string>();
    rule.options?.forEach((option, optionIndex) => {
      if (tests.has(option.test)) at(['options', optionIndex, 'test'], 'repeats an earlier test', 'duplicate');
      tests.add(option.test);
      if (option.intervalMonthsMax !== undefined && option.intervalMonthsMax < option.intervalMonths) {
        at(['options', optionIndex, 'intervalMonthsMax'], 'must not be below intervalMonths', 'inconsistent');
      }
    });
  }
  return issues;
}

const RuleListSchema = z.array(z.unknown()).max(1000);

/**
 * Validation with a path prefix (the rules given in the options of generateCheckupPlan): every
 * rule against the schema, then the checks across rules on those that passed, in one pass.
 */
export function checkRules(input: unknown, prefix: Path): Either<CareError, readonly ScreeningRule[]> {
  const list = RuleListSchema.safeParse(input, { reportInput: true });
  const withPrefix = (issues: readonly CareIssue[]) => issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] }));
  if (!list.success) return left(careError('invalid-rule', 'Screening rules are invalid', withPrefix(fromZodIssues(list.error.issues))));
  const issues: CareIssue[] = [];
  const parsed: { index: number; rule: ScreeningRule }[] = [];
  list.data.forEach((entry, index) => {
    const rule = ScreeningRuleSchema.safeParse(entry, { reportInput: true });
    if (rule.success) parsed.push({ index, rule: rule.data });
    else issues.push(...fromZodIssues(rule.error.issues).map((issue) => ({ ...issue, path: [index, ...issue.path] })));
  });
  issues.push(...crossIssues(parsed));
  issues.sort((a, b) => Number(a.path[0]) - Number(b.path[0]));
  if (issues.length > 0) return left(careError('invalid-rule', 'Screening rules are invalid', withPrefix(issues)));
  return right(deepFreeze(parsed.map((entry) => entry.rule)));
}

/**
 * Validates a centre's screening rules before they are stored or passed to
 * {@link generateCheckupPlan}: each rule against {@link ScreeningRuleSchema} (its `when`
 * document compiled by carepath's rule language), then across the list: unique ids, a title and
 * a package for items outside the built-in catalogue, `abnormalIntervalMonths` not longer than
 * `intervalMonths`, no interval on a one-time rule. Every problem is reported by path. Never
 * throws; the input is not touched; the result is frozen.
 *
 * @param docs - the rules, as parsed JSON
 * @returns `Right` with the validated rules, or `Left` with code `invalid-rule`
 *
 * @example
 * ```ts
 * validateScreeningRules([{ id: 'centre.x', item: 'ecg', profile: 'all', when: { log: 1 },
 *   recommendation: 'recommended', rationale: { 'zh-CN': '…', en: '…' }, source: { kind: 'carepath', id: 'x', title: 'x' } }]);
 * // => { _tag: 'Left', left: { code: 'invalid-rule', message: 'Screening rules are invalid: [0].when.log: log is not allowed: it writes to the console', ... } }
 * ```
 * @category Check-up
 */
export function validateScreeningRules(docs: unknown): Either<CareError, readonly ScreeningRule[]> {
  return protect('validateScreeningRules', () => checkRules(docs, []));
}
