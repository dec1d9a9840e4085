import { quantitySchema, type MeasuredQuantity } from '../model/quantity.js';
import { OBSERVATIONS, type ObservationCode } from '../model/vocabulary.js';

/**
 * A laboratory input of a score, `{ value, unit }`, checked and converted like an observation of
 * `code` (unit known, value within carepath's data-entry bounds).
 *
 * @internal
 */
export function labInput(code: ObservationCode) {
  const definition = OBSERVATIONS[code];
  return quantitySchema(definition.kind, definition.plausible, code);
}

/**
 * A measured quantity in `unit`: the value as entered when it was entered in that unit (so an
 * equation published in mg/dL sees exactly the laboratory's mg/dL figure), else converted from
 * the canonical value with `factor` (canonical x factor), the conversion the equation's authors
 * used.
 *
 * @internal
 */
export function inUnit(quantity: MeasuredQuantity, unit: string, factor: number): number {
  if (quantity.entered?.unit === unit) return quantity.entered.value;
  if (quantity.unit === unit) return quantity.value;
  return quantity.value * factor;
}


/** A reading in the input form of a score: `{ value, unit }` as the host entered it. @internal */
export function asEntered(reading: { readonly value: number; readonly unit: string; readonly entered?: { readonly value: number; readonly unit: string } } | undefined): { value: number; unit: string } | undefined {
  if (reading === undefined) return undefined;
  return reading.entered === undefined ? { value: reading.value, unit: reading.unit } : { value: reading.entered.value, unit: reading.entered.unit };
}
