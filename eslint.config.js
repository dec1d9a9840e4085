// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The purity contract of src/: no clock, no randomness, no console, no process, no file or
 * network access, no host-time-zone reads, no eval. test/purity-lint.test.ts proves each of these
 * selectors fires, so a broken rule fails CI instead of silently allowing impure code.
 */
export const purityRules = {
  'no-restricted-syntax': [
    'error',
    {
      selector: "MemberExpression[object.name='Date'][property.name='now']",
      message: 'src/ is pure: time enters as `asOf`, never from Date.now().',
    },
    {
      selector: "NewExpression[callee.name='Date'][arguments.length=0]",
      message: 'src/ is pure: `new Date()` without an argument reads the clock.',
    },
    {
      selector: "CallExpression[callee.name='Date']",
      message: 'src/ is pure: `Date()` called as a function reads the clock.',
    },
    {
      selector: "MemberExpression[object.name='Math'][property.name='random']",
      message: 'src/ is pure: no randomness; derive ids from inputs (core/ids).',
    },
    {
      selector: "MemberExpression[object.name='crypto'][property.name=/^(getRandomValues|randomUUID)$/]",
      message: 'src/ is pure: no randomness; derive ids from inputs (core/ids).',
    },
    {
      selector: 'ImportExpression',
      message: 'src/ loads no code at run time.',
    },
  ],
  'no-restricted-globals': [
    'error',
    ...[
      'console',
      'process',
      'fetch',
      'XMLHttpRequest',
      'WebSocket',
      'localStorage',
      'sessionStorage',
      'indexedDB',
      'window',
      'document',
      'navigator',
      'require',
      'setTimeout',
      'setInterval',
      'setImmediate',
      'queueMicrotask',
      'performance',
      'crypto',
    ].map((name) => ({ name, message: `src/ is pure: \`${name}\` is host I/O or host state.` })),
  ],
  'no-restricted-properties': [
    'error',
    // Local-time getters and formatters depend on the host's TZ; carepath computes in the
    // patient's IANA zone explicitly (core/time) so that output never depends on the host.
    ...[
      'getTimezoneOffset',
      'getFullYear',
      'getMonth',
      'getDate',
      'getDay',
      'getHours',
      'getMinutes',
      'getSeconds',
      'setFullYear',
      'setMonth',
      'setDate',
      'setHours',
      'setMinutes',
      'setSeconds',
      'toLocaleString',
      'toLocaleDateString',
      'toLocaleTimeString',
      'toDateString',
      'toTimeString',
    ].map((property) => ({
      property,
      message: 'Host-time-zone dependent: use core/time helpers with an explicit IANA zone.',
    })),
    { object: 'globalThis', message: 'src/ reads no global state.' },
  ],
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: [
            'node:*',
            'fs',
            'fs/*',
            'path',
            'os',
            'http',
            'https',
            'http2',
            'net',
            'tls',
            'dgram',
            'dns',
            'child_process',
            'cluster',
            'worker_threads',
            'process',
            'readline',
            'vm',
          ],
          message: 'src/ is pure: no file, network, process or host access.',
        },
        {
          group: ['fp-ts/*', '!fp-ts/lib', '!fp-ts/lib/*'],
          message: 'fp-ts has no "exports" map: import `fp-ts/lib/<Module>.js`.',
        },
      ],
    },
  ],
  'no-eval': 'error',
  'no-implied-eval': 'error',
  'no-new-func': 'error',
};

export default tseslint.config(
  { ignores: ['dist/**', 'docs/api/**', 'node_modules/**', 'coverage/**', '.tmp/**', 'reports/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          // The two probe paths let test/purity-lint.test.ts lint snippets as if they lived there.
          allowDefaultProject: ['*.js', '*.mjs', 'scripts/*.mjs', 'examples/*.mjs', 'src/core/__purity_probe__.ts', 'test/__purity_probe__.test.ts'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: purityRules,
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['scripts/**/*.mjs', 'examples/**/*.mjs', '*.js'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly' },
    },
  },
);
