/**
 * `npm run load`: a benchmark, not a test. Starts nginx on loopback with the production rules
 * (lib/build/nginx-config.ts) over the export (out/, or EXPORT_DIR), and runs autocannon over
 * a mix of its addresses (pages, lists, tags, skaters, Pagefind's entry, index and fragment
 * files) as a browser asks for them (br/gzip). Prints requests per second, latency p50/p99,
 * errors and non-2xx answers; exits non-zero when there is any error or non-2xx answer.
 *
 * LOAD_DURATION (seconds, default 20), LOAD_CONNECTIONS (default 50), LOAD_WORKERS (nginx
 * worker processes, default 1: on two cores autocannon needs the other one).
 */
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { exportDir as configuredExportDir } from '../lib/config';
import { startNginx } from '../lib/build/nginx-config';
import { htmlFiles } from '../lib/build/nginx-includes';

const exportDir = configuredExportDir();
const duration = positive('LOAD_DURATION', 20);
const connections = positive('LOAD_CONNECTIONS', 50);
const workers = positive('LOAD_WORKERS', 1);

function positive(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name}: expected a positive whole number`);
  return value;
}

/** The address a page's file is served at (trailing slash), or none for files that are not pages of their own. */
function pageAddress(uri: string): string | undefined {
  if (uri === '/404.html' || uri.startsWith('/404/') || uri.startsWith('/_not-found/')) return undefined;
  return uri.replace(/index\.html$/, '');
}

/** Files under an export folder whose names match, as site paths, at most `limit`. */
function filesUnder(folder: string, pattern: RegExp, limit: number): string[] {
  const root = path.join(exportDir, folder);
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((entry) => pattern.test(entry))
    .sort()
    .slice(0, limit)
    .map((entry) => `/${path.posix.join(folder, entry.split(path.sep).join('/'))}`);
}

// Pages that forward (aliases, /pagina/1/) answer 301 in production: not part of the mix.
const redirectsFile = path.join(`${exportDir}-nginx`, 'redirects.conf');
const redirected = new Set(
  fs.existsSync(redirectsFile)
    ? [...fs.readFileSync(redirectsFile, 'utf8').matchAll(/^\s+"([^"]+)" "/gm)].map((match) => match[1])
    : [],
);
const pages = htmlFiles(exportDir)
  .map((file) => pageAddress(file.uri))
  .filter((address): address is string => address !== undefined && !redirected.has(address));
const groups = {
  articles: pages.filter((address) => /^\/nieuws\/(?!pagina\/)[^/]+\/$/.test(address)),
  lists: pages.filter((address) => /\/pagina\/\d+\/$|^\/rubriek\/[^/]+\/$|^\/$/.test(address)),
  tags: pages.filter((address) => /^\/tags\/[^/]+\/$/.test(address)),
  skaters: pages.filter((address) => /^\/schaatsers\//.test(address)),
  'other pages': [] as string[],
  pagefind: [
    '/pagefind/pagefind-entry.json',
    ...filesUnder('pagefind', /\.pf_meta$/, 1),
    ...filesUnder('pagefind', /\.pf_index$/, 10),
    ...filesUnder('pagefind', /\.pf_fragment$/, 20),
  ],
};
const grouped = new Set(Object.values(groups).flat());
groups['other pages'] = pages.filter((address) => !grouped.has(address));
const addresses = Object.values(groups).flat();

const server = await startNginx({ exportDir, workers });
try {
  console.log(
    `load: ${addresses.length} addresses (${Object.entries(groups)
      .map(([name, list]) => `${list.length} ${name}`)
      .join(', ')}), ${connections} connections, ${duration} s, nginx with ${workers} worker(s)`,
  );
  const result = await autocannon({
    url: server.url,
    connections,
    duration,
    headers: { 'accept-encoding': 'br, gzip' },
    // Each connection walks the list in turn, so every address is asked for about equally often.
    requests: addresses.map((address) => ({ method: 'GET' as const, path: address })),
  });
  const summary = {
    requestsPerSecond: Math.round(result.requests.average),
    latencyP50ms: result.latency.p50,
    latencyP99ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    megabytesPerSecond: Number((result.throughput.average / 1_000_000).toFixed(1)),
    seconds: result.duration,
  };
  console.log(summary);
  if (summary.errors > 0 || summary.timeouts > 0 || summary.non2xx > 0) {
    console.error('load: some requests failed or did not answer 2xx');
    process.exitCode = 1;
  }
} finally {
  await server.close();
}
