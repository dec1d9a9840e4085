import type { CareError } from '../core/care-error.js';
import { right, type Either } from '../core/either.js';
import { protect } from '../core/protect.js';
import { compileMachine, type CompiledMachine } from './compiled-machine.js';
import type { MachineDefinition, Transition } from './machine-definition.js';

/** Mermaid ids may not contain '-': state names are kebab-case, so '_' cannot collide. */
const nodeId = (state: string): string => state.replace(/-/g, '_');

const ANY = 'any_active_state';
const HISTORY = 'stage_left';

function label(event: string, transition: Transition): string {
  const marks = [
    ...(transition.guard === undefined ? [] : ['guarded']),
    ...(transition.priority === undefined ? [] : [`p${transition.priority}`]),
  ];
  return marks.length === 0 ? event : `${event} [${marks.join(' ')}]`;
}

function lines(machine: CompiledMachine): string[] {
  const definition = machine.definition;
  const out = ['stateDiagram-v2'];
  if (definition.description !== undefined) out.push(`  %% ${definition.description.replace(/[\r\n]+/g, ' ')}`);
  for (const [name, state] of machine.states) {
    const plan = state.stage !== undefined && state.stage.plan !== 'none' ? ` (${state.stage.plan})` : '';
    out.push(`  state "${name}${plan}" as ${nodeId(name)}`);
    if (state.type === 'terminal') out.push(`  class ${nodeId(name)} terminal`);
  }
  out.push(`  [*] --> ${nodeId(definition.initial)}`);
  const seen = { history: false };
  const edge = (from: string, event: string, transition: Transition) => {
    if (transition.history === true) {
      seen.history = true;
      out.push(`  ${from} --> ${HISTORY} : ${label(event, transition)}`);
    } else {
      out.push(`  ${from} --> ${nodeId(transition.target)} : ${label(event, transition)}`);
    }
  };
  for (const [name, state] of machine.states) {
    for (const [event, list] of Object.entries(state.on ?? {})) for (const transition of list) edge(nodeId(name), event, transition);
  }
  const global = Object.entries(definition.on ?? {});
  if (global.length > 0) {
    out.push(`  state "any active state without its own transition" as ${ANY}`);
    for (const [event, list] of global) for (const transition of list) edge(ANY, event, transition);
  }
  if (seen.history) {
    out.push(`  state "stage left (history)" as ${HISTORY}`);
    out.push(`  note right of ${HISTORY} : returns to the stage state the episode left; else the fallback`);
    for (const [name, state] of machine.states) if (state.type === 'stage') out.push(`  ${HISTORY} --> ${nodeId(name)}`);
  }
  for (const [name, state] of machine.states) if (state.type === 'terminal') out.push(`  ${nodeId(name)} --> [*]`);
  out.push('  classDef terminal font-weight:bold');
  return out;
}

/**
 * Draws a machine as a Mermaid `stateDiagram-v2`: every state (stage states with their plan kind),
 * every transition labelled with its event (`[guarded p2]` when a guard and a priority decide),
 * machine-wide transitions from one "any active state" node, history transitions through a
 * "stage left" node, and terminal states to `[*]`.
 *
 * @param machine - the machine
 * @returns `Right` with the diagram text, or `Left` (`invalid-rule`) for an invalid machine
 *
 * @example
 * ```ts
 * const tinyMachine = { id: 'tiny', version: '1', initial: 'open', events: { close: {} },
 *   states: { open: { type: 'status', on: { close: [{ target: 'done' }] } }, done: { type: 'terminal', closure: 'goals-met' } } };
 * toMermaid(tinyMachine);
 * // => { _tag: 'Right', right: 'stateDiagram-v2\n  state "open" as open\n  state "done" as done\n  class done terminal\n' +
 * //      '  [*] --> open\n  open --> done : close\n  done --> [*]\n  classDef terminal font-weight:bold' }
 * ```
 * @category Lifecycle
 */
export function toMermaid(machine: MachineDefinition): Either<CareError, string> {
  return protect('toMermaid', () => {
    const compiled = compileMachine(machine);
    return compiled._tag === 'Left' ? compiled : right(lines(compiled.right).join('\n'));
  });
}
