import { build } from 'esbuild';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

/**
 * A browser app bundles carepath: the bundle must build for the browser platform (so no Node
 * built-in is reachable from src/) and run in a context that has none of Node's globals.
 */
describe('carepath in a browser bundle', () => {
  it('bundles for the browser and validates a record with no Node globals in scope', async () => {
    const entry = `
      import { validatePatientRecord, localDateOf } from './src/index.ts';
      const ok = validatePatientRecord({ id: 'p-1', birthDate: '1956-05-12', sex: 'female',
        observations: [{ code: 'glucose-fasting', value: 126, unit: 'mg/dL', effective: '2026-11-18T07:30:00+08:00' }] });
      const bad = validatePatientRecord({ birthDate: '2026-02-30' });
      const day = localDateOf('2026-03-01T18:30:00Z', 'Asia/Shanghai');
      globalThis.result = JSON.stringify({ ok: ok._tag, value: ok.right.observations[0].value, bad: bad.left.issues.map((i) => i.path.join('.')), day: day.right });
    `;
    const bundle = await build({
      stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'iife',
      target: 'es2020',
      logLevel: 'silent',
    });
    expect(bundle.errors).toEqual([]);
    const code = bundle.outputFiles[0]?.text ?? '';
    expect(code).not.toMatch(/require\(["'](node:)?(fs|path|os|crypto|http|child_process)["']\)/);
    // A bare context: ECMAScript globals and Intl only; no process, require, Buffer, console, timers.
    const sandbox: Record<string, unknown> = {};
    runInNewContext(code, sandbox);
    expect(JSON.parse(String(sandbox['result']))).toEqual({ ok: 'Right', value: 7, bad: ['id', 'birthDate', 'sex'], day: '2026-03-02' });
  });
});
