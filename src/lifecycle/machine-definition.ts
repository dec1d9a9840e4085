import { z } from 'zod';
import { issueParams, stringMatching } from '../core/zod-issues.js';
import type { JsonValue } from '../rules/index.js';
import { IsoCadenceSchema } from './duration.js';
import { EffectTemplateSchema, type EffectTemplate } from './effect.js';
import { FORBIDDEN_KEYS, JsonObjectSchema, JsonValueSchema, type JsonObject } from './json-value.js';
import { PayloadSpecSchema, type PayloadSpec } from './payload-spec.js';
import { PlanKindSchema, type PlanKind } from './plan-kind.js';
import { SlugSchema } from './slug.js';

const ContextPathSchema = stringMatching(
  /^[A-Za-z_][A-Za-z0-9_]{0,63}(?:\.[A-Za-z_][A-Za-z0-9_]{0,63}){0,7}$/,
  'must be a dotted context path such as missedContacts or referral.urgency',
).superRefine((path, ctx) => {
  if (path.split('.').some((segment) => FORBIDDEN_KEYS.has(segment))) {
    ctx.addIssue({ code: 'custom', message: 'may not use __proto__, prototype or constructor', params: issueParams('invalid-value') });
  }
});

/**
 * A context update as data: set the context member at a dotted path to a literal `value`, or to
 * the result of a `rule` (a JSON Logic document evaluated over the same facts a guard sees).
 * Every assignment of a transition sees the context as it was before the event.
 *
 * @example
 * ```ts
 * { set: 'missedContacts', value: 0 }
 * { set: 'missedContacts', rule: { '+': [{ var: 'context.missedContacts' }, 1] } }
 * ```
 * @category Lifecycle
 */
export const AssignmentSchema = z.union([
  z.object({ set: ContextPathSchema, value: JsonValueSchema }).strict(),
  z.object({ set: ContextPathSchema, rule: JsonValueSchema }).strict(),
]);

/** @category Lifecycle */
export type Assignment = { readonly set: string; readonly value: JsonValue } | { readonly set: string; readonly rule: JsonValue };

/**
 * One transition. `target` is the next state; with `history: true` the episode instead returns to
 * the stage state it most recently left (a referral comes back to the stage the patient left), and
 * `target` is the fallback when it left none. `guard` is a rule document; the transition fires only
 * when it is truthy (JSON Logic truthiness: `[]`, `0`, `""`, `null` and `false` are falsy). When one
 * state has several transitions for one event, each needs a distinct `priority`; the highest whose
 * guard holds fires.
 *
 * @category Lifecycle
 */
export const TransitionSchema = z
  .object({
    target: SlugSchema,
    history: z.boolean().optional(),
    guard: JsonValueSchema.optional(),
    priority: z.number().int().min(-1000).max(1000).optional(),
    assign: z.array(AssignmentSchema).max(50).optional(),
    effects: z.array(EffectTemplateSchema).max(50).optional(),
    description: z.string().max(500).optional(),
  })
  .strict();

/** @category Lifecycle */
export interface Transition {
  readonly target: string;
  readonly history?: boolean;
  readonly guard?: JsonValue;
  readonly priority?: number;
  readonly assign?: readonly Assignment[];
  readonly effects?: readonly EffectTemplate[];
  readonly description?: string;
}

/**
 * The follow-up policy of a stage: descriptive metadata for the scheduler. `every` is the cadence,
 * `for` how long the policy lasts, `milestones` contacts at fixed times since the stage began;
 * `source` cites where the numbers come from.
 *
 * @category Lifecycle
 */
export const StageFollowUpSchema = z.union([
  z.literal('none'),
  z
    .object({
      every: IsoCadenceSchema.optional(),
      for: IsoCadenceSchema.optional(),
      milestones: z.array(IsoCadenceSchema).max(20).optional(),
      source: z.string().max(300).optional(),
    })
    .strict(),
]);

/** @category Lifecycle */
export type StageFollowUp = z.infer<typeof StageFollowUpSchema>;

/**
 * What a stage state means for care: the plan kind that applies and the follow-up policy.
 *
 * @category Lifecycle
 */
export const StageMetadataSchema = z.object({ plan: PlanKindSchema, followUp: StageFollowUpSchema }).strict();

/** @category Lifecycle */
export interface StageMetadata {
  readonly plan: PlanKind;
  readonly followUp: StageFollowUp;
}

/**
 * A state. `type`:
 * - `stage`: a stage of care (carries {@link StageMetadata} in `stage`); history returns to these;
 * - `referral`: the patient is with another level of care (hospital);
 * - `status`: a condition of the episode that is not a stage (lost to follow-up);
 * - `terminal`: the episode is over; `closure` names why (`goals-met`, `transferred`, `declined`,
 *   `died`, ...). Terminal states absorb: they have no transitions.
 *
 * `entry` effects are emitted whenever a transition enters the state from another state.
 *
 * @category Lifecycle
 */
export const StateSchema = z
  .object({
    type: z.enum(['stage', 'referral', 'status', 'terminal']),
    description: z.string().max(500).optional(),
    stage: StageMetadataSchema.optional(),
    closure: SlugSchema.optional(),
    entry: z.array(EffectTemplateSchema).max(50).optional(),
    on: z.record(z.string(), z.array(TransitionSchema).max(50)).optional(),
  })
  .strict();

/** @category Lifecycle */
export interface StateDefinition {
  readonly type: 'stage' | 'referral' | 'status' | 'terminal';
  readonly description?: string;
  readonly stage?: StageMetadata;
  readonly closure?: string;
  readonly entry?: readonly EffectTemplate[];
  readonly on?: { readonly [event: string]: readonly Transition[] };
}

/**
 * An event type the machine accepts: its payload spec (see {@link PayloadSpecSchema}).
 *
 * @category Lifecycle
 */
export const EventDefinitionSchema = z
  .object({ description: z.string().max(500).optional(), payload: PayloadSpecSchema.optional() })
  .strict();

/** @category Lifecycle */
export interface EventDefinition {
  readonly description?: string;
  readonly payload?: PayloadSpec;
}

/**
 * A lifecycle machine as data (structure only: {@link validateMachine} adds the checks across
 * fields: reachability, ways out, absorbing terminal states, priorities, guards that compile).
 *
 * - `id`, `version`: recorded in every episode; an episode is only advanced by the version it was
 *   built with (or through a migration).
 * - `initial`: the state a new episode starts in.
 * - `context`: the initial context (JSON); `startEpisode` may override members.
 * - `allowBackdating`: accept events older than the last applied one (default: rejected).
 * - `events`: every event type with its payload spec.
 * - `states`: every state with its transitions (`on`, by event type).
 * - `on`: transitions that apply in every non-terminal state that has none of its own for that event.
 *
 * @category Lifecycle
 */
export const MachineDefinitionSchema = z
  .object({
    id: SlugSchema,
    version: stringMatching(/^[0-9A-Za-z][0-9A-Za-z.+-]{0,63}$/, 'must be a version such as 1.0.0'),
    description: z.string().max(2000).optional(),
    initial: SlugSchema,
    allowBackdating: z.boolean().optional(),
    context: JsonObjectSchema.optional(),
    events: z.record(z.string(), EventDefinitionSchema),
    states: z.record(z.string(), StateSchema),
    on: z.record(z.string(), z.array(TransitionSchema).max(50)).optional(),
  })
  .strict();

/**
 * A lifecycle machine definition (see {@link MachineDefinitionSchema}).
 *
 * @category Lifecycle
 */
export interface MachineDefinition {
  readonly id: string;
  readonly version: string;
  readonly description?: string;
  readonly initial: string;
  readonly allowBackdating?: boolean;
  readonly context?: JsonObject;
  readonly events: { readonly [type: string]: EventDefinition };
  readonly states: { readonly [state: string]: StateDefinition };
  readonly on?: { readonly [event: string]: readonly Transition[] };
}
