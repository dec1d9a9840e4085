import * as rrulePkg from 'rrule';
import { z } from 'zod';
import { careError, type CareError } from '../core/care-error.js';
import { left, right, type Either } from '../core/either.js';
import { deepFreeze } from '../core/freeze.js';
import { LanguageSchema } from '../core/i18n.js';
import { instantToEpochMs } from '../core/instant.js';
import { isoDateParts, IsoDateSchema, type IsoDate } from '../core/iso-date.js';
import { protect } from '../core/protect.js';
import { validate } from '../core/validate.js';
import { issueParams } from '../core/zod-issues.js';
import { addMonthsDay, dayOfIso, isoOfDay } from './civil.js';
import { expandDays } from './expand.js';
import { CadenceSchema, type Cadence, type CalendarDuration } from './follow-up-policy.js';
import { FollowUpSchema, type FollowUp } from './follow-up.js';

/*
 * rrule is CommonJS (a webpack UMD bundle). A namespace import works everywhere: in plain Node
 * ESM its members sit on `default` (module.exports), in tsup's CJS output and in bundlers they
 * are copied onto the namespace itself.
 */
type RRuleModule = typeof import('rrule');
const namespace = rrulePkg as unknown as RRuleModule & { readonly default?: RRuleModule };
const rrule: RRuleModule = (namespace as { readonly RRule?: unknown }).RRule !== undefined ? namespace : (namespace.default ?? namespace);

/** One RFC 5545 recurrence component: a DTSTART with an RRULE, or a list of RDATEs. @category Schedule */
export interface RecurrenceComponent {
  /** First occurrence, `YYYY-MM-DD`. */
  readonly dtstart: IsoDate;
  /** The RRULE value (without `RRULE:`), when the dates follow a rule. */
  readonly rrule?: string;
  /** Explicit dates, when they do not (offset lists). */
  readonly rdates?: readonly IsoDate[];
  /** The text lines for an iCalendar component: `DTSTART;VALUE=DATE:...`, `RRULE:...` or `RDATE;VALUE=DATE:...`. */
  readonly lines: readonly string[];
}

function basicDate(date: IsoDate): string {
  return date.replace(/-/g, '');
}

function monthsOf(duration: CalendarDuration): number | undefined {
  if (duration.value === 0) return 0;
  return duration.unit === 'month' ? duration.value : duration.unit === 'year' ? duration.value * 12 : undefined;
}
function daysOf(duration: CalendarDuration): number | undefined {
  if (duration.value === 0) return 0;
  return duration.unit === 'day' ? duration.value : duration.unit === 'week' ? duration.value * 7 : undefined;
}

/**
 * RRULE parts of a step from an anchor day of month. A clinic's month from the 29th, 30th or 31st
 * ends on the month's last day when the month is shorter (28 February), where RFC 5545's plain
 * MONTHLY rule would skip the month: it is written `BYMONTHDAY=28,29,...,d;BYSETPOS=-1`, the last
 * existing day among 28..d of each month. Yearly from 29 February likewise: `BYMONTH=2;
 * BYMONTHDAY=28,29;BYSETPOS=-1`.
 */
function ruleFor(step: CalendarDuration, anchorDay: number, anchorMonth: number, count?: number, until?: IsoDate): string {
  const { Frequency, RRule } = rrule;
  const options: Partial<import('rrule').Options> = {};
  const months = monthsOf(step);
  if (months === undefined) {
    options.freq = step.unit === 'week' ? Frequency.WEEKLY : Frequency.DAILY;
    options.interval = step.value;
  } else if (months % 12 === 0) {
    options.freq = Frequency.YEARLY;
    options.interval = months / 12;
    if (anchorMonth === 2 && anchorDay === 29) {
      options.bymonth = [2];
      options.bymonthday = [28, 29];
      options.bysetpos = [-1];
    }
  } else {
    options.freq = Frequency.MONTHLY;
    options.interval = months;
    if (anchorDay >= 29) {
      options.bymonthday = Array.from({ length: anchorDay - 27 }, (_, index) => 28 + index);
      options.bysetpos = [-1];
    }
  }
  if (count !== undefined) options.count = count;
  const text = RRule.optionsToString(options).replace(/^RRULE:/, '');
  // UNTIL has the value type of DTSTART (RFC 5545 3.3.10): a DATE for all-day series.
  return until === undefined ? text : `${text};UNTIL=${basicDate(until)}`;
}

function component(dtstart: IsoDate, rule: string | undefined, rdates: readonly IsoDate[] | undefined): RecurrenceComponent {
  const lines = [`DTSTART;VALUE=DATE:${basicDate(dtstart)}`];
  if (rule !== undefined) lines.push(`RRULE:${rule}`);
  if (rdates !== undefined && rdates.length > 0) lines.push(`RDATE;VALUE=DATE:${rdates.map(basicDate).join(',')}`);
  return { dtstart, ...(rule === undefined ? {} : { rrule: rule }), ...(rdates === undefined ? {} : { rdates }), lines };
}

/** The number of occurrences of a phased cadence per phase, by expanding it (bounded). */
function components(cadence: Cadence, anchor: IsoDate): RecurrenceComponent[] | undefined {
  const parts = isoDateParts(anchor);
  if (parts === undefined) return undefined;
  const anchorDay = dayOfIso(anchor);
  if (cadence.kind === 'offsets') {
    const expanded = expandDays(cadence, anchor, anchorDay - 400_000, anchorDay + 400_000, 1000);
    const dates = (expanded?.days ?? []).map(isoOfDay);
    const first = dates[0];
    return first === undefined ? [] : [component(first, undefined, dates.slice(1))];
  }
  if (cadence.kind === 'every') {
    const start = cadence.start ?? cadence.every;
    const stepMonths = monthsOf(cadence.every);
    const startMonths = monthsOf(start);
    const startDays = daysOf(start);
    if ((stepMonths !== undefined && startMonths === undefined) || (stepMonths === undefined && startDays === undefined)) return undefined;
    const first = stepMonths !== undefined ? addMonthsDay(parts.year, parts.month, parts.day, startMonths ?? 0) : anchorDay + (startDays ?? 0);
    return [component(isoOfDay(first), ruleFor(cadence.every, parts.day, parts.month, cadence.count, cadence.until), undefined)];
  }
  // Phases: one component per phase, each with the count of its occurrences.
  const all = expandDays(cadence, anchor, anchorDay, anchorDay + 73_050, 100_000);
  if (all === undefined) return undefined;
  const result: RecurrenceComponent[] = [];
  let startMonths = 0;
  let startDays = 0;
  let taken = 0;
  for (const [index, phase] of cadence.phases.entries()) {
    const phaseStart = addMonthsDay(parts.year, parts.month, parts.day, startMonths) + startDays;
    const end =
      phase.for === undefined
        ? Number.POSITIVE_INFINITY
        : addMonthsDay(parts.year, parts.month, parts.day, startMonths + (monthsOf(phase.for) ?? 0)) + startDays + (daysOf(phase.for) ?? 0);
    const days = all.days.slice(taken).filter((day) => day > phaseStart && day <= end);
    taken += days.length;
    const firstDay = days[0];
    if (firstDay === undefined) break;
    const stepMonths = monthsOf(phase.every);
    // Month phases starting on a day other than the anchor's cannot be written as one rule; list them.
    if (stepMonths !== undefined && startDays !== 0) {
      result.push(component(isoOfDay(firstDay), undefined, days.slice(1).map(isoOfDay)));
    } else {
      const last = index === cadence.phases.length - 1 && phase.for === undefined;
      const rule = ruleFor(phase.every, parts.day, parts.month, last && cadence.count === undefined && cadence.until === undefined ? undefined : days.length, undefined);
      result.push(component(isoOfDay(firstDay), last && cadence.until !== undefined && cadence.count === undefined ? `${rule};UNTIL=${basicDate(cadence.until)}` : rule, undefined));
    }
    if (phase.for === undefined) break;
    startMonths += monthsOf(phase.for) ?? 0;
    startDays += daysOf(phase.for) ?? 0;
  }
  return result;
}

/**
 * RFC 5545 recurrence text of a cadence anchored on a date: one component per phase (an offsets
 * list becomes RDATEs). Monthly from the 29th-31st is written
 * `FREQ=MONTHLY;BYMONTHDAY=28,...,d;BYSETPOS=-1` so that short months get their last day, as
 * carepath's expander does (RFC 5545's plain MONTHLY would skip them).
 *
 * @param cadence - a {@link CadenceSchema} value
 * @param anchor - the anchor date
 * @returns `Right(RecurrenceComponent[])`, or `Left` (`invalid-input`; `not-applicable` when the
 *   cadence mixes a day offset with a month step, which one rule cannot express)
 *
 * @example
 * ```ts
 * cadenceToRRule({ kind: 'every', every: { value: 1, unit: 'month' }, start: { value: 0, unit: 'day' }, count: 4 }, '2026-01-31');
 * // => Right [{ dtstart: '2026-01-31', rrule: 'FREQ=MONTHLY;INTERVAL=1;BYSETPOS=-1;BYMONTHDAY=28,29,30,31;COUNT=4',
 * //             lines: ['DTSTART;VALUE=DATE:20260131', 'RRULE:FREQ=MONTHLY;INTERVAL=1;BYSETPOS=-1;BYMONTHDAY=28,29,30,31;COUNT=4'] }]
 * ```
 * @category Schedule
 */
export function cadenceToRRule(cadence: unknown, anchor: unknown): Either<CareError, readonly RecurrenceComponent[]> {
  return Object.freeze(protect('cadenceToRRule', () => {
    const parsed = validate(CadenceSchema, cadence, 'Cadence');
    if (parsed._tag === 'Left') return parsed;
    const date = validate(IsoDateSchema, anchor, 'Anchor');
    if (date._tag === 'Left') return date;
    const result = components(parsed.right, date.right);
    if (result === undefined) {
      return left(careError('not-applicable', 'Cadence has no RRULE form', [{ path: ['cadence', 'start'], code: 'not-applicable', message: 'a day offset before a month step cannot be written as one RRULE; list the dates instead' }]));
    }
    return right(deepFreeze(result));
  }));
}

/* ---------------------------------------------------------------- iCalendar ---------------- */

/** Escapes TEXT values (RFC 5545 3.3.11): backslash, semicolon, comma, newline. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** Folds a content line at 75 octets (RFC 5545 3.1), never inside a UTF-8 sequence. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    const limit = out.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** Options of `toICalendar`. @category Schedule */
export const ICalOptionsSchema = z.strictObject({
  /** DTSTAMP: the instant the document is produced at (never the clock). */
  asOf: z.string().superRefine((text, ctx) => {
    if (isoDateParts(text) === undefined && instantToEpochMs(text)._tag === 'Left') {
      ctx.addIssue({ code: 'custom', message: 'must be a calendar date YYYY-MM-DD or an instant with an offset', params: issueParams('invalid-date') });
    }
  }),
  language: LanguageSchema.optional(),
  calendarName: z.string().min(1).max(200).optional(),
});
/** Options of {@link toICalendar}. @category Schedule */
export type ICalendarOptions = z.input<typeof ICalOptionsSchema>;

function utcBasic(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

const CHANNEL_NAMES = {
  app: { 'zh-CN': 'APP', en: 'app' },
  phone: { 'zh-CN': '电话', en: 'phone' },
  sms: { 'zh-CN': '短信', en: 'SMS' },
  'home-visit': { 'zh-CN': '上门', en: 'home visit' },
  'in-person': { 'zh-CN': '门诊', en: 'in person' },
} as const;

/**
 * An iCalendar (RFC 5545) document of follow-ups: one all-day VEVENT per follow-up (UID from
 * its deterministic id, DTSTAMP from `asOf`, never the clock) with a VALARM at the reminder
 * instant. Lines end in CRLF and are folded at 75 octets; text is escaped.
 *
 * @param followUps - follow-ups as {@link scheduleFollowUps} returned them
 * @param options - `asOf` (DTSTAMP), `language` (default zh-CN), `calendarName`
 * @returns `Right(text)`, or `Left` for invalid input
 *
 * @example
 * ```ts
 * toICalendar(schedule.followUps, { asOf: '2026-11-23T09:00:00+08:00', language: 'en' });
 * // => Right 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//carepath//schedule//EN\r\n…BEGIN:VEVENT\r\nUID:…@carepath\r\nDTSTAMP:20261123T010000Z\r\nDTSTART;VALUE=DATE:20261223\r\n…'
 * ```
 * @category Schedule
 */
export function toICalendar(followUps: unknown, options: unknown): Either<CareError, string> {
  return Object.freeze(protect('toICalendar', () => {
    const list = validate(z.array(FollowUpSchema).max(100_000), followUps, 'Follow-ups');
    if (list._tag === 'Left') return list;
    const opts = validate(ICalOptionsSchema, options, 'iCalendar options');
    if (opts._tag === 'Left') return opts;
    const language = opts.right.language ?? 'zh-CN';
    const stampMs = isoDateParts(opts.right.asOf) !== undefined ? dayOfIso(opts.right.asOf) * 86_400_000 : instantToEpochMs(opts.right.asOf);
    const stamp = utcBasic(typeof stampMs === 'number' ? stampMs : stampMs._tag === 'Right' ? stampMs.right : 0);
    const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//carepath//schedule//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
    if (opts.right.calendarName !== undefined) lines.push(`X-WR-CALNAME:${escapeText(opts.right.calendarName)}`);
    for (const f of list.right as readonly FollowUp[]) {
      const reminder = instantToEpochMs(f.reminder.at);
      const channel = CHANNEL_NAMES[f.channel][language];
      const description = [
        f.purpose[language],
        `${language === 'zh-CN' ? '方式' : 'Channel'}: ${channel}${f.largePrint ? (language === 'zh-CN' ? '（大字版）' : ' (large print)') : ''}`,
        `${language === 'zh-CN' ? '原因' : 'Reason'}: ${f.channelReason.text[language]}`,
        `${language === 'zh-CN' ? '窗口' : 'Window'}: ${f.window.earliest} .. ${f.window.latest}`,
        ...f.adjustments.map((a) => a.note[language]),
      ].join('\n');
      lines.push(
        'BEGIN:VEVENT',
        `UID:${f.id}@carepath`,
        `DTSTAMP:${stamp}`,
        `DTSTART;VALUE=DATE:${basicDate(f.due)}`,
        `DTEND;VALUE=DATE:${basicDate(isoOfDay(dayOfIso(f.due) + 1))}`,
        `SUMMARY:${escapeText(f.purpose[language])}`,
        `DESCRIPTION:${escapeText(description)}`,
        `CATEGORIES:${escapeText(f.channel)}`,
        ...(f.urgent ? ['PRIORITY:1'] : []),
        'TRANSP:TRANSPARENT',
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        `TRIGGER;VALUE=DATE-TIME:${utcBasic(reminder._tag === 'Right' ? reminder.right : 0)}`,
        `DESCRIPTION:${escapeText(f.purpose[language])}`,
        'END:VALARM',
        'END:VEVENT',
      );
    }
    lines.push('END:VCALENDAR');
    return right(lines.map(foldLine).join('\r\n') + '\r\n');
  }));
}
