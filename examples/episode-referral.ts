/**
 * The older diabetic persona (70, type 2 diabetes since 2016, nephropathy) through a care episode
 * on carepath's default machine: enrolment under a family-doctor contract, screening (known
 * disease) into long-term follow-up, two consecutive unsatisfactory follow-ups (NBPHS Norm 2017:
 * revisit within 2 weeks, then refer up), the hospital stay, and the referral back down to the
 * stage she left, with the post-discharge call due in 48-72 h (AHRQ Project RED).
 *
 * Run: npm run build && node --import tsx examples/episode-referral.ts
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { applyEvent, defaultCareMachine, replay, startEpisode, validateMachine, validatePatientRecord, type Episode, type LifecycleEvent } from 'carepath';

const record = validatePatientRecord(JSON.parse(readFileSync(new URL('./data/older-diabetic-nephropathy.json', import.meta.url), 'utf8')) as unknown, {
  asOf: '2026-11-23',
});
if (record._tag === 'Left') throw new Error(record.left.message);
const patient = record.right;
assert.equal(patient.id, 'persona-older-diabetic');
assert.ok(patient.conditions?.some((condition) => condition.code === 'diabetes-type-2'));

const machine = validateMachine(defaultCareMachine);
if (machine._tag === 'Left') throw new Error(machine.left.message);

const started = startEpisode(machine.right, { id: `episode-${patient.id}`, at: '2026-11-23T09:00:00+08:00' });
if (started._tag === 'Left') throw new Error(started.left.message);
let episode: Episode = started.right;
console.log(`episode ${episode.id}: ${episode.state} (machine ${episode.machine.id} ${episode.machine.version})`);

const events: LifecycleEvent[] = [
  { id: 'evt-01', type: 'contract-signed', at: '2026-11-23T09:30:00+08:00' },
  { id: 'evt-02', type: 'screening-completed', at: '2026-11-23T10:15:00+08:00', payload: { result: 'known-disease' } },
  // Fasting glucose 8.9 mmol/L (>= 7.0): unsatisfactory control (国家基本公共卫生服务规范 2017, diabetes management: fasting glucose >= 7.0 mmol/L is unsatisfactory control).
  { id: 'evt-03', type: 'follow-up-completed', at: '2026-12-21T09:00:00+08:00', payload: { outcome: 'unsatisfactory' } },
  { id: 'evt-04', type: 'follow-up-completed', at: '2027-01-04T09:00:00+08:00', payload: { outcome: 'unsatisfactory' } },
  { id: 'evt-05', type: 'referred-down', at: '2027-01-12T15:00:00+08:00' },
];

const seen: string[] = [];
for (const event of events) {
  const result = applyEvent(machine.right, episode, event);
  if (result._tag === 'Left') throw new Error(result.left.message);
  const { episode: next, effects } = result.right;
  console.log(`\n${event.at}  ${event.type}${event.payload ? ` ${JSON.stringify(event.payload)}` : ''}`);
  console.log(`  ${episode.state} -> ${next.state} (version ${next.version})`);
  for (const effect of effects) {
    const when = 'due' in effect ? ` due ${effect.due}` : '';
    const until = 'latest' in effect ? `, at the latest ${effect.latest}` : '';
    const what = 'purpose' in effect ? effect.purpose : 'topic' in effect ? `${effect.audience}: ${effect.topic}` : 'plan' in effect ? `${effect.plan} plan for ${effect.state}` : 'direction' in effect ? `referral ${effect.direction}` : '';
    console.log(`  effect ${effect.type} ${what}${when}${until}`);
  }
  seen.push(next.state);
  episode = next;
}

// The path: screening, long-term follow-up, a revisit, up to hospital, back down to the stage left.
assert.deepEqual(seen, ['screening', 'long-term-follow-up', 'long-term-follow-up', 'at-hospital', 'long-term-follow-up']);

const revisit = episode.log[2]?.effects.find((effect) => effect.type === 'schedule-revisit');
assert.equal(revisit?.type === 'schedule-revisit' ? revisit.due : undefined, '2027-01-04T09:00:00+08:00', 'revisit within 2 weeks');
const referral = episode.log[3]?.effects.find((effect) => effect.type === 'open-referral');
assert.equal(referral?.type === 'open-referral' ? referral.due : undefined, '2027-01-18T09:00:00+08:00', 'referral followed up within 2 weeks');
const call = episode.log[4]?.effects.find((effect) => effect.type === 'schedule-contact');
assert.deepEqual(call?.type === 'schedule-contact' ? [call.purpose, call.due, call.latest] : [], [
  'post-discharge-call',
  '2027-01-14T15:00:00+08:00',
  '2027-01-15T15:00:00+08:00',
]);

// Delivered twice (at-least-once messaging): nothing changes.
const again = applyEvent(machine.right, episode, events[4] as LifecycleEvent);
assert.ok(again._tag === 'Right' && again.right.episode === episode && again.right.effects.length === 0);

// An older event arriving late is refused, not silently applied.
const late = applyEvent(machine.right, episode, { id: 'evt-06', type: 'follow-up-missed', at: '2027-01-10T09:00:00+08:00' });
assert.ok(late._tag === 'Left' && late.left.code === 'conflict');

// The episode is plain JSON: store it, load it, rebuild it from its log.
const stored = JSON.parse(JSON.stringify(episode)) as Episode;
const rebuilt = replay(machine.right, stored.start, stored.log);
assert.ok(rebuilt._tag === 'Right');
assert.deepEqual(rebuilt.right, episode);
console.log(`\nepisode ${episode.id}: ${episode.state}, version ${episode.version}, ${episode.log.length} events logged; replay matches.`);
