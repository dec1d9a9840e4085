import { z } from 'zod';
import { ChannelSchema } from '../model/patient-record.js';
import { InstantSchema, type Instant } from '../core/instant.js';
import { DurationSchema, type Duration } from './duration.js';
import { PlanKindSchema, type PlanKind } from './plan-kind.js';
import { HostIdSchema, SlugSchema } from './slug.js';

/**
 * The effect types carepath knows. The interpreter never performs an effect: it returns it, with
 * absolute due instants, for the host to carry out.
 *
 * - `schedule-contact`: a contact (phone, message, visit) due `within` after the event.
 * - `schedule-revisit`: a face-to-face revisit due `within` after the event.
 * - `regenerate-plan`: build the care plan again for the stage the episode is now in.
 * - `notify`: tell someone (care team, family doctor, patient, family, specialist, hospital).
 * - `open-referral` / `close-referral`: open or close a referral, up to hospital or down to the community.
 * - `cancel-follow-ups`: cancel the follow-ups still scheduled.
 *
 * @category Lifecycle
 */
export const EFFECT_TYPES = [
  'schedule-contact',
  'schedule-revisit',
  'regenerate-plan',
  'notify',
  'open-referral',
  'close-referral',
  'cancel-follow-ups',
] as const;

/** @category Lifecycle */
export type EffectType = (typeof EFFECT_TYPES)[number];

/**
 * How a contact effect reaches the patient: a channel of the patient model (app, phone, SMS, home
 * visit, in person), or `any` to let the scheduler choose from the patient's preferences.
 *
 * @category Lifecycle
 */
export const EffectChannelSchema = z.enum([...ChannelSchema.options, 'any']);

/** Who a notification goes to. @category Lifecycle */
export const EffectAudienceSchema = z.enum(['care-team', 'family-doctor', 'patient', 'family', 'specialist', 'hospital']);
const UrgencySchema = z.enum(['routine', 'urgent']);
const DirectionSchema = z.enum(['up', 'down']);

/** Free text a machine author may attach to any effect: why, and the source of its numbers. */
const notes = {
  description: z.string().max(500).optional(),
  source: z.string().max(300).optional(),
};

const scheduleContact = {
  type: z.literal('schedule-contact'),
  purpose: SlugSchema,
  within: DurationSchema,
  latest: DurationSchema.optional(),
  channel: EffectChannelSchema.optional(),
};
const scheduleRevisit = {
  type: z.literal('schedule-revisit'),
  purpose: SlugSchema,
  within: DurationSchema,
  latest: DurationSchema.optional(),
  priority: z.enum(['routine', 'priority']).optional(),
};
const regeneratePlan = { type: z.literal('regenerate-plan'), reason: SlugSchema };
const notify = {
  type: z.literal('notify'),
  audience: EffectAudienceSchema,
  topic: SlugSchema,
  urgency: UrgencySchema.optional(),
  within: DurationSchema.optional(),
};
const openReferral = { type: z.literal('open-referral'), direction: DirectionSchema, urgency: UrgencySchema, followUpWithin: DurationSchema };
const closeReferral = { type: z.literal('close-referral'), direction: DirectionSchema };
const cancelFollowUps = { type: z.literal('cancel-follow-ups'), reason: SlugSchema };

/**
 * An effect as a machine definition writes it: a typed descriptor with relative durations. The
 * interpreter turns it into an {@link Effect} with absolute instants computed from the event's
 * `at` (for example `{ type: 'schedule-contact', purpose: 'post-discharge-call', within: 'PT48H' }`
 * applied at `2026-11-23T10:00:00+08:00` is due `2026-11-25T10:00:00+08:00`). `latest`, when
 * given, closes the window and must not be shorter than `within`.
 *
 * @category Lifecycle
 */
export const EffectTemplateSchema = z.discriminatedUnion('type', [
  z.object({ ...scheduleContact, ...notes }).strict(),
  z.object({ ...scheduleRevisit, ...notes }).strict(),
  z.object({ ...regeneratePlan, ...notes }).strict(),
  z.object({ ...notify, ...notes }).strict(),
  z.object({ ...openReferral, ...notes }).strict(),
  z.object({ ...closeReferral, ...notes }).strict(),
  z.object({ ...cancelFollowUps, ...notes }).strict(),
]);

/** @category Lifecycle */
export type EffectTemplate = z.infer<typeof EffectTemplateSchema>;

/** What every emitted effect carries: a stable id, the event that caused it and that event's instant. */
const emitted = {
  id: z.string().min(1),
  eventId: HostIdSchema,
  at: InstantSchema,
};

/**
 * An effect for the host to carry out. `id` is derived from the episode id, the event id and the
 * effect's position (`<episode>/<event>/<index>`, ids URI-encoded), so it is the same every time
 * the event is applied and unique across episodes: a host that receives it twice can de-duplicate. `due` (and `latest`)
 * are absolute instants in the offset of the event's `at`.
 *
 * @category Lifecycle
 */
export const EffectSchema = z.discriminatedUnion('type', [
  z.object({ ...emitted, ...scheduleContact, due: InstantSchema, latest: InstantSchema.optional() }).strict(),
  z.object({ ...emitted, ...scheduleRevisit, due: InstantSchema, latest: InstantSchema.optional() }).strict(),
  z.object({ ...emitted, ...regeneratePlan, plan: PlanKindSchema, state: SlugSchema }).strict(),
  z.object({ ...emitted, ...notify, urgency: UrgencySchema, due: InstantSchema.optional() }).strict(),
  z.object({ ...emitted, ...openReferral, due: InstantSchema }).strict(),
  z.object({ ...emitted, ...closeReferral }).strict(),
  z.object({ ...emitted, ...cancelFollowUps }).strict(),
]);

/**
 * An emitted effect (see {@link EffectSchema}).
 *
 * @category Lifecycle
 */
export type Effect =
  | { readonly id: string; readonly eventId: string; readonly at: Instant; readonly type: 'schedule-contact'; readonly purpose: string; readonly within: Duration; readonly due: Instant; readonly latest?: Instant; readonly channel?: z.infer<typeof EffectChannelSchema> }
  | { readonly id: string; readonly eventId: string; readonly at: Instant; readonly type: 'schedule-revisit'; readonly purpose: string; readonly within: Duration; readonly due: Instant; readonly latest?: Instant; readonly priority?: 'routine' | 'priority' }
  | { readonly id: string; readonly eventId: string; readonly at: Instant; readonly type: 'regenerate-plan'; readonly reason: string; readonly plan: PlanKind; readonly state: string }
  | { readonly id: string; readonly eventId: string; readonly at: Instant; readonly type: 'notify'; readonly audience: z.infer<typeof EffectAudienceSchema>; readonly topic: string; readonly urgency: 'routine' | 'urgent'; readonly within?: Duration; readonly due?: Instant }
  | { readonly id: string; readonly eventId: string; readonly at: Instant; readonly type: 'open-referral'; readonly direction: 'up' | 'down'; readonly urgency: 'routine' | 'urgent'; readonly followUpWithin: Duration; readonly due: Instant }
  | { readonly id: string; readonly eventId: string; readonly at: Instant; readonly type: 'close-referral'; readonly direction: 'up' | 'down' }
  | { readonly id: string; readonly eventId: string; readonly at: Instant; readonly type: 'cancel-follow-ups'; readonly reason: string };
