import { expect } from 'vitest';
import { applyEvent, defaultCareMachine, startEpisode, type Episode, type LifecycleEvent } from '../../src/lifecycle/index.js';

export const START = '2026-01-05T09:00:00+08:00';
export const DAY = 86_400_000;

/** An instant `days` (and `hours`) after START, written in +08:00. */
export function after(days: number, hours = 0): string {
  const ms = Date.parse(START) + days * DAY + hours * 3_600_000 + 8 * 3_600_000;
  return `${new Date(ms).toISOString().slice(0, 19)}+08:00`;
}

export function started(context?: Record<string, number>): Episode {
  const result = startEpisode(defaultCareMachine, { id: 'ep-test', at: START, ...(context === undefined ? {} : { context }) });
  if (result._tag === 'Left') throw new Error(result.left.message);
  return result.right;
}

export type Step = readonly [type: string, payload?: Record<string, string>];

/** Applies steps one day apart (from `fromDay`), failing the test on any Left. */
export function drive(episode: Episode, steps: readonly Step[], fromDay = 1): Episode {
  let current = episode;
  steps.forEach(([type, payload], index) => {
    const event: LifecycleEvent = { id: `s-${current.version + 1}-${type}`, type, at: after(fromDay + index), ...(payload === undefined ? {} : { payload }) };
    const result = applyEvent(defaultCareMachine, current, event);
    if (result._tag === 'Left') throw new Error(`${type}: ${result.left.message}`);
    current = result.right.episode;
  });
  return current;
}

/** How to bring a fresh episode into each state of the default machine. */
export const PATHS: Record<string, readonly Step[]> = {
  enrolment: [],
  screening: [['contract-signed']],
  prevention: [['contract-signed'], ['screening-completed', { result: 'low-risk' }]],
  diagnosis: [['contract-signed'], ['screening-completed', { result: 'suspected-disease' }]],
  treatment: [['contract-signed'], ['screening-completed', { result: 'suspected-disease' }], ['treatment-decided', { pathway: 'intensive-management' }]],
  rehabilitation: [
    ['contract-signed'],
    ['screening-completed', { result: 'suspected-disease' }],
    ['treatment-decided', { pathway: 'surgery' }],
    ['treatment-completed', { next: 'rehabilitation' }],
  ],
  'long-term-follow-up': [['contract-signed'], ['screening-completed', { result: 'known-disease' }]],
  'at-hospital': [['contract-signed'], ['screening-completed', { result: 'known-disease' }], ['referred-up', { urgency: 'routine' }]],
  'lost-to-follow-up': [['contract-signed'], ['screening-completed', { result: 'known-disease' }], ['follow-up-missed'], ['follow-up-missed'], ['follow-up-missed']],
  'palliative-care': [['contract-signed'], ['screening-completed', { result: 'known-disease' }], ['palliative-care-started']],
  'closed-goals-met': [['contract-signed'], ['screening-completed', { result: 'known-disease' }], ['goals-met']],
  'closed-transferred': [['transferred']],
  'closed-declined': [['contract-signed'], ['declined']],
  died: [['contract-signed'], ['screening-completed', { result: 'known-disease' }], ['patient-died']],
};

export function inState(state: string): Episode {
  const path = PATHS[state];
  if (path === undefined) throw new Error(`no path to ${state}`);
  const episode = drive(started(), path);
  expect(episode.state).toBe(state);
  return episode;
}

export function allFrozen(value: unknown, seen = new Set<unknown>()): boolean {
  if (typeof value !== 'object' || value === null || seen.has(value)) return true;
  seen.add(value);
  return Object.isFrozen(value) && Object.values(value).every((child) => allFrozen(child, seen));
}
