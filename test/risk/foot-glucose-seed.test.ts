import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { glucoseVariability } from '../../src/risk/glucose-variability.js';
import { iwgdfFoot, type IwgdfFootInput } from '../../src/risk/iwgdf-foot.js';
import { seedDiabetesRisk } from '../../src/risk/seed-diabetes-risk.js';
import { failed, scored } from './support.js';

const none: IwgdfFootInput = { lops: false, pad: false, deformity: false, ulcerHistory: false, amputation: false, endStageRenalDisease: false };

describe('iwgdfFoot', () => {
  it.each<[string, Partial<IwgdfFootInput>, number, [number, number]]>([
    ['no LOPS, no PAD', {}, 0, [12, 12]],
    ['LOPS only', { lops: true }, 1, [6, 12]],
    ['LOPS + deformity', { lops: true, deformity: true }, 2, [3, 6]],
    ['LOPS + PAD', { lops: true, pad: true }, 2, [3, 6]],
    ['PAD + deformity', { pad: true, deformity: true }, 2, [3, 6]],
    ['PAD + previous ulcer', { pad: true, ulcerHistory: true }, 3, [1, 3]],
    ['LOPS + amputation', { lops: true, amputation: true }, 3, [1, 3]],
    ['LOPS + PAD + ESRD', { lops: true, pad: true, endStageRenalDisease: true }, 3, [1, 3]],
    ['deformity alone', { deformity: true }, 0, [12, 12]],
  ])('classifies %s', (_, findings, category, interval) => {
    const result = scored(iwgdfFoot({ ...none, ...findings }));
    expect(result.value).toBe(category);
    expect(result.details?.['intervalMonths']).toEqual(interval);
  });

  it('escalates a history without LOPS or PAD to 3 by default, and applies the table literally on request', () => {
    const escalated = scored(iwgdfFoot({ ...none, ulcerHistory: true }));
    expect([escalated.value, escalated.details?.['escalated']]).toEqual([3, true]);
    expect(scored(iwgdfFoot({ ...none, ulcerHistory: true, escalateHistoryWithoutLopsOrPad: false })).value).toBe(0);
  });

  it('reports high glucose variability without changing the category', () => {
    const result = scored(iwgdfFoot({ ...none, lops: true, glucoseCvPercent: 42 }));
    expect([result.value, result.details?.['glucoseVariabilityHigh']]).toEqual([1, true]);
  });

  it('never lowers the category when a finding is added', () => {
    const findings = fc.record({ lops: fc.boolean(), pad: fc.boolean(), deformity: fc.boolean(), ulcerHistory: fc.boolean(), amputation: fc.boolean(), endStageRenalDisease: fc.boolean() });
    fc.assert(
      fc.property(findings, fc.constantFrom<keyof typeof none>('lops', 'pad', 'deformity', 'ulcerHistory', 'amputation', 'endStageRenalDisease'), (x, added) => {
        expect(scored(iwgdfFoot({ ...x, [added]: true })).value).toBeGreaterThanOrEqual(scored(iwgdfFoot(x)).value);
      }),
    );
  });
});

describe('glucoseVariability', () => {
  it('computes the CV with the sample SD (n - 1) and splits at 36 %', () => {
    const result = scored(glucoseVariability({ readingsMmolL: [5, 7, 9] }));
    // mean 7, sample SD 2, CV 28.6 %.
    expect(result.value).toBeCloseTo(28.57, 2);
    expect(result.category).toBe('stable');
    expect(scored(glucoseVariability({ readingsMmolL: [3, 6, 12, 4, 10] })).category).toBe('unstable');
  });

  it('puts exactly 36 % in stable', () => {
    // mean 10 with values 10 - 3.6, 10, 10 + 3.6 (sample SD 3.6): CV 36 %; a little more spread is unstable.
    expect(scored(glucoseVariability({ readingsMmolL: [6.4, 10, 13.6] })).value).toBeCloseTo(36, 6);
    expect(scored(glucoseVariability({ readingsMmolL: [6.4, 10, 13.6] })).category).toBe('stable');
    expect(scored(glucoseVariability({ readingsMmolL: [6.3, 10, 13.7] })).category).toBe('unstable');
  });

  it('needs at least three readings', () => {
    expect(failed(glucoseVariability({ readingsMmolL: [5, 9] })).issues[0]?.path).toEqual(['readingsMmolL']);
  });
});

describe('seedDiabetesRisk', () => {
  it('marks the 8-fold group only when all three criteria hold, at their boundaries', () => {
    const run = (fpg: number, bmi: number, hypertension: boolean) => scored(seedDiabetesRisk({ fastingGlucose: { value: fpg, unit: 'mmol/L' }, bmi, hypertensionHistory: hypertension }));
    expect(run(6.1, 24, true).category).toBe('eight-fold-risk');
    expect(run(6.09, 24, true).category).toBe('not-in-group');
    expect(run(6.1, 23.9, true).category).toBe('not-in-group');
    expect(run(6.1, 24, false).category).toBe('not-in-group');
    expect(run(6.1, 24, false).value).toBe(2);
  });

  it('reads fasting glucose in mg/dL too (110 mg/dL is 6.1 mmol/L)', () => {
    expect(scored(seedDiabetesRisk({ fastingGlucose: { value: 110, unit: 'mg/dL' }, bmi: 25, hypertensionHistory: true })).category).toBe('eight-fold-risk');
  });

  it('cites the seed document', () => {
    expect(scored(seedDiabetesRisk({ fastingGlucose: { value: 7, unit: 'mmol/L' }, bmi: 25, hypertensionHistory: true })).source.id).toBe('004_eccb0a9eec47fd06.txt');
  });
});
