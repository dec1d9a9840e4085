import { z } from 'zod';
import { InstantSchema, type Instant } from '../core/instant.js';
import { issueParams } from '../core/zod-issues.js';
import { EffectSchema, type Effect } from './effect.js';
import { JsonObjectSchema, type JsonObject } from './json-value.js';
import { HostIdSchema, SlugSchema } from './slug.js';

/**
 * An event the host reports: a host-given `id` (applying the same id twice changes nothing), the
 * event `type`, the instant it happened (`at`, with an offset), its `payload` (checked against the
 * machine's payload spec) and, optionally, the episode `version` the host expects to advance
 * (`expectedVersion`: a concurrent writer that got there first makes this a `conflict`).
 *
 * @category Lifecycle
 */
export const LifecycleEventSchema = z
  .object({
    id: HostIdSchema,
    type: SlugSchema,
    at: InstantSchema,
    payload: JsonObjectSchema.optional(),
    expectedVersion: z.number().int().min(0).optional(),
  })
  .strict();

/** @category Lifecycle */
export interface LifecycleEvent {
  readonly id: string;
  readonly type: string;
  readonly at: Instant;
  readonly payload?: JsonObject;
  readonly expectedVersion?: number;
}

/**
 * How an episode starts: its host-given `id`, the instant (`at`) and context members that override
 * the machine's initial context.
 *
 * @category Lifecycle
 */
export const StartEpisodeInputSchema = z
  .object({ id: HostIdSchema, at: InstantSchema, context: JsonObjectSchema.optional() })
  .strict();

/** @category Lifecycle */
export interface StartEpisodeInput {
  readonly id: string;
  readonly at: Instant;
  readonly context?: JsonObject;
}

/**
 * One applied event in the episode's append-only log: the event as applied (payload included), the
 * state before and after, the episode version it produced, and the effects it emitted.
 *
 * @category Lifecycle
 */
export const LogEntrySchema = z
  .object({
    id: HostIdSchema,
    type: SlugSchema,
    at: InstantSchema,
    payload: JsonObjectSchema,
    from: SlugSchema,
    to: SlugSchema,
    version: z.number().int().min(1),
    effects: z.array(EffectSchema),
  })
  .strict();

/** @category Lifecycle */
export interface LogEntry {
  readonly id: string;
  readonly type: string;
  readonly at: Instant;
  readonly payload: JsonObject;
  readonly from: string;
  readonly to: string;
  readonly version: number;
  readonly effects: readonly Effect[];
}

/**
 * One state the episode entered: which, when, and by which event (none for the initial state).
 *
 * @category Lifecycle
 */
export const StageHistoryEntrySchema = z
  .object({ state: SlugSchema, enteredAt: InstantSchema, eventId: HostIdSchema.optional() })
  .strict();

/** @category Lifecycle */
export interface StageHistoryEntry {
  readonly state: string;
  readonly enteredAt: Instant;
  readonly eventId?: string;
}

/**
 * A care episode: plain JSON a host can store and load.
 *
 * - `machine`: id and version of the machine it was built with;
 * - `state`, `status` (`active` or `closed`), and `closure` (reason, instant, event) once closed;
 * - `version`: how many events have been applied (0 when started);
 * - `start`: how it was started (so that {@link replay} can rebuild it);
 * - `context`: the machine's working data (counters, last contact, ...);
 * - `stageHistory`: every state entered, in order;
 * - `log`: every applied event with its effects, append-only.
 *
 * @category Lifecycle
 */
export const EpisodeSchema = z
  .object({
    kind: z.literal('carepath-episode'),
    id: HostIdSchema,
    machine: z.object({ id: SlugSchema, version: z.string().min(1).max(64) }).strict(),
    state: SlugSchema,
    status: z.enum(['active', 'closed']),
    closure: z.object({ reason: SlugSchema, at: InstantSchema, eventId: HostIdSchema }).strict().optional(),
    version: z.number().int().min(0),
    start: StartEpisodeInputSchema,
    context: JsonObjectSchema,
    stageHistory: z.array(StageHistoryEntrySchema).min(1),
    log: z.array(LogEntrySchema),
  })
  .strict()
  .superRefine((episode, ctx) => {
    const problem = (path: (string | number)[], message: string) => {
      ctx.addIssue({ code: 'custom', path, message, params: issueParams('inconsistent') });
    };
    if (episode.start.id !== episode.id) problem(['start', 'id'], 'must equal the episode id');
    if (episode.version !== episode.log.length) problem(['version'], 'must equal the number of log entries');
    episode.log.forEach((entry, index) => {
      if (entry.version !== index + 1) problem(['log', index, 'version'], 'must count the log entries from 1');
      const before = index === 0 ? episode.stageHistory[0]?.state : episode.log[index - 1]?.to;
      if (entry.from !== before) problem(['log', index, 'from'], 'must be the state the previous entry left the episode in');
    });
    const last = episode.log.at(-1);
    if (last !== undefined && last.to !== episode.state) problem(['state'], 'must be the state the last log entry moved to');
    if (episode.stageHistory.at(-1)?.state !== episode.state) problem(['stageHistory'], 'must end with the current state');
    if ((episode.status === 'closed') !== (episode.closure !== undefined)) problem(['closure'], 'is present exactly when the episode is closed');
  });

/**
 * A care episode (see {@link EpisodeSchema}).
 *
 * @category Lifecycle
 */
export interface Episode {
  readonly kind: 'carepath-episode';
  readonly id: string;
  readonly machine: { readonly id: string; readonly version: string };
  readonly state: string;
  readonly status: 'active' | 'closed';
  readonly closure?: { readonly reason: string; readonly at: Instant; readonly eventId: string };
  readonly version: number;
  readonly start: StartEpisodeInput;
  readonly context: JsonObject;
  readonly stageHistory: readonly StageHistoryEntry[];
  readonly log: readonly LogEntry[];
}
