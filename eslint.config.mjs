import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // Pages are plain HTML documents without Next's client router, so links are plain <a>
      // elements (docs/decisions/0013-pages-without-the-framework-runtime.md).
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
  {
    // Small functions, one rule each, so a model function reads whole
    // (docs/decisions/0022-build-code-apart-from-page-code.md).
    files: ['lib/**/*.{ts,tsx,mjs}'],
    rules: { 'max-lines-per-function': ['error', { max: 80 }] },
  },
  {
    // What runs while a page renders never reaches into the build's machinery (the same decision).
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/lib/build/*', '**/lib/build/*'], message: 'lib/build/ is for the build and scripts only.' },
          ],
        },
      ],
    },
  },
  globalIgnores(['.next/**', 'out/**', '.test-out/**', '.bench/**', 'next-env.d.ts', 'tests/fixtures/**']),
]);
