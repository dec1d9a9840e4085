import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acceptedUnits, fromCanonical, toCanonical, type QuantityKind } from '../../src/model/units.js';

describe('toCanonical', () => {
  it('converts glucose with 18.0 mg/dL per mmol/L', () => {
    expect(toCanonical('glucose', 126, 'mg/dL')?.value).toBeCloseTo(7.0, 10);
    expect(toCanonical('glucose', 200, 'mg/dL')?.value).toBeCloseTo(11.11, 2);
    expect(toCanonical('glucose', 70, 'mg/dL')?.value).toBeCloseTo(3.89, 2);
    expect(toCanonical('glucose', 7, 'mmol/L')).toEqual({ value: 7, unit: 'mmol/L' });
  });

  it('converts cholesterol with 38.67 and triglycerides with 88.57', () => {
    expect(toCanonical('cholesterol', 200, 'mg/dL')?.value).toBeCloseTo(5.172, 3);
    expect(toCanonical('cholesterol', 38.67, 'mg/dL')?.value).toBeCloseTo(1, 10);
    expect(toCanonical('triglycerides', 150, 'mg/dL')?.value).toBeCloseTo(1.694, 3);
  });

  it('converts creatinine with 88.4 umol/L per mg/dL', () => {
    expect(toCanonical('creatinine', 1, 'mg/dL')).toEqual({ value: 88.4, unit: 'umol/L' });
    expect(fromCanonical('creatinine', 88.4, 'mg/dL')).toBeCloseTo(1, 10);
    expect(toCanonical('creatinine', 80, 'µmol/L')).toEqual({ value: 80, unit: 'umol/L' });
  });

  it('converts HbA1c with the IFCC-NGSP master equation', () => {
    // NGSP/IFCC pairs printed by ADA 2025 section 2: 6.5 % = 48 mmol/mol, 5.7 % = 39 mmol/mol, 7.0 % = 53 mmol/mol.
    expect(toCanonical('hba1c', 48, 'mmol/mol')?.value).toBeCloseTo(6.5, 1);
    expect(toCanonical('hba1c', 39, 'mmol/mol')?.value).toBeCloseTo(5.7, 1);
    expect(toCanonical('hba1c', 53, 'mmol/mol')?.value).toBeCloseTo(7.0, 1);
    expect(fromCanonical('hba1c', 7.0, 'mmol/mol')).toBeCloseTo(53, 0);
  });

  it('converts UACR, pressure, mass, length and temperature', () => {
    expect(toCanonical('uacr', 3, 'mg/mmol')?.value).toBeCloseTo(26.5, 1);
    expect(toCanonical('pressure', 16, 'kPa')?.value).toBeCloseTo(120, 0);
    expect(toCanonical('pressure', 120, 'mmHg')).toEqual({ value: 120, unit: 'mm[Hg]' });
    expect(toCanonical('mass', 154, 'lb')?.value).toBeCloseTo(69.85, 2);
    expect(toCanonical('length', 1.75, 'm')?.value).toBeCloseTo(175, 10);
    expect(toCanonical('length', 34, '[in_i]')?.value).toBeCloseTo(86.36, 10);
    expect(toCanonical('temperature', 98.6, '[degF]')?.value).toBeCloseTo(37, 10);
    expect(toCanonical('duration', 330, 'min')?.value).toBeCloseTo(5.5, 10);
  });

  it('never guesses an unknown unit, and never takes a unit of another kind', () => {
    expect(toCanonical('glucose', 7, 'mmol/mol')).toBeUndefined();
    expect(toCanonical('glucose', 7, 'MG/DL')).toBeUndefined();
    expect(toCanonical('hba1c', 7, 'mmol/L')).toBeUndefined();
    expect(toCanonical('mass', 7, 'cm')).toBeUndefined();
    expect(toCanonical('mass', 7, 'toString')).toBeUndefined();
    expect(toCanonical('mass', 7, '__proto__')).toBeUndefined();
    expect(toCanonical('length', 5.8, 'ft')).toBeUndefined();
  });

  it('round-trips every accepted unit of every kind', () => {
    const kinds: QuantityKind[] = ['glucose', 'hba1c', 'pressure', 'cholesterol', 'triglycerides', 'creatinine', 'uacr', 'egfr', 'mass', 'length', 'bmi', 'duration', 'steps', 'angle', 'temperature', 'heart-rate', 'hemoglobin', 'sodium', 'saturation'];
    const pair = fc.constantFrom(...kinds).chain((kind) => fc.tuple(fc.constant(kind), fc.constantFrom(...acceptedUnits(kind))));
    fc.assert(
      fc.property(pair, fc.double({ min: -1e6, max: 1e6, noNaN: true }), ([kind, unit], value) => {
        const canonical = toCanonical(kind, value, unit);
        expect(canonical).toBeDefined();
        if (canonical === undefined) return;
        expect(fromCanonical(kind, canonical.value, unit)).toBeCloseTo(value, 6);
      }),
    );
  });
});
