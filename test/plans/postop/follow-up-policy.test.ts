import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatePostOpPlan } from '../../../src/plans/postop/generate.js';
import { postOpFollowUpPolicy } from '../../../src/plans/postop/follow-up-policy.js';
import { evaluateReadings } from '../../../src/schedule/escalation.js';
import { FollowUpPolicySchema } from '../../../src/schedule/follow-up-policy.js';
import { scheduleFollowUps } from '../../../src/schedule/schedule.js';

const record = JSON.parse(readFileSync(new URL('../../../examples/data/knee-replacement.json', import.meta.url), 'utf8')) as Record<string, unknown>;

function right<T>(result: { _tag: 'Left'; left: { message: string } } | { _tag: 'Right'; right: T }): T {
  if (result._tag === 'Left') throw new Error(result.left.message);
  return result.right;
}

describe('postOpFollowUpPolicy', () => {
  const plan = right(generatePostOpPlan(record, 'surgery-1', '2026-11-23'));
  const policy = right(postOpFollowUpPolicy(plan));

  it('turns every dated visit and contact of the plan into a scheduled follow-up on its day', () => {
    expect(FollowUpPolicySchema.safeParse(policy).success).toBe(true);
    const visits = plan.activities.filter((activity) => activity.category === 'visit' && activity.due !== undefined);
    expect(policy.series).toHaveLength(visits.length);
    const schedule = right(scheduleFollowUps(policy, record, { asOf: '2026-11-23', horizon: { value: 18, unit: 'month' } }));
    const dues = schedule.followUps.map((followUp) => followUp.nominalDue).sort();
    expect(dues).toEqual(visits.map((visit) => visit.due).filter((due): due is string => due !== undefined && due >= '2026-11-23').sort());
  });

  it('raises a fever alert from a temperature reading at the threshold, not below it', () => {
    const reading = (value: number) => [{ code: 'body-temperature', value, unit: 'Cel', effective: '2026-11-23T08:00:00+08:00' }];
    const at = right(evaluateReadings(policy, reading(38.0), '2026-11-23T09:00:00+08:00'));
    expect(at.alerts.map((alert) => alert.ruleId)).toContain('postop-fever');
    const below = right(evaluateReadings(policy, reading(37.9), '2026-11-23T09:00:00+08:00'));
    expect(below.alerts.map((alert) => alert.ruleId)).not.toContain('postop-fever');
  });

  it('refuses what is not a post-operative plan', () => {
    expect(postOpFollowUpPolicy({ kind: 'diabetes' })._tag).toBe('Left');
  });
});
