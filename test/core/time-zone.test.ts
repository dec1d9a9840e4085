import { tzOffset } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTimeZone, localDateOf, localDateTimeOf, zoneOffsetMinutes } from '../../src/core/time-zone.js';

describe('isTimeZone', () => {
  it('accepts IANA names and rejects offsets and inventions', () => {
    for (const zone of ['Asia/Shanghai', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Pacific/Chatham', 'UTC', 'America/Argentina/Buenos_Aires']) {
      expect(isTimeZone(zone), zone).toBe(true);
    }
    for (const zone of ['+08:00', 'GMT+8 ', 'Mars/Olympus', '', 'Asia/Shanghai/../../etc', '../etc/passwd']) {
      expect(isTimeZone(zone), zone).toBe(false);
    }
  });
});

describe('localDateTimeOf', () => {
  it('shows the wall clock of the zone, not of the host', () => {
    expect(localDateTimeOf('2026-03-01T18:30:00Z', 'Asia/Shanghai')).toEqual({ _tag: 'Right', right: '2026-03-02T02:30:00' });
    expect(localDateTimeOf('2026-03-01T18:30:00Z', 'America/New_York')).toEqual({ _tag: 'Right', right: '2026-03-01T13:30:00' });
    // New York enters daylight time on 2026-03-08 at 02:00 local.
    expect(localDateTimeOf('2026-03-08T06:59:00Z', 'America/New_York')).toEqual({ _tag: 'Right', right: '2026-03-08T01:59:00' });
    expect(localDateTimeOf('2026-03-08T07:00:00Z', 'America/New_York')).toEqual({ _tag: 'Right', right: '2026-03-08T03:00:00' });
  });

  it('handles half-hour and 45-minute offsets and their DST', () => {
    // Lord Howe: +10:30 in winter, +11:00 in summer (a 30-minute DST shift).
    expect(localDateTimeOf('2026-07-01T00:00:00Z', 'Australia/Lord_Howe')).toEqual({ _tag: 'Right', right: '2026-07-01T10:30:00' });
    expect(localDateTimeOf('2026-01-01T00:00:00Z', 'Australia/Lord_Howe')).toEqual({ _tag: 'Right', right: '2026-01-01T11:00:00' });
    // Chatham: +12:45 standard, +13:45 daylight.
    expect(localDateTimeOf('2026-07-01T00:00:00Z', 'Pacific/Chatham')).toEqual({ _tag: 'Right', right: '2026-07-01T12:45:00' });
    expect(localDateOf('2026-01-01T10:30:00Z', 'Pacific/Chatham')).toEqual({ _tag: 'Right', right: '2026-01-02' });
  });

  it('rejects a bad zone or instant with a path', () => {
    const zone = localDateOf('2026-03-01T00:00:00Z', 'Mars/Olympus');
    expect(zone._tag === 'Left' && zone.left.issues[0]?.path).toEqual(['timeZone']);
    const instant = localDateOf('2026-03-01T00:00:00', 'Asia/Shanghai');
    expect(instant._tag === 'Left' && instant.left.issues[0]?.code).toBe('invalid-instant');
  });
});

describe('zoneOffsetMinutes (the memoised offset lookup)', () => {
  const zones = Intl.supportedValuesOf('timeZone');

  it('gives the offset @date-fns/tz computes directly, in every zone the runtime knows, from 1900 to 2100', () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }), (zone, ms) => {
        expect(zoneOffsetMinutes(zone, ms)).toBe(tzOffset(zone, new Date(ms)));
        // Asked again (now from the memo), the same.
        expect(zoneOffsetMinutes(zone, ms)).toBe(tzOffset(zone, new Date(ms)));
      }),
      { numRuns: 3000 },
    );
  });

  it('is exact on both sides of transitions, to the minute', () => {
    const cases: [string, string, number, number][] = [
      // [zone, the transition instant (UTC), offset before, offset after]
      ['America/New_York', '2026-03-08T07:00:00Z', -300, -240],
      ['America/New_York', '2026-11-01T06:00:00Z', -240, -300],
      ['Europe/London', '2026-03-29T01:00:00Z', 0, 60],
      ['Australia/Lord_Howe', '2026-04-04T15:00:00Z', 660, 630],
      ['Pacific/Chatham', '2026-04-04T14:00:00Z', 825, 765],
    ];
    for (const [zone, at, before, after] of cases) {
      const ms = Date.parse(at);
      expect(zoneOffsetMinutes(zone, ms - 60_000)).toBe(before);
      expect(zoneOffsetMinutes(zone, ms)).toBe(after);
      // A second question on the same day still sees the transition.
      expect(zoneOffsetMinutes(zone, ms - 1)).toBe(before);
    }
  });

  it('is NaN for a zone the runtime does not know', () => {
    expect(zoneOffsetMinutes('Mars/Olympus', 0)).toBeNaN();
  });
});
