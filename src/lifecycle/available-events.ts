import type { CareError } from '../core/care-error.js';
import { right, type Either } from '../core/either.js';
import { deepFreeze } from '../core/freeze.js';
import { protect } from '../core/protect.js';
import { compileMachine, type CompiledTransition } from './compiled-machine.js';
import type { Episode } from './episode.js';
import type { MachineDefinition } from './machine-definition.js';
import { episodeFor, type LifecycleOptions } from './prepare.js';

/**
 * An event the episode's current state accepts: the states it may lead to (a history transition
 * lists its fallback and sets `returnsToStageLeft`), and whether a guard decides (then the payload
 * or the context may still make {@link applyEvent} refuse it).
 *
 * @category Lifecycle
 */
export interface AvailableEvent {
  readonly type: string;
  readonly targets: readonly string[];
  readonly guarded: boolean;
  readonly returnsToStageLeft: boolean;
}

/**
 * The events the episode's current state accepts, sorted by type. A closed episode accepts none.
 *
 * @param machine - the machine (ideally the value {@link validateMachine} returned)
 * @param episode - the episode
 * @param options - `migrate`, as for {@link applyEvent}
 * @returns `Right` with the events, or `Left` as {@link applyEvent} would for a bad machine or episode
 *
 * @example
 * ```ts
 * availableEvents(defaultCareMachine, startEpisode(defaultCareMachine, { id: 'ep-1', at: '2026-11-23T09:00:00+08:00' }).right);
 * // => { _tag: 'Right', right: [
 * //      { type: 'contract-signed', targets: ['screening'], guarded: false, returnsToStageLeft: false },
 * //      { type: 'declined', targets: ['closed-declined'], guarded: false, returnsToStageLeft: false },
 * //      { type: 'patient-died', targets: ['died'], guarded: false, returnsToStageLeft: false },
 * //      { type: 'transferred', targets: ['closed-transferred'], guarded: false, returnsToStageLeft: false }] }
 * ```
 * @category Lifecycle
 */
export function availableEvents(machine: MachineDefinition, episode: Episode, options?: LifecycleOptions): Either<CareError, readonly AvailableEvent[]> {
  return protect('availableEvents', () => {
    const compiled = compileMachine(machine);
    if (compiled._tag === 'Left') return compiled;
    const current = episodeFor(compiled.right, episode, options);
    if (current._tag === 'Left') return current;
    if (current.right.status === 'closed') return right(deepFreeze([]));
    const byEvent = compiled.right.candidates.get(current.right.state) ?? new Map<string, readonly CompiledTransition[]>();
    const list = [...byEvent.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([type, transitions]) => ({
        type,
        targets: [...new Set(transitions.map(({ transition }) => transition.target))],
        guarded: transitions.some(({ guard }) => guard !== undefined),
        returnsToStageLeft: transitions.some(({ transition }) => transition.history === true),
      }));
    return right(deepFreeze(list));
  });
}
