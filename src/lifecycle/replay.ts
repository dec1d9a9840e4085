import { careError, type CareError } from '../core/care-error.js';
import { left, right, type Either } from '../core/either.js';
import { protect } from '../core/protect.js';
import { compileMachine } from './compiled-machine.js';
import type { Episode, LifecycleEvent, StartEpisodeInput } from './episode.js';
import { readEvent } from './episode-input.js';
import { step } from './interpret.js';
import type { MachineDefinition } from './machine-definition.js';
import { startEpisode } from './start-episode.js';

const MAX_EVENTS = 100_000;

/**
 * Rebuilds an episode from how it started and its events, applying them in order: the result
 * equals the episode built incrementally with {@link startEpisode} and {@link applyEvent}. Log
 * entries are events (their extra fields are ignored), so `replay(machine, episode.start,
 * episode.log)` rebuilds `episode`. An event that {@link applyEvent} would refuse stops the
 * replay with that error, its path under `events[i]`; a repeated id is a no-op, as it is live.
 *
 * @param machine - the machine
 * @param start - `{ id, at, context? }` as given to {@link startEpisode} (an episode's `start`)
 * @param events - the events in the order they were applied (an episode's `log` will do)
 * @returns `Right` with the episode, or `Left`
 *
 * @example
 * ```ts
 * // `episode` built with startEpisode and applyEvent, or loaded from storage:
 * replay(defaultCareMachine, episode.start, episode.log);
 * // => { _tag: 'Right', right: { kind: 'carepath-episode', ... } }, deep-equal to `episode`
 * ```
 * @category Lifecycle
 */
export function replay(machine: MachineDefinition, start: StartEpisodeInput, events: readonly (LifecycleEvent | Episode['log'][number])[]): Either<CareError, Episode> {
  return protect('replay', () => {
    const compiled = compileMachine(machine);
    if (compiled._tag === 'Left') return compiled;
    const started = startEpisode(compiled.right.definition, start);
    if (started._tag === 'Left') return started;
    if (!Array.isArray(events)) {
      return left(careError('invalid-input', 'Events are invalid', [{ path: ['events'], code: 'invalid-type', message: 'expected array' }]));
    }
    if (events.length > MAX_EVENTS) {
      return left(careError('invalid-input', 'Events are invalid', [{ path: ['events'], code: 'too-big', message: `must have at most ${MAX_EVENTS} items` }]));
    }
    let episode = started.right;
    for (const [index, raw] of (events as readonly unknown[]).entries()) {
      const picked = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? pick(raw as Record<string, unknown>) : raw;
      const event = readEvent(picked, ['events', index]);
      if (event._tag === 'Left') return event;
      const applied = step(compiled.right, episode, event.right);
      if (applied._tag === 'Left') {
        const issues = applied.left.issues.map((issue) => (issue.path[0] === 'event' ? { ...issue, path: ['events', index, ...issue.path.slice(1)] } : issue));
        return left(careError(applied.left.code, `Event ${index} cannot be replayed`, issues));
      }
      episode = applied.right.episode;
    }
    return right(episode);
  });
}

/** The event fields of a log entry or an event (a log entry's `from`, `to`, `effects` are results). */
function pick(raw: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of ['id', 'type', 'at', 'payload', 'expectedVersion']) {
    if (Object.hasOwn(raw, key)) out[key] = raw[key];
  }
  return out;
}
