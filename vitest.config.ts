import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Unit and component tests. Browser and build tests live in vitest.e2e.config.ts.
export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    globals: true,
    environment: 'node',
    include: ['tests/lib/**/*.test.ts', 'tests/components/**/*.test.tsx', 'tests/budget/**/*.test.ts'],
    setupFiles: ['tests/setup.ts'],
  },
});
