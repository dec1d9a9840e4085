import { describe, expect, it } from 'vitest';
import { applyEvent, defaultCareMachine, validateMachine, type LifecycleEvent } from '../../src/lifecycle/index.js';
import { after, inState, PATHS } from './support.js';

/** One valid payload per event type (the guards' other branches have their own tests). */
const PAYLOADS: Record<string, Record<string, string>> = {
  'contract-signed': {},
  'screening-completed': { result: 'low-risk' },
  'symptoms-reported': {},
  'treatment-decided': { pathway: 'intensive-management' },
  discharged: {},
  'treatment-completed': { next: 'long-term-follow-up' },
  'rehabilitation-completed': {},
  'follow-up-completed': { outcome: 'satisfactory' },
  'follow-up-missed': {},
  'inactivity-reviewed': {},
  'deterioration-detected': { severity: 'non-urgent' },
  'referred-up': { urgency: 'routine' },
  'referred-down': {},
  're-engaged': {},
  'palliative-care-started': {},
  'goals-met': {},
  transferred: {},
  declined: {},
  'patient-died': {},
};

const CLOSED = 'conflict/not-applicable';
const GLOBAL = { transferred: 'closed-transferred', declined: 'closed-declined', 'patient-died': 'died' } as const;

/**
 * The specification, from the seeds' patient lifecycle (003_2e90203f66327890.txt), the NBPHS 2017 diabetes norm and AHRQ Project RED: for each state, the events it
 * accepts and where each leads; every other event is refused with conflict / not-applicable.
 * `inactivity-reviewed` is sent 400 days after the last contact (over the 365-day default).
 */
const ACCEPTS: Record<string, Record<string, string>> = {
  enrolment: { 'contract-signed': 'screening', ...GLOBAL },
  screening: { 'screening-completed': 'prevention', 'follow-up-missed': 'screening', 'inactivity-reviewed': 'lost-to-follow-up', ...GLOBAL },
  prevention: {
    'screening-completed': 'prevention',
    'symptoms-reported': 'diagnosis',
    'follow-up-completed': 'prevention',
    'follow-up-missed': 'prevention',
    'inactivity-reviewed': 'lost-to-follow-up',
    'referred-up': 'at-hospital',
    'goals-met': 'closed-goals-met',
    ...GLOBAL,
  },
  diagnosis: {
    'treatment-decided': 'treatment',
    'referred-up': 'at-hospital',
    'follow-up-missed': 'diagnosis',
    'inactivity-reviewed': 'lost-to-follow-up',
    ...GLOBAL,
  },
  treatment: {
    discharged: 'treatment',
    'treatment-completed': 'long-term-follow-up',
    'follow-up-completed': 'treatment',
    'follow-up-missed': 'treatment',
    'inactivity-reviewed': 'lost-to-follow-up',
    'deterioration-detected': 'treatment',
    'referred-up': 'at-hospital',
    'palliative-care-started': 'palliative-care',
    ...GLOBAL,
  },
  rehabilitation: {
    'rehabilitation-completed': 'long-term-follow-up',
    'follow-up-completed': 'rehabilitation',
    'follow-up-missed': 'rehabilitation',
    'inactivity-reviewed': 'lost-to-follow-up',
    'deterioration-detected': 'treatment',
    'referred-up': 'at-hospital',
    'palliative-care-started': 'palliative-care',
    'goals-met': 'closed-goals-met',
    ...GLOBAL,
  },
  'long-term-follow-up': {
    'follow-up-completed': 'long-term-follow-up',
    'follow-up-missed': 'long-term-follow-up',
    'inactivity-reviewed': 'lost-to-follow-up',
    'deterioration-detected': 'treatment',
    'referred-up': 'at-hospital',
    'palliative-care-started': 'palliative-care',
    'goals-met': 'closed-goals-met',
    ...GLOBAL,
  },
  // Referred down without saying where: back to the stage left (the path came from long-term follow-up).
  'at-hospital': { 'referred-down': 'long-term-follow-up', ...GLOBAL },
  'lost-to-follow-up': { 're-engaged': 'long-term-follow-up', ...GLOBAL },
  'palliative-care': {
    'follow-up-completed': 'palliative-care',
    'follow-up-missed': 'palliative-care',
    'deterioration-detected': 'palliative-care',
    'referred-up': 'at-hospital',
    ...GLOBAL,
  },
  'closed-goals-met': {},
  'closed-transferred': {},
  'closed-declined': {},
  died: {},
};

describe('the default care machine, every state × every event', () => {
  it('is a valid machine whose states and events are exactly the ones tabled here', () => {
    expect(validateMachine(defaultCareMachine)._tag).toBe('Right');
    expect(Object.keys(defaultCareMachine.states).sort()).toEqual(Object.keys(ACCEPTS).sort());
    expect(Object.keys(defaultCareMachine.events).sort()).toEqual(Object.keys(PAYLOADS).sort());
    expect(Object.keys(PATHS).sort()).toEqual(Object.keys(ACCEPTS).sort());
  });

  const cases = Object.keys(ACCEPTS).flatMap((state) => Object.keys(PAYLOADS).map((event) => [state, event] as const));

  it.each(cases)('in %s, %s', (state, type) => {
    const episode = inState(state);
    const lastAt = episode.log.at(-1)?.at ?? episode.start.at;
    const lastDay = Math.round((Date.parse(lastAt) - Date.parse(after(0))) / 86_400_000);
    const event: LifecycleEvent = { id: `probe-${type}`, type, at: after(lastDay + (type === 'inactivity-reviewed' ? 400 : 1)), payload: PAYLOADS[type] ?? {} };
    const result = applyEvent(defaultCareMachine, episode, event);
    const expected = ACCEPTS[state]?.[type];
    if (expected === undefined) {
      expect(result._tag).toBe('Left');
      if (result._tag === 'Left') expect(`${result.left.code}/${result.left.issues[0]?.code ?? ''}`).toBe(CLOSED);
      return;
    }
    expect(result._tag).toBe('Right');
    if (result._tag === 'Right') {
      expect(result.right.episode.state).toBe(expected);
      expect(result.right.episode.version).toBe(episode.version + 1);
      expect(result.right.episode.log.at(-1)).toMatchObject({ id: event.id, from: state, to: expected });
    }
  });
});
