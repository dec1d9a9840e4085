/**
 * The published package, as a consumer gets it: `npm pack` the repo, install the tarball into a
 * brand-new project outside the repo, and there
 *
 * - check what the tarball ships (every export target, the declared "files", no sources or tests),
 * - load every export with `import` in plain Node ESM and with `require` in CommonJS,
 * - type-check TypeScript consumers under `moduleResolution` node16 (ESM and CJS) and bundler;
 *
 * and run publint and arethetypeswrong against the repo itself.
 *
 * Needs a built dist/ (CI builds first; the build runs here only when dist/index.js is missing)
 * and access to the npm registry or a warm npm cache for the runtime dependencies.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const tsc = join(repo, 'node_modules', 'typescript', 'bin', 'tsc');

interface PackageJson {
  name: string;
  files?: string[];
  exports: Record<string, unknown>;
}
const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as PackageJson;

/** Every subpath of "exports" that is a module (`.`, `./core`, ...), without `./package.json`. */
const subpaths = Object.keys(pkg.exports).filter((key) => key !== './package.json');
/** The bare specifier a consumer writes for a subpath: `carepath`, `carepath/core`, ... */
const specifier = (subpath: string): string => (subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`);

/** Every file path (`./dist/...`) an "exports" entry can point to, found by walking its conditions. */
function exportTargets(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(exportTargets);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(exportTargets);
  return [];
}

const TIMEOUT = 180_000;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  /** The command and everything it printed, for assertion messages. */
  report: string;
}

function run(command: string, args: string[], cwd: string, timeout = TIMEOUT): Run {
  // stdout/stderr are null when the process could not be spawned at all.
  const result: SpawnSyncReturns<string | null> = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    timeout,
    maxBuffer: 64 * 1024 * 1024,
    // npm/npx are .cmd shims on Windows, which Node only spawns through a shell.
    shell: process.platform === 'win32',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', npm_config_update_notifier: 'false' },
  });
  const report = [
    `$ (cd ${cwd} && ${command} ${args.join(' ')})`,
    `exit status: ${String(result.status)}${result.signal ? ` (signal ${result.signal})` : ''}${result.error ? ` (${result.error.message})` : ''}`,
    `--- stdout ---\n${result.stdout ?? ''}`,
    `--- stderr ---\n${result.stderr ?? ''}`,
  ].join('\n');
  return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '', report };
}

/** Runs a command that must succeed; throws with its full output otherwise. */
function mustRun(command: string, args: string[], cwd: string, timeout = TIMEOUT): Run {
  const result = run(command, args, cwd, timeout);
  if (result.status !== 0) throw new Error(`command failed\n${result.report}`);
  return result;
}

let work = '';
let consumer = '';
let packed: string[] = [];

beforeAll(() => {
  if (!existsSync(join(repo, 'dist', 'index.js'))) mustRun('npm', ['run', 'build'], repo);

  work = mkdtempSync(join(tmpdir(), 'carepath-package-'));
  const pack = mustRun('npm', ['pack', '--json', '--pack-destination', work], repo);
  // stdout is the JSON report (npm's own warnings go to stderr); skip anything a lifecycle script printed first.
  const json = pack.stdout.slice(Math.max(0, pack.stdout.search(/^\[/m)));
  const [info] = JSON.parse(json) as { filename: string; files: { path: string }[] }[];
  if (!info) throw new Error(`npm pack printed no package\n${pack.report}`);
  packed = info.files.map((file) => file.path.replace(/\\/g, '/')).sort();
  const tarball = join(work, info.filename);
  if (!existsSync(tarball)) throw new Error(`npm pack did not write ${tarball}\n${pack.report}`);

  consumer = join(work, 'consumer');
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), `${JSON.stringify({ name: 'consumer', private: true }, null, 2)}\n`);
  mustRun('npm', ['install', tarball, '--no-audit', '--no-fund', '--prefer-offline'], consumer);
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed tarball', () => {
  it('ships every "exports" target and the main/module/types entries', () => {
    const required = new Set([
      'dist/index.js',
      'dist/index.cjs',
      'dist/index.d.ts',
      'dist/index.d.cts',
      'package.json',
      ...Object.values(pkg.exports).flatMap(exportTargets),
      ...['main', 'module', 'types']
        .map((field) => (pkg as unknown as Record<string, unknown>)[field])
        .filter((value): value is string => typeof value === 'string'),
    ]);
    const missing = [...required].map((path) => path.replace(/^\.\//, '')).filter((path) => !packed.includes(path));
    expect(missing, `missing from the tarball; it holds:\n${packed.join('\n')}`).toEqual([]);
  });

  it('ships README.md and every plain file named in package.json "files"', () => {
    const declared = (pkg.files ?? []).filter((entry) => !/[*?[{]/.test(entry) && !entry.startsWith('!') && entry !== 'dist');
    const wanted = [...new Set(['README.md', ...declared])];
    const missing = wanted.filter((path) => !packed.includes(path.replace(/^\.\//, '')));
    expect(
      missing,
      `listed in package.json "files" (or README.md) but not in the tarball, so absent from the repo root; it holds:\n${packed.join('\n')}`,
    ).toEqual([]);
  });

  it('ships no sources, tests, dependencies or stray files', () => {
    const unwanted = packed.filter(
      (path) =>
        /^(src|test|tests|examples|scripts|docs|coverage|node_modules|\.ci|\.github)\//.test(path) ||
        /(^|\/)node_modules\//.test(path) ||
        /\.(test|spec)\.[cm]?[jt]sx?$/.test(path) ||
        /(^|\/)(tsconfig[^/]*\.json|tsup\.config\.[cm]?[jt]s|vitest\.config\.[cm]?[jt]s|eslint\.config\.[cm]?js|\.gitignore|.*\.tgz)$/.test(path),
    );
    expect(unwanted, `should not be published; the tarball holds:\n${packed.join('\n')}`).toEqual([]);
    const outside = packed.filter((path) => !path.startsWith('dist/') && !/^(package\.json|README(\.md)?|LICENSE|NOTICE|CHANGELOG\.md)$/i.test(path));
    expect(outside, 'files outside dist/ other than package.json and the usual docs').toEqual([]);
  });

  it('ships source maps only next to their file and with the sources embedded (src/ is not published)', () => {
    const maps = packed.filter((path) => path.endsWith('.map'));
    const orphans = maps.filter((map) => !packed.includes(map.slice(0, -'.map'.length)));
    expect(orphans, 'source maps whose file is not in the tarball').toEqual([]);
    const dangling = maps.filter((map) => {
      const parsed = JSON.parse(readFileSync(join(consumer, 'node_modules', pkg.name, map), 'utf8')) as {
        sources: string[];
        sourcesContent?: (string | null)[];
      };
      return parsed.sources.some((_, index) => typeof parsed.sourcesContent?.[index] !== 'string');
    });
    expect(dangling, 'source maps that point to sources without embedding them').toEqual([]);
  });
});

describe('the installed package at run time', () => {
  const valid = { id: 'p-1', birthDate: '1956-03-15', sex: 'male' };
  const invalid = { birthDate: '2026-02-30' };
  // What both consumers print for the two records.
  const expected = {
    valid: { tag: 'Right', birthDate: '1956-03-15' },
    invalid: { tag: 'Left', code: 'invalid-input', firstPath: ['id'] },
  };

  function checkRecords(output: Run) {
    expect(output.status, output.report).toBe(0);
    const printed = JSON.parse(output.stdout) as {
      valid: unknown;
      invalid: { tag: string; code: string; firstPath: unknown; issues: { path: unknown; code: string }[] };
      modelExports: number;
      coreExports: number;
    };
    expect(printed.valid, output.report).toEqual(expected.valid);
    expect({ tag: printed.invalid.tag, code: printed.invalid.code, firstPath: printed.invalid.firstPath }, output.report).toEqual(
      expected.invalid,
    );
    expect(printed.invalid.issues, output.report).toContainEqual({ path: ['birthDate'], code: 'invalid-date' });
    expect(printed.modelExports, output.report).toBeGreaterThan(0);
    expect(printed.coreExports, output.report).toBeGreaterThan(0);
  }

  const report = (validRecord: string, invalidRecord: string) => `
const a = validatePatientRecord(${validRecord});
const b = validatePatientRecord(${invalidRecord});
console.log(JSON.stringify({
  valid: { tag: a._tag, birthDate: a._tag === 'Right' ? a.right.birthDate : null },
  invalid: {
    tag: b._tag,
    code: b._tag === 'Left' ? b.left.code : null,
    firstPath: b._tag === 'Left' ? b.left.issues[0].path : null,
    issues: b._tag === 'Left' ? b.left.issues.map((issue) => ({ path: issue.path, code: issue.code })) : [],
  },
  modelExports: Object.keys(model).length,
  coreExports: Object.keys(core).length,
}));
`;

  /** Names each subpath exports, loaded in a fresh Node process with import (ESM) or require (CJS). */
  function exportNames(kind: 'esm' | 'cjs'): Record<string, string[]> {
    const specifiers = JSON.stringify(subpaths.map(specifier));
    const file = kind === 'esm' ? 'exports.mjs' : 'exports.cjs';
    const source =
      kind === 'esm'
        ? `const names = {};
for (const id of ${specifiers}) names[id] = Object.keys(await import(id)).sort();
console.log(JSON.stringify(names));
`
        : `const names = {};
for (const id of ${specifiers}) names[id] = Object.keys(require(id)).filter((name) => name !== '__esModule').sort();
const manifest = require('${pkg.name}/package.json');
if (manifest.name !== '${pkg.name}') throw new Error('package.json export: wrong name ' + manifest.name);
console.log(JSON.stringify(names));
`;
    writeFileSync(join(consumer, file), source);
    const output = run('node', [file], consumer);
    expect(output.status, output.report).toBe(0);
    return JSON.parse(output.stdout) as Record<string, string[]>;
  }

  it('works with import in plain Node ESM', () => {
    writeFileSync(
      join(consumer, 'esm.mjs'),
      `import { validatePatientRecord } from '${pkg.name}';
import * as model from '${pkg.name}/model';
import * as core from '${pkg.name}/core';
${report(JSON.stringify(valid), JSON.stringify(invalid))}`,
    );
    checkRecords(run('node', ['esm.mjs'], consumer));
  });

  it('works with require in CommonJS', () => {
    writeFileSync(
      join(consumer, 'cjs.cjs'),
      `'use strict';
const { validatePatientRecord } = require('${pkg.name}');
const model = require('${pkg.name}/model');
const core = require('${pkg.name}/core');
${report(JSON.stringify(valid), JSON.stringify(invalid))}`,
    );
    checkRecords(run('node', ['cjs.cjs'], consumer));
  });

  it('loads every "exports" subpath with import and with require, with the same names both ways', () => {
    const esm = exportNames('esm');
    const cjs = exportNames('cjs');
    expect(Object.keys(esm).sort()).toEqual(subpaths.map(specifier).sort());
    for (const [id, names] of Object.entries(esm)) {
      expect(names.length, `${id} has no exports under import`).toBeGreaterThan(0);
      expect(cjs[id], `${id}: require and import expose different names`).toEqual(names);
    }
  });
});

describe('TypeScript consumers of the installed package', () => {
  // Shared body: narrowing on _tag, typed fields, and one @ts-expect-error that must fire, so the
  // check cannot pass if the types resolved to `any` or not at all (an unused directive is an error).
  const body = (ns: string) => `
const result: Either<CareError, ${ns}PatientRecord> = ${ns}validatePatientRecord({ id: 'p-1', birthDate: '1956-03-15', sex: 'male' });
if (result._tag === 'Right') {
  const birthDate: string = result.right.birthDate;
  const sex: 'female' | 'male' | 'other' | 'unknown' = result.right.sex;
  // @ts-expect-error sex is a string union, never a number
  const wrong: number = result.right.sex;
  void [birthDate, sex, wrong];
} else {
  const error: ${ns}CareError = result.left;
  const code: string = error.code;
  const firstPath: readonly (string | number)[] | undefined = error.issues[0]?.path;
  void [code, firstPath];
}
`;

  const esmSource = `import { validatePatientRecord, type PatientRecord, type CareError } from '${pkg.name}';
import type { Either } from '${pkg.name}/core';
import { PatientRecordSchema, type PatientRecord as ModelPatientRecord } from '${pkg.name}/model';
${body('')}
const fromModel: ModelPatientRecord | undefined = PatientRecordSchema.safeParse({}).data;
void fromModel;
export {};
`;

  // CommonJS flavour: \`import = require\` is only valid when the file is emitted as CommonJS.
  const cjsSource = `import carepath = require('${pkg.name}');
import core = require('${pkg.name}/core');
import model = require('${pkg.name}/model');
type Either<L, R> = core.Either<L, R>;
type CareError = carepath.CareError;
${body('carepath.')}
const fromModel: model.PatientRecord | undefined = model.PatientRecordSchema.safeParse({}).data;
void fromModel;
export {};
`;

  // The dependencies' own declarations are checked too (skipLibCheck false). No @types/* in the
  // consumer and the default lib of the target (es2022 + DOM): zod's declarations name the global
  // `URL`, which only DOM or @types/node declare, so a consumer with `lib: ["es2022"]` alone and
  // no @types/node would fail in zod, not in carepath.
  const common = { strict: true, noEmit: true, skipLibCheck: false, target: 'es2022', types: [] };

  function typecheck(config: string, compilerOptions: Record<string, unknown>, files: string[]): string[] {
    writeFileSync(join(consumer, config), JSON.stringify({ compilerOptions: { ...common, ...compilerOptions }, files }, null, 2));
    const output = run('node', [tsc, '-p', config, '--listFiles', '--pretty', 'false'], consumer);
    const lines = output.stdout.split(/\r?\n/).map((line) => line.trim().replace(/\\/g, '/'));
    // The report without the --listFiles lines (absolute paths), which would bury the diagnostics.
    const diagnostics = lines.filter((line) => line !== '' && !/^(\/|[A-Za-z]:\/)\S+$/.test(line)).join('\n');
    expect(output.status, `tsc -p ${config} failed (tsc ${tsc})\n${diagnostics}\n--- stderr ---\n${output.stderr}`).toBe(0);
    return lines;
  }

  const declarationsUsed = (listed: string[], suffixes: string[]) =>
    suffixes.filter((suffix) => !listed.some((line) => line.endsWith(`node_modules/${pkg.name}/${suffix}`)));

  beforeAll(() => {
    // consumer.mts is ESM and consumer.cts is CommonJS whatever package.json "type" says; the
    // extensionless consumer.ts is CommonJS under node16 (no "type") and ESM under bundler.
    writeFileSync(join(consumer, 'consumer.ts'), esmSource);
    writeFileSync(join(consumer, 'consumer.mts'), esmSource);
    writeFileSync(join(consumer, 'consumer.cts'), cjsSource);
  });

  it(
    'type-checks under module/moduleResolution node16, from ESM (.mts) and from CommonJS (.cts, .ts)',
    () => {
      const listed = typecheck(
        'tsconfig.node16.json',
        { module: 'node16', moduleResolution: 'node16' },
        ['consumer.mts', 'consumer.cts', 'consumer.ts'],
      );
      // Both the import and the require declarations were the ones checked.
      // The consumers import the root, core and model: both flavours of each were checked.
      const missing = declarationsUsed(
        listed,
        ['.', './core', './model'].flatMap((subpath) => {
          const dir = subpath === '.' ? 'dist/' : `dist/${subpath.slice(2)}/`;
          return [`${dir}index.d.ts`, `${dir}index.d.cts`];
        }),
      );
      expect(missing, `declarations tsc did not load:\n${listed.join('\n')}`).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'type-checks under module esnext / moduleResolution bundler',
    () => {
      const listed = typecheck('tsconfig.bundler.json', { module: 'esnext', moduleResolution: 'bundler' }, ['consumer.ts']);
      const missing = declarationsUsed(listed, ['dist/index.d.ts', 'dist/core/index.d.ts', 'dist/model/index.d.ts']);
      expect(missing, `declarations tsc did not load:\n${listed.join('\n')}`).toEqual([]);
    },
    TIMEOUT,
  );
});

describe('package linters, run against the repo', () => {
  it(
    'publint --strict reports nothing',
    () => {
      // --no: use the installed devDependency, never download one.
      const output = run('npx', ['--no', '--', 'publint', '--strict'], repo);
      expect(output.status, output.report).toBe(0);
      expect(output.stdout, output.report).toMatch(/All good!/);
      expect(output.stdout, output.report).not.toMatch(/Errors?:|Warnings?:|Suggestions?:/);
    },
    TIMEOUT,
  );

  it(
    'arethetypeswrong reports no problem in any resolution mode (node10, node16 CJS and ESM, bundler)',
    () => {
      // node10 (moduleResolution "node", TypeScript < 4.7) ignores "exports": the subpaths
      // resolve there through "typesVersions" in package.json.
      const output = run('npx', ['--no', '--', 'attw', '--pack', '.', '--format', 'json'], repo);
      expect(output.status, output.report).toBe(0);
      const start = output.stdout.indexOf('{');
      expect(start, output.report).toBeGreaterThanOrEqual(0);
      const parsed = JSON.parse(output.stdout.slice(start)) as { problems?: Record<string, Record<string, unknown>[]> };
      const problems = Object.values(parsed.problems ?? {}).flat();
      expect(problems, `attw problems:\n${JSON.stringify(parsed.problems, null, 2)}`).toEqual([]);
    },
    TIMEOUT,
  );
});
