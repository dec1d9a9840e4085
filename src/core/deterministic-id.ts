import { canonicalJson } from './canonical-json.js';
import { sha1 } from './sha1.js';

/**
 * carepath's UUID namespace: the version-5 UUID of the name `carepath` in the RFC 9562 URL
 * namespace (6ba7b811-9dad-11d1-80b4-00c04fd430c8).
 *
 * @category Core
 */
export const CAREPATH_NAMESPACE = 'cdf49a59-1022-5c3a-89f5-a1f4490b146f';

function uuidBytes(uuid: string): Uint8Array {
  const hex = uuid.replace(/-/g, '');
  const bytes = new Uint8Array(16);
  for (let i = 0; i < 16; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

/** UTF-8 bytes of a string; a lone surrogate becomes U+FFFD, as TextEncoder does. */
function utf8(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text) {
    let code = char.codePointAt(0) ?? 0xfffd;
    if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
    if (code < 0x80) bytes.push(code);
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
    else if (code < 0x10000) bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    else bytes.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 0x3f), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
  }
  return Uint8Array.from(bytes);
}

function formatUuid(bytes: Uint8Array): string {
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/**
 * A name-based UUID (RFC 9562 version 5, SHA-1) of `name` in `namespace`.
 *
 * @example
 * ```ts
 * uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8');
 * // => '2ed6657d-e927-568b-95e1-2665a8aea6a2'   (the RFC 9562 appendix A.4 example)
 * ```
 * @category Core
 */
export function uuidV5(name: string, namespace: string): string {
  const nameBytes = utf8(name);
  const input = new Uint8Array(16 + nameBytes.length);
  input.set(uuidBytes(namespace));
  input.set(nameBytes, 16);
  const hash = sha1(input).slice(0, 16);
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  return formatUuid(hash);
}

/**
 * A stable identifier derived from what it identifies: the same `kind` and `parts` always give
 * the same UUID, on every machine, so re-running carepath on the same input yields the same ids
 * (and FHIR `fullUrl`s) and a host can de-duplicate. Parts are serialised as canonical JSON,
 * so key order does not matter.
 *
 * @param kind - what is being identified (`follow-up`, `care-plan`, ...)
 * @param parts - the data that makes it unique
 *
 * @example
 * ```ts
 * deterministicId('follow-up', { patient: 'p-1', due: '2026-04-01' });
 * // => 'a UUID such as 1f0c...; identical for { due: '2026-04-01', patient: 'p-1' }'
 * ```
 * @category Core
 */
export function deterministicId(kind: string, ...parts: readonly unknown[]): string {
  return uuidV5(canonicalJson([kind, ...parts]), CAREPATH_NAMESPACE);
}
