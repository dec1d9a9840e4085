/**
 * Post-operative rehabilitation after a total knee arthroplasty: the seed persona (born
 * 1958-09-02, right TKA on 2026-11-16, discharged 2026-11-20) gets her plan on day 7, with its
 * four phases (004_eccb0a9eec47fd06.txt), dated follow-up visits, milestones and personalisation;
 * then the plan is updated on day 14, when her knee bends only to 75 degrees: the plan is behind,
 * a physiotherapy review is due and the stair training is held.
 *
 * Run: npm run build && node --import tsx examples/postop-tka.ts
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { generatePostOpPlan, updatePostOpPlan, type PostOpPlan } from 'carepath';

const record: unknown = JSON.parse(readFileSync(new URL('./data/knee-replacement.json', import.meta.url), 'utf8'));

function show(plan: PostOpPlan): void {
  console.log(`■ ${plan.title.en}\n  ${plan.summary.en}\n  ${plan.summary['zh-CN']}`);
  for (const phase of plan.phases) console.log(`    phase ${phase.start} .. ${phase.end ?? ''}  ${phase.status.padEnd(9)} ${phase.name.en}`);
  for (const milestone of plan.milestones) console.log(`    milestone by ${milestone.dueBy}  ${milestone.status.padEnd(7)} ${milestone.description.en}`);
  for (const activity of plan.activities.filter((item) => item.category === 'visit' || item.category === 'referral')) {
    const when = activity.due ?? `${activity.start ?? ''} .. ${activity.end ?? ''}`;
    console.log(`    ${activity.category.padEnd(8)} ${when.padEnd(24)} ${(activity.channel ?? '').padEnd(10)} ${activity.title.en}`);
  }
  for (const activity of plan.activities.filter((item) => item.paused !== undefined)) console.log(`    held: ${activity.title.en}: ${activity.paused?.en ?? ''}`);
  for (const warning of plan.warnings) console.log(`    ! ${warning.en}`);
  console.log('');
}

// Day 7 after surgery.
const generated = generatePostOpPlan(record, 'surgery-1', '2026-11-23');
if (generated._tag === 'Left') throw new Error(generated.left.message);
const plan = generated.right;
show(plan);

const context = plan.classification['context'] as { personal: { age: number } };
console.log(`Age on 2026-11-23: ${context.personal.age} (born 1958-09-02)\n`);
assert.equal(context.personal.age, 68);
assert.equal(plan.status, 'active');
assert.deepEqual(
  plan.phases.map((phase) => [phase.start, phase.end, phase.status]),
  [
    ['2026-11-17', '2026-11-19', 'completed'], // days 1-3
    ['2026-11-20', '2026-11-30', 'current'], // days 4-14
    ['2026-12-01', '2026-12-14', 'upcoming'], // weeks 2-4
    ['2026-12-15', '2027-02-16', 'upcoming'], // months 1-3
  ],
);
const visits = plan.activities.filter((activity) => activity.id.includes('/visit/visit-')).map((activity) => activity.due);
assert.deepEqual(visits, ['2026-11-30', '2026-12-28', '2027-02-16', '2027-11-16']); // 2 weeks, 6 weeks, 3 months, 1 year
assert.equal(plan.classification['vteProphylaxisDays'], 35); // Caprini highest after elective TKA
assert.ok(plan.activities.some((activity) => activity.id.endsWith('/falls/walker'))); // Morse moderate
assert.ok(plan.activities.some((activity) => activity.category === 'family-task')); // her husband helps

// Day 14: she reports the day-1-week exercises done, and her knee bends to 75 degrees.
const updated = updatePostOpPlan(
  plan,
  [
    { milestone: 'week-1', met: true, on: '2026-11-23' },
    { code: 'knee-flexion', value: 75, unit: 'deg', effective: '2026-11-30T10:00:00+08:00' },
  ],
  '2026-11-30',
);
if (updated._tag === 'Left') throw new Error(updated.left.message);
const later = updated.right;
show(later);

assert.equal(later.status, 'behind');
assert.equal(later.milestones.find((milestone) => milestone.id.endsWith('/milestone/flexion-90'))?.status, 'missed');
const review = later.activities.find((activity) => activity.id.endsWith('/escalation/flexion-90'));
assert.equal(review?.title.en, 'Physiotherapy review');
assert.equal(review.due, '2026-12-03');
assert.ok(later.activities.find((activity) => activity.id.endsWith('/exercise/weight-bearing/stairs'))?.paused !== undefined);
assert.equal(later.phases[1]?.status, 'behind');
assert.equal(later.id, plan.id);
console.log('postop-tka: all assertions hold');
