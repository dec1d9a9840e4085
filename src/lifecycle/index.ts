/**
 * The care-episode lifecycle: machine definitions as data (validated by zod and
 * {@link validateMachine}), one pure interpreter ({@link applyEvent}: episode + event -> next
 * episode + effects for the host), {@link availableEvents}, {@link replay}, {@link startEpisode},
 * the default care-episode machine and a Mermaid diagram export.
 *
 * @packageDocumentation
 * @module lifecycle
 */
export { applyEvent, type AppliedEvent } from './apply-event.js';
export { availableEvents, type AvailableEvent } from './available-events.js';
export { defaultCareMachine } from './default-care-machine.js';
export { IsoCadenceSchema, DurationSchema, durationToMs, type Duration } from './duration.js';
export { EFFECT_TYPES, EffectAudienceSchema, EffectChannelSchema, EffectSchema, EffectTemplateSchema, type Effect, type EffectTemplate, type EffectType } from './effect.js';
export {
  EpisodeSchema,
  LifecycleEventSchema,
  LogEntrySchema,
  StageHistoryEntrySchema,
  StartEpisodeInputSchema,
  type Episode,
  type LifecycleEvent,
  type LogEntry,
  type StageHistoryEntry,
  type StartEpisodeInput,
} from './episode.js';
export {
  AssignmentSchema,
  EventDefinitionSchema,
  StageFollowUpSchema,
  MachineDefinitionSchema,
  StageMetadataSchema,
  StateSchema,
  TransitionSchema,
  type Assignment,
  type EventDefinition,
  type StageFollowUp,
  type MachineDefinition,
  type StageMetadata,
  type StateDefinition,
  type Transition,
} from './machine-definition.js';
export { PayloadFieldSchema, PayloadSpecSchema, type PayloadField, type PayloadSpec } from './payload-spec.js';
export { PlanKindSchema, type PlanKind } from './plan-kind.js';
export type { LifecycleOptions, MigrateEpisode } from './prepare.js';
export { replay } from './replay.js';
export { SlugSchema } from './slug.js';
export { startEpisode } from './start-episode.js';
export { toMermaid } from './to-mermaid.js';
export { validateMachine } from './validate-machine.js';
