import os from 'node:os';
import path from 'node:path';
import type { NextConfig } from 'next';

// A CI machine starts from nothing: a fresh clone, no compile cache.
const onCi = Boolean(process.env.CI) && process.env.CI !== 'false';

const nextConfig: NextConfig = {
  // A static site, written by `npm run build` after `next build` (scripts/after-build.ts) from
  // what this adapter hands over, rather than by Next's `output: 'export'`, which copied every
  // page's RSC and prefetch files only for the runtime strip to delete them (README, decision 19).
  adapterPath: path.resolve('lib/build/next-build-adapter.mjs'),
  // One folder with an index.html per URL: works on any static host.
  trailingSlash: true,
  // A static export has no image server; images are served as they are.
  images: { unoptimized: true },
  // Types are checked once, by `npm run typecheck` (part of `npm test`), over the whole
  // project including tests; the build does not repeat it (about 9 s a build).
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  // Source maps for errors while pages render cost each build worker a second of loading; a
  // failing page still names its route, and \`next dev\` maps its stack.
  enablePrerenderSourceMaps: false,
  experimental: {
    // Next uses one core fewer than the machine has; its main process waits while the
    // workers render, so on two cores two workers build the pages almost twice as fast.
    cpus: Math.max(1, os.availableParallelism()),
    // Sizes of prefetchable segments, measured per page at build time for client navigation,
    // which the stripped pages do not have (README, decision 13): a third of the render time.
    prefetchInlining: false,
    // Turbopack's compile cache (.next/cache) makes the next build compile in 5 to 8 s
    // instead of 20. On CI, writing it (10 to 14 s of both cores) buys nothing measurable: the
    // whole CI run took 723 s with it and 714 s without (README, decision 18).
    turbopackFileSystemCacheForBuild: !onCi,
  },
  reactStrictMode: true,
};

export default nextConfig;
