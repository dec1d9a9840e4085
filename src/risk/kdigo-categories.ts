import { bandOf, type Bands } from './bands.js';

/** KDIGO GFR categories. @category Risk */
export type GfrCategory = 'G1' | 'G2' | 'G3a' | 'G3b' | 'G4' | 'G5';
/** KDIGO albuminuria categories. @category Risk */
export type AlbuminuriaCategory = 'A1' | 'A2' | 'A3';

// KDIGO 2012 CKD guideline, Table 5 (mL/min/1.73 m2): G1 >= 90, G2 60-89, G3a 45-59, G3b 30-44,
// G4 15-29, G5 < 15. A boundary belongs to the higher band: 60.0 is G2, 45.0 G3a, 30.0 G3b, 15.0 G4.
const GFR: Bands<GfrCategory> = { rows: [[15, 'G5'], [30, 'G4'], [45, 'G3b'], [60, 'G3a'], [90, 'G2'], [Infinity, 'G1']], inclusive: false };

/** The KDIGO GFR category of an eGFR. @internal */
export function gfrCategory(egfr: number): GfrCategory {
  return bandOf(GFR, egfr);
}

/**
 * The KDIGO albuminuria category of a UACR in mg/g (KDIGO 2012, Table 7: A1 < 30, A2 30-300,
 * A3 > 300). KDIGO prints A2 as "30-300", so exactly 300 mg/g is A2 here; NKF and kidney.epi put it
 * in A3.
 *
 * @internal
 */
export function albuminuriaCategory(uacrMgPerG: number): AlbuminuriaCategory {
  return uacrMgPerG < 30 ? 'A1' : uacrMgPerG <= 300 ? 'A2' : 'A3';
}
