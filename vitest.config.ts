import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    // The packaging test installs a tarball into a fresh project: give it room.
    testTimeout: 20_000,
    hookTimeout: 240_000,
  },
});
