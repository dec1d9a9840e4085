import fc from 'fast-check';
import { personas } from './personas.js';

/** Values planted into records: none may ever appear in an error message. */
export const PLANTED = {
  name: '欧阳明月',
  nationalId: '440301199003077316',
  phone: '13912345678',
  weight: 73.123456,
  glucose: 9.87654,
  date: '1987-06-05',
} as const;

/** Strings and numbers of the planted set, as they could appear in text. */
export const plantedTexts: readonly string[] = [PLANTED.name, PLANTED.nationalId, PLANTED.phone, String(PLANTED.weight), String(PLANTED.glucose), PLANTED.date];

/** Anything at all, including values JSON cannot hold. */
export const anyValue = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  stringUnit: 'grapheme',
});

/** A valid record with the planted personal values in it. */
export function plantedRecord(): Record<string, unknown> {
  return {
    id: 'p-planted',
    name: PLANTED.name,
    nationalId: PLANTED.nationalId,
    birthDate: '1990-03-07',
    sex: 'male',
    weight: { value: PLANTED.weight, unit: 'kg' },
    observations: [{ code: 'glucose-fasting', value: PLANTED.glucose, unit: 'mmol/L', effective: '2026-03-01T08:00:00+08:00' }],
    conditions: [{ code: 'hypertension', status: 'active', onset: PLANTED.date }],
    lifestyle: { occupation: 'office' },
  };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a leaf or an object member of a JSON value. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const children = Array.isArray(value) ? value.map((child, index) => paths(child, [...prefix, index])) : Object.entries(value).map(([key, child]) => paths(child, [...prefix, key]));
  return [prefix, ...children.flat()];
}

function setAt(value: Json, path: readonly (string | number)[], replacement: Json | undefined): Json {
  if (path.length === 0) return replacement ?? null;
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...value];
    const index = Number(head);
    const inner = copy[index] ?? null;
    if (replacement === undefined && rest.length === 0) copy.splice(index, 1);
    else copy[index] = setAt(inner, rest, replacement);
    return copy;
  }
  if (value !== null && typeof value === 'object') {
    const copy = { ...value };
    const key = String(head);
    if (replacement === undefined && rest.length === 0) return Object.fromEntries(Object.entries(copy).filter(([name]) => name !== key));
    copy[key] = setAt(copy[key] ?? null, rest, replacement);
    return copy;
  }
  return value;
}

const brokenValue = fc.oneof(
  fc.constant<Json | undefined>(undefined),
  fc.constant<Json>(null),
  fc.constant<Json>(PLANTED.name),
  fc.constant<Json>(PLANTED.nationalId),
  fc.constant<Json>(PLANTED.phone),
  fc.constant<Json>(-PLANTED.weight),
  fc.constant<Json>(PLANTED.weight * 1000),
  fc.constant<Json>('2026-02-30'),
  fc.constant<Json>([PLANTED.name]),
  fc.constant<Json>({ [PLANTED.name]: PLANTED.nationalId }),
  fc.jsonValue() as fc.Arbitrary<Json>,
);

/** Valid records (the seed personas and the planted one) with exactly one field broken. */
export const nearValidRecord: fc.Arbitrary<unknown> = fc
  .constantFrom<Json>(...(Object.values(personas()) as Json[]), plantedRecord() as Json)
  .chain((record) => fc.tuple(fc.constant(record), fc.constantFrom(...paths(record)), brokenValue))
  .map(([record, path, replacement]) => setAt(record, path, replacement));
