import { describe, expect, it } from 'vitest';
import { isTimeZone, localDateOf, localDateTimeOf } from '../../src/core/time-zone.js';

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
