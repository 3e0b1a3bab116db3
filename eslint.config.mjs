import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // Every page is a plain HTML document without Next's client router (docs/decisions), so
      // links are plain <a> elements.
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
  {
    // Small functions, one rule each: a newcomer reads a model function whole (docs/decisions).
    files: ['lib/**/*.{ts,tsx,mjs}'],
    rules: { 'max-lines-per-function': ['error', { max: 80 }] },
  },
  globalIgnores(['.next/**', 'out/**', '.test-out/**', '.bench/**', 'next-env.d.ts', 'tests/fixtures/**']),
]);
