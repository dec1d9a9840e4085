import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PatientRecord } from '../../src/model/patient-record.js';
import { validatePatientRecord } from '../../src/model/validate-patient-record.js';
import { DEFAULT_LOOKBACK_DAYS } from '../../src/risk/derive.js';
import { morseFall, morseFallCategory, morseFallDefinition, type MorseFallCutoffs, type MorseFallInput, type MorseFallOptions } from '../../src/risk/morse-fall.js';
import { ScoreResultSchema, type ScoreResult } from '../../src/risk/score-result.js';
import { anyValue } from '../support/arbitraries.js';
import { scored as ok, failed as fail } from './support.js';



const nothing: MorseFallInput = { fallHistory: false, secondaryDiagnosis: false, ambulatoryAid: 'none', intravenousAccess: false, gait: 'normal', mentalStatus: 'oriented' };

function record(input: Record<string, unknown>): PatientRecord {
  const result = validatePatientRecord({ id: 'p-morse', birthDate: '1940-09-09', sex: 'female', ...input }, { asOf: '2026-03-10' });
  if (result._tag === 'Left') throw new Error(`invalid test record: ${result.left.message}`);
  return result.right;
}

const context = { asOf: '2026-03-10', lookbackDays: DEFAULT_LOOKBACK_DAYS };

const validInput: fc.Arbitrary<MorseFallInput> = fc.record({
  fallHistory: fc.boolean(),
  secondaryDiagnosis: fc.boolean(),
  ambulatoryAid: fc.constantFrom('none', 'crutches-cane-walker', 'furniture'),
  intravenousAccess: fc.boolean(),
  gait: fc.constantFrom('normal', 'weak', 'impaired'),
  mentalStatus: fc.constantFrom('oriented', 'forgets-limitations'),
});

const conventions = ['ahrq-tool-3h', 'common-calculators', 'va-ncps'] as const;

describe('morseFall: the worked examples', () => {
  it('secondary diagnosis, walker, IV, weak gait, oriented: 60, high under every convention', () => {
    const input: MorseFallInput = { ...nothing, secondaryDiagnosis: true, ambulatoryAid: 'crutches-cane-walker', intravenousAccess: true, gait: 'weak' };
    for (const cutoffs of conventions) {
      const result = ok(morseFall(input, { cutoffs }));
      expect(result.factors.map((factor) => factor.points)).toEqual([0, 15, 15, 20, 10, 0]);
      expect(result.value).toBe(60);
      expect(result.category).toBe('high');
    }
  });

  it('previous fall and IV only: 45, moderate (AHRQ), high (calculators), low (VA)', () => {
    const input: MorseFallInput = { ...nothing, fallHistory: true, intravenousAccess: true };
    expect(ok(morseFall(input)).value).toBe(45);
    expect(ok(morseFall(input)).category).toBe('moderate');
    expect(ok(morseFall(input, { cutoffs: 'ahrq-tool-3h' })).category).toBe('moderate');
    expect(ok(morseFall(input, { cutoffs: 'common-calculators' })).category).toBe('high');
    expect(ok(morseFall(input, { cutoffs: 'va-ncps' })).category).toBe('low');
  });

  it('nothing: 0, the lowest band of each convention', () => {
    expect(ok(morseFall(nothing)).value).toBe(0);
    expect(ok(morseFall(nothing)).category).toBe('low');
    expect(ok(morseFall(nothing, { cutoffs: 'common-calculators' })).category).toBe('low');
    expect(ok(morseFall(nothing, { cutoffs: 'va-ncps' })).category).toBe('no-risk');
  });
});

describe('morseFall: items', () => {
  it.each([
    [{ fallHistory: true }, 'fallHistory', 25],
    [{ secondaryDiagnosis: true }, 'secondaryDiagnosis', 15],
    [{ ambulatoryAid: 'crutches-cane-walker' }, 'ambulatoryAid', 15],
    [{ ambulatoryAid: 'furniture' }, 'ambulatoryAid', 30],
    [{ intravenousAccess: true }, 'intravenousAccess', 20],
    [{ gait: 'weak' }, 'gait', 10],
    [{ gait: 'impaired' }, 'gait', 20],
    [{ mentalStatus: 'forgets-limitations' }, 'mentalStatus', 15],
  ] as const)('%o scores %i on %s', (change, name, points) => {
    const result = ok(morseFall({ ...nothing, ...change }));
    expect(result.factors.find((factor) => factor.name === name)?.points).toBe(points);
    expect(result.value).toBe(points);
  });

  it('reaches the maximum of 125', () => {
    const result = ok(morseFall({ fallHistory: true, secondaryDiagnosis: true, ambulatoryAid: 'furniture', intravenousAccess: true, gait: 'impaired', mentalStatus: 'forgets-limitations' }));
    expect(result.value).toBe(125);
    expect(result.category).toBe('high');
  });
});

describe('morseFall: cut-off conventions at every edge', () => {
  // Totals of the items are multiples of 5: 24, 44, 46 and 51 are checked on the classifier.
  it.each([
    [24, 'low', 'low', 'no-risk'],
    [25, 'moderate', 'moderate', 'low'],
    [44, 'moderate', 'moderate', 'low'],
    [45, 'moderate', 'high', 'low'],
    [46, 'high', 'high', 'low'],
    [50, 'high', 'high', 'low'],
    [51, 'high', 'high', 'high'],
  ])('total %i: AHRQ %s, calculators %s, VA %s', (total, ahrq, calculators, va) => {
    expect(morseFallCategory(total)).toBe(ahrq);
    expect(morseFallCategory(total, 'ahrq-tool-3h')).toBe(ahrq);
    expect(morseFallCategory(total, 'common-calculators')).toBe(calculators);
    expect(morseFallCategory(total, 'va-ncps')).toBe(va);
  });

  it.each([
    [{ secondaryDiagnosis: true, gait: 'weak' }, 25, ['moderate', 'moderate', 'low']],
    [{ gait: 'impaired' }, 20, ['low', 'low', 'no-risk']],
    [{ fallHistory: true, secondaryDiagnosis: true }, 40, ['moderate', 'moderate', 'low']],
    [{ fallHistory: true, gait: 'impaired' }, 45, ['moderate', 'high', 'low']],
    [{ fallHistory: true, secondaryDiagnosis: true, gait: 'weak' }, 50, ['high', 'high', 'low']],
    [{ fallHistory: true, ambulatoryAid: 'furniture' }, 55, ['high', 'high', 'high']],
  ] as const)('items %o total %i: %o under AHRQ, calculators, VA', (change, total, categories) => {
    const input = { ...nothing, ...change };
    const results = conventions.map((cutoffs) => ok(morseFall(input, { cutoffs })));
    expect(results.map((result) => result.value)).toEqual([total, total, total]);
    expect(results.map((result) => result.category)).toEqual(categories);
    expect(results.map((result) => result.details?.['cutoffs'])).toEqual([...conventions]);
  });

  it('takes custom cut-offs and says so', () => {
    const cutoffs: MorseFallCutoffs = { moderateFrom: 30, highFrom: 60 };
    expect(morseFallCategory(29, cutoffs)).toBe('low');
    expect(morseFallCategory(30, cutoffs)).toBe('moderate');
    expect(morseFallCategory(59, cutoffs)).toBe('moderate');
    expect(morseFallCategory(60, cutoffs)).toBe('high');
    const result = ok(morseFall({ ...nothing, fallHistory: true, secondaryDiagnosis: true, intravenousAccess: true }, { cutoffs }));
    expect(result.value).toBe(60);
    expect(result.category).toBe('high');
    expect(result.details).toMatchObject({ cutoffs: 'custom', middleFrom: 30, highFrom: 60 });
  });

  it('puts the convention in details and the rationale, and cites Morse 1989', () => {
    const result = ok(morseFall({ ...nothing, fallHistory: true, intravenousAccess: true }));
    expect(result.details).toMatchObject({ cutoffs: 'ahrq-tool-3h', middleFrom: 25, highFrom: 46 });
    expect(result.details?.['cutoffsSource']).toEqual(expect.stringContaining('Tool 3H'));
    expect(result.rationale.en).toContain('Tool 3H');
    expect(result.rationale['zh-CN']).toContain('Tool 3H');
    expect(result.rationale['zh-CN']).toContain('45/125');
    expect(result.source).toMatchObject({ kind: 'score', id: 'morse-fall', doi: '10.1017/S0714980800008576' });
    expect(result.probability).toBeUndefined();
    expect(result.missing).toEqual([]);
    const va = ok(morseFall(nothing, { cutoffs: 'va-ncps' }));
    expect(va.details?.['cutoffsSource']).toEqual(expect.stringContaining('VA National Center for Patient Safety'));
  });

  it('uses the AHRQ default in the definition', () => {
    expect(ok(morseFallDefinition.score({ ...nothing, fallHistory: true, intravenousAccess: true })).category).toBe('moderate');
    expect(morseFallDefinition).toMatchObject({ id: 'morse-fall', version: '1989, 6 items, 0-125' });
  });
});

describe('morseFall: validation', () => {
  const issues = (input: unknown, options?: MorseFallOptions) => fail(morseFall(input, options)).issues.map((issue) => `${issue.path.join('.')} ${issue.code}`);

  it('rejects invalid items at their paths', () => {
    expect(issues({ ...nothing, gait: 'shuffling' })).toEqual(['gait invalid-value']);
    expect(issues({ ...nothing, fallHistory: 'yes' })).toEqual(['fallHistory invalid-type']);
    const rest: Record<string, unknown> = { ...nothing };
    delete rest['mentalStatus'];
    expect(fail(morseFall(rest)).issues.map((issue) => issue.path.join('.'))).toEqual(['mentalStatus']);
  });

  it('rejects unknown conventions and inconsistent custom cut-offs', () => {
    expect(fail(morseFall(nothing, { cutoffs: 'nice' } as unknown as MorseFallOptions)).code).toBe('invalid-input');
    expect(issues(nothing, { cutoffs: { moderateFrom: 45, highFrom: 45 } })).toEqual(['cutoffs.highFrom inconsistent']);
    expect(fail(morseFall(nothing, { cutoffs: { moderateFrom: 25.5, highFrom: 45 } })).code).toBe('invalid-input');
  });
});

describe('morseFall: properties', () => {
  const worse = [
    (input: MorseFallInput): MorseFallInput => ({ ...input, fallHistory: true }),
    (input: MorseFallInput): MorseFallInput => ({ ...input, secondaryDiagnosis: true }),
    (input: MorseFallInput): MorseFallInput => ({ ...input, ambulatoryAid: input.ambulatoryAid === 'none' ? 'crutches-cane-walker' : 'furniture' }),
    (input: MorseFallInput): MorseFallInput => ({ ...input, intravenousAccess: true }),
    (input: MorseFallInput): MorseFallInput => ({ ...input, gait: input.gait === 'normal' ? 'weak' : 'impaired' }),
    (input: MorseFallInput): MorseFallInput => ({ ...input, mentalStatus: 'forgets-limitations' }),
  ];
  const rank = { low: 0, 'no-risk': 0, moderate: 1, high: 2 } as const;

  it('adding a risk factor never lowers the score or the category', () => {
    fc.assert(
      fc.property(validInput, fc.integer({ min: 0, max: worse.length - 1 }), fc.constantFrom(...conventions), (input, index, cutoffs) => {
        const change = worse[index];
        if (change === undefined) throw new Error('no such change');
        const before = ok(morseFall(input, { cutoffs }));
        const after = ok(morseFall(change(input), { cutoffs }));
        expect(after.value).toBeGreaterThanOrEqual(before.value);
        const category = (result: ScoreResult) => (result.category === 'low' && cutoffs === 'va-ncps' ? 1 : rank[result.category as keyof typeof rank]);
        expect(category(after)).toBeGreaterThanOrEqual(category(before));
      }),
    );
  });

  it('is deterministic, frozen, within 0-125 and valid against ScoreResultSchema', () => {
    fc.assert(
      fc.property(validInput, fc.constantFrom(...conventions), (input, cutoffs) => {
        const first = ok(morseFall(input, { cutoffs }));
        expect(ok(morseFall(input, { cutoffs }))).toEqual(first);
        expect(Object.isFrozen(first)).toBe(true);
        expect(Object.isFrozen(first.rationale)).toBe(true);
        expect(first.value % 5).toBe(0);
        expect(first.value).toBeLessThanOrEqual(125);
        expect(ScoreResultSchema.safeParse(first).success).toBe(true);
      }),
    );
  });

  it('never throws and returns Left for arbitrary input', () => {
    fc.assert(
      fc.property(anyValue, (input) => {
        expect(morseFall(input)._tag).toBe('Left');
      }),
    );
    fc.assert(
      fc.property(anyValue, (options) => {
        const result = morseFall(nothing, options as MorseFallOptions);
        const acceptable = options === undefined || (typeof options === 'object' && options !== null && !Array.isArray(options));
        expect(result._tag === 'Left' || acceptable).toBe(true);
      }),
    );
  });
});

describe('morseFall: from a patient record', () => {
  it('derives the six items', () => {
    const patient = record({
      history: { fallInPast3Months: true },
      conditions: [
        { code: 'hypertension', status: 'active' },
        { code: 'osteoarthritis', status: 'active' },
      ],
      functionalStatus: { ambulatoryAid: 'crutches-cane-walker', intravenousAccess: false, gait: 'weak', mentalStatus: 'oriented', assessedOn: '2026-03-09' },
    });
    const derivedInput = morseFallDefinition.fromRecord(patient, context);
    expect(derivedInput).toEqual({
      kind: 'ok',
      missing: [],
      input: { fallHistory: true, secondaryDiagnosis: true, ambulatoryAid: 'crutches-cane-walker', intravenousAccess: false, gait: 'weak', mentalStatus: 'oriented' },
    });
    if (derivedInput.kind !== 'ok') throw new Error('expected inputs');
    expect(ok(morseFallDefinition.score(derivedInput.input)).value).toBe(25 + 15 + 15 + 10);
  });

  it.each([
    [[{ code: 'hypertension', status: 'active' }], false],
    [[{ code: 'hypertension', status: 'active' }, { code: 'depression', status: 'resolved' }], false],
    [[{ code: 'hypertension', status: 'active' }, { code: 'hypertension', status: 'active' }], false],
    [[{ code: 'hypertension', status: 'active' }, { code: 'copd', status: 'active', onset: '2026-03-05' }], false],
    [[{ code: 'hypertension', status: 'active' }, { code: 'copd', status: 'active' }, { code: 'stroke', status: 'active' }], true],
    [[], false],
  ])('secondary diagnosis from %o is %s', (conditions, expected) => {
    const patient = record({
      history: { fallInPast3Months: false },
      conditions,
      functionalStatus: { ambulatoryAid: 'none', intravenousAccess: false, gait: 'normal', mentalStatus: 'oriented' },
    });
    const derivedInput = morseFallDefinition.fromRecord(patient, { asOf: '2026-03-01', lookbackDays: DEFAULT_LOOKBACK_DAYS });
    expect(derivedInput.kind === 'ok' ? (derivedInput.input as MorseFallInput).secondaryDiagnosis : undefined).toBe(expected);
  });

  it('names what is missing', () => {
    expect(morseFallDefinition.fromRecord(record({}), context)).toEqual({
      kind: 'missing',
      missing: ['fallHistory', 'secondaryDiagnosis', 'ambulatoryAid', 'intravenousAccess', 'gait', 'mentalStatus'],
    });
    const partial = record({ history: { fallInPast3Months: false }, conditions: [], functionalStatus: { ambulatoryAid: 'none', gait: 'normal' } });
    expect(morseFallDefinition.fromRecord(partial, context)).toEqual({ kind: 'missing', missing: ['intravenousAccess', 'mentalStatus'] });
  });
});
