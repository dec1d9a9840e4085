import { Immer, castDraft } from 'immer';
import { canonicalJson } from '../core/canonical-json.js';
import { careError, type CareError } from '../core/care-error.js';
import { left, right, type Either } from '../core/either.js';
import { deepFreeze } from '../core/freeze.js';
import { instantToEpochMs } from '../core/instant.js';
import { evaluateRule, type JsonValue } from '../rules/index.js';
import type { CompiledMachine, CompiledTransition } from './compiled-machine.js';
import { durationToMs, formatInstant } from './duration.js';
import type { Effect, EffectTemplate } from './effect.js';
import type { Episode, LifecycleEvent, LogEntry, StageHistoryEntry } from './episode.js';
import { trustEpisode } from './episode-input.js';
import type { JsonObject } from './json-value.js';
import { checkPayload } from './payload-spec.js';
import type { PlanKind } from './plan-kind.js';

/** carepath's own immer: never the shared instance, never its global setters. */
const immer = new Immer({ autoFreeze: true });

/** The result of applying one event: the next episode and the effects for the host to carry out. */
export interface Applied {
  readonly episode: Episode;
  readonly effects: readonly Effect[];
}

/**
 * What a guard (and an assignment rule) sees:
 * `{ context, state, version, event: { id, type, at, atMs, payload } }`.
 */
export interface GuardFacts {
  readonly context: JsonObject;
  readonly state: string;
  readonly version: number;
  readonly event: { readonly id: string; readonly type: string; readonly at: string; readonly atMs: number; readonly payload: JsonObject };
}

const EMPTY: JsonObject = Object.freeze({});

/** JSON Logic truthiness (json-logic-js `truthy`): an empty array is falsy. */
export function truthy(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : Boolean(value);
}

function isJson(value: unknown, depth = 0): value is JsonValue {
  if (depth > 64) return false;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every((item) => isJson(item, depth + 1));
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.entries(value).every(([key, item]) => key !== '__proto__' && isJson(item, depth + 1));
  }
  return false;
}

function conflict(path: (string | number)[], code: 'not-applicable' | 'inconsistent' | 'duplicate', message: string): Either<CareError, never> {
  return left(careError('conflict', 'Event cannot be applied', [{ path, code, message }]));
}

function materialise(template: EffectTemplate, episodeId: string, event: LifecycleEvent, atMs: number, index: number, state: string, plan: PlanKind): Effect {
  const base = { id: `${encodeURIComponent(episodeId)}/${encodeURIComponent(event.id)}/${index}`, eventId: event.id, at: event.at };
  const due = (duration: string): string => formatInstant(atMs + (durationToMs(duration) ?? 0), event.at);
  switch (template.type) {
    case 'schedule-contact':
      return {
        ...base,
        type: template.type,
        purpose: template.purpose,
        within: template.within,
        due: due(template.within),
        ...(template.latest === undefined ? {} : { latest: due(template.latest) }),
        ...(template.channel === undefined ? {} : { channel: template.channel }),
      };
    case 'schedule-revisit':
      return {
        ...base,
        type: template.type,
        purpose: template.purpose,
        within: template.within,
        due: due(template.within),
        ...(template.latest === undefined ? {} : { latest: due(template.latest) }),
        ...(template.priority === undefined ? {} : { priority: template.priority }),
      };
    case 'regenerate-plan':
      return { ...base, type: template.type, reason: template.reason, plan, state };
    case 'notify':
      return {
        ...base,
        type: template.type,
        audience: template.audience,
        topic: template.topic,
        urgency: template.urgency ?? 'routine',
        ...(template.within === undefined ? {} : { within: template.within, due: due(template.within) }),
      };
    case 'open-referral':
      return { ...base, type: template.type, direction: template.direction, urgency: template.urgency, followUpWithin: template.followUpWithin, due: due(template.followUpWithin) };
    case 'close-referral':
      return { ...base, type: template.type, direction: template.direction };
    case 'cancel-follow-ups':
      return { ...base, type: template.type, reason: template.reason };
  }
}

/** The stage state the episode most recently left (the entry before the current one), if any. */
function stageLeft(machine: CompiledMachine, history: readonly StageHistoryEntry[]): string | undefined {
  for (let index = history.length - 2; index >= 0; index--) {
    const name = history[index]?.state;
    if (name !== undefined && machine.states.get(name)?.type === 'stage') return name;
  }
  return undefined;
}

function sameEvent(entry: LogEntry, event: LifecycleEvent, atMs: number): boolean {
  const entryMs = instantToEpochMs(entry.at);
  return (
    entry.type === event.type &&
    entryMs._tag === 'Right' &&
    entryMs.right === atMs &&
    canonicalJson(entry.payload) === canonicalJson(event.payload ?? EMPTY)
  );
}

/**
 * One step of the interpreter on inputs that are already validated (and the machine's id and
 * version already matched to the episode's).
 */
export function step(machine: CompiledMachine, episode: Episode, event: LifecycleEvent): Either<CareError, Applied> {
  const atMs = instantToEpochMs(event.at);
  if (atMs._tag === 'Left') return left(careError('invalid-input', 'Event is invalid', [{ path: ['event', 'at'], code: 'invalid-instant', message: atMs.left.issues[0]?.message ?? 'must be a date-time with an offset' }]));

  // 1. At-least-once delivery: the same id again changes nothing.
  const previous = episode.log.find((entry) => entry.id === event.id);
  if (previous !== undefined) {
    if (sameEvent(previous, event, atMs.right)) return right(Object.freeze({ episode, effects: Object.freeze([]) }));
    return conflict(['event', 'id'], 'duplicate', 'was already applied to this episode with a different type, instant or payload');
  }
  // 2. Closed episodes absorb.
  if (episode.status === 'closed') return conflict(['event', 'type'], 'not-applicable', 'cannot be applied: the episode is closed');
  // 3. Optimistic concurrency.
  if (event.expectedVersion !== undefined && event.expectedVersion !== episode.version) {
    return conflict(['event', 'expectedVersion'], 'inconsistent', 'does not match the episode version: another writer has advanced the episode');
  }
  // 4. Order.
  const lastAt = episode.log.at(-1)?.at ?? episode.start.at;
  const lastMs = instantToEpochMs(lastAt);
  if (machine.definition.allowBackdating !== true && lastMs._tag === 'Right' && atMs.right < lastMs.right) {
    return conflict(['event', 'at'], 'inconsistent', 'is out of order: it is earlier than the last event applied to the episode, and this machine does not allow back-dating');
  }
  // 5. The event type and its payload.
  const definition = machine.events.get(event.type);
  if (definition === undefined) {
    return left(careError('invalid-input', 'Event is invalid', [{ path: ['event', 'type'], code: 'unknown-code', message: 'is not an event of this machine' }]));
  }
  const payload = event.payload ?? EMPTY;
  const payloadIssues = checkPayload(definition.payload, payload, ['event', 'payload']);
  if (payloadIssues.length > 0) return left(careError('invalid-input', 'Event payload is invalid', payloadIssues));

  // 6. The transition: highest priority whose guard holds.
  const candidates = machine.candidates.get(episode.state)?.get(event.type);
  if (candidates === undefined) return conflict(['event', 'type'], 'not-applicable', 'is not accepted in the current state of the episode');
  const facts: GuardFacts = {
    context: episode.context,
    state: episode.state,
    version: episode.version,
    event: { id: event.id, type: event.type, at: event.at, atMs: atMs.right, payload },
  };
  let chosen: CompiledTransition | undefined;
  for (const candidate of candidates) {
    if (candidate.guard === undefined) {
      chosen = candidate;
      break;
    }
    const verdict = evaluateRule(candidate.guard, facts);
    if (verdict._tag === 'Left') {
      return left(careError('invalid-rule', 'Guard could not be evaluated', [{ path: [...candidate.path, 'guard'], code: 'invalid-value', message: 'failed on these facts' }]));
    }
    if (truthy(verdict.right.value)) {
      chosen = candidate;
      break;
    }
  }
  if (chosen === undefined) return conflict(['event'], 'not-applicable', 'no transition for this event has a guard that holds in the current state');

  // 7. Context updates, all computed on the facts before the event.
  const updates: { readonly path: readonly string[]; readonly value: JsonValue }[] = [];
  for (const [position, assignment] of chosen.assign.entries()) {
    if (assignment.rule === undefined) {
      updates.push({ path: assignment.path, value: assignment.value ?? null });
      continue;
    }
    const computed = evaluateRule(assignment.rule, facts);
    const value: unknown = computed._tag === 'Right' ? (computed.right.value ?? null) : undefined;
    if (!isJson(value)) {
      return left(careError('invalid-rule', 'Assignment could not be evaluated', [{ path: [...chosen.path, 'assign', position, 'rule'], code: 'invalid-value', message: 'did not produce a JSON value on these facts' }]));
    }
    updates.push({ path: assignment.path, value: deepFreeze(value) });
  }

  // 8. Target, effects, closure.
  const transition = chosen.transition;
  const target = transition.history === true ? (stageLeft(machine, episode.stageHistory) ?? transition.target) : transition.target;
  const targetState = machine.states.get(target);
  const entered = target !== episode.state;
  const templates = [...(transition.effects ?? []), ...(entered ? (targetState?.entry ?? []) : [])];
  const plan = targetState?.stage?.plan ?? 'none';
  const effects = deepFreeze(templates.map((template, index) => materialise(template, episode.id, event, atMs.right, index, target, plan)));
  const entry: LogEntry = deepFreeze({ id: event.id, type: event.type, at: event.at, payload, from: episode.state, to: target, version: episode.version + 1, effects });
  const closing = targetState?.type === 'terminal';

  const next = immer.produce(episode, (draft) => {
    for (const { path, value } of updates) {
      let node = draft.context as Record<string, unknown>;
      for (const key of path.slice(0, -1)) {
        const child = Object.hasOwn(node, key) ? node[key] : undefined;
        if (typeof child !== 'object' || child === null || Array.isArray(child)) node[key] = {};
        node = node[key] as Record<string, unknown>;
      }
      const last = path.at(-1);
      if (last !== undefined) node[last] = value;
    }
    draft.state = target;
    draft.version = episode.version + 1;
    // Whole new arrays (of frozen entries) rather than pushes through a draft: appending to an
    // append-only list needs no proxy.
    if (entered) draft.stageHistory = castDraft(Object.freeze([...episode.stageHistory, deepFreeze({ state: target, enteredAt: event.at, eventId: event.id })]));
    if (closing) {
      draft.status = 'closed';
      draft.closure = deepFreeze({ reason: targetState.closure ?? target, at: event.at, eventId: event.id });
    }
    draft.log = castDraft(Object.freeze([...episode.log, entry]));
  });
  return right(Object.freeze({ episode: trustEpisode(deepFreeze(next)), effects }));
}
