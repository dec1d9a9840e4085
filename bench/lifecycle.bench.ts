/**
 * applyEvent against XState v5's pure `transition()` on the same machine: long-term follow-up
 * with the NBPHS 2017 follow-up classification (guards on payload and context, context
 * assignments, effects with due times) and a referral up to hospital and back down to the stage
 * left (history). Run: npx vitest bench --run --config vitest.bench.config.ts bench/lifecycle.bench.ts
 */
import { bench, describe } from 'vitest';
import { assign, createMachine, initialTransition, transition } from 'xstate';
import { applyEvent, defaultCareMachine, startEpisode, validateMachine, type Episode, type MachineDefinition } from '../src/lifecycle/index.js';

const unsatisfactory = { in: [{ var: 'event.payload.outcome' }, ['unsatisfactory', 'adverse-reaction']] };

const definition: MachineDefinition = {
  id: 'bench-follow-up',
  version: '1',
  initial: 'long-term-follow-up',
  context: { unsatisfactoryVisits: 0 },
  events: {
    'follow-up-completed': { payload: { outcome: { type: 'string', values: ['satisfactory', 'unsatisfactory', 'adverse-reaction', 'complication'] } } },
    'referred-down': {},
    'patient-died': {},
  },
  states: {
    'long-term-follow-up': {
      type: 'stage',
      stage: { plan: 'diabetes', followUp: { every: 'P1M' } },
      on: {
        'follow-up-completed': [
          {
            target: 'at-hospital',
            priority: 3,
            guard: { or: [{ '==': [{ var: 'event.payload.outcome' }, 'complication'] }, { and: [unsatisfactory, { '>=': [{ var: 'context.unsatisfactoryVisits' }, 1] }] }] },
            assign: [{ set: 'unsatisfactoryVisits', value: 0 }],
            effects: [{ type: 'open-referral', direction: 'up', urgency: 'routine', followUpWithin: 'P14D' }],
          },
          {
            target: 'long-term-follow-up',
            priority: 2,
            guard: unsatisfactory,
            assign: [{ set: 'unsatisfactoryVisits', rule: { '+': [{ var: 'context.unsatisfactoryVisits' }, 1] } }],
            effects: [{ type: 'schedule-revisit', purpose: 'unsatisfactory-control', within: 'P14D' }],
          },
          { target: 'long-term-follow-up', priority: 1, assign: [{ set: 'unsatisfactoryVisits', value: 0 }] },
        ],
      },
    },
    'at-hospital': {
      type: 'referral',
      on: {
        'referred-down': [
          {
            target: 'long-term-follow-up',
            history: true,
            effects: [
              { type: 'close-referral', direction: 'up' },
              { type: 'schedule-contact', purpose: 'post-discharge-call', within: 'PT48H', latest: 'PT72H' },
            ],
          },
        ],
      },
    },
    died: { type: 'terminal', closure: 'died' },
  },
  on: { 'patient-died': [{ target: 'died' }] },
};

const validated = validateMachine(definition);
if (validated._tag === 'Left') throw new Error(validated.left.message);
const machine = validated.right;

const HOUR = 3_600_000;
const addMs = (at: string, ms: number) => new Date(Date.parse(at) + ms).toISOString();

type Ctx = { unsatisfactoryVisits: number };
type Ev = { type: 'follow-up-completed'; outcome: string; at: string } | { type: 'referred-down'; at: string } | { type: 'patient-died'; at: string };
const isUnsatisfactory = (event: Ev) => event.type === 'follow-up-completed' && (event.outcome === 'unsatisfactory' || event.outcome === 'adverse-reaction');

// The same machine in XState v5: guards as functions, effects as actions with params (never run
// by transition()), the return to the stage left as a shallow history state.
const xMachine = createMachine({
  types: {} as { context: Ctx; events: Ev },
  id: 'bench-follow-up',
  initial: 'care',
  context: { unsatisfactoryVisits: 0 },
  on: { 'patient-died': '.died' },
  states: {
    care: {
      initial: 'longTermFollowUp',
      states: {
        longTermFollowUp: {
          on: {
            'follow-up-completed': [
              {
                target: '#bench-follow-up.atHospital',
                guard: ({ context, event }) => event.outcome === 'complication' || (isUnsatisfactory(event) && context.unsatisfactoryVisits >= 1),
                actions: [assign({ unsatisfactoryVisits: 0 }), { type: 'open-referral', params: ({ event }) => ({ direction: 'up', urgency: 'routine', due: addMs(event.at, 14 * 24 * HOUR) }) }],
              },
              {
                target: 'longTermFollowUp',
                guard: ({ event }) => isUnsatisfactory(event),
                actions: [
                  assign({ unsatisfactoryVisits: ({ context }) => context.unsatisfactoryVisits + 1 }),
                  { type: 'schedule-revisit', params: ({ event }) => ({ purpose: 'unsatisfactory-control', due: addMs(event.at, 14 * 24 * HOUR) }) },
                ],
              },
              { target: 'longTermFollowUp', actions: assign({ unsatisfactoryVisits: 0 }) },
            ],
          },
        },
        hist: { type: 'history', history: 'shallow', target: 'longTermFollowUp' },
      },
    },
    atHospital: {
      on: {
        'referred-down': {
          target: 'care.hist',
          actions: [
            { type: 'close-referral', params: { direction: 'up' } },
            { type: 'schedule-contact', params: ({ event }) => ({ purpose: 'post-discharge-call', due: addMs(event.at, 48 * HOUR), latest: addMs(event.at, 72 * HOUR) }) },
          ],
        },
      },
    },
    died: { type: 'final' },
  },
});

const AT = '2026-03-01T09:00:00+08:00';
const startedEpisode = startEpisode(machine, { id: 'bench', at: AT });
if (startedEpisode._tag === 'Left') throw new Error(startedEpisode.left.message);
const episode0: Episode = startedEpisode.right;
const [snapshot0] = initialTransition(xMachine);

const at = (hours: number) => addMs(AT, hours * HOUR);
const followUp = (id: string, outcome: string, hours: number) => ({ id, type: 'follow-up-completed', at: at(hours), payload: { outcome } });

// One episode/snapshot one unsatisfactory visit in, so the next unsatisfactory one refers up.
const once = applyEvent(machine, episode0, followUp('v1', 'unsatisfactory', 1));
if (once._tag === 'Left') throw new Error(once.left.message);
const episode1 = once.right.episode;
const [snapshot1] = transition(xMachine, snapshot0, { type: 'follow-up-completed', outcome: 'unsatisfactory', at: at(1) });

describe('one guarded self-transition with a context update (satisfactory follow-up)', () => {
  bench('carepath applyEvent', () => {
    const result = applyEvent(machine, episode0, followUp('b1', 'satisfactory', 2));
    if (result._tag === 'Left') throw new Error(result.left.message);
  });
  bench('xstate transition', () => {
    transition(xMachine, snapshot0, { type: 'follow-up-completed', outcome: 'satisfactory', at: at(2) });
  });
});

describe('referral cycle: second unsatisfactory visit refers up, then back down to the stage left', () => {
  bench('carepath applyEvent x2', () => {
    const up = applyEvent(machine, episode1, followUp('b2', 'unsatisfactory', 2));
    if (up._tag === 'Left') throw new Error(up.left.message);
    const down = applyEvent(machine, up.right.episode, { id: 'b3', type: 'referred-down', at: at(30) });
    if (down._tag === 'Left') throw new Error(down.left.message);
  });
  bench('xstate transition x2', () => {
    const [up] = transition(xMachine, snapshot1, { type: 'follow-up-completed', outcome: 'unsatisfactory', at: at(2) });
    transition(xMachine, up, { type: 'referred-down', at: at(30) });
  });
});

describe('for reference: the full default care machine', () => {
  const started = startEpisode(defaultCareMachine, { id: 'bench-default', at: AT });
  if (started._tag === 'Left') throw new Error(started.left.message);
  const signed = applyEvent(defaultCareMachine, started.right, { id: 'd1', type: 'contract-signed', at: at(1) });
  if (signed._tag === 'Left') throw new Error(signed.left.message);
  const screened = applyEvent(defaultCareMachine, signed.right.episode, { id: 'd2', type: 'screening-completed', at: at(2), payload: { result: 'known-disease' } });
  if (screened._tag === 'Left') throw new Error(screened.left.message);
  const episode = screened.right.episode;
  bench('carepath applyEvent, default machine, follow-up-completed', () => {
    applyEvent(defaultCareMachine, episode, followUp('d3', 'satisfactory', 3));
  });
  bench('carepath applyEvent, default machine, episode from JSON storage (validated in full)', () => {
    applyEvent(defaultCareMachine, JSON.parse(JSON.stringify(episode)) as Episode, followUp('d3', 'satisfactory', 3));
  });
});
