/**
 * JSON with object keys sorted at every level, so that equal data always gives the same text
 * whatever order its keys were built in. `undefined` members are left out, as JSON.stringify
 * does; non-finite numbers become `null`, as JSON.stringify does.
 *
 * @example
 * ```ts
 * canonicalJson({ b: 1, a: [true, { d: null, c: 'x' }] }); // => '{"a":[true,{"c":"x","d":null}],"b":1}'
 * ```
 * @category Core
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value) as string | undefined;
    return text ?? 'null';
  }
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
  const record = value as Record<string, unknown>;
  const members = Object.keys(record)
    .sort()
    .filter((key) => record[key] !== undefined)
    .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
  return `{${members.join(',')}}`;
}
