import jsonLogic from 'json-logic-js';
import { bench, describe } from 'vitest';
import { compileRule, evaluateRule, type CompiledRule } from '../src/rules/index.js';

/**
 * carepath's rule evaluator against json-logic-js 2.0.5 `apply`, on the same documents and data.
 * The goal (docs/rules.md, "Performance") is at least 20 times json-logic-js's throughput.
 * Run: npx vitest bench --run --config vitest.bench.config.ts bench/rules.bench.ts
 */

function compiled(document: unknown): CompiledRule {
  const result = compileRule(document);
  if (result._tag === 'Left') throw new Error(result.left.message);
  return result.right;
}

/** A cohort: every iteration evaluates the rule for each patient, as a host screening a panel does. */
const PATIENTS = 100;

const readingsOf = (patient: number) =>
  Array.from({ length: 60 }, (_, index) => ({
    code: index % 3 === 0 ? 'glucose-fasting' : 'glucose-postprandial-2h',
    value: 5 + (((index + patient) * 37) % 90) / 10,
    unit: 'mmol/L',
  }));

const cohort = <T>(make: (patient: number) => T): readonly T[] => Array.from({ length: PATIENTS }, (_, patient) => make(patient));

const cases: readonly { readonly name: string; readonly document: unknown; readonly data: readonly unknown[] }[] = [
  {
    name: 'small: and of two comparisons (conformance suite)',
    document: { and: [{ '<': [{ var: 'temp' }, 110] }, { '==': [{ var: 'pie.filling' }, 'apple'] }] },
    data: cohort((patient) => ({ temp: 95 + (patient % 20), pie: { filling: patient % 3 === 0 ? 'cherry' : 'apple' } })),
  },
  {
    name: 'escalation: nested if/and/or over a patient summary',
    document: {
      if: [
        { missing: ['glucose', 'age'] },
        'incomplete',
        { or: [{ '>=': [{ var: 'glucose' }, 13.9] }, { and: [{ '>': [{ var: 'glucose' }, 7] }, { '>=': [{ var: 'daysAbove' }, 3] }] }] },
        'phone',
        { and: [{ '>=': [{ var: 'age' }, 65] }, { '<': [{ var: 'sleepHours' }, 5] }, { in: [{ var: 'tier' }, ['high', 'very-high']] }] },
        'advise',
        'none',
      ],
    },
    data: cohort((patient) => ({ glucose: 5 + (patient % 10), age: 40 + (patient % 45), daysAbove: patient % 4, sleepHours: 4 + (patient % 5), tier: patient % 2 === 0 ? 'high' : 'low' })),
  },
  {
    name: 'lists: filter, map and reduce over 60 readings',
    document: {
      and: [
        { '>': [{ reduce: [{ filter: [{ var: 'readings' }, { '==': [{ var: 'code' }, 'glucose-fasting'] }] }, { '+': [{ var: 'accumulator' }, 1] }, 0] }, 3] },
        { some: [{ var: 'readings' }, { '>=': [{ var: 'value' }, 13.9] }] },
        { '>': [{ reduce: [{ map: [{ var: 'readings' }, { var: 'value' }] }, { max: [{ var: 'accumulator' }, { var: 'current' }] }, 0] }, 10] },
      ],
    },
    data: cohort((patient) => ({ readings: readingsOf(patient) })),
  },
];

for (const { name, document, data } of cases) {
  const rule = compiled(document);
  describe(name, () => {
    bench(`carepath evaluateRule x${PATIENTS} patients`, () => {
      for (const facts of data) evaluateRule(rule, facts);
    });
    bench(`json-logic-js apply x${PATIENTS} patients`, () => {
      for (const facts of data) jsonLogic.apply(document as jsonLogic.RulesLogic, facts);
    });
  });
}
