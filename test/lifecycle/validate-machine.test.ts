import { describe, expect, it } from 'vitest';
import { defaultCareMachine, validateMachine, type MachineDefinition } from '../../src/lifecycle/index.js';

/** A small valid machine each test breaks in one way. */
function base(): MachineDefinition {
  return {
    id: 'clinic',
    version: '1',
    initial: 'waiting',
    events: { seen: { payload: { outcome: { type: 'string', values: ['ok', 'bad'] } } }, leave: {} },
    states: {
      waiting: { type: 'stage', stage: { plan: 'none', followUp: 'none' }, on: { seen: [{ target: 'followed' }] } },
      followed: {
        type: 'stage',
        stage: { plan: 'diabetes', followUp: { every: 'P1M' } },
        on: { seen: [{ target: 'followed', effects: [{ type: 'schedule-contact', purpose: 'recall', within: 'P14D' }] }] },
      },
      gone: { type: 'terminal', closure: 'declined' },
    },
    on: { leave: [{ target: 'gone' }] },
  };
}

type Mutable = { -readonly [K in keyof MachineDefinition]: unknown } & Record<string, unknown>;

function issuesOf(definition: unknown) {
  const result = validateMachine(definition);
  expect(result._tag).toBe('Left');
  if (result._tag === 'Right') return [];
  expect(result.left.code).toBe('invalid-rule');
  return result.left.issues.map((issue) => ({ path: issue.path.join('.'), code: issue.code, message: issue.message }));
}

describe('validateMachine', () => {
  it('accepts the base machine and the default care machine', () => {
    expect(validateMachine(base())._tag).toBe('Right');
    expect(validateMachine(defaultCareMachine)._tag).toBe('Right');
  });

  it('returns a frozen copy, leaving the input alone', () => {
    const input = base();
    const result = validateMachine(input);
    expect(result._tag === 'Right' && Object.isFrozen(result.right) && result.right !== input).toBe(true);
    expect(Object.isFrozen(input)).toBe(false);
  });

  it('defect: a state not reachable from the initial state', () => {
    const machine = base() as Mutable;
    machine['states'] = { ...base().states, orphan: { type: 'status', on: { seen: [{ target: 'followed' }] } } };
    expect(issuesOf(machine)).toContainEqual({ path: 'states.orphan', code: 'inconsistent', message: 'is not reachable from the initial state' });
  });

  it('defect: a non-terminal state with no way out', () => {
    const machine = base() as Mutable;
    machine['on'] = undefined;
    const issues = issuesOf(machine);
    const wayOut = issues.filter((issue) => issue.message.startsWith('has no way out'));
    expect(wayOut.map((issue) => [issue.path, issue.code])).toEqual([
      ['states.waiting', 'inconsistent'],
      ['states.followed', 'inconsistent'],
    ]);
  });

  it('defect: a terminal state that does not absorb', () => {
    const machine = base() as Mutable;
    machine['states'] = { ...base().states, gone: { type: 'terminal', closure: 'declined', on: { seen: [{ target: 'followed' }] } } };
    expect(issuesOf(machine)).toContainEqual({ path: 'states.gone.on', code: 'inconsistent', message: 'is on a terminal state, which must absorb: it may have no transitions' });
  });

  it('defect: two transitions of one state and event that could both fire without a priority', () => {
    const machine = base() as Mutable;
    const two = [{ target: 'followed', guard: { '==': [{ var: 'event.payload.outcome' }, 'ok'] } }, { target: 'gone' }];
    machine['states'] = { ...base().states, waiting: { type: 'stage', stage: { plan: 'none', followUp: 'none' }, on: { seen: two } } };
    expect(issuesOf(machine)).toEqual([{ path: 'states.waiting.on.seen', code: 'duplicate', message: expect.stringContaining('distinct priority') as string }]);
    // Equal priorities are no better; distinct ones are fine.
    machine['states'] = { ...base().states, waiting: { type: 'stage', stage: { plan: 'none', followUp: 'none' }, on: { seen: two.map((t) => ({ ...t, priority: 1 })) } } };
    expect(issuesOf(machine).map((issue) => issue.code)).toEqual(['duplicate']);
    machine['states'] = { ...base().states, waiting: { type: 'stage', stage: { plan: 'none', followUp: 'none' }, on: { seen: two.map((t, i) => ({ ...t, priority: i })) } } };
    expect(validateMachine(machine)._tag).toBe('Right');
  });

  it('defect: a guard that does not compile', () => {
    const machine = base() as Mutable;
    machine['states'] = { ...base().states, waiting: { type: 'stage', stage: { plan: 'none', followUp: 'none' }, on: { seen: [{ target: 'followed', guard: { eval: ['1'] } }] } } };
    const issues = issuesOf(machine);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((issue) => issue.path.startsWith('states.waiting.on.seen.0.guard') && issue.message.startsWith('rule does not compile'))).toBe(true);
  });

  it('defect: an assignment rule that does not compile', () => {
    const machine = base() as Mutable;
    machine['states'] = { ...base().states, waiting: { type: 'stage', stage: { plan: 'none', followUp: 'none' }, on: { seen: [{ target: 'followed', assign: [{ set: 'n', rule: { nope: [] } }] }] } } };
    expect(issuesOf(machine).every((issue) => issue.path.startsWith('states.waiting.on.seen.0.assign.0.rule'))).toBe(true);
  });

  it('defect: an unknown effect', () => {
    const machine = base() as Mutable;
    machine['states'] = { ...base().states, waiting: { type: 'stage', stage: { plan: 'none', followUp: 'none' }, on: { seen: [{ target: 'followed', effects: [{ type: 'send-sms', text: 'hi' }] }] } } };
    expect(issuesOf(machine)).toEqual([{ path: 'states.waiting.on.seen.0.effects.0.type', code: 'unknown-code', message: expect.stringContaining('is not a known effect type') as string }]);
  });

  it('defect: an unknown target state, event or initial state', () => {
    const machine = base() as Mutable;
    machine['initial'] = 'nowhere';
    machine['states'] = { ...base().states, waiting: { type: 'stage', stage: { plan: 'none', followUp: 'none' }, on: { seen: [{ target: 'limbo' }], teleport: [{ target: 'gone' }] } } };
    const issues = issuesOf(machine);
    expect(issues).toContainEqual({ path: 'initial', code: 'unknown-code', message: 'is not a state of this machine' });
    expect(issues).toContainEqual({ path: 'states.waiting.on.seen.0.target', code: 'unknown-code', message: 'is not a state of this machine' });
    expect(issues).toContainEqual({ path: 'states.waiting.on.teleport', code: 'unknown-code', message: 'is not an event of this machine' });
  });

  it('defect: effect durations that are not fixed-length, or a window that closes before it opens', () => {
    const machine = base() as Mutable;
    machine['states'] = {
      ...base().states,
      followed: {
        type: 'stage',
        stage: { plan: 'diabetes', followUp: { every: 'P1M' } },
        on: {
          seen: [
            {
              target: 'followed',
              effects: [
                { type: 'schedule-contact', purpose: 'recall', within: 'P1M' },
                { type: 'schedule-revisit', purpose: 'recall', within: 'PT72H', latest: 'PT48H' },
              ],
            },
          ],
        },
      },
    };
    const issues = issuesOf(machine);
    expect(issues[0]).toMatchObject({ path: 'states.followed.on.seen.0.effects.0.within', code: 'invalid-format' });
    expect(issues[0]?.message).toMatch(/months and years have no fixed length/);
  });

  it('defect: stage and terminal metadata missing or misplaced', () => {
    const machine = base() as Mutable;
    machine['states'] = { ...base().states, waiting: { type: 'stage', on: { seen: [{ target: 'followed' }] } }, gone: { type: 'terminal' } };
    const issues = issuesOf(machine);
    expect(issues).toContainEqual({ path: 'states.waiting.stage', code: 'required', message: 'a stage state needs its plan kind and follow-up policy' });
    expect(issues).toContainEqual({ path: 'states.gone.closure', code: 'required', message: 'a terminal state needs its closure reason' });
  });

  it('defect: structure (unknown fields, wrong types), reported all at once', () => {
    const issues = issuesOf({ ...base(), version: 3, colour: 'red', events: { seen: { payload: { outcome: { type: 'colour' } } } } });
    expect(issues.map((issue) => [issue.path, issue.code])).toEqual(
      expect.arrayContaining([
        ['version', 'invalid-type'],
        ['colour', 'unknown-field'],
        ['events.seen.payload.outcome.type', 'invalid-value'],
      ]),
    );
  });

  it('never throws, whatever it is given', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    const hostile = new Proxy({}, { get: () => { throw new Error('boom'); }, ownKeys: () => { throw new Error('boom'); } });
    for (const input of [undefined, null, 1, 'x', [], cyclic, hostile]) expect(validateMachine(input)._tag).toBe('Left');
  });
});
