import { defineConfig } from 'tsup';

// One entry per module: the root re-exports them all, and each is also a subpath export
// (`carepath/model`, `carepath/core`, ...). Keep this list and package.json "exports" in step;
// test/package-exports.test.ts checks that they agree.
export const entries = {
  index: 'src/index.ts',
  'core/index': 'src/core/index.ts',
  'model/index': 'src/model/index.ts',
  'risk/index': 'src/risk/index.ts',
  'lifecycle/index': 'src/lifecycle/index.ts',
  'plans/index': 'src/plans/index.ts',
  'schedule/index': 'src/schedule/index.ts',
  'rules/index': 'src/rules/index.ts',
  // Optional entry, not re-exported from the root: carries the holiday data.
  'calendars/china/index': 'src/calendars/china.ts',
} as const;

export default defineConfig({
  entry: entries,
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  splitting: true,
  treeshake: true,
  tsconfig: 'tsconfig.build.json',
  // The runtime dependencies stay external; fp-ts has no "exports" map, so src imports
  // `fp-ts/lib/*.js` paths that plain Node ESM and CommonJS both resolve.
  external: ['zod', 'fp-ts', 'date-fns', '@date-fns/tz', 'immer', 'rrule'],
  // The mainland-China holiday data (chinese-days, MIT) is inlined at build time: the optional
  // calendar needs no runtime dependency and no JSON import attributes.
  noExternal: ['chinese-days'],
});
