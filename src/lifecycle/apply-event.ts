import type { CareError } from '../core/care-error.js';
import type { Either } from '../core/either.js';
import { protect } from '../core/protect.js';
import { compileMachine } from './compiled-machine.js';
import type { Effect } from './effect.js';
import type { Episode, LifecycleEvent } from './episode.js';
import { readEvent } from './episode-input.js';
import { step } from './interpret.js';
import type { MachineDefinition } from './machine-definition.js';
import { episodeFor, type LifecycleOptions } from './prepare.js';

/** What {@link applyEvent} returns: the next episode and the effects the host should carry out. @category Lifecycle */
export interface AppliedEvent {
  readonly episode: Episode;
  readonly effects: readonly Effect[];
}

/**
 * Applies one event to a care episode: the lifecycle interpreter, as one pure function. Returns
 * the next episode and the effects (with absolute due instants) for the host to carry out; it
 * performs none of them, reads no clock and changes none of its inputs.
 *
 * Checks, in this order:
 * 1. machine, episode and event are valid (`invalid-rule`, `invalid-input`);
 * 2. the episode belongs to this machine id (`conflict`) and version (`conflict`, unless
 *    `options.migrate` carries it over);
 * 3. an event whose `id` is already in the log returns the episode unchanged and no effects (the
 *    same id with a different type, instant or payload is a `conflict`, issue `duplicate`);
 * 4. a closed episode accepts nothing (`conflict`, issue `not-applicable`);
 * 5. `expectedVersion`, when given, must equal the episode's `version` (`conflict`, issue `inconsistent`);
 * 6. `at` may not be earlier than the last applied event unless the machine sets
 *    `allowBackdating` (`conflict`, issue `inconsistent` at `event.at`: out of order);
 * 7. the event type must be the machine's (`invalid-input`, `unknown-code`) and its payload match
 *    the spec (`invalid-input`);
 * 8. the current state must accept the event (`conflict`, `not-applicable`), and a guard must hold.
 *
 * Guards and assignment rules see `{ context, state, version, event: { id, type, at, atMs, payload } }`
 * (`atMs`: the event's instant in milliseconds since 1970-01-01T00:00:00Z).
 *
 * @param machine - the machine (ideally the value {@link validateMachine} returned)
 * @param episode - the episode as carepath returned it or as the host stored it (plain JSON)
 * @param event - `{ id, type, at, payload?, expectedVersion? }`
 * @param options - `migrate` to carry an episode of another machine version over
 * @returns `Right({ episode, effects })`, or `Left` with the reason
 *
 * @example
 * ```ts
 * const episode = startEpisode(defaultCareMachine, { id: 'ep-1', at: '2026-11-23T09:00:00+08:00' });
 * applyEvent(defaultCareMachine, episode.right, { id: 'e1', type: 'contract-signed', at: '2026-11-23T09:30:00+08:00' });
 * // => { _tag: 'Right', right: { episode: { state: 'screening', version: 1, ... },
 * //      effects: [{ id: 'ep-1/e1/0', eventId: 'e1', at: '2026-11-23T09:30:00+08:00',
 * //                  type: 'regenerate-plan', reason: 'stage-entered', plan: 'checkup', state: 'screening' }] } }
 * applyEvent(defaultCareMachine, episode.right, { id: 'e2', type: 'patient-died', at: '2026-11-22T09:00:00+08:00' });
 * // => { _tag: 'Left', left: { code: 'conflict', message: 'Event cannot be applied: event.at: is out of order: ...',
 * //      issues: [{ path: ['event', 'at'], code: 'inconsistent', message: 'is out of order: it is earlier than the last
 * //      event applied to the episode, and this machine does not allow back-dating' }] } }
 * ```
 * @category Lifecycle
 */
export function applyEvent(
  machine: MachineDefinition,
  episode: Episode,
  event: LifecycleEvent,
  options?: LifecycleOptions,
): Either<CareError, AppliedEvent> {
  return protect('applyEvent', () => {
    const compiled = compileMachine(machine);
    if (compiled._tag === 'Left') return compiled;
    const current = episodeFor(compiled.right, episode, options);
    if (current._tag === 'Left') return current;
    const parsed = readEvent(event);
    if (parsed._tag === 'Left') return parsed;
    return step(compiled.right, current.right, parsed.right);
  });
}
