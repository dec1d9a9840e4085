import { describe, expect, it } from 'vitest';
import { applyEvent, defaultCareMachine, type Effect, type Episode, type LifecycleEvent } from '../../src/lifecycle/index.js';
import { after, drive, inState, started, DAY } from './support.js';

function apply(episode: Episode, type: string, at: string, payload: Record<string, string> = {}) {
  const event: LifecycleEvent = { id: `x-${episode.version + 1}`, type, at, payload };
  const result = applyEvent(defaultCareMachine, episode, event);
  if (result._tag === 'Left') throw new Error(result.left.message);
  return result.right;
}

const byType = <T extends Effect['type']>(effects: readonly Effect[], type: T) => effects.filter((effect): effect is Extract<Effect, { type: T }> => effect.type === type);
const hoursBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 3_600_000;

describe('follow-up classification (NBPHS Norm 2017)', () => {
  it('a first unsatisfactory visit schedules a priority revisit within 2 weeks and stays', () => {
    const episode = inState('long-term-follow-up');
    const at = after(30);
    const { episode: next, effects } = apply(episode, 'follow-up-completed', at, { outcome: 'unsatisfactory' });
    expect(next.state).toBe('long-term-follow-up');
    const [revisit] = byType(effects, 'schedule-revisit');
    expect(revisit).toMatchObject({ purpose: 'unsatisfactory-control', within: 'P14D', priority: 'priority' });
    expect(revisit && hoursBetween(at, revisit.due)).toBe(14 * 24);
    expect(revisit?.due.endsWith('+08:00')).toBe(true);
    expect(next.context['unsatisfactoryVisits']).toBe((episode.context['unsatisfactoryVisits'] as number) + 1);
  });

  it('an adverse reaction counts as unsatisfactory control', () => {
    const { effects } = apply(inState('treatment'), 'follow-up-completed', after(30), { outcome: 'adverse-reaction' });
    expect(byType(effects, 'schedule-revisit')).toHaveLength(1);
  });

  it('a second consecutive unsatisfactory visit refers up, with the referral followed up within 2 weeks', () => {
    const first = apply(inState('long-term-follow-up'), 'follow-up-completed', after(30), { outcome: 'unsatisfactory' }).episode;
    const at = after(44);
    const { episode, effects } = apply(first, 'follow-up-completed', at, { outcome: 'unsatisfactory' });
    expect(episode.state).toBe('at-hospital');
    const [referral] = byType(effects, 'open-referral');
    expect(referral).toMatchObject({ direction: 'up', urgency: 'routine', followUpWithin: 'P14D' });
    expect(referral && hoursBetween(at, referral.due)).toBe(14 * 24);
  });

  it('a satisfactory visit in between resets the count', () => {
    let episode = apply(inState('long-term-follow-up'), 'follow-up-completed', after(30), { outcome: 'unsatisfactory' }).episode;
    episode = apply(episode, 'follow-up-completed', after(44), { outcome: 'satisfactory' }).episode;
    const { episode: next } = apply(episode, 'follow-up-completed', after(74), { outcome: 'unsatisfactory' });
    expect(next.state).toBe('long-term-follow-up');
  });

  it('a new or worse complication refers up at once', () => {
    expect(apply(inState('treatment'), 'follow-up-completed', after(30), { outcome: 'complication' }).episode.state).toBe('at-hospital');
  });
});

describe('referral up and back down (two-way referral)', () => {
  it('referral down returns to the stage left, with a post-discharge call due in 48-72 h (AHRQ RED)', () => {
    const up = apply(inState('rehabilitation'), 'referred-up', after(20), { urgency: 'routine' }).episode;
    const at = '2026-02-01T16:30:00+08:00';
    const { episode, effects } = apply(up, 'referred-down', at);
    expect(episode.state).toBe('rehabilitation');
    const [call] = byType(effects, 'schedule-contact');
    expect(call).toMatchObject({ purpose: 'post-discharge-call', channel: 'phone', due: '2026-02-03T16:30:00+08:00', latest: '2026-02-04T16:30:00+08:00' });
    expect(byType(effects, 'close-referral')).toHaveLength(1);
    expect(byType(effects, 'regenerate-plan')[0]).toMatchObject({ plan: 'postop', state: 'rehabilitation' });
  });

  it('the hospital may send the patient on to another stage', () => {
    const up = apply(inState('long-term-follow-up'), 'referred-up', after(20), { urgency: 'urgent' });
    expect(byType(up.effects, 'open-referral')[0]).toMatchObject({ urgency: 'urgent' });
    expect(apply(up.episode, 'referred-down', after(30), { continueIn: 'rehabilitation' }).episode.state).toBe('rehabilitation');
  });

  it('due instants keep the offset the event was written in', () => {
    const up = apply(inState('long-term-follow-up'), 'referred-up', after(20), { urgency: 'routine' }).episode;
    const { effects } = apply(up, 'referred-down', '2026-02-01T08:30:00Z');
    expect(byType(effects, 'schedule-contact')[0]?.due).toBe('2026-02-03T08:30:00Z');
  });

  it('urgent deterioration (danger signs) goes straight to hospital', () => {
    const { episode, effects } = apply(inState('long-term-follow-up'), 'deterioration-detected', after(20), { severity: 'urgent' });
    expect(episode.state).toBe('at-hospital');
    expect(byType(effects, 'open-referral')[0]).toMatchObject({ urgency: 'urgent' });
  });
});

describe('loss to follow-up and re-engagement', () => {
  it('the third consecutive missed contact loses the patient; the care team is told urgently; re-engagement returns to the stage left', () => {
    let episode = drive(started(), [['contract-signed'], ['screening-completed', { result: 'low-risk' }], ['follow-up-missed'], ['follow-up-missed']]);
    expect(episode.state).toBe('prevention');
    const lost = apply(episode, 'follow-up-missed', after(10));
    expect(lost.episode.state).toBe('lost-to-follow-up');
    expect(byType(lost.effects, 'notify')[0]).toMatchObject({ topic: 'lost-to-follow-up', urgency: 'urgent' });
    episode = apply(lost.episode, 're-engaged', after(40)).episode;
    expect(episode.state).toBe('prevention');
    expect(episode.context['missedContacts']).toBe(0);
  });

  it('a contact in between resets the count', () => {
    const episode = drive(inState('long-term-follow-up'), [['follow-up-missed'], ['follow-up-missed'], ['follow-up-completed', { outcome: 'satisfactory' }], ['follow-up-missed']], 10);
    expect(episode.state).toBe('long-term-follow-up');
    expect(episode.context['missedContacts']).toBe(1);
  });

  it('the limit is configurable per episode through the context', () => {
    const episode = drive(started({ missedContactLimit: 1 }), [['contract-signed'], ['screening-completed', { result: 'known-disease' }], ['follow-up-missed']]);
    expect(episode.state).toBe('lost-to-follow-up');
  });

  it('365 days without any contact loses the patient; fewer do not', () => {
    const episode = inState('long-term-follow-up');
    const lastContact = Date.parse(episode.log.at(-1)?.at ?? '');
    const early = applyEvent(defaultCareMachine, episode, { id: 'r1', type: 'inactivity-reviewed', at: new Date(lastContact + 364 * DAY).toISOString() });
    expect(early._tag === 'Left' && early.left.code).toBe('conflict');
    const late = applyEvent(defaultCareMachine, episode, { id: 'r2', type: 'inactivity-reviewed', at: new Date(lastContact + 365 * DAY).toISOString() });
    expect(late._tag === 'Right' && late.right.episode.state).toBe('lost-to-follow-up');
    const longer = drive(started({ noContactDaysLimit: 500 }), [['contract-signed']]);
    const kept = applyEvent(defaultCareMachine, longer, { id: 'r3', type: 'inactivity-reviewed', at: after(400) });
    expect(kept._tag).toBe('Left');
  });
});

describe('treatment, palliative care and closure', () => {
  it('discharge from in-patient treatment schedules the post-discharge call', () => {
    const { episode, effects } = apply(inState('treatment'), 'discharged', after(10));
    expect(episode.state).toBe('treatment');
    expect(byType(effects, 'schedule-contact')[0]).toMatchObject({ purpose: 'post-discharge-call', within: 'PT48H' });
  });

  it('entering a stage regenerates its plan with the stage plan kind', () => {
    const { effects } = apply(inState('diagnosis'), 'treatment-decided', after(10), { pathway: 'intensive-management' });
    expect(byType(effects, 'regenerate-plan')[0]).toMatchObject({ plan: 'diabetes', state: 'treatment' });
  });

  it.each([
    ['goals-met', 'closed-goals-met', 'goals-met'],
    ['transferred', 'closed-transferred', 'transferred'],
    ['declined', 'closed-declined', 'declined'],
    ['patient-died', 'died', 'died'],
  ])('%s closes the episode with its reason and cancels follow-ups', (type, state, reason) => {
    const at = after(50);
    const { episode, effects } = apply(inState('long-term-follow-up'), type, at);
    expect(episode).toMatchObject({ state, status: 'closed', closure: { reason, at } });
    expect(byType(effects, 'cancel-follow-ups')[0]).toMatchObject({ reason });
  });
});
