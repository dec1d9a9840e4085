import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  availableEvents,
  defaultCareMachine,
  EpisodeSchema,
  replay,
  toMermaid,
  validateMachine,
  type Episode,
  type LifecycleEvent,
} from '../../src/lifecycle/index.js';
import { anyValue } from '../support/arbitraries.js';
import { allFrozen, started, START } from './support.js';

const machine = defaultCareMachine;
const eventTypes = Object.keys(machine.events);

/** A payload for an event type, chosen by `choice` among the values its spec allows (read from the machine). */
function payloadFor(type: string, choice: number): Record<string, string> {
  const spec = machine.events[type]?.payload ?? {};
  const payload: Record<string, string> = {};
  for (const [name, field] of Object.entries(spec)) {
    if (field.optional === true && choice % 3 === 0) continue;
    payload[name] = field.values?.[choice % field.values.length] ?? `text-${choice}`;
  }
  return payload;
}

type Action =
  | { readonly kind: 'fresh'; readonly type: number; readonly choice: number; readonly hours: number }
  | { readonly kind: 'duplicate'; readonly pick: number }
  | { readonly kind: 'stale'; readonly type: number; readonly choice: number }
  | { readonly kind: 'stale-version'; readonly type: number; readonly choice: number };

const actionArb: fc.Arbitrary<Action> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('fresh' as const), type: fc.nat(eventTypes.length - 1), choice: fc.nat(11), hours: fc.integer({ min: 0, max: 24 * 120 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('stale' as const), type: fc.nat(eventTypes.length - 1), choice: fc.nat(11) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('stale-version' as const), type: fc.nat(eventTypes.length - 1), choice: fc.nat(11) }) },
);

const iso = (ms: number) => new Date(ms).toISOString();

describe('model-based: random event sequences on the default machine', () => {
  it('never throw, keep the episode valid and frozen, make duplicates no-ops, refuse stale events, and replay to the same episode', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 40 }), (actions) => {
        // The model: what the episode must look like from the outside.
        let episode: Episode = started();
        const applied: LifecycleEvent[] = [];
        let lastMs = Date.parse(START);
        let counter = 0;
        for (const action of actions) {
          const before = episode;
          if (action.kind === 'duplicate') {
            if (applied.length === 0) continue;
            const event = applied[action.pick % applied.length] as LifecycleEvent;
            const result = applyEvent(machine, episode, event);
            expect(result._tag).toBe('Right');
            if (result._tag === 'Right') {
              expect(result.right.episode).toBe(before);
              expect(result.right.effects).toEqual([]);
            }
            continue;
          }
          counter += 1;
          const type = eventTypes[action.type] as string;
          const atMs = action.kind === 'fresh' ? lastMs + action.hours * 3_600_000 : lastMs - 3_600_000;
          const event: LifecycleEvent = {
            id: `ev-${counter}`,
            type,
            at: iso(atMs),
            payload: payloadFor(type, action.choice),
            ...(action.kind === 'stale-version' ? { expectedVersion: before.version + 1 } : {}),
          };
          const result = applyEvent(machine, episode, event);
          if (action.kind === 'stale' || action.kind === 'stale-version' || before.status === 'closed') {
            expect(result._tag === 'Left' && result.left.code).toBe('conflict');
            continue;
          }
          if (result._tag === 'Left') {
            // Refusals are only ever "not in this state" or "no guard holds": never invalid input.
            expect(result.left.code).toBe('conflict');
            expect(result.left.issues[0]?.code).toBe('not-applicable');
            continue;
          }
          episode = result.right.episode;
          applied.push(event);
          lastMs = atMs;
          expect(episode.version).toBe(before.version + 1);
          expect(episode.log.at(-1)?.effects).toEqual(result.right.effects);
          expect(EpisodeSchema.safeParse(episode).success).toBe(true);
          expect(EpisodeSchema.safeParse(JSON.parse(JSON.stringify(episode))).success).toBe(true);
          expect(allFrozen(result.right)).toBe(true);
          for (const effect of result.right.effects) {
            if ('due' in effect) expect(Date.parse(effect.due)).toBeGreaterThanOrEqual(atMs);
          }
        }
        const rebuilt = replay(machine, episode.start, episode.log);
        expect(rebuilt._tag === 'Right' && rebuilt.right).toEqual(episode);
        // Replaying the events as first sent (duplicates and all) gives the same episode too.
        const again = replay(machine, episode.start, [...applied, ...applied]);
        expect(again._tag === 'Right' && again.right).toEqual(episode);
        // What availableEvents offers is what the state accepts.
        const offered = availableEvents(machine, episode);
        expect(offered._tag).toBe('Right');
        if (offered._tag === 'Right' && episode.status === 'closed') expect(offered.right).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('nothing throws for any input', () => {
  it('applyEvent, availableEvents, replay, validateMachine, toMermaid return a Left or a Right', () => {
    fc.assert(
      fc.property(anyValue, anyValue, anyValue, (a, b, c) => {
        for (const result of [
          applyEvent(a as never, b as never, c as never),
          applyEvent(machine, b as never, c as never),
          applyEvent(machine, started(), c as never),
          availableEvents(machine, a as never),
          replay(machine, a as never, b as never),
          validateMachine(a),
          toMermaid(a as never),
        ]) {
          expect(['Left', 'Right']).toContain(result._tag);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('events near the valid ones are handled: any id, type, instant and payload values', () => {
    fc.assert(
      fc.property(
        fc.record({ id: fc.string(), type: fc.constantFrom(...eventTypes, 'x', ''), at: fc.oneof(fc.constant('2026-02-01T00:00:00Z'), fc.string()), payload: fc.dictionary(fc.string(), fc.jsonValue()) }, { requiredKeys: ['id', 'type', 'at'] }),
        (event) => {
          const result = applyEvent(machine, started(), event as LifecycleEvent);
          expect(['Left', 'Right']).toContain(result._tag);
          if (result._tag === 'Right') expect(EpisodeSchema.safeParse(result.right.episode).success).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
