/**
 * `npm run build`: check the content, `next build`, then everything after it
 * (scripts/after-build.ts), each step timed. Plain JavaScript so that it starts at once.
 * `check` reads the content once for the whole build (lib/build/content-snapshot.ts). The social
 * images (scripts/social-images.ts) are rendered beside `next build` and the after-build
 * step, at the lowest priority, in the core time those leave idle.
 *
 * The build's "now" (what is scheduled, which season is current, what the news sitemap
 * lists) is fixed here, once, for every step: BUILD_TIME if set, else SOURCE_DATE_EPOCH
 * (the reproducible-builds convention, seconds since 1970), else the clock at the start.
 * Each step runs in its own processes; without this, two of them could disagree about an
 * article scheduled for the minute the build runs.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const unknown = process.argv.slice(2).filter((argument) => argument !== '--full');
if (unknown.length > 0) {
  console.error(`build: unknown argument ${unknown.join(' ')}; expected nothing, or --full to render every page`);
  process.exit(2);
}

function pinnedTime() {
  if (process.env.BUILD_TIME) return process.env.BUILD_TIME;
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined) {
    if (!/^\d+$/.test(epoch)) {
      console.error(`SOURCE_DATE_EPOCH: expected whole seconds since 1970 (got "${epoch}")`);
      process.exit(2);
    }
    return new Date(Number(epoch) * 1000).toISOString();
  }
  return new Date().toISOString();
}

// The build's own temporary folder: `check` writes the content it loaded there and every
// later step reads it (lib/build/content-snapshot.ts); social images are rendered into it.
const buildDir = fs.mkdtempSync(path.join(os.tmpdir(), 'schaatsnieuws-build-'));
const socialImages = path.join(buildDir, 'social-images');
const env = {
  ...process.env,
  BUILD_TIME: pinnedTime(),
  CONTENT_SNAPSHOT: path.join(buildDir, 'content.v8'),
  // Which pages to render and which to reuse from the previous build (lib/build/build-plan.ts).
  RENDER_PLAN: path.join(buildDir, 'render-plan.json'),
  BUILD_FULL: process.argv.includes('--full') ? '1' : '',
  SOCIAL_IMAGES_STAGED: socialImages,
};
const running = new Set();
process.on('exit', () => {
  for (const child of running) child.kill();
  fs.rmSync(buildDir, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

const timings = [];
/**
 * Starts a step in a Node process of its own; the promise resolves when it succeeds. A failed step
 * ends the build. `niceness` 19 runs it at the lowest priority, every thread of it (through
 * nice(1), where there is one): it then takes only the core time the other steps leave idle.
 * Steps stay in this process's session: Linux shares CPU fairly between sessions
 * (autogroups) before it looks at niceness, so a step in a session of its own would not yield.
 */
function start(name, args, { extraEnv = {}, niceness = 0 } = {}) {
  const started = performance.now();
  const nice = niceness > 0 && hasNice();
  const [command, commandArgs] = nice
    ? ['nice', ['-n', String(niceness), process.execPath, ...args]]
    : [process.execPath, args];
  const child = spawn(command, commandArgs, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  running.add(child);
  return new Promise((resolve) =>
    child.on('exit', (status, signal) => {
      running.delete(child);
      timings.push(`${name} ${((performance.now() - started) / 1000).toFixed(1)} s`);
      if (status !== 0) {
        console.error(`build: ${name} failed${signal ? ` (${signal})` : ''}`);
        process.exit(status ?? 1);
      }
      resolve();
    }),
  );
}
function hasNice() {
  return spawnSync('nice', ['true']).status === 0;
}

await start('check', ['scripts/run-bundled.mjs', 'check']);
const plan = JSON.parse(fs.readFileSync(env.RENDER_PLAN, 'utf8'));
// Nothing changed since the previous build (check said so, lib/build/build-plan.ts): its export is this one's.
if (plan.mode === 'unchanged') {
  console.log(`build time (BUILD_TIME ${env.BUILD_TIME}): ${timings.join(', ')}; the previous export is up to date`);
  process.exit(0);
}
// An incremental build has the same code as the previous one: when Next's compiled app in .next
// was compiled from this very code (the mark says so), Next only renders
// (`--experimental-build-mode generate`) instead of compiling it again.
const compiledMark = path.join('.next', 'schaatsnieuws-compiled-code');
const compiled =
  plan.mode === 'incremental' && fs.existsSync(compiledMark) && fs.readFileSync(compiledMark, 'utf8') === plan.code;
if (!compiled) fs.rmSync(compiledMark, { force: true });
// Social images need only the content: rendered beside `next build`, at the lowest
// priority so that they take only the core time Next leaves idle.
const social = start('social images (beside the rest)', ['scripts/run-bundled.mjs', 'social-images', socialImages], {
  niceness: 19,
});
await start(compiled ? 'next build (rendering only)' : 'next build', [
  'node_modules/next/dist/bin/next',
  'build',
  ...(compiled ? ['--experimental-build-mode', 'generate'] : []),
]);
if (!compiled) fs.writeFileSync(compiledMark, plan.code);
// The after-build step waits for them (scripts/after-build.ts), on the core it leaves idle.
await start('after build', ['scripts/run-bundled.mjs', 'after-build']);
await social;
console.log(`build time (BUILD_TIME ${env.BUILD_TIME}): ${timings.join(', ')}`);
