import { z } from 'zod';
import type { CareError } from '../../core/care-error.js';
import { right, type Either } from '../../core/either.js';
import { deepFreeze } from '../../core/freeze.js';
import { protect } from '../../core/protect.js';
import { citation, seedSource } from '../../core/source.js';
import { validate } from '../../core/validate.js';
import type { EscalationRule, FollowUpPolicy, FollowUpSeries } from '../../schedule/follow-up-policy.js';
import { CarePlanBaseSchema } from '../care-plan.js';
import { DEFAULT_FEVER_THRESHOLD_CELSIUS } from './generate.js';

const PostOpPlanInputSchema = CarePlanBaseSchema.extend({ kind: z.literal('postop') });

/** Tolerance of an in-person visit, days either side: carepath's choice (docs/postop.md). */
const VISIT_WINDOW_DAYS = 2;

const slug = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(-56) || 'visit';

const FEVER_SOURCE = citation('carepath', 'postop-fever-threshold', 'Post-operative fever: the plan\'s threshold (default 38.0 °C, the most conservative of the discharge instructions compared in docs/postop.md)');

/**
 * The follow-up policy of a post-operative plan, for `scheduleFollowUps`: one dated series per
 * visit or contact the plan holds (their channel and purpose kept; phone contacts on their day,
 * visits within 2 days either side), and an escalation rule that turns a temperature reading at
 * or above the plan's fever threshold into an alert (the fever red flag, from readings rather
 * than a report).
 *
 * @param plan - a plan from `generatePostOpPlan` or `updatePostOpPlan`
 * @returns the policy, or `Left` when `plan` is not a post-operative plan
 *
 * @example
 * ```ts
 * postOpFollowUpPolicy(plan);
 * // => Right { id: 'postop-...', series: [{ id: 'visit-...', anchor: { kind: 'date', date: '2026-11-30' }, cadence: { kind: 'offsets', ... } }, ...],
 * //            escalation: [{ id: 'postop-fever', severity: 'priority', ... }] }
 * ```
 * @category Plans
 */
export function postOpFollowUpPolicy(plan: unknown): Either<CareError, FollowUpPolicy> {
  return protect('postOpFollowUpPolicy', () => {
    const parsed = validate(PostOpPlanInputSchema, plan, 'Post-operative plan');
    if (parsed._tag === 'Left') return parsed;
    const p = parsed.right;
    const seen = new Set<string>();
    const series: FollowUpSeries[] = [];
    for (const activity of p.activities) {
      if (activity.category !== 'visit' || activity.due === undefined) continue;
      let id = `visit-${slug(activity.id.split('/').slice(-1)[0] ?? 'visit')}`;
      for (let n = 2; seen.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
      seen.add(id);
      const phone = activity.channel === 'phone' || activity.channel === 'sms' || activity.channel === 'app';
      series.push({
        id,
        anchor: { kind: 'date', date: activity.due },
        cadence: { kind: 'offsets', offsets: [{ value: 0, unit: 'day' }] },
        window: phone ? { before: 0, after: 0 } : { before: VISIT_WINDOW_DAYS, after: VISIT_WINDOW_DAYS },
        purpose: activity.title,
        ...(activity.channel === undefined ? {} : { channel: activity.channel }),
        source: activity.source,
      });
    }
    const threshold = typeof p.classification['feverThresholdCelsius'] === 'number' ? p.classification['feverThresholdCelsius'] : DEFAULT_FEVER_THRESHOLD_CELSIUS;
    const fever: EscalationRule = {
      id: 'postop-fever',
      when: { some: [{ readings: ['body-temperature', 1] }, { '>=': [{ var: 'value' }, threshold] }] },
      severity: 'priority',
      actions: ['doctor-consultation', 'phone-by-health-manager'],
      respondWithinHours: 2,
      followUpWithinDays: 0,
      followUpChannel: 'phone',
      reason: { en: `Temperature at or above ${threshold} °C after surgery: possible infection, call the team today.`, 'zh-CN': `术后体温 ≥${threshold}℃：可能感染，当日联系医疗团队。` },
      source: FEVER_SOURCE,
    };
    if (series.length === 0) {
      series.push({
        id: 'postop-weekly',
        anchor: { kind: 'surgery' },
        cadence: { kind: 'every', every: { value: 1, unit: 'week' }, count: 12 },
        window: { before: 1, after: 1 },
        purpose: { en: 'Weekly follow-up after surgery', 'zh-CN': '术后每周随访' },
        source: seedSource('004_eccb0a9eec47fd06.txt', '术后随访：第1周每日，稳定后每周'),
      });
    }
    return right(deepFreeze({ id: `postop-${slug(p.id).slice(0, 50)}`, title: { en: 'Post-operative follow-up', 'zh-CN': '术后随访' }, series, escalation: [fever] }));
  });
}
