import { careError, type CareError } from '../core/care-error.js';
import { left, right, type Either } from '../core/either.js';
import type { CompiledMachine } from './compiled-machine.js';
import type { Episode } from './episode.js';
import { readEpisode } from './episode-input.js';
import type { MachineDefinition } from './machine-definition.js';

/**
 * Turns an episode built with another version of a machine into one for `machine`. Supplied by
 * the host (carepath never guesses a migration); it must return an episode whose
 * `machine.version` is `machine.version` and whose state exists in `machine`.
 *
 * @category Lifecycle
 */
export type MigrateEpisode = (episode: Episode, machine: MachineDefinition) => unknown;

/** Options of `applyEvent`, `availableEvents` and `replay`. @category Lifecycle */
export interface LifecycleOptions {
  /** Called when the episode records a different machine version than `machine`. */
  readonly migrate?: MigrateEpisode | undefined;
}

const mismatch = (path: (string | number)[], message: string): Either<CareError, never> =>
  left(careError('conflict', 'Episode does not belong to this machine', [{ path, code: 'inconsistent', message }]));

/** The episode, validated and matched to the machine (migrating it when the host allows). */
export function episodeFor(machine: CompiledMachine, input: unknown, options: LifecycleOptions | undefined): Either<CareError, Episode> {
  const read = readEpisode(input);
  if (read._tag === 'Left') return read;
  let episode = read.right;
  const definition = machine.definition;
  if (episode.machine.id !== definition.id) return mismatch(['episode', 'machine', 'id'], 'names another machine');
  if (episode.machine.version !== definition.version) {
    const raw: unknown = options;
    const migrate = typeof raw === 'object' && raw !== null ? (raw as { migrate?: unknown }).migrate : undefined;
    if (typeof migrate !== 'function') {
      return mismatch(['episode', 'machine', 'version'], 'was built with another version of this machine: pass options.migrate to carry it over');
    }
    // The host's migration may throw: the caller's protect() turns that into a Left.
    const migrated = readEpisode((migrate as MigrateEpisode)(episode, definition), ['migrated']);
    if (migrated._tag === 'Left') return migrated;
    if (migrated.right.machine.id !== definition.id || migrated.right.machine.version !== definition.version) {
      return mismatch(['migrated', 'machine'], 'the migration must return an episode of this machine and version');
    }
    episode = migrated.right;
  }
  if (!machine.states.has(episode.state)) return mismatch(['episode', 'state'], 'is not a state of this machine');
  return right(episode);
}
