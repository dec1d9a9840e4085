import { z } from 'zod';
import { IsoDateSchema, type IsoDate } from '../core/iso-date.js';
import type { Localized } from '../core/i18n.js';
import { dayOfIso, isoOfDay, isoWeekday } from './civil.js';
import { ScheduleSlugSchema } from './follow-up-policy.js';
import type { FollowUpWindow, ScheduleAdjustment } from './follow-up.js';

/**
 * A clinic calendar as data: the weekdays it is closed (ISO 1 = Monday ... 7 = Sunday; default
 * Saturday and Sunday), public holidays (closed), and make-up working days (调休: open although
 * they fall on a closed weekday). A date in both `holidays` and `workdays` is closed.
 *
 * @example
 * ```ts
 * const calendar: CalendarInput = { closedWeekdays: [6, 7], holidays: ['2026-10-01'], workdays: ['2026-09-27'] };
 * ```
 * @category Schedule
 */
export const CalendarSchema = z.strictObject({
  id: ScheduleSlugSchema.optional(),
  closedWeekdays: z.array(z.number().int().min(1).max(7)).max(7).optional(),
  holidays: z.array(IsoDateSchema).max(20_000).optional(),
  workdays: z.array(IsoDateSchema).max(20_000).optional(),
});
/** @category Schedule */
export type Calendar = z.output<typeof CalendarSchema>;
/** @category Schedule */
export type CalendarInput = z.input<typeof CalendarSchema>;

/** A calendar prepared for fast look-ups. */
export interface OpenDays {
  isOpen(day: number): boolean;
}

/** Saturday and Sunday: the default closed weekdays of a clinic calendar (carepath's default). */
const DEFAULT_CLOSED_WEEKDAYS: readonly number[] = [6, 7];

/** Prepares a validated calendar; `undefined` means every day is open. */
export function openDays(calendar: Calendar | undefined): OpenDays {
  if (calendar === undefined) return { isOpen: () => true };
  const closedWeekdays = new Set(calendar.closedWeekdays ?? DEFAULT_CLOSED_WEEKDAYS);
  const holidays = new Set((calendar.holidays ?? []).map(dayOfIso));
  const workdays = new Set((calendar.workdays ?? []).map(dayOfIso));
  return {
    isOpen(day: number): boolean {
      if (holidays.has(day)) return false;
      if (workdays.has(day)) return true;
      return !closedWeekdays.has(isoWeekday(day));
    },
  };
}

const MOVED: (from: IsoDate, to: IsoDate) => Localized = (from, to) => ({
  'zh-CN': `原定 ${from} 为休息日，已调整至窗口内最近的工作日 ${to}`,
  en: `${from} is a closed day; moved to the nearest open day in the window, ${to}`,
});
const NO_OPEN_DAY: (from: IsoDate) => Localized = (from) => ({
  'zh-CN': `${from} 为休息日，且随访窗口内没有工作日：保留原日期，请人工安排`,
  en: `${from} is a closed day and the window has no open day: kept on its date, needs manual booking`,
});
const URGENT_KEPT: (from: IsoDate) => Localized = (from) => ({
  'zh-CN': `${from} 为休息日，但紧急随访不顺延`,
  en: `${from} is a closed day, but an urgent follow-up is never deferred`,
});

/**
 * Moves a due date off a closed day to the nearest open day inside the window (ties go to the
 * earlier day, which never delays care). Urgent follow-ups keep their date; with no open day in
 * the window the date is kept and flagged, never moved outside the window.
 */
export function adjustToCalendar(
  due: IsoDate,
  window: FollowUpWindow,
  urgent: boolean,
  open: OpenDays,
): { readonly due: IsoDate; readonly adjustment?: ScheduleAdjustment } {
  const day = dayOfIso(due);
  if (open.isOpen(day)) return { due };
  if (urgent) return { due, adjustment: { kind: 'urgent-kept', from: due, note: URGENT_KEPT(due) } };
  const earliest = dayOfIso(window.earliest);
  const latest = dayOfIso(window.latest);
  for (let distance = 1; day - distance >= earliest || day + distance <= latest; distance += 1) {
    for (const candidate of [day - distance, day + distance]) {
      if (candidate >= earliest && candidate <= latest && open.isOpen(candidate)) {
        const to = isoOfDay(candidate);
        return { due: to, adjustment: { kind: 'moved', from: due, note: MOVED(due, to) } };
      }
    }
  }
  return { due, adjustment: { kind: 'no-open-day', from: due, note: NO_OPEN_DAY(due) } };
}
