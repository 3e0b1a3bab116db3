/**
 * Next's floor: what `next build` costs on this machine for as many pages as our build makes,
 * when every page is one paragraph, with no content, components, metadata or CSS of ours
 * (`npm run bench -- --next-floor`). Our build can be no faster than this plus our own
 * steps (check, after-build), so it shows how much of a build is Next's own cost per page.
 *
 * The bare app is written into a folder inside this project (Turbopack resolves `next` and
 * `react` from this project's node_modules, and refuses a root outside it), with our own Next
 * settings (next.config.ts: a worker per core, no prefetch-size hints, no prerender source
 * maps, no type check) but not our build adapter, which writes our site. It is built twice
 * and the second build is measured: compiled warm, as the bench's are.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { NextConfig } from 'next';
import nextConfig from '../next.config';

/** How many pages `next build` generated, read from its log ("Generating static pages … (1620/1620)"). */
export function pagesGeneratedInLog(log: string, logName: string): number {
  const counts = [...log.matchAll(/Generating static pages[^(\n]*\((\d+)\/(\d+)\)/g)];
  const last = counts.at(-1);
  if (!last || last[1] !== last[2]) {
    throw new Error(`${logName}: expected Next's line "Generating static pages … (N/N)" of a finished build`);
  }
  return Number(last[2]);
}

/** Next's time for generating the pages, in seconds, from the same line ("… in 23.7s", "… in 1.2min"). */
export function pageGenerationSecondsInLog(log: string, logName: string): number {
  const times = [...log.matchAll(/Generating static pages[^\n]*\(\d+\/\d+\) in ([\d.]+)(ms|s|min)\b/g)];
  const last = times.at(-1);
  if (!last) throw new Error(`${logName}: expected Next's line "Generating static pages … in <time>"`);
  const value = Number(last[1]);
  return last[2] === 'ms' ? value / 1000 : last[2] === 'min' ? value * 60 : value;
}

/**
 * Writes a bare Next app with `pages` pages in all: the home page and `pages - 1` pages of one
 * paragraph each under /p/<n>/ (Next adds its own not-found and error pages to its count, as it
 * does in ours; the difference is a handful of pages).
 */
export function writeBareNextApp(folder: string, pages: number): void {
  if (!Number.isInteger(pages) || pages < 2) throw new Error(`bare Next app: expected at least 2 pages, got ${pages}`);
  fs.rmSync(path.join(folder, 'app'), { recursive: true, force: true });
  fs.mkdirSync(path.join(folder, 'app', 'p', '[n]'), { recursive: true });
  const files: Record<string, string> = {
    'package.json': JSON.stringify({ name: 'next-floor', private: true, type: 'module' }, null, 2),
    'next.config.mjs': `export default ${JSON.stringify(bareAppSettings(), null, 2)};\n`,
    'app/layout.jsx': [
      'export default function RootLayout({ children }) {',
      '  return (<html lang="nl"><body>{children}</body></html>);',
      '}',
      '',
    ].join('\n'),
    'app/page.jsx': 'export default function Home() { return <p>Voorpagina</p>; }\n',
    'app/p/[n]/page.jsx': [
      'export const dynamicParams = false;',
      'export function generateStaticParams() {',
      `  return Array.from({ length: ${pages - 1} }, (_, n) => ({ n: String(n) }));`,
      '}',
      'export default async function Page({ params }) {',
      '  const { n } = await params;',
      '  return <p>Pagina {n}</p>;',
      '}',
      '',
    ].join('\n'),
  };
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(folder, name), text);
}

/** Our next.config.ts as plain values, without the adapter that writes our site from the build. */
function bareAppSettings(): Omit<NextConfig, 'adapterPath'> {
  const settings = { ...nextConfig };
  delete settings.adapterPath;
  return settings;
}

export type NextFloor = { pages: number; wallSeconds: number; pageGenerationSeconds: number };

function nextBuild(folder: string): Promise<{ wallSeconds: number; log: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const nextBin = path.resolve('node_modules/next/dist/bin/next');
    const child = spawn(process.execPath, [nextBin, 'build'], {
      cwd: folder,
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`next build of the bare app in ${folder} failed:\n${log.slice(-3000)}`));
      resolve({ wallSeconds: (performance.now() - started) / 1000, log });
    });
  });
}

/** Builds a bare app of `pages` pages twice in `folder` and measures the second (warm) build. */
export async function measureNextFloor(folder: string, pages: number): Promise<NextFloor> {
  fs.mkdirSync(folder, { recursive: true });
  writeBareNextApp(folder, pages);
  await nextBuild(folder);
  const { wallSeconds, log } = await nextBuild(folder);
  const logName = `next build in ${folder}`;
  return {
    pages: pagesGeneratedInLog(log, logName),
    wallSeconds,
    pageGenerationSeconds: pageGenerationSecondsInLog(log, logName),
  };
}
