import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * Proves the purity rules of eslint.config.js fire: each snippet, placed in src/, must be
 * reported. If a rule is weakened or its selector breaks, this test fails instead of CI
 * silently accepting impure code.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function problems(code: string, file = 'src/core/__purity_probe__.ts'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? []).map((message) => `${message.ruleId ?? 'parse'}: ${message.message}`);
}

const impure: [string, string][] = [
  ['Date.now()', 'export const t = Date.now();'],
  ['new Date() without an argument', 'export const t = new Date();'],
  ['Date() as a function', 'export const t = Date();'],
  ['Math.random()', 'export const r = Math.random();'],
  ['crypto.randomUUID()', 'export const id = crypto.randomUUID();'],
  ['console', "console.log('x');"],
  ['process', 'export const env = process.env;'],
  ['fetch', "export const p = fetch('https://example.org');"],
  ['setTimeout', 'setTimeout(() => undefined, 1);'],
  ['globalThis', 'export const g = globalThis.structuredClone;'],
  ['an fs import', "import { readFileSync } from 'fs';\nexport const r = readFileSync;"],
  ['a node: import', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;"],
  ['an http import', "import http from 'node:http';\nexport const h = http;"],
  ['a dynamic import', "export const m = import('zod');"],
  ['a bare fp-ts subpath', "import { left } from 'fp-ts/Either';\nexport const l = left;"],
  ['a host-time-zone getter', 'export const h = new Date(0).getHours();'],
  ['getTimezoneOffset', 'export const o = new Date(0).getTimezoneOffset();'],
  ['toLocaleDateString', 'export const s = new Date(0).toLocaleDateString();'],
  ['eval', "export const v: unknown = eval('1');"],
  ['new Function', "export const f = new Function('return 1');"],
];

describe('the purity lint of src/', () => {
  it.each(impure)('reports %s', async (_, code) => {
    const found = await problems(code);
    expect(found.some((text) => /no-restricted|no-eval|no-implied-eval|no-new-func/.test(text)), found.join('\n')).toBe(true);
  });

  it('accepts pure code that uses dates with an argument', async () => {
    expect(await problems("export const iso = new Date(Date.UTC(2026, 0, 1)).toISOString();\nexport const day = new Date(0).getUTCDate();\n")).toEqual([]);
  });

  it('does not apply to tests and scripts', async () => {
    expect(await problems('export const t = Date.now();\n', 'test/__purity_probe__.test.ts')).toEqual([]);
  });
});
