import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Integration tests start real servers; run files one at a time on the 2-core machines.
    fileParallelism: false,
    reporters: ['default'],
  },
});
