import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentRelease, deployRelease, findBrokenLinks, redirectSources, rollback } from '@/lib/build/releases';
import { startNginx, type RunningNginx } from '@/lib/build/nginx-config';
import { htmlFiles, nginxIncludeDir } from '@/lib/build/nginx-includes';
import { ensureFixtureSite, FIXTURE_EXPORT_DIR } from '../build/support/fixture-build';
import { nginxAvailable } from './support/browser';

// A deploy under load, against the production rules on loopback: release A is live, release B
// (one page changed, one removed with every link to it) is switched in mid-load, then rolled
// back. Readers must see no error, and B must not link to what it lacks.

const CHANGED = '/nieuws/visser-rijdt-baanrecord/';
const REMOVED = '/nieuws/terugblik-op-het-seizoen/';
const MARKER = '<!-- release B -->';

const available = nginxAvailable();
let work = '';
let deployRoot = '';
let releaseA = '';
let exportB = '';
let server: RunningNginx | undefined;

function get(base: string, address: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    // A connection of its own (no keep-alive agent), as the load's requests have: a reload
    // closes the old workers' idle connections.
    http
      .get(`${base}${address}`, { agent: false }, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

/** Asks until `done` holds (nginx reloads in the background), for at most ten seconds. */
async function eventually(address: string, done: (reply: { status: number; body: string }) => boolean) {
  let reply = await get(server?.url ?? '', address);
  for (let attempt = 0; attempt < 100 && !done(reply); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    reply = await get(server?.url ?? '', address);
  }
  return reply;
}

/** A copy of an export and its includes under `folder`/out. */
function copyExport(from: string, folder: string): string {
  const to = path.join(folder, 'out');
  fs.cpSync(from, to, { recursive: true });
  fs.cpSync(nginxIncludeDir(from), nginxIncludeDir(to), { recursive: true });
  return to;
}

/** Every HTML file of an export, rewritten. */
function rewriteHtml(exportDir: string, rewrite: (html: string) => string): void {
  for (const { file } of htmlFiles(exportDir)) fs.writeFileSync(file, rewrite(fs.readFileSync(file, 'utf8')));
}

/** The pages of an export a reader can ask for: no redirected aliases, no 404 page. */
function pageAddresses(exportDir: string): string[] {
  const redirected = redirectSources(nginxIncludeDir(exportDir));
  return htmlFiles(exportDir)
    .map(({ uri }) => uri.replace(/index\.html$/, ''))
    .filter((address) => !redirected.has(address) && !/^\/(404|_not-found)/.test(address));
}

describe.skipIf(!available)('a release switch under load', () => {
  beforeAll(async () => {
    ensureFixtureSite();
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'release-switch-'));
    deployRoot = path.join(work, 'deploy');
    fs.mkdirSync(deployRoot);
    releaseA = deployRelease(FIXTURE_EXPORT_DIR, deployRoot);

    exportB = copyExport(FIXTURE_EXPORT_DIR, path.join(work, 'b'));
    const changed = path.join(exportB, CHANGED, 'index.html');
    fs.writeFileSync(changed, fs.readFileSync(changed, 'utf8').replace('</body>', `${MARKER}</body>`));
    fs.rmSync(path.join(exportB, REMOVED), { recursive: true });
    rewriteHtml(exportB, (html) => html.replaceAll(`href="${REMOVED}"`, 'href="/"'));

    server = await startNginx({ exportDir: FIXTURE_EXPORT_DIR, deployRoot, workers: 1 });
  });

  afterAll(async () => {
    await server?.close();
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  it('serves every request during the switch, then B, and A again after a rollback', async () => {
    const base = server?.url ?? '';
    const pidFile = path.join(server?.prefix ?? '', 'nginx.pid');
    expect((await get(base, REMOVED)).status).toBe(200);

    // B's pages, which A has too: a reader of either release may ask for them.
    const addresses = pageAddresses(exportB);
    let switchOutput = '';
    const load = autocannon({
      url: base,
      connections: 8,
      duration: 8,
      timeout: 5,
      // A new connection per request: a reload closes the old workers' idle keep-alive
      // connections, and a request sent on one at that moment is reset. Browsers retry such a
      // request on a new connection by themselves; autocannon would count it as an error.
      headers: { connection: 'close' },
      requests: addresses.map((address) => ({ method: 'GET' as const, path: address })),
    });
    // In a process of its own, as on a host: autocannon keeps this event loop busy meanwhile.
    const switching = new Promise<number>((resolve, reject) =>
      setTimeout(() => {
        const child = spawn(
          process.execPath,
          ['--import', 'tsx', 'scripts/deploy-release.ts', deployRoot, '--export', exportB, '--pid-file', pidFile],
          { stdio: ['ignore', 'pipe', 'inherit'] },
        );
        child.stdout.on('data', (chunk: Buffer) => (switchOutput += chunk.toString()));
        child.once('error', reject);
        child.once('exit', (code) =>
          code === 0 ? resolve(performance.now()) : reject(new Error(`deploy:release exited ${code}`)),
        );
      }, 1000),
    );
    // Asked for while the load still runs.
    const servedB = switching.then(async () => {
      const reply = await eventually(CHANGED, (each) => each.body.includes(MARKER));
      return reply.body.includes(MARKER) ? performance.now() : Infinity;
    });
    const [result, switchedAt, servedBAt] = await Promise.all([
      load.then((done) => ({ done, at: performance.now() })),
      switching,
      servedB,
    ]);
    const loadEndedAt = result.at;
    console.log(
      `release switch: ${result.done.requests.total} requests over ${addresses.length} pages, ${result.done.errors} errors, ${result.done.timeouts} timeouts, ${result.done.non2xx} non-2xx`,
    );

    expect(result.done.requests.total).toBeGreaterThan(0);
    expect(result.done.errors).toBe(0);
    expect(result.done.timeouts).toBe(0);
    expect(result.done.non2xx).toBe(0);
    // The switch and the reload happened while the load ran, not after it.
    expect(switchedAt).toBeLessThan(loadEndedAt);
    // nginx answers from B within the bound of eventually(); usually before the load ends, but a busy
    // machine may delay the new worker, so that is not asserted.
    expect(servedBAt).toBeLessThan(Infinity);
    expect(switchOutput).toContain(`live: ${path.join(deployRoot, 'releases', currentRelease(deployRoot) ?? '')}`);
    expect(currentRelease(deployRoot)).not.toBe(releaseA);
    expect(findBrokenLinks(path.join(deployRoot, 'current', 'site'))).toEqual([]);
    expect((await eventually(CHANGED, (reply) => reply.body.includes(MARKER))).body).toContain(MARKER);
    // Each request may meet a worker of before the reload until those have finished: asked again, as CHANGED is.
    expect((await eventually(REMOVED, (reply) => reply.status === 404)).status).toBe(404);

    expect(rollback(deployRoot, { pidFile })).toBe(releaseA);
    expect((await eventually(CHANGED, (reply) => !reply.body.includes(MARKER))).body).not.toContain(MARKER);
    expect((await eventually(REMOVED, (reply) => reply.status === 200)).status).toBe(200);
  });

  it('refuses a release with a broken internal link and leaves current as it was', async () => {
    const live = currentRelease(deployRoot);
    const broken = copyExport(FIXTURE_EXPORT_DIR, path.join(work, 'broken'));
    const page = path.join(broken, 'index.html');
    fs.writeFileSync(page, fs.readFileSync(page, 'utf8').replace('</body>', '<a href="/bestaat-niet/">x</a></body>'));

    expect(() => deployRelease(broken, deployRoot)).toThrow(
      /broken internal links; not switched:\n {2}\/index.html → \/bestaat-niet\//,
    );
    expect(currentRelease(deployRoot)).toBe(live);
    expect((await get(server?.url ?? '', '/')).status).toBe(200);
  });
});
