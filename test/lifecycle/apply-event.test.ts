import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  availableEvents,
  defaultCareMachine,
  EpisodeSchema,
  replay,
  startEpisode,
  validateMachine,
  type Episode,
  type MachineDefinition,
} from '../../src/lifecycle/index.js';
import { after, allFrozen, inState, started, START } from './support.js';

const signed = { id: 'e1', type: 'contract-signed', at: after(1) } as const;

function right<T>(result: { _tag: 'Left'; left: { message: string } } | { _tag: 'Right'; right: T }): T {
  if (result._tag === 'Left') throw new Error(result.left.message);
  return result.right;
}

const tiny = (extra: Partial<MachineDefinition> = {}): MachineDefinition => ({
  id: 'tiny',
  version: '1',
  initial: 'open',
  events: { ping: {}, close: {} },
  states: {
    open: { type: 'status', on: { ping: [{ target: 'open', effects: [{ type: 'notify', audience: 'care-team', topic: 'ping' }] }], close: [{ target: 'done' }] } },
    done: { type: 'terminal', closure: 'goals-met' },
  },
  ...extra,
});

describe('startEpisode', () => {
  it('starts in the initial state at version 0 with the machine context, overridable per member', () => {
    const episode = right(startEpisode(defaultCareMachine, { id: 'ep', at: START, context: { missedContactLimit: 5 } }));
    expect(episode).toMatchObject({ kind: 'carepath-episode', id: 'ep', state: 'enrolment', status: 'active', version: 0, log: [] });
    expect(episode.machine).toEqual({ id: defaultCareMachine.id, version: defaultCareMachine.version });
    expect(episode.context).toEqual({ ...defaultCareMachine.context, missedContactLimit: 5 });
    expect(EpisodeSchema.safeParse(episode).success).toBe(true);
    expect(allFrozen(episode)).toBe(true);
  });

  it('rejects a start without an offset', () => {
    const result = startEpisode(defaultCareMachine, { id: 'ep', at: '2026-01-05T09:00:00' });
    expect(result._tag === 'Left' && result.left.issues[0]).toMatchObject({ path: ['input', 'at'], code: 'invalid-instant' });
  });
});

describe('idempotency', () => {
  it('the same event id twice returns the same episode and no effects', () => {
    const once = right(applyEvent(defaultCareMachine, started(), signed));
    const twice = right(applyEvent(defaultCareMachine, once.episode, signed));
    expect(twice.episode).toBe(once.episode);
    expect(twice.effects).toEqual([]);
    // Also after other events, and for an episode that went through JSON storage.
    const later = right(applyEvent(defaultCareMachine, once.episode, { id: 'e2', type: 'screening-completed', at: after(2), payload: { result: 'low-risk' } }));
    const stored = JSON.parse(JSON.stringify(later.episode)) as Episode;
    const again = right(applyEvent(defaultCareMachine, stored, signed));
    expect(again.episode).toEqual(later.episode);
    expect(again.effects).toEqual([]);
  });

  it('the same id with other content is a conflict (duplicate), never silently dropped', () => {
    const once = right(applyEvent(defaultCareMachine, started(), signed));
    const result = applyEvent(defaultCareMachine, once.episode, { ...signed, at: after(3) });
    expect(result._tag === 'Left' && [result.left.code, result.left.issues[0]?.code, result.left.issues[0]?.path]).toEqual(['conflict', 'duplicate', ['event', 'id']]);
  });

  it('the same instant written in another offset is the same event', () => {
    const once = right(applyEvent(defaultCareMachine, started(), { id: 'e1', type: 'contract-signed', at: '2026-01-06T09:00:00+08:00' }));
    const twice = right(applyEvent(defaultCareMachine, once.episode, { id: 'e1', type: 'contract-signed', at: '2026-01-06T01:00:00Z' }));
    expect(twice.episode).toBe(once.episode);
  });
});

describe('ordering and concurrency', () => {
  it('rejects an event older than the last applied one (out of order)', () => {
    const once = right(applyEvent(defaultCareMachine, started(), { id: 'e1', type: 'contract-signed', at: after(5) }));
    const result = applyEvent(defaultCareMachine, once.episode, { id: 'e2', type: 'declined', at: after(4) });
    expect(result._tag === 'Left' && result.left).toMatchObject({ code: 'conflict', issues: [{ path: ['event', 'at'], code: 'inconsistent' }] });
    expect(result._tag === 'Left' && result.left.message).toMatch(/out of order/);
    // Equal instants are in order.
    expect(applyEvent(defaultCareMachine, once.episode, { id: 'e3', type: 'declined', at: after(5) })._tag).toBe('Right');
  });

  it('rejects an event before the episode started', () => {
    const result = applyEvent(defaultCareMachine, started(), { id: 'e1', type: 'contract-signed', at: after(-1) });
    expect(result._tag === 'Left' && result.left.code).toBe('conflict');
  });

  it('accepts back-dated events when the machine allows it', () => {
    const machine = right(validateMachine(tiny({ allowBackdating: true })));
    const episode = right(startEpisode(machine, { id: 'ep', at: START }));
    const one = right(applyEvent(machine, episode, { id: 'a', type: 'ping', at: after(5) }));
    const two = right(applyEvent(machine, one.episode, { id: 'b', type: 'ping', at: after(2) }));
    expect(two.episode.version).toBe(2);
    expect(two.effects[0]?.at).toBe(after(2));
  });

  it('expectedVersion detects a concurrent writer', () => {
    const episode = started();
    expect(applyEvent(defaultCareMachine, episode, { ...signed, expectedVersion: 0 })._tag).toBe('Right');
    const stale = applyEvent(defaultCareMachine, episode, { ...signed, expectedVersion: 3 });
    expect(stale._tag === 'Left' && stale.left.issues[0]).toMatchObject({ path: ['event', 'expectedVersion'], code: 'inconsistent' });
    expect(stale._tag === 'Left' && stale.left.code).toBe('conflict');
  });
});

describe('machine versions and migration', () => {
  const v2 = right(validateMachine({ ...defaultCareMachine, version: '2.0.0' }));

  it('an episode built with another machine version is a conflict without a migration', () => {
    const result = applyEvent(v2, started(), signed);
    expect(result._tag === 'Left' && result.left.issues[0]).toMatchObject({ path: ['episode', 'machine', 'version'], code: 'inconsistent' });
  });

  it('options.migrate carries it over; the result records the new version', () => {
    const migrate = (episode: Episode, machine: MachineDefinition) => ({ ...episode, machine: { id: machine.id, version: machine.version } });
    const result = right(applyEvent(v2, started(), signed, { migrate }));
    expect(result.episode.machine.version).toBe('2.0.0');
    expect(result.episode.state).toBe('screening');
  });

  it('a migration that throws or returns the old version is a Left, not an exception', () => {
    const throwing = applyEvent(v2, started(), signed, {
      migrate: () => {
        throw new Error('host bug');
      },
    });
    expect(throwing._tag === 'Left' && throwing.left.code).toBe('internal');
    const lazy = applyEvent(v2, started(), signed, { migrate: (episode) => episode });
    expect(lazy._tag === 'Left' && lazy.left.code).toBe('conflict');
  });

  it('an episode of another machine is a conflict', () => {
    const other = right(validateMachine(tiny()));
    const result = applyEvent(other, started(), signed);
    expect(result._tag === 'Left' && result.left.issues[0]?.path).toEqual(['episode', 'machine', 'id']);
  });
});

describe('events and payloads', () => {
  it('an unknown event type is invalid input (unknown-code)', () => {
    const result = applyEvent(defaultCareMachine, started(), { id: 'x', type: 'teleported', at: after(1) });
    expect(result._tag === 'Left' && [result.left.code, result.left.issues[0]?.code]).toEqual(['invalid-input', 'unknown-code']);
  });

  it('payloads are checked against the spec, every problem by path', () => {
    const episode = inState('long-term-follow-up');
    const result = applyEvent(defaultCareMachine, episode, { id: 'x', type: 'follow-up-completed', at: after(20), payload: { outcome: 'great', extra: 1 } });
    expect(result._tag === 'Left' && result.left.code).toBe('invalid-input');
    expect(result._tag === 'Left' && result.left.issues.map((issue) => [issue.path.join('.'), issue.code])).toEqual([
      ['event.payload.outcome', 'invalid-value'],
      ['event.payload.extra', 'unknown-field'],
    ]);
    const missing = applyEvent(defaultCareMachine, episode, { id: 'y', type: 'follow-up-completed', at: after(20) });
    expect(missing._tag === 'Left' && missing.left.issues[0]).toMatchObject({ path: ['event', 'payload', 'outcome'], code: 'required' });
  });

  it('an event the state does not accept is a conflict (not-applicable)', () => {
    const result = applyEvent(defaultCareMachine, started(), { id: 'x', type: 'goals-met', at: after(1) });
    expect(result._tag === 'Left' && [result.left.code, result.left.issues[0]?.code]).toEqual(['conflict', 'not-applicable']);
  });

  it('rejects malformed input of every kind without throwing', () => {
    for (const [machine, episode, event] of [
      [null, started(), signed],
      [defaultCareMachine, { kind: 'carepath-episode' }, signed],
      [defaultCareMachine, started(), { id: '', type: 'contract-signed', at: after(1) }],
      [defaultCareMachine, started(), { id: 'a', type: 'contract-signed', at: '2026-01-06' }],
      [defaultCareMachine, started(), 42],
    ] as const) {
      const result = applyEvent(machine as never, episode as never, event as never);
      expect(result._tag).toBe('Left');
    }
  });

  it('a stored episode whose fields contradict each other is invalid input', () => {
    const episode = inState('treatment');
    const forged = { ...JSON.parse(JSON.stringify(episode)), version: 7 } as Episode;
    const result = applyEvent(defaultCareMachine, forged, { id: 'x', type: 'discharged', at: after(20) });
    expect(result._tag === 'Left' && result.left.issues[0]).toMatchObject({ path: ['episode', 'version'], code: 'inconsistent' });
  });
});

describe('purity', () => {
  it('never mutates or freezes its inputs; outputs are deep-frozen', () => {
    const episode = JSON.parse(JSON.stringify(inState('long-term-follow-up'))) as Episode;
    const event = { id: 'x', type: 'follow-up-completed', at: after(20), payload: { outcome: 'unsatisfactory' } };
    const before = JSON.stringify([episode, event]);
    const result = right(applyEvent(defaultCareMachine, episode, event));
    expect(JSON.stringify([episode, event])).toBe(before);
    expect(Object.isFrozen(episode) || Object.isFrozen(event) || Object.isFrozen(event.payload)).toBe(false);
    expect(allFrozen(result)).toBe(true);
    expect(EpisodeSchema.safeParse(result.episode).success).toBe(true);
  });

  it('gives equal results for equal inputs, trusted or from JSON', () => {
    const episode = inState('at-hospital');
    const event = { id: 'x', type: 'referred-down', at: after(20) };
    const a = right(applyEvent(defaultCareMachine, episode, event));
    const b = right(applyEvent(defaultCareMachine, JSON.parse(JSON.stringify(episode)) as Episode, event));
    const c = right(applyEvent(JSON.parse(JSON.stringify(defaultCareMachine)) as MachineDefinition, episode, event));
    expect(b).toEqual(a);
    expect(c).toEqual(a);
    expect(new Set(a.effects.map((effect) => effect.id)).size).toBe(a.effects.length);
  });
});

describe('availableEvents and replay', () => {
  it('lists what the current state accepts', () => {
    const list = right(availableEvents(defaultCareMachine, inState('at-hospital')));
    expect(list.map((entry) => entry.type)).toEqual(['declined', 'patient-died', 'referred-down', 'transferred']);
    expect(list.find((entry) => entry.type === 'referred-down')).toMatchObject({ guarded: true, returnsToStageLeft: true });
    expect(right(availableEvents(defaultCareMachine, inState('died')))).toEqual([]);
  });

  it('every listed event can be applied from a fresh episode in each state with some payload', () => {
    for (const state of ['enrolment', 'treatment', 'lost-to-follow-up']) {
      const types = right(availableEvents(defaultCareMachine, inState(state))).map((entry) => entry.type);
      for (const type of types) expect(Object.keys(defaultCareMachine.events)).toContain(type);
    }
  });

  it('replay rebuilds an episode from its start and log', () => {
    const episode = inState('lost-to-follow-up');
    expect(right(replay(defaultCareMachine, episode.start, episode.log))).toEqual(episode);
  });

  it('replay stops at an event that would be refused, naming it', () => {
    const result = replay(defaultCareMachine, { id: 'ep', at: START }, [signed, { id: 'e2', type: 'goals-met', at: after(2) }]);
    expect(result._tag === 'Left' && result.left.issues[0]?.path).toEqual(['events', 1, 'type']);
  });
});
