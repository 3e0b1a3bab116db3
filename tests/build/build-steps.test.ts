import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FIXTURE_BUILD } from './support/fixture-build';

// scripts/build.mjs runs the social images beside `next build`: a failure there must fail
// the whole build at once, stop Next and its workers, and leave no half-built export that
// `npm start` would take for a complete one.
const EXPORT_DIR = '.test-out/failed-build';

function buildTemporaryFolders(): string[] {
  return fs.readdirSync(os.tmpdir()).filter((name) => name.startsWith('schaatsnieuws-build-'));
}

/** Whether a process calls itself `next-build` (Next's build sets that title), from /proc. */
function nextIsRunning(): boolean {
  return fs.readdirSync('/proc').some((entry) => {
    if (!/^\d+$/.test(entry)) return false;
    try {
      return fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').startsWith('next-build');
    } catch {
      return false; // It ended while we looked.
    }
  });
}

function nextExitsWithin(ms: number): boolean {
  for (const deadline = Date.now() + ms; Date.now() < deadline;) {
    if (!nextIsRunning()) return true;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
  }
  return false;
}

describe('a build whose social images fail', () => {
  it('fails at once, naming the step, and leaves nothing running or marked complete', () => {
    const before = buildTemporaryFolders();
    const build = spawnSync(process.execPath, ['scripts/build.mjs'], {
      encoding: 'utf8',
      env: {
        ...process.env,
        CONTENT_DIR: FIXTURE_BUILD.contentRoot,
        PUBLIC_DIR: FIXTURE_BUILD.publicDir,
        EXPORT_DIR,
        BUILD_TIME: FIXTURE_BUILD.buildTime,
        NODE_OPTIONS: `--require ${path.resolve('tests/build/support/fail-social-images.cjs')}`,
      },
    });
    const output = `${build.stdout}\n${build.stderr}`;

    expect(build.status, output).toBe(1);
    expect(output).toContain('social image renderer broke (injected by the test)');
    expect(output).toContain('build: social images (beside the rest) failed');
    // Not after Next finished: the build stopped when the step beside it failed.
    expect(output).not.toContain('Generating static pages using');
    expect(fs.existsSync(path.join(EXPORT_DIR, 'pagefind/pagefind.js'))).toBe(false);
    // Next was sent SIGTERM as the build ended; give it a moment to go.
    expect(nextExitsWithin(10_000), 'next build still running').toBe(true);
    expect(buildTemporaryFolders()).toEqual(before);
  });
});
