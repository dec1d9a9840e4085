/**
 * `npx vitest bench --run --config vitest.bench.config.ts bench/schedule.bench.ts`
 *
 * carepath's bounded expander against rrule's between() and all() on the same monthly, weekly
 * and daily series (identical dates, asserted once outside the timed loops), and one million
 * patient-years of monthly follow-ups (12 million dates).
 */
import { deepStrictEqual } from 'node:assert/strict';
import rrulePkg from 'rrule';
import { bench, describe } from 'vitest';
import { expandCadence, type Cadence } from '../src/schedule/index.js';

const { RRule, Frequency } = rrulePkg;

const FROM = '2026-01-15';
const TO = '2036-01-14';
const fromDate = new Date(`${FROM}T00:00:00Z`);
const toDate = new Date(`${TO}T00:00:00Z`);

// rrule caches the results of between()/all() per instance unless noCache (the second argument)
// is true: without it the loop would time a cache look-up, not an expansion.
const series: readonly { name: string; cadence: Cadence; rule: InstanceType<typeof RRule> }[] = [
  {
    name: 'monthly (10 years)',
    cadence: { kind: 'every', every: { value: 1, unit: 'month' }, start: { value: 0, unit: 'day' } },
    rule: new RRule({ freq: Frequency.MONTHLY, interval: 1, dtstart: fromDate, until: toDate }, true),
  },
  {
    name: 'weekly (10 years)',
    cadence: { kind: 'every', every: { value: 1, unit: 'week' }, start: { value: 0, unit: 'day' } },
    rule: new RRule({ freq: Frequency.WEEKLY, interval: 1, dtstart: fromDate, until: toDate }, true),
  },
  {
    name: 'daily (10 years)',
    cadence: { kind: 'every', every: { value: 1, unit: 'day' }, start: { value: 0, unit: 'day' } },
    rule: new RRule({ freq: Frequency.DAILY, interval: 1, dtstart: fromDate, until: toDate }, true),
  },
];

function ours(cadence: Cadence): readonly string[] {
  const result = expandCadence(cadence, FROM, { to: TO });
  if (result._tag === 'Left') throw new Error(result.left.message);
  return result.right.dates;
}

// Identical dates, checked once, outside the timed loops.
for (const { cadence, rule } of series) {
  const expected = rule.all().map((date) => date.toISOString().slice(0, 10));
  deepStrictEqual([...ours(cadence)], expected);
  deepStrictEqual(rule.between(fromDate, toDate, true).map((date) => date.toISOString().slice(0, 10)), expected);
}

for (const { name, cadence, rule } of series) {
  describe(name, () => {
    bench('carepath expandCadence', () => {
      ours(cadence);
    });
    bench('rrule between()', () => {
      rule.between(fromDate, toDate, true);
    });
    bench('rrule all()', () => {
      rule.all();
    });
  });
}

const MONTHLY: Cadence = { kind: 'every', every: { value: 1, unit: 'month' } };
const PATIENTS = 1_000_000;
const ANCHORS = Array.from({ length: 3653 }, (_, index) => new Date(Date.UTC(2026, 0, 1 + index)).toISOString().slice(0, 10));
// One year later (29 February -> 28 February), computed outside the timed loop.
const ONE_YEAR_LATER = ANCHORS.map((anchor) => (anchor.endsWith('-02-29') ? `${String(Number(anchor.slice(0, 4)) + 1)}-02-28` : `${String(Number(anchor.slice(0, 4)) + 1)}${anchor.slice(4)}`));

describe('one million patient-years of monthly follow-ups (12 M dates)', () => {
  bench(
    'expandCadence x 1 000 000 patients x 1 year',
    () => {
      let dates = 0;
      for (let patient = 0; patient < PATIENTS; patient += 1) {
        const anchor = ANCHORS[patient % ANCHORS.length] ?? FROM;
        const result = expandCadence(MONTHLY, anchor, { from: anchor, to: ONE_YEAR_LATER[patient % ANCHORS.length] ?? TO });
        if (result._tag === 'Right') dates += result.right.dates.length;
      }
      if (dates !== 12_000_000) throw new Error(`expected about 12 M dates, got ${dates}`);
    },
    { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 },
  );
});
