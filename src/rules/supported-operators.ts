/**
 * The JSON Logic operators carepath evaluates, with json-logic-js 2.0.5 as the reference
 * semantics. `log` is deliberately absent: it writes to the console, which a pure engine never does.
 */
export const STANDARD_OPERATORS = Object.freeze([
  'var',
  'missing',
  'missing_some',
  'if',
  '?:',
  '==',
  '===',
  '!=',
  '!==',
  '!',
  '!!',
  'or',
  'and',
  '>',
  '>=',
  '<',
  '<=',
  'max',
  'min',
  '+',
  '-',
  '*',
  '/',
  '%',
  'map',
  'reduce',
  'filter',
  'all',
  'none',
  'some',
  'merge',
  'in',
  'cat',
  'substr',
] as const);

/** carepath's care operators on top of JSON Logic (docs/rules.md). */
export const CARE_OPERATORS = Object.freeze([
  'days_between',
  'readings',
  'count',
  'mean',
  'min_of',
  'max_of',
  'cv',
  'consecutive',
] as const);

/**
 * Every operator a rule may use unless {@link RuleLimits.operators} narrows the list: the
 * standard JSON Logic operators except `log`, then carepath's care operators.
 *
 * @example
 * ```ts
 * SUPPORTED_OPERATORS.includes('log');         // => false
 * SUPPORTED_OPERATORS.includes('consecutive'); // => true
 * SUPPORTED_OPERATORS.length;                  // => 42
 * ```
 * @category Rules
 */
export const SUPPORTED_OPERATORS: readonly string[] = Object.freeze([...STANDARD_OPERATORS, ...CARE_OPERATORS]);

const SYMBOL_OPERATORS = new Set(['==', '===', '!=', '!==', '!', '!!', '>', '>=', '<', '<=', '+', '-', '*', '/', '%', '?:']);

const NAMED_OPERATOR = /^[A-Za-z_][\w.-]{0,40}$/;

/**
 * True when an operator name read from a rule document may be quoted in an error message:
 * a plain identifier-like name or one of the fixed symbol operators. Anything else could be
 * text a person typed where an operator belongs, so messages withhold it.
 */
export function isQuotableOperator(name: string): boolean {
  return NAMED_OPERATOR.test(name) || SYMBOL_OPERATORS.has(name);
}

/** The operator name as it may appear in a path or message: itself, or `<operator>` when withheld. */
export function quotableOperator(name: string): string {
  return isQuotableOperator(name) ? name : '<operator>';
}
