import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDateOf } from '../../src/core/time-zone.js';
import { epochDay } from '../../src/core/iso-date.js';
import { validatePatientRecord } from '../../src/model/validate-patient-record.js';
import type { PatientRecord } from '../../src/model/patient-record.js';
import { indexObservations, latestOf, readingsOf } from '../../src/risk/derive.js';

function record(observations: readonly { effective: string; value: number }[], timeZone?: string): PatientRecord {
  const result = validatePatientRecord({
    id: 'p-derive',
    birthDate: '1960-01-01',
    sex: 'female',
    ...(timeZone === undefined ? {} : { preferences: { timeZone } }),
    observations: observations.map(({ effective, value }) => ({ code: 'bp-systolic', value, unit: 'mmHg', effective })),
  });
  if (result._tag === 'Left') throw new Error(result.left.message);
  return result.right;
}

describe('the observation index behind every derived input', () => {
  it('orders readings by instant, not by the text of their timestamps', () => {
    // 08:00 in Shanghai is 00:00 UTC, so the 01:00Z reading is the later one although its text sorts first.
    const patient = record([
      { effective: '2026-11-20T01:00:00Z', value: 150 },
      { effective: '2026-11-20T08:00:00+08:00', value: 120 },
    ]);
    const context = { asOf: '2026-11-23', lookbackDays: 365, index: indexObservations(patient) };
    expect(latestOf(patient, 'bp-systolic', context)?.value).toBe(150);
    expect(readingsOf(patient, 'bp-systolic', context).map((reading) => reading.value)).toEqual([120, 150]);
  });

  it('places each reading on the local day of the patient zone, as localDateOf does', () => {
    const zones = ['Asia/Shanghai', 'America/New_York', 'Pacific/Chatham', 'Australia/Lord_Howe', 'Europe/London', 'UTC'];
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }), (zone, ms) => {
        const effective = new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
        const patient = record([{ effective, value: 130 }], zone);
        const entry = indexObservations(patient).get('bp-systolic')?.[0];
        const local = localDateOf(effective, zone);
        if (local._tag === 'Left') throw new Error('zone');
        expect(entry?.day).toBe(epochDay(local.right));
      }),
      { numRuns: 500 },
    );
  });

  it('without a zone, uses the date the reading was written with', () => {
    const patient = record([{ effective: '2026-11-20T23:30:00-05:00', value: 130 }]);
    expect(indexObservations(patient).get('bp-systolic')?.[0]?.day).toBe(epochDay('2026-11-20'));
  });
});
