import { careError, type CareError, type CareIssue, type PathSegment } from '../core/care-error.js';
import { left, right, type Either } from '../core/either.js';
import { validate } from '../core/validate.js';
import { EpisodeSchema, LifecycleEventSchema, type Episode, type LifecycleEvent } from './episode.js';
import { FORBIDDEN_KEYS } from './json-value.js';
import { SLUG, hasControlCharacter } from './slug.js';

/**
 * Episodes carepath built (deep-frozen, so unchangeable): they skip re-validation. A cache only;
 * any other value is validated in full, with the same result.
 */
const built = new WeakSet();

/** Marks an episode carepath built and froze. */
export function trustEpisode(episode: Episode): Episode {
  built.add(episode);
  return episode;
}

export function prefixIssues(issues: readonly CareIssue[], prefix: readonly PathSegment[]): CareIssue[] {
  return issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] }));
}

/** The episode, validated (or known to be carepath's own), with issue paths under `prefix`. */
export function readEpisode(input: unknown, prefix: readonly PathSegment[] = ['episode']): Either<CareError, Episode> {
  if (typeof input === 'object' && input !== null && built.has(input)) return right(input as Episode);
  const parsed = validate(EpisodeSchema, input, 'Episode');
  if (parsed._tag === 'Left') return left(careError('invalid-input', 'Episode is invalid', prefixIssues(parsed.left.issues, prefix)));
  return right(trustEpisode(parsed.right as Episode));
}

const EVENT_KEYS = new Set(['id', 'type', 'at', 'payload', 'expectedVersion']);
const MAX_FAST_DEPTH = 16;

/** A frozen copy of a plain JSON value, or `undefined` when it is anything else (then zod explains why). */
function copyJson(value: unknown, depth: number): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'object' || depth > MAX_FAST_DEPTH) return undefined;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const item of value as readonly unknown[]) {
      const copy = copyJson(item, depth + 1);
      if (copy === undefined) return undefined;
      out.push(copy);
    }
    return Object.freeze(out);
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return undefined;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return undefined;
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor === undefined || !('value' in descriptor)) return undefined;
    const copy = copyJson(descriptor.value, depth + 1);
    if (copy === undefined) return undefined;
    out[key] = copy;
  }
  return Object.freeze(out);
}

/**
 * The common case without zod: a plain event object whose fields are all well-formed. Anything
 * unusual returns `undefined` and goes through the schema, which reports every problem.
 */
function fastEvent(input: unknown): LifecycleEvent | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input) || Object.getPrototypeOf(input) !== Object.prototype) return undefined;
  const copy = copyJson(input, 0) as Record<string, unknown> | undefined;
  if (copy === undefined) return undefined;
  for (const key of Object.keys(copy)) if (!EVENT_KEYS.has(key)) return undefined;
  const { id, type, at, payload, expectedVersion } = copy;
  if (typeof id !== 'string' || id.length === 0 || id.length > 200 || hasControlCharacter(id)) return undefined;
  if (typeof type !== 'string' || type.length > 64 || !SLUG.test(type)) return undefined;
  // `at` is parsed once, by the interpreter, which reports a bad instant itself.
  if (typeof at !== 'string' || at.length > 40) return undefined;
  if (payload !== undefined && (typeof payload !== 'object' || payload === null || Array.isArray(payload))) return undefined;
  if (expectedVersion !== undefined && !(typeof expectedVersion === 'number' && Number.isInteger(expectedVersion) && expectedVersion >= 0)) return undefined;
  return copy as unknown as LifecycleEvent;
}

/** The event, validated, with issue paths under `prefix`. */
export function readEvent(input: unknown, prefix: readonly PathSegment[] = ['event']): Either<CareError, LifecycleEvent> {
  const fast = fastEvent(input);
  if (fast !== undefined) return right(fast);
  const parsed = validate(LifecycleEventSchema, input, 'Event');
  if (parsed._tag === 'Left') {
    return left(careError('invalid-input', 'Event is invalid', prefixIssues(parsed.left.issues, prefix)));
  }
  return right(parsed.right as LifecycleEvent);
}
