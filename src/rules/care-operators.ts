import type { PathSegment } from '../core/care-error.js';
import { instantToEpochMs } from '../core/instant.js';
import { epochDay, isoDateParts } from '../core/iso-date.js';
import { isTimeZone, zoneOffsetMinutes } from '../core/time-zone.js';
import type { BuildEnv, EvalContext, Node } from './node.js';
import { truthy } from './node.js';
import { ownData } from './facts-check.js';
import { spend } from './standard-operators.js';
import { fault } from './rule-fault.js';

/*
 * carepath's care operators (docs/rules.md, "Care operators"). They read the facts given to
 * evaluateRule (`asOf`, `observations`, `timeZone`), never the current element of map/filter,
 * and they fail with a Left (never a guess) when the facts they need are malformed.
 */

type Builder = (env: BuildEnv) => Node;

const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;

/** The zone in which `consecutive` counts calendar days when the facts name none (docs/rules.md). */
const DEFAULT_TIME_ZONE = 'UTC';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property, never an inherited one. */
function own(record: Record<string, unknown>, key: string, path: readonly PathSegment[]): unknown {
  // Own data properties only: a getter in the facts is never called (see ownData).
  return ownData(record, key, path);
}

/** A reading as `readings` returns it. */
interface Reading {
  readonly code: string;
  readonly value: number;
  readonly unit: string;
  readonly effective: string;
}

/** A calendar date (`YYYY-MM-DD`) or an instant's own local date, as days since 1970-01-01; null when absent. */
function dayNumber(value: unknown, env: BuildEnv, index: number): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') {
    if (isoDateParts(value) !== undefined) return epochDay(value);
    // An instant counts on the calendar of its own offset: 2026-03-01T23:30:00+08:00 is 1 March.
    if (instantToEpochMs(value)._tag === 'Right') return epochDay(value.slice(0, 10));
  }
  return fault('invalid-time', 'invalid-date', env.argPath(index), 'days_between takes calendar dates (YYYY-MM-DD) or instants with an offset');
}

const buildDaysBetween: Builder = (env) => {
  const a = env.build(0);
  const b = env.build(1);
  return (data, context) => {
    const from = dayNumber(a(data, context), env, 0);
    const to = dayNumber(b(data, context), env, 1);
    return from === null || to === null ? null : to - from;
  };
};

function factsRecord(context: EvalContext, env: BuildEnv): Record<string, unknown> {
  const facts = context.root;
  if (!isRecord(facts)) return fault('invalid-input', 'invalid-type', env.path, `${env.operator} needs facts that are an object`);
  return facts;
}

const buildReadings: Builder = (env) => {
  const codeNode = env.build(0);
  const windowNode = env.build(1);
  const limit = env.limits.maxEvaluatedArrayLength;
  return (data, context) => {
    const code = codeNode(data, context);
    const days = windowNode(data, context);
    if (typeof code !== 'string') fault('invalid-rule', 'invalid-type', env.argPath(0), 'readings code must be a string');
    if (typeof days !== 'number' || !Number.isFinite(days) || days <= 0) {
      fault('invalid-rule', 'invalid-value', env.argPath(1), 'readings window must be a positive number of days');
    }
    const facts = factsRecord(context, env);
    const asOfText = own(facts, 'asOf', env.path);
    if (asOfText === undefined || asOfText === null) fault('invalid-input', 'required', env.path, 'readings needs facts.asOf, an instant with an offset');
    const asOf = instantToEpochMs(asOfText);
    if (asOf._tag === 'Left') return fault('invalid-input', 'invalid-instant', env.path, 'readings needs facts.asOf to be an instant with an offset');
    const observations = own(facts, 'observations', env.path);
    if (observations === undefined || observations === null) return [];
    if (!Array.isArray(observations)) return fault('invalid-input', 'invalid-type', env.path, 'readings needs facts.observations to be a list');
    const end = asOf.right;
    const start = end - days * MS_PER_DAY;
    const found: { readonly reading: Reading; readonly at: number; readonly index: number }[] = [];
    (observations as readonly unknown[]).forEach((item, index) => {
      const where = `facts.observations[${index}]`;
      if (!isRecord(item)) fault('invalid-input', 'invalid-type', env.path, `${where} must be an object`);
      if (own(item, 'code', env.path) !== code) return;
      const value = own(item, 'value', env.path);
      const unit = own(item, 'unit', env.path);
      const effective = own(item, 'effective', env.path);
      if (typeof value !== 'number' || !Number.isFinite(value)) fault('invalid-input', 'invalid-type', env.path, `${where}.value must be a finite number`);
      if (typeof unit !== 'string') fault('invalid-input', 'invalid-type', env.path, `${where}.unit must be a string`);
      const at = instantToEpochMs(effective);
      if (at._tag === 'Left') return fault('invalid-input', 'invalid-instant', env.path, `${where}.effective must be an instant with an offset`);
      // The window is (asOf - windowDays x 24 h, asOf]: exactly windowDays long, future readings excluded.
      if (at.right > start && at.right <= end) found.push({ reading: { code, value, unit, effective: effective as string }, at: at.right, index });
    });
    if (found.length > limit) fault('invalid-rule', 'too-big', env.path, `readings would produce more than ${limit} items (limit maxEvaluatedArrayLength)`);
    found.sort((x, y) => x.at - y.at || x.index - y.index);
    return found.map((entry) => entry.reading);
  };
};

/** The numbers of a list of numbers or readings (objects with a numeric `value`); null is an empty list. */
function numbersOf(list: unknown, env: BuildEnv): number[] {
  if (list === null || list === undefined) return [];
  if (!Array.isArray(list)) return fault('invalid-input', 'invalid-type', env.argPath(0), `${env.operator} takes a list of numbers or readings`);
  return (list as readonly unknown[]).map((item) => {
    const value = isRecord(item) ? own(item, 'value', env.argPath(0)) : item;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return fault('invalid-input', 'invalid-type', env.argPath(0), `${env.operator} takes a list of finite numbers or readings with a numeric value`);
    }
    return value;
  });
}

function mean(values: readonly number[]): number {
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/**
 * Coefficient of variation, SD / mean, as a fraction (0.36 is 36 %), with the sample standard
 * deviation (n - 1 denominator). The readings of a care episode are a sample of the patient's
 * ongoing glucose (or other) process, not the whole population of values, so the unbiased
 * (Bessel-corrected) variance is the one to use; it is also what R's sd() and spreadsheet
 * STDEV.S compute, so a clinician re-checking a figure gets the same number. CV as SD/mean is
 * the glycaemic-variability metric of the International Consensus on Use of Continuous Glucose
 * Monitoring (Danne et al., Diabetes Care 2017;40(12):1631-1640, "Glycemic variability").
 * Fewer than two values, or a mean of 0, give null.
 */
function coefficientOfVariation(values: readonly number[]): number | null {
  if (values.length < 2) return null;
  const average = mean(values);
  if (average === 0) return null;
  let squares = 0;
  for (const value of values) squares += (value - average) ** 2;
  return Math.sqrt(squares / (values.length - 1)) / average;
}

function aggregate(compute: (values: readonly number[]) => number | null): Builder {
  return (env) => {
    const list = env.build(0);
    return (data, context) => compute(numbersOf(list(data, context), env));
  };
}

const buildCount: Builder = (env) => {
  const list = env.build(0);
  return (data, context) => {
    const value = list(data, context);
    if (value === null || value === undefined) return 0;
    if (!Array.isArray(value)) return fault('invalid-input', 'invalid-type', env.argPath(0), 'count takes a list');
    return value.length;
  };
};

/**
 * The local calendar date of an epoch instant in a zone already checked with isTimeZone. This is
 * core's localDateOf without its per-call zone check, which builds an Intl.DateTimeFormat
 * (about 100 us); consecutive checks the zone once per evaluation instead. test/rules proves the
 * two agree.
 */
export function localDateInZone(epochMs: number, zone: string): string {
  const offset = zoneOffsetMinutes(zone, epochMs);
  return new Date(epochMs + offset * MS_PER_MINUTE).toISOString().slice(0, 10);
}

function timeZoneOf(context: EvalContext, env: BuildEnv): string {
  const zone = own(factsRecord(context, env), 'timeZone', env.path);
  if (zone === undefined || zone === null) return DEFAULT_TIME_ZONE;
  if (typeof zone !== 'string' || !isTimeZone(zone)) return fault('invalid-input', 'invalid-time-zone', env.path, 'consecutive needs facts.timeZone to be an IANA time zone name');
  return zone;
}

type Aggregate = 'any' | 'all' | 'mean';

/**
 * Whether one calendar day qualifies. `any` (the default): at least one reading that day meets
 * the condition; `all`: every reading does; `mean`: the condition is applied once, to
 * `{ code, unit, value: mean of the day's values, date, count }`.
 */
function dayQualifies(group: readonly unknown[], date: string, how: Aggregate, condition: Node, context: EvalContext, env: BuildEnv): boolean {
  if (how === 'any') return group.some((item) => truthy(condition(item, context)));
  if (how === 'all') return group.every((item) => truthy(condition(item, context)));
  const values = numbersOf(group, env);
  const first = group[0];
  const head = isRecord(first) ? first : {};
  return truthy(condition({ code: own(head, 'code', env.path) ?? null, unit: own(head, 'unit', env.path) ?? null, value: mean(values), date, count: values.length }, context));
}

const buildConsecutive: Builder = (env) => {
  const list = env.build(0);
  const condition = env.build(1);
  const countNode = env.build(2);
  const unit = env.args[3] === 'readings' ? 'readings' : 'days';
  const how: Aggregate = env.args[4] === 'all' || env.args[4] === 'mean' ? env.args[4] : 'any';
  return (data, context) => {
    const items = list(data, context);
    const needed = countNode(data, context);
    if (typeof needed !== 'number' || !Number.isInteger(needed) || needed < 1) {
      return fault('invalid-input', 'invalid-value', env.argPath(2), 'consecutive count must be a whole number of at least 1');
    }
    if (items === null || items === undefined) return false;
    if (!Array.isArray(items)) return fault('invalid-input', 'invalid-type', env.argPath(0), 'consecutive takes a list of readings');
    const entries = items as readonly unknown[];
    spend(context, entries.length, env);
    if (unit === 'readings') {
      let run = 0;
      for (const item of entries) {
        run = truthy(condition(item, context)) ? run + 1 : 0;
        if (run >= needed) return true;
      }
      return false;
    }
    if (entries.length === 0) return false;
    const zone = timeZoneOf(context, env);
    const days = new Map<string, unknown[]>();
    entries.forEach((item, index) => {
      const at = instantToEpochMs(isRecord(item) ? own(item, 'effective', env.argPath(0)) : undefined);
      if (at._tag === 'Left') fault('invalid-input', 'invalid-instant', env.argPath(0), `consecutive over days needs item ${index} to have an effective instant with an offset`);
      const date = localDateInZone(at.right, zone);
      const group = days.get(date);
      if (group === undefined) days.set(date, [item]);
      else group.push(item);
    });
    let run = 0;
    let previous = Number.NaN;
    for (const date of [...days.keys()].sort()) {
      const day = epochDay(date);
      if (dayQualifies(days.get(date) ?? [], date, how, condition, context, env)) {
        // A calendar day without readings breaks the run: only day after day counts.
        run = day === previous + 1 ? run + 1 : 1;
        previous = day;
        if (run >= needed) return true;
      } else {
        run = 0;
        previous = Number.NaN;
      }
    }
    return false;
  };
};

/** Builders of the care operators, by name. */
export const CARE_BUILDERS: Readonly<Record<string, Builder>> = {
  days_between: buildDaysBetween,
  readings: buildReadings,
  count: buildCount,
  mean: aggregate((values) => (values.length === 0 ? null : mean(values))),
  min_of: aggregate((values) => (values.length === 0 ? null : values.reduce((a, b) => Math.min(a, b)))),
  max_of: aggregate((values) => (values.length === 0 ? null : values.reduce((a, b) => Math.max(a, b)))),
  cv: aggregate(coefficientOfVariation),
  consecutive: buildConsecutive,
};
