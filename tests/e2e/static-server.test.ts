import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { serveArguments } from '@/lib/build/static-server';
import { SHORTENED_ADDRESSES } from './support/shortened-addresses';

// What a reader sees under `npm start` (scripts/start.ts serves the export with `serve`, set up
// by deploy/serve.json): pages for the addresses a reader shortens, and never a folder listing.

const EXPORT = 'out';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

let server: ChildProcess | undefined;
let base = '';

beforeAll(async () => {
  if (!fs.existsSync(path.join(EXPORT, 'index.html')))
    throw new Error(`${EXPORT}/ is not built: run npm run build first`);
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(path.resolve('node_modules/.bin/serve'), serveArguments(EXPORT, `tcp://127.0.0.1:${port}`), {
    stdio: 'ignore',
  });
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      await fetch(`${base}/`);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error('serve did not start');
}, 20_000);

afterAll(() => {
  server?.kill();
});

describe('npm start', () => {
  it.each(SHORTENED_ADDRESSES)('answers %s with a page of its own (%s)', async (address, title) => {
    const reply = await fetch(`${base}${address}`);

    expect(reply.status).toBe(200);
    expect(await reply.text()).toContain(`<title>${title} | `);
  });

  it('never lists a folder: a folder without a page is "niet gevonden"', async () => {
    const reply = await fetch(`${base}/nieuws/pagina/`);
    const body = await reply.text();

    expect(reply.status).toBe(404);
    expect(body).not.toMatch(/Index of|Files within/i);
    expect(body).toContain('niet gevonden');
  });
});
