import type { CareError } from '../core/care-error.js';
import { right, type Either } from '../core/either.js';
import { protect } from '../core/protect.js';
import { compileMachine } from './compiled-machine.js';
import type { MachineDefinition } from './machine-definition.js';

/**
 * Validates a lifecycle machine definition (plain data, for example a hospital's JSON file) and
 * returns it parsed and deep-frozen. Reports every defect in one pass, each at its path:
 *
 * | defect | issue code |
 * |---|---|
 * | structure (missing field, wrong type, unknown field) | zod's: `required`, `invalid-type`, `unknown-field`, ... |
 * | unknown effect type | `unknown-code` at `...effects[i].type` |
 * | unknown target state, initial state or event name | `unknown-code` |
 * | a guard or assignment rule that does not compile (`compileRule`) | the rule's issue code, under `...guard` |
 * | two transitions of one state and event without distinct priorities | `duplicate` |
 * | a state not reachable from the initial state | `inconsistent` ("is not reachable") |
 * | a non-terminal state with no way out (no terminal state reachable) | `inconsistent` ("has no way out") |
 * | a terminal state with transitions (terminal states absorb) | `inconsistent` at `states.<name>.on` |
 * | a duration in months or years, or `latest` shorter than `within` | `invalid-format` / `inconsistent` |
 *
 * Pass the returned definition to `applyEvent` and friends: it is recognised and not validated
 * again (a definition that was not returned by this function is validated on every call).
 *
 * @param definition - anything; a {@link MachineDefinition} to be accepted
 * @returns `Right` with the frozen definition, or `Left` with code `invalid-rule`
 *
 * @example
 * ```ts
 * const tiny = {
 *   id: 'tiny', version: '1', initial: 'open',
 *   events: { close: {} },
 *   states: { open: { type: 'status', on: { close: [{ target: 'done' }] } }, done: { type: 'terminal', closure: 'goals-met' } },
 * };
 * validateMachine(tiny);
 * // => { _tag: 'Right', right: { id: 'tiny', version: '1', initial: 'open', events: { close: {} }, states: { ... } } }
 *
 * // The same machine with a state nothing leads to:
 * validateMachine({ ...tiny, states: { ...tiny.states, orphan: { type: 'status', on: { close: [{ target: 'done' }] } } } });
 * // => { _tag: 'Left', left: { code: 'invalid-rule',
 * //      message: 'Machine definition is invalid: states.orphan: is not reachable from the initial state',
 * //      issues: [{ path: ['states', 'orphan'], code: 'inconsistent', message: 'is not reachable from the initial state' }] } }
 * ```
 * @category Lifecycle
 */
export function validateMachine(definition: unknown): Either<CareError, MachineDefinition> {
  return protect('validateMachine', () => {
    const compiled = compileMachine(definition);
    return compiled._tag === 'Left' ? compiled : right(compiled.right.definition);
  });
}
