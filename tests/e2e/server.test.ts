import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { startNginx, type RunningNginx } from '@/lib/build/nginx-config';
import { inlineScriptHashes } from '@/lib/build/nginx-includes';
import { ensureFixtureSite, FIXTURE_EXPORT_DIR } from '../build/support/fixture-build';
import { nginxAvailable } from './support/browser';
import { SHORTENED_ADDRESSES } from './support/shortened-addresses';

// What a client of the production server (deploy/nginx/, Debian's nginx) sees: types, cache
// policy, compression, security headers, the 404, redirects and refused path tricks. Against
// the real build (out/) and, for aliases and images, the fixture build.

const ARTICLE = '/nieuws/leerdam-en-blondin-botsen-bij-het-inrijden/';

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

/** One request with the path sent exactly as written (Node's URL parsing would normalise it). */
function get(base: string, rawPath: string, headers: Record<string, string> = {}): Promise<Reply> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const request = http.request({ host: hostname, port, path: rawPath, method: 'GET', headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end();
  });
}

/** The first file under an export folder whose name matches, as a site path. */
function firstFile(exportDir: string, folder: string, pattern: RegExp): string {
  const root = path.join(exportDir, folder);
  const name = fs
    .readdirSync(root, { recursive: true, encoding: 'utf8' })
    .sort()
    .find((entry) => pattern.test(entry));
  if (!name) throw new Error(`no file like ${pattern} under ${root}`);
  return `/${path.posix.join(folder, name.split(path.sep).join('/'))}`;
}

const BASE_CSP = (scriptHashes: string[]) =>
  [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval'${scriptHashes.map((hash) => ` ${hash}`).join('')}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');

const SECURITY_HEADERS = {
  'strict-transport-security': 'max-age=63072000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
};

function expectSecurityHeaders(reply: Reply, scriptHashes: string[] = []): void {
  expect(reply.headers['content-security-policy']).toBe(BASE_CSP(scriptHashes));
  // Left out on purpose (deploy/nginx/schaatsnieuws/security-headers.conf says why).
  expect(reply.headers['cross-origin-opener-policy']).toBeUndefined();
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(reply.headers[name], name).toBe(value);
}

const hasNginx = nginxAvailable();

describe.runIf(hasNginx)('the production nginx configuration serving the real build (out/)', () => {
  let server: RunningNginx | undefined;
  const url = () => {
    if (!server) throw new Error('nginx starts in beforeAll');
    return server.url;
  };
  beforeAll(async () => {
    server = await startNginx({ exportDir: 'out' });
  });
  afterAll(async () => {
    await server?.close();
  });

  it.each([
    ['/', 'text/html; charset=utf-8'],
    ['/feed.xml', 'application/rss+xml; charset=utf-8'],
    ['/rubriek/nieuws/feed.xml', 'application/rss+xml; charset=utf-8'],
    ['/atom.xml', 'application/atom+xml; charset=utf-8'],
    ['/feed.json', 'application/feed+json; charset=utf-8'],
    ['/sitemap.xml', 'application/xml; charset=utf-8'],
    ['/news-sitemap.xml', 'application/xml; charset=utf-8'],
    ['/kalender.ics', 'text/calendar; charset=utf-8'],
    ['/wedstrijden/wereldbeker-salt-lake-city-2025/wedstrijd.ics', 'text/calendar; charset=utf-8'],
    ['/manifest.webmanifest', 'application/manifest+json; charset=utf-8'],
    ['/robots.txt', 'text/plain; charset=utf-8'],
    ['/icons/icon-192.png', 'image/png'],
    ['/icon.svg', 'image/svg+xml; charset=utf-8'],
    ['/pagefind/pagefind-entry.json', 'application/json; charset=utf-8'],
    ['/pagefind/pagefind.js', 'application/javascript; charset=utf-8'],
    ['/pagefind/pagefind-ui.css', 'text/css; charset=utf-8'],
    ['/pagefind/wasm.nl.pagefind', 'application/octet-stream'],
  ])('serves %s as %s', async (address, type) => {
    const reply = await get(url(), address);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe(type);
  });

  it("serves Pagefind's index, fragments and meta file as opaque bytes, and scripts and styles by their kind", async () => {
    const cases = [
      [firstFile('out', 'pagefind', /\.pf_meta$/), 'application/octet-stream'],
      [firstFile('out', 'pagefind', /\.pf_index$/), 'application/octet-stream'],
      [firstFile('out', 'pagefind', /\.pf_fragment$/), 'application/octet-stream'],
      // The search page's own script; Next's runtime chunks are stripped from the export.
      ['/scripts/zoeken.js', 'application/javascript; charset=utf-8'],
      [firstFile('out', '_next/static', /\.css$/), 'text/css; charset=utf-8'],
    ];
    for (const [address, type] of cases) {
      const reply = await get(url(), address!);
      expect([address, reply.status, reply.headers['content-type']]).toEqual([address, 200, type]);
    }
  });

  it('lets browsers keep hashed assets for a year and makes them revalidate pages, feeds and the search entry', async () => {
    const immutable = 'public, max-age=31536000, immutable';
    for (const address of [
      firstFile('out', '_next/static', /\.css$/),
      firstFile('out', 'pagefind', /\.pf_fragment$/),
      firstFile('out', 'pagefind', /\.pf_index$/),
    ]) {
      expect([address, (await get(url(), address)).headers['cache-control']]).toEqual([address, immutable]);
    }
    for (const address of [
      '/',
      ARTICLE,
      '/feed.xml',
      '/sitemap.xml',
      '/pagefind/pagefind-entry.json',
      // Not named by content: a new build may change it under the same name.
      '/scripts/zoeken.js',
      '/bestaat-niet/',
    ]) {
      expect([address, (await get(url(), address)).headers['cache-control']]).toEqual([address, 'no-cache']);
    }
  });

  it('answers a page revalidation with 304 when it has not changed', async () => {
    const first = await get(url(), ARTICLE);
    const etag = first.headers.etag;
    expect(etag).toBeTruthy();
    const again = await get(url(), ARTICLE, { 'If-None-Match': etag! });
    expect(again.status).toBe(304);
  });

  it.each([
    ['gzip', (body: Buffer) => zlib.gunzipSync(body)],
    ['br', (body: Buffer) => zlib.brotliDecompressSync(body)],
  ])('compresses text with %s when the client asks for it', async (encoding, decompress) => {
    for (const [address, file] of [
      ['/', 'out/index.html'],
      ['/feed.json', 'out/feed.json'],
      [firstFile('out', '_next/static', /\.css$/), ''],
    ]) {
      const reply = await get(url(), address!, { 'Accept-Encoding': encoding });
      expect([address, reply.headers['content-encoding']]).toEqual([address, encoding]);
      expect(reply.headers.vary).toMatch(/Accept-Encoding/);
      const original = fs.readFileSync(file || path.join('out', address!));
      expect(decompress(reply.body).equals(original)).toBe(true);
    }
  });

  it('sends text uncompressed to a client that does not ask, and Pagefind fragments as they are', async () => {
    const plain = await get(url(), '/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(fs.readFileSync('out/index.html'))).toBe(true);
    const fragment = firstFile('out', 'pagefind', /\.pf_fragment$/);
    const reply = await get(url(), fragment, { 'Accept-Encoding': 'gzip, br' });
    expect(reply.headers['content-encoding']).toBeUndefined();
    expect(reply.body.equals(fs.readFileSync(path.join('out', fragment)))).toBe(true);
  });

  it("sends every security header on a page, with a CSP that allows exactly the page's own inline scripts", async () => {
    for (const [address, file] of [
      ['/', 'out/index.html'],
      [ARTICLE, `out${ARTICLE}index.html`],
      ['/zoeken/', 'out/zoeken/index.html'],
    ]) {
      const reply = await get(url(), address!);
      expect(reply.status).toBe(200);
      expectSecurityHeaders(reply, inlineScriptHashes(fs.readFileSync(file!, 'utf8')));
    }
  });

  it('answers an unknown address with 404, the Dutch 404 page and every security header', async () => {
    const reply = await get(url(), '/nieuws/bestaat-niet/');
    expect(reply.status).toBe(404);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.body.toString()).toContain('Pagina niet gevonden');
    expectSecurityHeaders(reply, inlineScriptHashes(fs.readFileSync('out/404.html', 'utf8')));
  });

  it('answers a folder without a page (not a page of the site) with the 404 page', async () => {
    const reply = await get(url(), '/_next/static/');
    expect(reply.status).toBe(404);
    expect(reply.body.toString()).toContain('Pagina niet gevonden');
  });

  it('forwards an address without its trailing slash with a 301 that carries every security header', async () => {
    const reply = await get(url(), ARTICLE.replace(/\/$/, ''));
    expect(reply.status).toBe(301);
    expect(reply.headers.location).toBe(ARTICLE);
    expectSecurityHeaders(reply);
  });

  it("serves a list's numbered page 1 (its oldest articles) as a page of its own", async () => {
    const reply = await get(url(), '/rubriek/nieuws/pagina/1/');
    expect(reply.status).toBe(200);
    expect(reply.body.toString()).toMatch(/<title>Nieuws \(pagina 1\)/);
  });

  it.each(SHORTENED_ADDRESSES)(
    'answers %s, an address a reader shortens, with a page of its own (%s)',
    async (address, title) => {
      const reply = await get(url(), address);
      expect(reply.status).toBe(200);
      expect(reply.body.toString()).toContain(`<title>${title} | `);
    },
  );

  it('serves the search page whatever its query holds, an encoded slash included', async () => {
    const reply = await get(url(), '/zoeken/?q=500m%2F1000m%5C%00');
    expect(reply.status).toBe(200);
    expect(reply.body.equals(fs.readFileSync('out/zoeken/index.html'))).toBe(true);
  });

  it.each([
    '/../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/nieuws/..%2f..%2f..%2fetc%2fpasswd',
    '/nieuws/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '/%2F',
    '/%2fetc%2fpasswd',
    '/nieuws/..%5c..%5c..%5cetc%5cpasswd',
    '/index.html%00.txt',
    '/%00',
    '/%zz/etc/passwd',
    '/%e0%80%ae%e0%80%ae/etc/passwd',
    '/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd',
    '/..%252f..%252fetc%252fpasswd',
    '/.git/config',
    `/${'a'.repeat(20_000)}`,
  ])('refuses %s without showing a file from outside the export', async (address) => {
    const reply = await get(url(), address);
    // 414 is nginx's answer to an address longer than its request buffers.
    expect([400, 404, 414]).toContain(reply.status);
    const body = reply.body.toString();
    expect(body).not.toContain('root:x:');
    expect(body).not.toContain('[core]');
    if (reply.status === 404) expect(body).toContain('Pagina niet gevonden');
  });
});

describe.runIf(hasNginx)('the production nginx configuration serving the fixture build', () => {
  let server: RunningNginx | undefined;
  const url = () => {
    if (!server) throw new Error('nginx starts in beforeAll');
    return server.url;
  };
  beforeAll(async () => {
    ensureFixtureSite();
    server = await startNginx({ exportDir: FIXTURE_EXPORT_DIR });
  });
  afterAll(async () => {
    await server?.close();
  });

  it.each(['/nieuws/visser-baanrecord/', '/nieuws/visser-baanrecord', '/nieuws/oud-bericht-visser/'])(
    "answers an article's old address %s with a 301 to the article, with every security header",
    async (address) => {
      const reply = await get(url(), address);
      expect(reply.status).toBe(301);
      expect(reply.headers.location).toBe('/nieuws/visser-rijdt-baanrecord/');
      expectSecurityHeaders(reply);
      const target = await get(url(), reply.headers.location!);
      expect(target.status).toBe(200);
    },
  );

  it('answers every address the export forwards with a meta refresh with a 301 to the same page', async () => {
    const refreshes = fs
      .readdirSync(FIXTURE_EXPORT_DIR, { recursive: true, encoding: 'utf8' })
      .filter((entry) => entry.endsWith('index.html'))
      .flatMap((entry) => {
        const html = fs.readFileSync(path.join(FIXTURE_EXPORT_DIR, entry), 'utf8');
        const target = /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(html)?.[1];
        return target
          ? [
              {
                address: `/${entry
                  .split(path.sep)
                  .join('/')
                  .replace(/index\.html$/, '')}`,
                target,
              },
            ]
          : [];
      });
    // The fixture's old article addresses (aliases): the only pages that forward.
    expect(refreshes.length).toBeGreaterThanOrEqual(2);
    for (const { address, target } of refreshes) {
      const reply = await get(url(), address);
      expect([address, reply.status, reply.headers.location]).toEqual([address, 301, target]);
    }
  });

  it('serves image variants by their format, cached for an hour (their names carry no content hash)', async () => {
    for (const [pattern, type] of [
      [/\.avif$/, 'image/avif'],
      [/\.webp$/, 'image/webp'],
      [/\.jpg$/, 'image/jpeg'],
    ] as const) {
      const address = firstFile(FIXTURE_EXPORT_DIR, '_images', pattern);
      const reply = await get(url(), address);
      expect([address, reply.status, reply.headers['content-type'], reply.headers['cache-control']]).toEqual([
        address,
        200,
        type,
        'public, max-age=3600, must-revalidate',
      ]);
    }
  });
});
