import { careError, type CareError } from '../core/care-error.js';
import { left, right, type Either } from '../core/either.js';
import { deepFreeze } from '../core/freeze.js';
import { protect } from '../core/protect.js';
import { validate } from '../core/validate.js';
import { compileMachine } from './compiled-machine.js';
import { StartEpisodeInputSchema, type Episode, type StartEpisodeInput } from './episode.js';
import { prefixIssues, trustEpisode } from './episode-input.js';
import type { MachineDefinition } from './machine-definition.js';

/**
 * Creates a care episode in the machine's initial state, version 0, with the machine's initial
 * context overridden member by member by `input.context`. No effects: the initial state is not
 * entered by a transition.
 *
 * @param machine - a machine definition (ideally the value {@link validateMachine} returned)
 * @param input - the episode's host-given `id`, the instant it starts (`at`), optional `context`
 * @returns `Right` with the frozen episode; `Left` with `invalid-rule` for a bad machine or
 *   `invalid-input` for a bad input
 *
 * @example
 * ```ts
 * startEpisode(defaultCareMachine, { id: 'ep-1', at: '2026-11-23T09:00:00+08:00' });
 * // => { _tag: 'Right', right: { kind: 'carepath-episode', id: 'ep-1',
 * //      machine: { id: 'carepath-care-episode', version: '1.0.0' }, state: 'enrolment', status: 'active',
 * //      version: 0, start: { id: 'ep-1', at: '2026-11-23T09:00:00+08:00' },
 * //      context: { missedContacts: 0, missedContactLimit: 3, noContactDaysLimit: 365, unsatisfactoryVisits: 0 },
 * //      stageHistory: [{ state: 'enrolment', enteredAt: '2026-11-23T09:00:00+08:00' }], log: [] } }
 * ```
 * @category Lifecycle
 */
export function startEpisode(machine: MachineDefinition, input: StartEpisodeInput): Either<CareError, Episode> {
  return protect('startEpisode', () => {
    const compiled = compileMachine(machine);
    if (compiled._tag === 'Left') return compiled;
    const parsed = validate(StartEpisodeInputSchema, input, 'Episode start');
    if (parsed._tag === 'Left') return left(careError('invalid-input', 'Episode start is invalid', prefixIssues(parsed.left.issues, ['input'])));
    const definition = compiled.right.definition;
    const start = parsed.right as StartEpisodeInput;
    const initial = compiled.right.states.get(definition.initial);
    const closed = initial?.type === 'terminal';
    const episode: Episode = {
      kind: 'carepath-episode',
      id: start.id,
      machine: { id: definition.id, version: definition.version },
      state: definition.initial,
      status: closed ? 'closed' : 'active',
      ...(closed ? { closure: { reason: initial.closure ?? definition.initial, at: start.at, eventId: start.id } } : {}),
      version: 0,
      start,
      context: { ...(definition.context ?? {}), ...(start.context ?? {}) },
      stageHistory: [{ state: definition.initial, enteredAt: start.at }],
      log: [],
    };
    return right(trustEpisode(deepFreeze(episode)));
  });
}
