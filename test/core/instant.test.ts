import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { epochMsToInstant, fastEpochMs, instantToEpochMs } from '../../src/core/instant.js';

describe('instantToEpochMs', () => {
  it('reads offsets, Z and fractions', () => {
    expect(instantToEpochMs('1970-01-01T08:00:00+08:00')).toEqual({ _tag: 'Right', right: 0 });
    expect(instantToEpochMs('1970-01-01T00:00:00Z')).toEqual({ _tag: 'Right', right: 0 });
    expect(instantToEpochMs('1969-12-31T19:00-05:00')).toEqual({ _tag: 'Right', right: 0 });
    expect(instantToEpochMs('1970-01-01T00:00:00.123456Z')).toEqual({ _tag: 'Right', right: 123 });
    expect(instantToEpochMs('2026-03-01T08:30:00+05:45')).toEqual({ _tag: 'Right', right: Date.UTC(2026, 2, 1, 2, 45) });
  });

  it.each([
    '2026-03-01T08:00:00',
    '2026-03-01',
    '2026-02-30T08:00:00Z',
    '2026-03-01T24:00:00Z',
    '2026-03-01T23:60:00Z',
    '2026-03-01T23:59:60Z',
    '2026-03-01T08:00:00+19:00',
    '2026-03-01T08:00:00+08:60',
    '2026-03-01 08:00:00Z',
    'yesterday',
  ])('rejects %j without quoting it', (text) => {
    const result = instantToEpochMs(text);
    expect(result._tag).toBe('Left');
    if (result._tag === 'Left') {
      expect(result.left.issues[0]?.code).toBe('invalid-instant');
      expect(result.left.message).not.toContain(text);
    }
  });

  it('agrees with the platform for every RFC 3339 instant it accepts', () => {
    const instant = fc
      .record({
        ms: fc.integer({ min: Date.UTC(1851, 0, 1), max: Date.UTC(2299, 0, 1) }),
        offsetMinutes: fc.integer({ min: -14 * 60, max: 14 * 60 }),
      })
      .map(({ ms, offsetMinutes }) => {
        const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 23);
        const sign = offsetMinutes < 0 ? '-' : '+';
        const abs = Math.abs(offsetMinutes);
        const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
        return { ms, text: `${local}${offset}` };
      });
    fc.assert(
      fc.property(instant, ({ ms, text }) => {
        expect(instantToEpochMs(text)).toEqual({ _tag: 'Right', right: ms });
        expect(Date.parse(text)).toBe(ms);
      }),
    );
  });

  it('writes UTC instants that read back', () => {
    expect(epochMsToInstant(0)).toBe('1970-01-01T00:00:00.000Z');
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1850, 0, 1), max: Date.UTC(2299, 0, 1) }), (ms) => {
        expect(instantToEpochMs(epochMsToInstant(ms))).toEqual({ _tag: 'Right', right: ms });
      }),
    );
  });
});

describe('the fast path of instantToEpochMs', () => {
  // The reference: the same instant read with the full regular-expression path (a fraction of
  // zero forces it), which the schema's messages also use.
  const viaFullPath = (text: string) => instantToEpochMs(text.replace(/(:\d\d)(Z|[+-])/, '$1.000$2'));

  it('agrees with the full path on every valid instant of both common shapes', () => {
    const instant = fc
      .record({
        ms: fc.integer({ min: Date.UTC(1850, 0, 1, 18), max: Date.UTC(2300, 11, 31, 5) }),
        offset: fc.oneof(fc.constant(undefined), fc.integer({ min: -18 * 60, max: 18 * 60 })),
      })
      .map(({ ms, offset }) => {
        const whole = Math.floor(ms / 1000) * 1000;
        if (offset === undefined) return new Date(whole).toISOString().replace('.000Z', 'Z');
        const local = new Date(whole + offset * 60_000).toISOString().slice(0, 19);
        const abs = Math.abs(offset);
        return `${local}${offset < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
      });
    fc.assert(
      fc.property(instant, (text) => {
        expect(fastEpochMs(text)).toBeDefined();
        expect(instantToEpochMs(text)).toEqual(viaFullPath(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('declines, and the full path decides, whenever one character is changed', () => {
    const base = '2026-02-28T23:59:59+08:00';
    fc.assert(
      fc.property(fc.integer({ min: 0, max: base.length - 1 }), fc.constantFrom(...'0123456789:-+TZz x.'.split('')), (at, char) => {
        const text = base.slice(0, at) + char + base.slice(at + 1);
        const full = viaFullPath(text);
        const fast = fastEpochMs(text);
        if (fast === undefined) return;
        expect(full).toEqual({ _tag: 'Right', right: fast });
      }),
      { numRuns: 3000 },
    );
    for (const text of ['2026-02-29T00:00:00Z', '2026-01-01T24:00:00Z', '2026-01-01T00:00:00+18:01', '1849-12-31T23:59:59Z', '2026-01-01T00:00:00z']) {
      expect(fastEpochMs(text)).toBeUndefined();
    }
  });
});
