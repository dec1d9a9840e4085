import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/core/canonical-json.js';
import { CAREPATH_NAMESPACE, deterministicId, uuidV5 } from '../../src/core/deterministic-id.js';
import { sha1 } from '../../src/core/sha1.js';

const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';
const DNS_NAMESPACE = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';

describe('sha1', () => {
  it('matches the FIPS 180-4 test vectors', () => {
    const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
    expect(hex(sha1(new TextEncoder().encode('abc')))).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(hex(sha1(new Uint8Array()))).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
    expect(hex(sha1(new TextEncoder().encode('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))).toBe(
      '84983e441c3bd26ebaae4aa1f95129e5e54670f1',
    );
  });

  it('agrees with node:crypto on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(Buffer.from(sha1(bytes)).toString('hex')).toBe(createHash('sha1').update(bytes).digest('hex'));
      }),
    );
  });
});

describe('uuidV5', () => {
  it('reproduces the RFC 9562 appendix A.4 example', () => {
    expect(uuidV5('www.example.com', DNS_NAMESPACE)).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('derives carepath’s namespace from its name in the URL namespace', () => {
    expect(uuidV5('carepath', URL_NAMESPACE)).toBe(CAREPATH_NAMESPACE);
  });

  it('encodes any Unicode name as UTF-8, like TextEncoder', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (name) => {
        const hash = createHash('sha1').update(Buffer.from(CAREPATH_NAMESPACE.replace(/-/g, ''), 'hex')).update(Buffer.from(name, 'utf8')).digest();
        hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
        hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
        const hex = hash.subarray(0, 16).toString('hex');
        expect(uuidV5(name, CAREPATH_NAMESPACE)).toBe(`${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`);
      }),
    );
  });
});

describe('deterministicId', () => {
  it('is the same for equal data whatever the key order, and differs otherwise', () => {
    const a = deterministicId('follow-up', { patient: 'p-1', due: '2026-04-01' });
    expect(deterministicId('follow-up', { due: '2026-04-01', patient: 'p-1' })).toBe(a);
    expect(deterministicId('follow-up', { patient: 'p-1', due: '2026-04-02' })).not.toBe(a);
    expect(deterministicId('goal', { patient: 'p-1', due: '2026-04-01' })).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('is a function of the canonical JSON of its parts', () => {
    fc.assert(
      fc.property(fc.string(), fc.jsonValue(), (kind, part) => {
        expect(deterministicId(kind, part)).toBe(uuidV5(canonicalJson([kind, part]), CAREPATH_NAMESPACE));
        expect(deterministicId(kind, part)).toBe(deterministicId(kind, JSON.parse(JSON.stringify(part)) as unknown));
      }),
    );
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every level and reads back as the same data', () => {
    expect(canonicalJson({ b: 1, a: [true, { d: null, c: 'x' }] })).toBe('{"a":[true,{"c":"x","d":null}],"b":1}');
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});
