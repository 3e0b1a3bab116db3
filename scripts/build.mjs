/**
 * `npm run build`: check the content, `next build`, then everything after it
 * (scripts/after-build.ts), each step timed. Plain JavaScript so that it starts at once.
 *
 * The build's "now" (what is scheduled, which season is current, what the news sitemap
 * lists) is fixed here, once, for every step: BUILD_TIME if set, else SOURCE_DATE_EPOCH
 * (the reproducible-builds convention, seconds since 1970), else the clock at the start.
 * Each step runs in its own processes; without this, two of them could disagree about an
 * article scheduled for the minute the build runs.
 */
import { spawnSync } from 'node:child_process';

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

const env = { ...process.env, BUILD_TIME: pinnedTime() };
const steps = [
  ['check', process.execPath, ['scripts/run-bundled.mjs', 'check']],
  ['next build', process.execPath, ['node_modules/next/dist/bin/next', 'build']],
  // next/link keeps the site's trailing slashes outside Next only when told so.
  ['after build', process.execPath, ['--import', 'tsx', 'scripts/after-build.ts'], { __NEXT_TRAILING_SLASH: 'true' }],
];

const timings = [];
for (const [name, command, args, extraEnv] of steps) {
  const started = performance.now();
  const run = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  timings.push(`${name} ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (run.status !== 0) {
    console.error(`build: ${name} failed${run.signal ? ` (${run.signal})` : ''}`);
    process.exit(run.status ?? 1);
  }
}
console.log(`build time (BUILD_TIME ${env.BUILD_TIME}): ${timings.join(', ')}`);
