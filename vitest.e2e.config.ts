import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Tests against built output: the fixture-site build test and the browser tests in real
// Chromium. They run one file at a time: a Next build takes both cores of this machine.
export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    globals: true,
    environment: 'node',
    include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
