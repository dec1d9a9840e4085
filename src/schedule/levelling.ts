import { z } from 'zod';
import type { CareError } from '../core/care-error.js';
import { right, type Either } from '../core/either.js';
import { deepFreeze } from '../core/freeze.js';
import { protect } from '../core/protect.js';
import { validate } from '../core/validate.js';
import { CalendarSchema, openDays } from './calendar.js';
import { dayOfIso, isoOfDay } from './civil.js';
import { FollowUpSchema, type FollowUp } from './follow-up.js';

/** Options of `levelCapacity`. @category Schedule */
export const LevelOptionsSchema = z.strictObject({
  /** Follow-ups a clinic can take per day, by clinic id; `default` for clinics not listed. */
  capacity: z.strictObject({
    default: z.number().int().min(0).max(100_000).optional(),
    byClinic: z.record(z.string().min(1).max(128), z.number().int().min(0).max(100_000)).optional(),
  }),
  calendar: CalendarSchema.optional(),
});
/** Options of {@link levelCapacity}. @category Schedule */
export type LevelOptions = z.input<typeof LevelOptionsSchema>;

/** A follow-up levelling could not place within capacity. @category Schedule */
export interface Unplaced {
  readonly followUpId: string;
  readonly clinicId: string;
  readonly reason: 'no-capacity-in-window' | 'urgent-over-capacity';
}

/** The result of {@link levelCapacity}. @category Schedule */
export interface Levelled {
  /** In the order given; moved ones have a `levelled` adjustment. */
  readonly followUps: readonly FollowUp[];
  readonly unplaced: readonly Unplaced[];
  /** Follow-ups per day per clinic after levelling: `{ clinic: { date: count } }`. */
  readonly load: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

const UNASSIGNED = '(none)';

/**
 * Flattens peaks of many patients' follow-ups within each clinic's daily capacity: every
 * follow-up stays inside its window, on an open day of the calendar (when one is given). Urgent
 * follow-ups are placed first and never moved; then the least flexible (narrowest window, then
 * earliest latest day), each on the least-loaded open day of its window with room, nearest its
 * due date on a tie (earlier first). Deterministic: the same input always gives the same plan.
 * A follow-up with no room in its window keeps its date and is reported in `unplaced`.
 *
 * @param followUps - follow-ups (of any patients); `clinicId` groups them (none: one group)
 * @param options - `capacity: { default?, byClinic? }` (per day), `calendar?`
 * @returns `Right({ followUps, unplaced, load })`, deep-frozen, or `Left` for invalid input
 *
 * @example
 * ```ts
 * levelCapacity(threeFollowUpsDueMonday, { capacity: { default: 1 } });
 * // => Right { followUps: [due Monday, moved to Tuesday, moved to the Friday before], unplaced: [], load: { '(none)': { … } } }
 * ```
 * @category Schedule
 */
export function levelCapacity(followUps: unknown, options: unknown): Either<CareError, Levelled> {
  return Object.freeze(protect('levelCapacity', () => {
    const parsedList = validate(z.array(FollowUpSchema).max(1_000_000), followUps, 'Follow-ups');
    if (parsedList._tag === 'Left') return parsedList;
    const parsedOptions = validate(LevelOptionsSchema, options, 'Levelling options');
    if (parsedOptions._tag === 'Left') return parsedOptions;
    const list = parsedList.right;
    const { capacity, calendar } = parsedOptions.right;
    const open = calendar === undefined ? undefined : openDays(calendar);
    const capacityOf = (clinic: string): number => capacity.byClinic?.[clinic] ?? capacity.default ?? Number.POSITIVE_INFINITY;
    const load = new Map<string, Map<number, number>>();
    const loadOf = (clinic: string): Map<number, number> => {
      let map = load.get(clinic);
      if (map === undefined) {
        map = new Map<number, number>();
        load.set(clinic, map);
      }
      return map;
    };
    const placedDay = new Map<number, number>();
    const unplaced: Unplaced[] = [];
    const order = list
      .map((f, index) => ({ f, index, earliest: dayOfIso(f.window.earliest), latest: dayOfIso(f.window.latest), due: dayOfIso(f.due) }))
      .sort(
        (a, b) =>
          Number(b.f.urgent) - Number(a.f.urgent) ||
          a.latest - a.earliest - (b.latest - b.earliest) ||
          a.latest - b.latest ||
          a.due - b.due ||
          (a.f.id < b.f.id ? -1 : a.f.id > b.f.id ? 1 : a.index - b.index),
      );
    for (const item of order) {
      const clinic = item.f.clinicId ?? UNASSIGNED;
      const days = loadOf(clinic);
      const cap = capacityOf(clinic);
      if (item.f.urgent) {
        const count = (days.get(item.due) ?? 0) + 1;
        days.set(item.due, count);
        placedDay.set(item.index, item.due);
        if (count > cap) unplaced.push({ followUpId: item.f.id, clinicId: clinic, reason: 'urgent-over-capacity' });
        continue;
      }
      let best: number | undefined;
      let bestLoad = Number.POSITIVE_INFINITY;
      for (let day = item.earliest; day <= item.latest; day += 1) {
        if (open !== undefined && day !== item.due && !open.isOpen(day)) continue;
        const used = days.get(day) ?? 0;
        if (used >= cap) continue;
        const better =
          best === undefined ||
          used < bestLoad ||
          (used === bestLoad && (Math.abs(day - item.due) < Math.abs(best - item.due) || (Math.abs(day - item.due) === Math.abs(best - item.due) && day < best)));
        if (better) {
          best = day;
          bestLoad = used;
        }
      }
      const day = best ?? item.due;
      if (best === undefined) unplaced.push({ followUpId: item.f.id, clinicId: clinic, reason: 'no-capacity-in-window' });
      days.set(day, (days.get(day) ?? 0) + 1);
      placedDay.set(item.index, day);
    }
    const result = list.map((f, index) => {
      const day = placedDay.get(index) ?? dayOfIso(f.due);
      const to = isoOfDay(day);
      if (to === f.due) return f;
      return {
        ...f,
        due: to,
        adjustments: [
          ...f.adjustments,
          {
            kind: 'levelled' as const,
            from: f.due,
            note: { 'zh-CN': `为均衡门诊容量，由 ${f.due} 调整至 ${to}（仍在随访窗口内）`, en: `Moved from ${f.due} to ${to} to level clinic capacity (inside the window)` },
          },
        ],
      };
    });
    const loadOut: Record<string, Record<string, number>> = {};
    for (const [clinic, days] of [...load.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      loadOut[clinic] = Object.fromEntries([...days.entries()].sort((a, b) => a[0] - b[0]).map(([day, count]) => [isoOfDay(day), count]));
    }
    return right(deepFreeze({ followUps: result, unplaced, load: loadOut }));
  }));
}
