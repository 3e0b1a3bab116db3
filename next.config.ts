import os from 'node:os';
import path from 'node:path';
import type { NextConfig } from 'next';

// A CI machine starts from nothing: a fresh clone, no compile cache.
const onCi = Boolean(process.env.CI) && process.env.CI !== 'false';

const nextConfig: NextConfig = {
  // A static site, written by `npm run build` after `next build` (scripts/after-build.ts) from
  // what this adapter hands over, rather than by Next's `output: 'export'`, which copied every
  // page's RSC and prefetch files only for the runtime strip to delete them
  // (docs/decisions/0019-site-written-from-the-build-adapter.md).
  adapterPath: path.resolve('lib/build/next-build-adapter.mjs'),
  // One folder with an index.html per URL: works on any static host.
  trailingSlash: true,
  // A static export has no image server; images are served as they are.
  images: { unoptimized: true },
  // Types are checked once, by `npm run typecheck` (part of `npm test`), over the whole
  // project including tests; the build does not repeat it (docs/decisions/0008-build-does-not-type-check.md).
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  // Source maps for errors while pages render slow every build worker's start; a failing page
  // still names its route, and `next dev` maps its stack.
  enablePrerenderSourceMaps: false,
  experimental: {
    // Next uses one core fewer than the machine has; its main process waits while the
    // workers render, so a worker per core builds the pages faster.
    cpus: Math.max(1, os.availableParallelism()),
    // Sizes of prefetchable segments, worked out per page at build time for client navigation,
    // which the stripped pages do not have (docs/decisions/0013-pages-without-the-framework-runtime.md).
    prefetchInlining: false,
    // Turbopack's compile cache (.next/cache) makes the next build compile warm. On CI, where
    // every run starts from a clean clone, writing it costs more than it saves
    // (docs/decisions/0018-no-compile-cache-on-ci.md).
    turbopackFileSystemCacheForBuild: !onCi,
  },
  reactStrictMode: true,
};

export default nextConfig;
