import { z } from 'zod';
import type { CareError } from '../core/care-error.js';
import { deterministicId } from '../core/deterministic-id.js';
import { right, type Either } from '../core/either.js';
import { deepFreeze } from '../core/freeze.js';
import { instantToEpochMs } from '../core/instant.js';
import { isoDateParts, IsoDateSchema, type IsoDate } from '../core/iso-date.js';
import { protect } from '../core/protect.js';
import { validate } from '../core/validate.js';
import { issueParams } from '../core/zod-issues.js';
import { dayOfIso, isoOfDay } from './civil.js';
import { FollowUpSchema, type FollowUp } from './follow-up.js';
import { resolveWallTime } from './reminder.js';

/** The state of a follow-up at a point in time. @category Schedule */
export type FollowUpState = 'upcoming' | 'due' | 'overdue' | 'missed' | 'completed';

/**
 * A contact that took place: on a date (or at an instant, read on its own offset's calendar),
 * optionally naming the follow-up it fulfils.
 *
 * @category Schedule
 */
export const ContactSchema = z.strictObject({
  id: z.string().min(1).max(128),
  date: IsoDateSchema,
  followUpId: z.string().min(1).max(128).optional(),
});
/** @category Schedule */
export type Contact = z.infer<typeof ContactSchema>;

const AsOfSchema = z.string().superRefine((text, ctx) => {
  if (isoDateParts(text) === undefined && instantToEpochMs(text)._tag === 'Left') {
    ctx.addIssue({ code: 'custom', message: 'must be a calendar date YYYY-MM-DD or an instant with an offset', params: issueParams('invalid-date') });
  }
});

const StatusInputSchema = z.strictObject({
  followUps: z.array(FollowUpSchema).max(100_000),
  contacts: z.array(ContactSchema).max(100_000),
  asOf: AsOfSchema,
});

/** The status of one follow-up. @category Schedule */
export interface FollowUpStatus {
  readonly followUpId: string;
  readonly patientId: string;
  readonly state: FollowUpState;
  /** Days past the due date (0 unless overdue or missed). */
  readonly daysOverdue: number;
  /** The contact that completed it. */
  readonly contactId?: string;
}

/** A lifecycle event, ready for the lifecycle module's applyEvent. @category Schedule */
export interface FollowUpMissedEvent {
  readonly id: string;
  readonly type: 'follow-up-missed';
  readonly at: string;
  readonly payload: { readonly contactId: string };
}

/** The result of {@link followUpStatus}. @category Schedule */
export interface FollowUpStatusReport {
  readonly asOf: IsoDate;
  /** In the order of the follow-ups given. */
  readonly statuses: readonly FollowUpStatus[];
  /**
   * One `follow-up-missed` event per missed follow-up, sorted by instant: `at` is the start of the
   * day after the window closed, in the follow-up's reminder zone; `payload.contactId` is the
   * follow-up's id (the default care machine's payload spec: `{ contactId?: string }`).
   */
  readonly events: readonly FollowUpMissedEvent[];
}

/** An asOf date or instant read as a calendar date (an instant on its own offset's calendar). */
function asOfDate(asOf: string): IsoDate {
  return isoDateParts(asOf) !== undefined ? asOf : asOf.slice(0, 10);
}

function statusesOf(followUps: readonly FollowUp[], contacts: readonly Contact[], asOf: IsoDate): FollowUpStatus[] {
  const today = dayOfIso(asOf);
  const used = new Set<string>();
  const byFollowUp = new Map<string, Contact>();
  for (const contact of contacts) {
    if (contact.followUpId !== undefined && !byFollowUp.has(contact.followUpId) && contact.date <= asOf) {
      byFollowUp.set(contact.followUpId, contact);
      used.add(contact.id);
    }
  }
  // Contacts that name no follow-up complete the earliest open follow-up of the same patient whose
  // window holds their date (each contact completes one follow-up). Contacts carry no patient id:
  // the lists are one patient's, or contacts name their follow-up.
  const free = contacts.filter((c) => c.followUpId === undefined && c.date <= asOf).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
  const order = followUps.map((f, index) => ({ f, index })).sort((a, b) => (a.f.due < b.f.due ? -1 : a.f.due > b.f.due ? 1 : a.index - b.index));
  const matched = new Map<number, Contact>();
  for (const { f, index } of order) {
    const named = byFollowUp.get(f.id);
    if (named !== undefined) {
      matched.set(index, named);
      continue;
    }
    const contact = free.find((c) => !used.has(c.id) && c.date >= f.window.earliest && c.date <= f.window.latest);
    if (contact !== undefined) {
      used.add(contact.id);
      matched.set(index, contact);
    }
  }
  return followUps.map((f, index) => {
    const contact = matched.get(index);
    if (contact !== undefined) return { followUpId: f.id, patientId: f.patientId, state: 'completed', daysOverdue: 0, contactId: contact.id };
    const due = dayOfIso(f.due);
    const state: FollowUpState = today < dayOfIso(f.window.earliest) ? 'upcoming' : today <= due ? 'due' : today <= dayOfIso(f.window.latest) ? 'overdue' : 'missed';
    return { followUpId: f.id, patientId: f.patientId, state, daysOverdue: Math.max(0, today - due) };
  });
}

function missedEvent(f: FollowUp): FollowUpMissedEvent {
  const at = resolveWallTime(isoOfDay(dayOfIso(f.window.latest) + 1), 0, f.reminder.timeZone).instant;
  return { id: deterministicId('follow-up-missed', f.id), type: 'follow-up-missed', at, payload: { contactId: f.id } };
}

/**
 * The status of each follow-up at `asOf`, given the contacts that took place:
 * - `completed`: a contact names it (`followUpId`), or a contact without a follow-up id falls in
 *   its window (earliest follow-up first, each contact used once);
 * - `upcoming`: before its window; `due`: from the window's first day to the due date;
 * - `overdue`: after the due date, window still open; `missed`: after the window's last day.
 * Missed follow-ups also produce `follow-up-missed` lifecycle events, ready for applyEvent.
 *
 * @param followUps - follow-ups as {@link scheduleFollowUps} returned them
 * @param contacts - `{ id, date, followUpId? }[]`; contacts after asOf are ignored
 * @param asOf - a date, or an instant (read on its own offset's calendar)
 * @returns `Right({ asOf, statuses, events })`, deep-frozen, or `Left` for invalid input
 *
 * @example
 * ```ts
 * followUpStatus([followUp], [], '2026-12-31');   // window 2026-12-16 .. 2026-12-30
 * // => Right { asOf: '2026-12-31', statuses: [{ followUpId, state: 'missed', daysOverdue: 8, … }],
 * //      events: [{ id: '…uuid…', type: 'follow-up-missed', at: '2026-12-31T00:00:00+08:00', payload: { contactId: followUpId } }] }
 * ```
 * @category Schedule
 */
export function followUpStatus(followUps: unknown, contacts: unknown, asOf: unknown): Either<CareError, FollowUpStatusReport> {
  return Object.freeze(protect('followUpStatus', () => {
    const parsed = validate(StatusInputSchema, { followUps, contacts, asOf }, 'Follow-up status input');
    if (parsed._tag === 'Left') return parsed;
    const day = asOfDate(parsed.right.asOf);
    const statuses = statusesOf(parsed.right.followUps, parsed.right.contacts, day);
    const events = parsed.right.followUps
      .filter((_, index) => statuses[index]?.state === 'missed')
      .map(missedEvent)
      .sort((a, b) => {
        const x = instantToEpochMs(a.at);
        const y = instantToEpochMs(b.at);
        const dx = x._tag === 'Right' ? x.right : 0;
        const dy = y._tag === 'Right' ? y.right : 0;
        return dx - dy || (a.id < b.id ? -1 : 1);
      });
    return right(deepFreeze({ asOf: day, statuses, events }));
  }));
}

/** One entry of {@link overdueList}. @category Schedule */
export interface OverdueEntry {
  readonly followUp: FollowUp;
  readonly state: 'overdue' | 'missed';
  readonly daysOverdue: number;
}

const TIER_RANK: Readonly<Record<string, number>> = { acute: 4, chronic: 3, 'high-risk': 2, healthy: 1 };

/**
 * The follow-ups overdue or missed at `asOf`, for a work list: sorted by risk (urgent first, then
 * tier: acute, chronic, high-risk, healthy, unknown last), then by days overdue (most first), then
 * by due date and id (deterministic).
 *
 * @param followUps - follow-ups of any number of patients
 * @param contacts - the contacts that took place
 * @param asOf - a date or an instant
 * @returns `Right(OverdueEntry[])`, deep-frozen, or `Left` for invalid input
 *
 * @example
 * ```ts
 * overdueList(followUps, contacts, '2027-01-10');
 * // => Right [{ followUp: { urgent: true, tier: 'chronic', … }, state: 'overdue', daysOverdue: 3 },
 * //           { followUp: { urgent: false, tier: 'chronic', … }, state: 'missed', daysOverdue: 20 }, …]
 * ```
 * @category Schedule
 */
export function overdueList(followUps: unknown, contacts: unknown, asOf: unknown): Either<CareError, readonly OverdueEntry[]> {
  return Object.freeze(protect('overdueList', () => {
    const parsed = validate(StatusInputSchema, { followUps, contacts, asOf }, 'Overdue list input');
    if (parsed._tag === 'Left') return parsed;
    const list = parsed.right.followUps;
    const statuses = statusesOf(list, parsed.right.contacts, asOfDate(parsed.right.asOf));
    const entries: OverdueEntry[] = [];
    statuses.forEach((status, index) => {
      const followUp = list[index];
      if (followUp !== undefined && (status.state === 'overdue' || status.state === 'missed')) entries.push({ followUp, state: status.state, daysOverdue: status.daysOverdue });
    });
    entries.sort(
      (a, b) =>
        Number(b.followUp.urgent) - Number(a.followUp.urgent) ||
        (TIER_RANK[b.followUp.tier ?? ''] ?? 0) - (TIER_RANK[a.followUp.tier ?? ''] ?? 0) ||
        b.daysOverdue - a.daysOverdue ||
        (a.followUp.due < b.followUp.due ? -1 : a.followUp.due > b.followUp.due ? 1 : a.followUp.id < b.followUp.id ? -1 : a.followUp.id > b.followUp.id ? 1 : 0),
    );
    return right(deepFreeze(entries));
  }));
}
