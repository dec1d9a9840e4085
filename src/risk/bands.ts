/**
 * A banded table: `[upperBound, value]` rows in ascending order, each row covering values up to
 * its bound; `inclusive` says whether the bound itself belongs to the row. The last row's bound
 * is usually `Infinity`.
 *
 * @internal
 */
export interface Bands<T> {
  readonly rows: readonly [readonly [bound: number, value: T], ...(readonly [bound: number, value: T])[]];
  /** `true`: x <= bound falls in the row (tables printed as closed ranges); `false`: x < bound. */
  readonly inclusive: boolean;
}

/** The value of the first row whose bound covers `x` (the last row when none does). @internal */
export function bandOf<T>(bands: Bands<T>, x: number): T {
  let value = bands.rows[0][1];
  for (const [bound, rowValue] of bands.rows) {
    value = rowValue;
    if (bands.inclusive ? x <= bound : x < bound) return value;
  }
  return value;
}
