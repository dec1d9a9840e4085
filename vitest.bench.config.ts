import { defineConfig } from 'vitest/config';

// `npm run bench`: benchmarks only, never part of `npm test`.
export default defineConfig({
  test: {
    include: [],
    benchmark: { include: ['bench/**/*.bench.ts'] },
  },
});
