import { deepFreeze } from '../../core/freeze.js';
import { BUILT_IN_RULE_LIST } from './built-in-rules.js';
import type { ScreeningRuleInput } from './rule-schema.js';

/**
 * The built-in screening rules as plain data, in the shape a centre writes its own
 * (`ScreeningRuleSchema`): the seed check-up table, the "10 + 3" package and the public-health
 * norm's annual items for residents 65+, the Chinese lung (2021) and gastric (2022; 2017
 * consensus) guidelines, USPSTF, and the risk-driven additions. A centre can copy one, change it,
 * and pass it back through `options.rules` under a new id.
 *
 * @example
 * ```ts
 * BUILT_IN_SCREENING_RULES.find((rule) => rule.id === 'uspstf.lung-2021');
 * // => { id: 'uspstf.lung-2021', item: 'ldct-lung', profile: 'us', intervalMonths: 12, grade: 'B',
 * //      when: { and: [ { '<=': [50, { var: 'age' }, 80] }, ... ] }, source: { kind: 'guideline', id: 'uspstf-lung-2021', ... }, ... }
 * ```
 * @category Check-up
 */
export const BUILT_IN_SCREENING_RULES: readonly ScreeningRuleInput[] = deepFreeze(JSON.parse(JSON.stringify(BUILT_IN_RULE_LIST)) as ScreeningRuleInput[]);
