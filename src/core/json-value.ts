/**
 * A JSON value: what rule documents, factors, details and effects are made of.
 *
 * @category Core
 */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };
