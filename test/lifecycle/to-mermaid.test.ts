import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultCareMachine, toMermaid } from '../../src/lifecycle/index.js';

const id = (state: string) => state.replace(/-/g, '_');

describe('toMermaid', () => {
  const result = toMermaid(defaultCareMachine);
  const text = result._tag === 'Right' ? result.right : '';

  it('draws a stateDiagram-v2 with every state, the initial state and every terminal state', () => {
    expect(result._tag).toBe('Right');
    expect(text.startsWith('stateDiagram-v2\n')).toBe(true);
    expect(text).toContain(`[*] --> ${id(defaultCareMachine.initial)}`);
    for (const [name, state] of Object.entries(defaultCareMachine.states)) {
      expect(text).toContain(`as ${id(name)}`);
      if (state.type === 'terminal') expect(text).toContain(`${id(name)} --> [*]`);
    }
  });

  it('draws every transition of every state, labelled with its event', () => {
    for (const [name, state] of Object.entries(defaultCareMachine.states)) {
      for (const [event, list] of Object.entries(state.on ?? {})) {
        for (const transition of list) {
          const to = transition.history === true ? 'stage_left' : id(transition.target);
          expect(text).toContain(`${id(name)} --> ${to} : ${event}`);
        }
      }
    }
    for (const [event, list] of Object.entries(defaultCareMachine.on ?? {})) {
      for (const transition of list) expect(text).toContain(`any_active_state --> ${id(transition.target)} : ${event}`);
    }
  });

  it('is the picture docs/lifecycle.md shows', () => {
    const doc = readFileSync(new URL('../../docs/lifecycle.md', import.meta.url), 'utf8');
    expect(doc).toContain(['```mermaid', text, '```'].join('\n'));
  });

  it('refuses an invalid machine', () => {
    const invalid = toMermaid({ ...defaultCareMachine, initial: 'nowhere' });
    expect(invalid._tag === 'Left' && invalid.left.code).toBe('invalid-rule');
  });
});
