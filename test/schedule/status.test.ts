import { describe, expect, it } from 'vitest';
import { epochDay, fromEpochDay } from '../../src/core/iso-date.js';
import { applyEvent, defaultCareMachine, startEpisode } from '../../src/lifecycle/index.js';
import { followUpStatus, overdueList, scheduleFollowUps, type FollowUp } from '../../src/schedule/index.js';
import { monthlyPolicy, must, rightOf } from './helpers.js';

const record = { id: 'p-1', birthDate: '1960-01-01', sex: 'female', preferences: { timeZone: 'Asia/Shanghai' } };
// One follow-up due 2026-02-15, window 2026-02-08 .. 2026-02-22.
const [followUp] = rightOf(scheduleFollowUps(monthlyPolicy(), record, { asOf: '2026-01-15', horizon: '2026-02-20', anchors: { lastContact: '2026-01-15' } })).followUps as [FollowUp];
const shift = (date: string, days: number) => fromEpochDay(epochDay(date) + days);

describe('followUpStatus at the boundaries of the window', () => {
  const stateAt = (asOf: string, contacts: unknown[] = []) => rightOf(followUpStatus([followUp], contacts, asOf)).statuses[0];
  it('upcoming before the window, due from its first day to the due date', () => {
    expect(stateAt(shift(followUp.window.earliest, -1))?.state).toBe('upcoming');
    expect(stateAt(followUp.window.earliest)?.state).toBe('due');
    expect(stateAt(followUp.due)?.state).toBe('due');
  });
  it('overdue after the due date until the last day, missed after it', () => {
    expect(stateAt(shift(followUp.due, 1))).toMatchObject({ state: 'overdue', daysOverdue: 1 });
    expect(stateAt(followUp.window.latest)?.state).toBe('overdue');
    expect(stateAt(shift(followUp.window.latest, 1))).toMatchObject({ state: 'missed', daysOverdue: 8 });
  });
  it('completed by a contact inside the window or naming it; not by one outside the window', () => {
    expect(stateAt('2026-03-10', [{ id: 'c1', date: followUp.window.latest }])).toMatchObject({ state: 'completed', contactId: 'c1' });
    expect(stateAt('2026-03-10', [{ id: 'c2', date: shift(followUp.window.latest, 1) }])?.state).toBe('missed');
    expect(stateAt('2026-03-10', [{ id: 'c3', date: '2026-03-01', followUpId: followUp.id }])?.state).toBe('completed');
    // A contact after asOf does not count yet.
    expect(stateAt(followUp.due, [{ id: 'c4', date: shift(followUp.due, 1) }])?.state).toBe('due');
  });
  it('missed follow-ups produce events the default lifecycle machine accepts', () => {
    const report = rightOf(followUpStatus([followUp], [], '2026-03-01'));
    expect(report.events).toHaveLength(1);
    const event = must(report.events[0]);
    expect(event).toMatchObject({ type: 'follow-up-missed', at: '2026-02-23T00:00:00+08:00', payload: { contactId: followUp.id } });
    const episode = rightOf(startEpisode(defaultCareMachine, { id: 'ep-1', at: '2026-01-01T09:00:00+08:00' }));
    const screening = rightOf(applyEvent(defaultCareMachine, episode, { id: 'e1', type: 'contract-signed', at: '2026-01-02T09:00:00+08:00' }));
    const applied = rightOf(applyEvent(defaultCareMachine, screening.episode, event));
    expect(applied.episode.context['missedContacts']).toBe(1);
  });
});

describe('overdueList', () => {
  it('sorts by risk (urgent, then tier) then by days overdue', () => {
    const base = followUp;
    const make = (id: string, due: string, urgent: boolean, tier: FollowUp['tier']): FollowUp => ({
      ...base,
      id,
      due,
      nominalDue: due,
      window: { earliest: shift(due, -7), latest: shift(due, 7) },
      urgent,
      ...(tier === undefined ? {} : { tier }),
    });
    const list = [
      make('healthy-long', '2026-01-01', false, 'healthy'),
      make('chronic-short', '2026-02-25', false, 'chronic'),
      make('chronic-long', '2026-02-01', false, 'chronic'),
      make('urgent', '2026-02-27', true, 'healthy'),
      make('upcoming', '2026-03-20', false, 'acute'),
    ];
    const entries = rightOf(overdueList(list, [], '2026-03-01'));
    expect(entries.map((e) => e.followUp.id)).toEqual(['urgent', 'chronic-long', 'chronic-short', 'healthy-long']);
    expect(entries.map((e) => e.state)).toEqual(['overdue', 'missed', 'overdue', 'missed']);
  });
});
