import { z } from 'zod';
import type { CareError } from '../core/care-error.js';
import { right, type Either } from '../core/either.js';
import { deepFreeze } from '../core/freeze.js';
import { protect } from '../core/protect.js';
import { validate } from '../core/validate.js';
import { assess } from '../risk/assess.js';
import type { Tier } from '../risk/tier.js';
import { FollowUpPolicySchema, FollowUpSeriesSchema, type FollowUpPolicy, type FollowUpSeries } from './follow-up-policy.js';
import { DEFAULT_INTENSITY, windowForMonths, type IntensityKey, type IntensityTable } from './intensity.js';
import { IWGDF_2023, KDIGO_2012 } from './sources.js';

/** Options of `followUpPolicyFor`. @category Schedule */
export const PolicyForOptionsSchema = z.strictObject({
  asOf: z.string(),
  /** The result of the last diabetes follow-up (NBPHS 2017 classification). */
  control: z.enum(['satisfactory', 'unsatisfactory', 'two-unsatisfactory']).optional(),
  /** Well recovered (003_...: quarterly instead of monthly). */
  recovered: z.boolean().optional(),
  /** Host overrides of the intensity table, by key. */
  intensity: z.partialRecord(z.enum(Object.keys(DEFAULT_INTENSITY) as [IntensityKey, ...IntensityKey[]]), FollowUpSeriesSchema).optional(),
});
/** Options of {@link followUpPolicyFor}. @category Schedule */
export type PolicyForOptions = z.input<typeof PolicyForOptionsSchema>;

/** The result of {@link followUpPolicyFor}: the policy and the tier it was chosen for. @category Schedule */
export interface PolicyChoice {
  readonly tier: Tier;
  readonly keys: readonly IntensityKey[];
  readonly policy: FollowUpPolicy;
}

/**
 * The default follow-up policy of a patient, as data from the intensity table: the tier from
 * carepath/risk's `assess`, then
 * - acute after surgery: daily in week 1, then weekly (`004_...`);
 * - chronic with diabetes: by the last visit's control (NBPHS 2017): satisfactory -> quarterly;
 *   unsatisfactory -> within 2 weeks; two unsatisfactory in a row -> referral followed up within
 *   2 weeks; unknown -> monthly (`003_...`, the Chinese profile's default), quarterly once recovered;
 * - other chronic: monthly, quarterly once recovered (`003_...`);
 * - high-risk: 3 months (`000_...`); healthy: annual (`004_...`);
 * plus, when the risk module computed them, the IWGDF 2023 foot examination interval (the
 * shorter end of the band) and the KDIGO monitoring visits a year.
 *
 * @param record - the patient record
 * @param options - `asOf`, `control?`, `recovered?`, `intensity?` (host overrides by key)
 * @returns `Right({ tier, keys, policy })`, deep-frozen, or `Left` for invalid input
 *
 * @example
 * ```ts
 * followUpPolicyFor(olderDiabetic, { asOf: '2026-11-23' });
 * // => Right { tier: 'chronic', keys: ['chronic'], policy: { id: 'default-chronic', series: [
 * //      { id: 'chronic-monthly', … }, { id: 'foot-exam', cadence: { kind: 'every', every: { value: 1, unit: 'month' } }, … },
 * //      { id: 'kidney-monitoring', cadence: { kind: 'every', every: { value: 3, unit: 'month' } }, … }] } }
 * ```
 * @category Schedule
 */
export function followUpPolicyFor(record: unknown, options: unknown): Either<CareError, PolicyChoice> {
  return Object.freeze(protect('followUpPolicyFor', () => {
    const opts = validate(PolicyForOptionsSchema, options, 'Policy options');
    if (opts._tag === 'Left') return opts;
    const assessment = assess(record, opts.right.asOf);
    if (assessment._tag === 'Left') return assessment;
    const table: IntensityTable = { ...DEFAULT_INTENSITY, ...opts.right.intensity };
    const { tier, results, tierReasons } = assessment.right;
    const hasDiabetes = tierReasons.some((reason) => reason.code === 'diabetes-type-2' || reason.code === 'diabetes-type-1');
    const keys: IntensityKey[] = [];
    if (tier === 'acute' && tierReasons.some((reason) => reason.tier === 'acute' && reason.code === 'recent-surgery')) keys.push('post-op-daily', 'post-op-weekly');
    else if (tier === 'acute') keys.push('chronic');
    else if (tier === 'chronic' && hasDiabetes && opts.right.control !== undefined) {
      keys.push(opts.right.control === 'satisfactory' ? 'diabetes-stable' : opts.right.control === 'unsatisfactory' ? 'diabetes-unsatisfactory' : 'diabetes-referral');
    } else if (tier === 'chronic') keys.push(opts.right.recovered === true ? 'chronic-recovered' : 'chronic');
    else if (tier === 'high-risk') keys.push(tierReasons.some((reason) => reason.code === 'prediabetes') ? 'prediabetes' : 'high-risk');
    else keys.push('healthy');
    const series: FollowUpSeries[] = keys.map((key) => table[key]);
    const foot = results.find((result) => result.id === 'iwgdf-foot');
    const footInterval = foot?.details?.['intervalMonths'];
    if (Array.isArray(footInterval) && typeof footInterval[0] === 'number' && footInterval[0] > 0) {
      // IWGDF 2023: the shorter end of the category's examination interval (via carepath/risk).
      const months = footInterval[0];
      series.push({
        id: 'foot-exam',
        anchor: { kind: 'last-contact' },
        cadence: { kind: 'every', every: { value: months, unit: 'month' } },
        window: windowForMonths(months),
        purpose: { 'zh-CN': `足部检查（IWGDF 2023：每${months}个月）`, en: `Foot examination (IWGDF 2023: every ${months} months)` },
        source: IWGDF_2023,
      });
    }
    const kidney = results.find((result) => result.id === 'kdigo');
    const visits = kidney?.details?.['visitsPerYear'];
    if (typeof visits === 'number' && visits > 0) {
      // KDIGO 2012 / ADA 2024 heat map: visits a year (4 means 4 or more) -> every 12 / visits months.
      const months = Math.max(1, Math.floor(12 / visits));
      series.push({
        id: 'kidney-monitoring',
        anchor: { kind: 'last-contact' },
        cadence: { kind: 'every', every: { value: months, unit: 'month' } },
        window: windowForMonths(months),
        purpose: { 'zh-CN': `肾功能监测（KDIGO：每年${visits}次）`, en: `Kidney monitoring (KDIGO: ${visits} a year)` },
        source: KDIGO_2012,
      });
    }
    const policy = validate(FollowUpPolicySchema, { id: `default-${tier}`, series }, 'Follow-up policy');
    if (policy._tag === 'Left') return policy;
    return right(deepFreeze({ tier, keys, policy: policy.right }));
  }));
}
