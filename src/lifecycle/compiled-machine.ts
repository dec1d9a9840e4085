import { careError, type CareError, type CareIssue, type PathSegment } from '../core/care-error.js';
import { left, right, type Either } from '../core/either.js';
import { validate } from '../core/validate.js';
import { compileRule, type CompiledRule, type JsonValue } from '../rules/index.js';
import { durationToMs } from './duration.js';
import { EFFECT_TYPES, type EffectTemplate } from './effect.js';
import { MachineDefinitionSchema, type EventDefinition, type MachineDefinition, type StateDefinition, type Transition } from './machine-definition.js';
import { SLUG } from './slug.js';

/** A context assignment, ready to run. */
export interface CompiledAssignment {
  readonly path: readonly string[];
  readonly value?: JsonValue;
  readonly rule?: CompiledRule;
}

/** A transition, ready to run: its guard compiled and its place in the definition. */
export interface CompiledTransition {
  readonly path: readonly PathSegment[];
  readonly transition: Transition;
  readonly guard: CompiledRule | undefined;
  readonly assign: readonly CompiledAssignment[];
}

/** A validated machine with every (state, event) pair resolved to its transitions, highest priority first. */
export interface CompiledMachine {
  readonly definition: MachineDefinition;
  readonly states: ReadonlyMap<string, StateDefinition>;
  readonly events: ReadonlyMap<string, EventDefinition>;
  readonly candidates: ReadonlyMap<string, ReadonlyMap<string, readonly CompiledTransition[]>>;
}

/**
 * Machines already validated, by identity: the definitions `validateMachine` returned (deep-frozen,
 * so they cannot change) and deep-frozen definitions a host passed in. A cache only: a machine not
 * in it is validated on the call, with the same result.
 */
const validated = new WeakMap<object, CompiledMachine>();

function isDeepFrozen(value: unknown, seen: Set<unknown> = new Set()): boolean {
  if (typeof value !== 'object' || value === null || seen.has(value)) return true;
  seen.add(value);
  if (!Object.isFrozen(value)) return false;
  return Object.values(value as Record<string, unknown>).every((child) => isDeepFrozen(child, seen));
}

const effectTypeList = EFFECT_TYPES.map((type) => JSON.stringify(type)).join(', ');

/** zod's report of an unknown effect type is "invalid value"; name the defect class instead. */
function refineStructuralIssue(issue: CareIssue): CareIssue {
  const n = issue.path.length;
  if (issue.code === 'invalid-value' && n >= 3 && issue.path[n - 1] === 'type' && (issue.path[n - 3] === 'effects' || issue.path[n - 3] === 'entry')) {
    return { ...issue, code: 'unknown-code', message: `is not a known effect type: must be one of ${effectTypeList}` };
  }
  return issue;
}

const priorityOf = (transition: Transition): number => transition.priority ?? 0;

function ownTransitions(state: StateDefinition, event: string): readonly Transition[] | undefined {
  return state.on !== undefined && Object.hasOwn(state.on, event) ? state.on[event] : undefined;
}

/** Checks a definition that has the right structure for the defects that span fields; compiles it. */
function compile(definition: MachineDefinition): Either<CareError, CompiledMachine> {
  const issues: CareIssue[] = [];
  const states = new Map(Object.entries(definition.states));
  const events = new Map(Object.entries(definition.events));
  const global = definition.on ?? {};

  for (const name of states.keys()) {
    if (!SLUG.test(name) || name.length > 64) issues.push({ path: ['states', name], code: 'invalid-format', message: 'state names must be kebab-case' });
  }
  for (const name of events.keys()) {
    if (!SLUG.test(name) || name.length > 64) issues.push({ path: ['events', name], code: 'invalid-format', message: 'event names must be kebab-case' });
  }
  if (!states.has(definition.initial)) issues.push({ path: ['initial'], code: 'unknown-code', message: 'is not a state of this machine' });

  const compiled = new Map<Transition, CompiledTransition>();

  const checkEffects = (effects: readonly EffectTemplate[] | undefined, path: readonly PathSegment[]) => {
    effects?.forEach((effect, index) => {
      if ((effect.type === 'schedule-contact' || effect.type === 'schedule-revisit') && effect.latest !== undefined) {
        const within = durationToMs(effect.within) ?? 0;
        const latest = durationToMs(effect.latest) ?? 0;
        if (latest < within) issues.push({ path: [...path, index, 'latest'], code: 'inconsistent', message: 'must not be shorter than within' });
      }
    });
  };

  const compileDocument = (document: JsonValue, path: readonly PathSegment[]): CompiledRule | undefined => {
    const result = compileRule(document);
    if (result._tag === 'Right') return result.right;
    const inner = result.left.issues.length > 0 ? result.left.issues : [{ path: [], code: 'invalid-value' as const, message: result.left.message }];
    for (const issue of inner) issues.push({ path: [...path, ...issue.path], code: issue.code, message: `rule does not compile: ${issue.message}` });
    return undefined;
  };

  const checkList = (list: readonly Transition[], path: readonly PathSegment[]) => {
    if (list.length > 1) {
      const priorities = list.map((transition) => transition.priority);
      if (priorities.some((priority) => priority === undefined) || new Set(priorities).size !== list.length) {
        issues.push({
          path,
          code: 'duplicate',
          message: `has ${list.length} transitions for one event that could both fire: give each a distinct priority`,
        });
      }
    }
    list.forEach((transition, index) => {
      const at = [...path, index];
      if (!states.has(transition.target)) issues.push({ path: [...at, 'target'], code: 'unknown-code', message: 'is not a state of this machine' });
      const guard = transition.guard === undefined ? undefined : compileDocument(transition.guard, [...at, 'guard']);
      const assign = (transition.assign ?? []).map((assignment, position): CompiledAssignment => {
        const pathParts = assignment.set.split('.');
        if ('rule' in assignment) {
          const rule = compileDocument(assignment.rule, [...at, 'assign', position, 'rule']);
          return rule === undefined ? { path: pathParts } : { path: pathParts, rule };
        }
        return { path: pathParts, value: assignment.value };
      });
      checkEffects(transition.effects, [...at, 'effects']);
      compiled.set(transition, { path: at, transition, guard, assign });
    });
  };

  for (const [name, state] of states) {
    const at = ['states', name];
    if (state.type === 'stage' && state.stage === undefined) issues.push({ path: [...at, 'stage'], code: 'required', message: 'a stage state needs its plan kind and follow-up policy' });
    if (state.type !== 'stage' && state.stage !== undefined) issues.push({ path: [...at, 'stage'], code: 'inconsistent', message: 'only stage states carry stage metadata' });
    if (state.type === 'terminal' && state.closure === undefined) issues.push({ path: [...at, 'closure'], code: 'required', message: 'a terminal state needs its closure reason' });
    if (state.type !== 'terminal' && state.closure !== undefined) issues.push({ path: [...at, 'closure'], code: 'inconsistent', message: 'only terminal states have a closure reason' });
    if (state.type === 'terminal' && state.on !== undefined && Object.keys(state.on).length > 0) {
      issues.push({ path: [...at, 'on'], code: 'inconsistent', message: 'is on a terminal state, which must absorb: it may have no transitions' });
    }
    if (name === definition.initial && (state.entry?.length ?? 0) > 0) {
      issues.push({ path: [...at, 'entry'], code: 'inconsistent', message: 'the initial state is never entered by a transition: move these effects to the start of the episode' });
    }
    checkEffects(state.entry, [...at, 'entry']);
    for (const [event, list] of Object.entries(state.on ?? {})) {
      if (!events.has(event)) issues.push({ path: [...at, 'on', event], code: 'unknown-code', message: 'is not an event of this machine' });
      checkList(list, [...at, 'on', event]);
    }
  }
  for (const [event, list] of Object.entries(global)) {
    if (!events.has(event)) issues.push({ path: ['on', event], code: 'unknown-code', message: 'is not an event of this machine' });
    checkList(list, ['on', event]);
  }

  // Resolve (state, event) -> transitions: a state's own list shadows the machine-wide one.
  const candidates = new Map<string, Map<string, CompiledTransition[]>>();
  for (const [name, state] of states) {
    const byEvent = new Map<string, CompiledTransition[]>();
    if (state.type !== 'terminal') {
      for (const event of events.keys()) {
        const own = ownTransitions(state, event);
        const list = own ?? (Object.hasOwn(global, event) ? global[event] : undefined) ?? [];
        const ready = list.flatMap((transition) => {
          const entry = compiled.get(transition);
          return entry === undefined ? [] : [entry];
        });
        if (ready.length > 0) byEvent.set(event, ready.sort((a, b) => priorityOf(b.transition) - priorityOf(a.transition)));
      }
    }
    candidates.set(name, byEvent);
  }

  // Reachability from the initial state. A history transition can only return to a stage already
  // visited, so it adds nothing but its fallback target.
  const reached = new Set<string>();
  const queue = states.has(definition.initial) ? [definition.initial] : [];
  while (queue.length > 0) {
    const name = queue.pop() as string;
    if (reached.has(name)) continue;
    reached.add(name);
    for (const list of candidates.get(name)?.values() ?? []) {
      for (const { transition } of list) if (states.has(transition.target) && !reached.has(transition.target)) queue.push(transition.target);
    }
  }
  if (states.has(definition.initial)) {
    for (const name of states.keys()) {
      if (!reached.has(name)) issues.push({ path: ['states', name], code: 'inconsistent', message: 'is not reachable from the initial state' });
    }
  }

  // A way out: from every non-terminal state some terminal state can be reached (history may
  // return to any stage state, so it counts as an edge to each of them).
  const stageNames = [...states].filter(([, state]) => state.type === 'stage').map(([name]) => name);
  const canFinish = new Set([...states].filter(([, state]) => state.type === 'terminal').map(([name]) => name));
  let grew = true;
  while (grew) {
    grew = false;
    for (const [name] of states) {
      if (canFinish.has(name)) continue;
      const next = [...(candidates.get(name)?.values() ?? [])].flat().flatMap(({ transition }) =>
        transition.history === true ? [transition.target, ...stageNames] : [transition.target],
      );
      if (next.some((target) => canFinish.has(target))) {
        canFinish.add(name);
        grew = true;
      }
    }
  }
  for (const [name, state] of states) {
    if (state.type !== 'terminal' && !canFinish.has(name)) {
      issues.push({ path: ['states', name], code: 'inconsistent', message: 'has no way out: no terminal state can be reached from it' });
    }
  }

  if (issues.length > 0) return left(careError('invalid-rule', 'Machine definition is invalid', issues));
  return right({ definition, states, events, candidates });
}

/** Validates and compiles a machine definition (any input); the result is cached by identity when safe. */
export function compileMachine(input: unknown): Either<CareError, CompiledMachine> {
  if (typeof input === 'object' && input !== null) {
    const hit = validated.get(input);
    if (hit !== undefined) return right(hit);
  }
  const parsed = validate(MachineDefinitionSchema, input, 'Machine definition');
  if (parsed._tag === 'Left') {
    return left(careError('invalid-rule', 'Machine definition is invalid', parsed.left.issues.map(refineStructuralIssue)));
  }
  const result = compile(parsed.right as MachineDefinition);
  if (result._tag === 'Right') {
    validated.set(result.right.definition, result.right);
    if (typeof input === 'object' && input !== null && isDeepFrozen(input)) validated.set(input, result.right);
  }
  return result;
}
