/**
 * The older diabetic persona (70, type 2 diabetes with nephropathy, premium package, prefers home
 * visits, large print, Asia/Shanghai): her default follow-up policy from the intensity table, the
 * dated schedule for 6 months on the mainland-China clinic calendar with channels and reasons,
 * and the alerts from a week of high glucose readings.
 *
 * Run: npm run build && node --import tsx examples/schedule-persona.ts
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { evaluateReadings, followUpPolicyFor, scheduleFollowUps, toICalendar } from 'carepath';
import { chinaCalendar } from 'carepath/calendars/china';

const asOf = '2026-11-23';
const record = JSON.parse(readFileSync(new URL('./data/older-diabetic-nephropathy.json', import.meta.url), 'utf8')) as { id: string };

function must<T>(result: { _tag: 'Left'; left: { message: string } } | { _tag: 'Right'; right: T }): T {
  if (result._tag === 'Left') throw new Error(result.left.message);
  return result.right;
}

const choice = must(followUpPolicyFor(record, { asOf }));
const calendar = must(chinaCalendar());
const schedule = must(scheduleFollowUps(choice.policy, record, { asOf, horizon: { value: 6, unit: 'month' }, calendar, tier: choice.tier }));

console.log(`■ ${record.id}: tier ${choice.tier}, series ${choice.policy.series.map((s) => s.id).join(', ')}`);
for (const f of schedule.followUps) {
  const moved = f.adjustments.map((a) => ` [${a.note['zh-CN']}]`).join('');
  console.log(
    `  ${f.due}  ${f.purpose['zh-CN'].padEnd(18)} ${f.channel}${f.largePrint ? ' (大字版)' : ''}  ${f.channelReason.text['zh-CN']}  提醒 ${f.reminder.at}${moved}`,
  );
}

// Key facts: monthly chronic follow-up (003_2e90203f66327890.txt), home visits by preference
// (premium package, 000_71735d5778d29d68.txt 04.2), large print, reminders at 09:00 Beijing time,
// nothing on a closed day unless flagged, every due date inside its window.
assert.equal(choice.tier, 'chronic');
assert.equal(schedule.followUps.filter((f) => f.seriesId === 'chronic-monthly').length, 6);
assert.ok(schedule.followUps.every((f) => f.channel === 'home-visit' && f.largePrint));
assert.ok(schedule.followUps.every((f) => f.reminder.at.endsWith('+08:00')));
assert.ok(schedule.followUps.every((f) => f.due >= f.window.earliest && f.due <= f.window.latest));
assert.ok(schedule.followUps.some((f) => f.adjustments.some((a) => a.kind === 'moved')));

// A week of high fasting glucose from the home meter, ending with 17.2 mmol/L this morning.
const week = [8.4, 9.1, 10.2, 12.8, 14.1, 15.0, 17.2].map((value, index) => ({
  code: 'glucose-fasting',
  value,
  unit: 'mmol/L',
  effective: `2026-11-${String(17 + index).padStart(2, '0')}T07:00:00+08:00`,
}));
const evaluation = must(evaluateReadings(choice.policy, week, '2026-11-23T09:00:00+08:00', { timeZone: 'Asia/Shanghai' }));
console.log('\n■ alerts after a week of high glucose');
for (const alert of evaluation.alerts) {
  console.log(`  [${alert.severity}] ${alert.reason['zh-CN']} -> ${alert.actions.join(', ')} by ${alert.deadline ?? '-'} (${alert.source.id})`);
}
for (const change of evaluation.scheduleChanges) console.log(`  + follow-up ${change.due} (${change.window.earliest}..${change.window.latest}) ${change.channel ?? ''}${change.urgent ? ' URGENT' : ''}`);

// NBPHS 2017 urgent referral (glucose >= 16.7), 001_... 3 days above target, 004_... 13.9 advice, 2-hour response.
assert.deepEqual(evaluation.alerts.map((a) => a.ruleId), ['urgent-glucose', 'glucose-above-target-3-days', 'glucose-13-9-advice']);
assert.ok(evaluation.alerts.every((a) => a.deadline === '2026-11-23T11:00:00+08:00'));
assert.equal(evaluation.scheduleChanges.find((c) => c.urgent)?.due, asOf);

const ics = must(toICalendar(schedule.followUps, { asOf: '2026-11-23T09:00:00+08:00' }));
assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\n') && ics.includes('BEGIN:VALARM'));
console.log(`\n■ iCalendar: ${ics.split('\r\n').length} lines, ${schedule.followUps.length} events`);
