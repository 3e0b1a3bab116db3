import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { nginxIncludeDir, REDIRECTS_FILE } from '@/lib/build/nginx-includes';

/** The valid fixture content root, and where its production build is exported. */
export const FIXTURE_ROOT = 'tests/fixtures/content/valid';
/** The fixture's public/: the files its articles' image.src name. */
export const FIXTURE_PUBLIC_DIR = 'tests/fixtures/public';
export const FIXTURE_EXPORT_DIR = '.test-out/fixture-site';

/**
 * The build's "now": the day after the newest published article (so the news sitemap lists
 * it), after the draft's date and before the scheduled article's.
 */
export const FIXTURE_BUILD_TIME = '2025-11-17T12:00:00+01:00';

/** A content root built as `npm run build` builds content/; `environment` adds to the build's variables. */
export type SiteBuild = {
  contentRoot: string;
  publicDir: string;
  exportDir: string;
  buildTime: string;
  environment?: Record<string, string>;
};

export const FIXTURE_BUILD: SiteBuild = {
  contentRoot: FIXTURE_ROOT,
  publicDir: FIXTURE_PUBLIC_DIR,
  exportDir: FIXTURE_EXPORT_DIR,
  buildTime: FIXTURE_BUILD_TIME,
  // Its articles searched in parts of two, as a large archive's are (lib/search-parts.ts), so
  // that the browser tests search a merged index too; the real site's build has one index.
  environment: { SEARCH_PART_ARTICLES: '2' },
};

// What a build reads besides its content and public files: a build older than any of them is stale.
const CODE_INPUTS = ['app', 'components', 'lib', 'public', 'scripts', 'next.config.ts', 'package.json'];

// A file `next build` writes and the last one written after it (the search index): both there means a complete build.
const FIRST_OUTPUT = 'index.html';
const LAST_OUTPUT = 'pagefind/pagefind.js';

// Next allows one build per project at a time (a lock in .next/): a build that meets another
// one waits for it, up to two minutes.
const CONCURRENT_BUILD = 'Another next build process is already running';
const LOCK_ATTEMPTS = 12;
const LOCK_WAIT_MS = 10_000;

/** How a test builds: `incremental` keeps the previous export for the build to reuse; `args` go to `npm run build`. */
export type BuildOptions = { incremental?: boolean; args?: string[] };

/**
 * Builds any content root into any export folder; returns the build's output, throws with it
 * on failure. `environment` adds to or overrides the build's variables (a time zone, say).
 * Without `incremental`, the export folder is removed first, so the build is a full one.
 */
export function buildSite(
  site: SiteBuild,
  environment: Record<string, string> = {},
  options: BuildOptions = {},
): string {
  for (let attempt = 1; ; attempt += 1) {
    if (!options.incremental) {
      fs.rmSync(site.exportDir, { recursive: true, force: true });
      fs.rmSync(nginxIncludeDir(site.exportDir), { recursive: true, force: true });
    }
    const build = spawnSync('npm', ['run', 'build', ...(options.args ? ['--', ...options.args] : [])], {
      encoding: 'utf8',
      env: {
        ...process.env,
        CONTENT_DIR: site.contentRoot,
        PUBLIC_DIR: site.publicDir,
        EXPORT_DIR: site.exportDir,
        BUILD_TIME: site.buildTime,
        NODE_ENV: 'production',
        // A zone far from Amsterdam: pages must still show Amsterdam time.
        TZ: 'America/Los_Angeles',
        ...site.environment,
        ...environment,
      },
    });
    const output = `${build.stdout}\n${build.stderr}`;
    if (build.status === 0) return output;
    if (!output.includes(CONCURRENT_BUILD) || attempt === LOCK_ATTEMPTS) {
      throw new Error(`build of ${site.contentRoot} failed:\n${output}`);
    }
    sleep(LOCK_WAIT_MS);
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Builds the fixture site only when there is no complete build of it newer than the fixture
 * files and the code that builds them (fixture-site.test.ts, which runs first, usually left
 * one). Returns whether it built. Throws when the build fails.
 */
export function ensureFixtureSite(): boolean {
  return ensureSite(FIXTURE_BUILD);
}

/** Builds a site only when there is no complete build of it newer than its content and code. */
export function ensureSite(site: SiteBuild): boolean {
  if (isFresh(site)) return false;
  buildSite(site);
  return true;
}

function isFresh(site: SiteBuild): boolean {
  const outputs = [
    ...[FIRST_OUTPUT, LAST_OUTPUT].map((name) => path.join(site.exportDir, name)),
    // The server tests serve a build through nginx, with its generated includes.
    path.join(nginxIncludeDir(site.exportDir), REDIRECTS_FILE),
  ];
  if (!outputs.every((file) => fs.existsSync(file))) return false;
  const builtAt = Math.min(...outputs.map((file) => fs.statSync(file).mtimeMs));
  return [site.contentRoot, site.publicDir, ...CODE_INPUTS].every((input) => newestChange(input) < builtAt);
}

/** The latest modification time of a file, or of any file under a folder (0 when missing). */
function newestChange(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(target, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((newest, entry) => Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs), 0);
}
