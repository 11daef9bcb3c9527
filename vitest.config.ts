import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // A hang guard, not a speed check (speed is measured by `npm run bench`): generous, since the
    // integration tests share 2 cores with real servers.
    testTimeout: 180_000,
    hookTimeout: 120_000,
    // Integration tests start real servers; run files one at a time on the 2-core machines.
    fileParallelism: false,
    reporters: ['default'],
  },
});
