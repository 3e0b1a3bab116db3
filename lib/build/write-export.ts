import fs from 'node:fs';
import path from 'node:path';
import { BUILD_OUTPUTS_FILE } from './next-build-adapter.mjs';
import { listFiles } from './list-files';
import { stripPage } from './strip-runtime';

/**
 * Writing the static site from what `next build` made
 * (docs/decisions/0019-site-written-from-the-build-adapter.md). Next's own static export
 * (`output: 'export'`) copied every page with its RSC payload and per-segment prefetch files,
 * and the runtime strip then deleted most of them again. Here
 * each page is read once from Next's build folder, stripped of the runtime
 * (lib/build/strip-runtime.ts) and written once; nothing is written that is later deleted.
 */

/** What the build adapter (lib/build/next-build-adapter.mjs) hands over, as JSON. */
export type BuildOutputs = {
  /** The primary response of every prerendered page ('page') and route handler ('route'). */
  prerenders: {
    pathname: string;
    routeType: string;
    response?: string;
    compute?: string;
    /** Where Next wrote it: the page's HTML, or the route handler's body. */
    file?: string;
  }[];
  /** Every page and route handler of the app, as its route (`/nieuws/[slug]`). */
  routes: string[];
  /** Next's static files: its assets under /_next/, and metadata files such as /robots.txt. */
  staticFiles: { pathname: string; file: string }[];
};

/** Next's build folder: its default, `.next`, which next.config.ts leaves as it is. */
const NEXT_BUILD_DIR = '.next';

/** What the adapter handed over after the last `next build` in this project. */
export function readBuildOutputs(buildDir: string = NEXT_BUILD_DIR): BuildOutputs {
  const file = path.join(buildDir, BUILD_OUTPUTS_FILE);
  if (!fs.existsSync(file)) {
    throw new Error(
      `${file} is missing: run \`npm run build\`, whose \`next build\` writes it (next.config.ts, adapterPath)`,
    );
  }
  return JSON.parse(fs.readFileSync(file, 'utf8')) as BuildOutputs;
}

export type ExportReport = { pages: number; scriptsRemoved: number; files: number; assetsLeftOut: number };

/**
 * Where a URL path is written in the export. Pages get a folder with an index.html (the
 * site's trailing slashes); the not-found page becomes /404.html, which static hosts and our
 * nginx serve for an unknown address; every other file keeps its path.
 */
function exportPathOf(kind: 'page' | 'file', pathname: string): string {
  if (kind === 'file') return pathname.replace(/^\/+/, '');
  if (pathname === '/') return 'index.html';
  if (pathname === NOT_FOUND_ROUTE) return '404.html';
  return `${pathname.replace(/^\/+|\/+$/g, '')}/index.html`;
}

/** The route of the app's not-found page (app/not-found.tsx): the site's /404.html. */
const NOT_FOUND_ROUTE = '/_not-found';
/**
 * How Next hands that page over when it has a complete one: as the static file `/404` rather
 * than as a prerender of its route.
 */
const STATIC_NOT_FOUND = '/404';
/**
 * Next's error pages for a failing render (`/_global-error`, and `/500`, its static copy):
 * only a server renders at request time, so a static site never shows them.
 */
const SERVER_ONLY_PAGES = new Set(['/_global-error', '/500']);

/**
 * The site's pages and files, checked: every prerender must be complete and need no server,
 * and every route without parameters must have been prerendered. Next's `output: 'export'`
 * refused the same builds; a page that reads a request (cookies, headers, search params) would
 * otherwise quietly lose its place in the site.
 */
export function siteFiles(outputs: BuildOutputs): { pages: Map<string, string>; files: Map<string, string> } {
  const problems: string[] = [];
  const pages = new Map<string, string>();
  const files = new Map<string, string>();
  const prerendered = new Set<string>();
  for (const { pathname, routeType, response, compute, file } of outputs.prerenders) {
    prerendered.add(pathname);
    if (SERVER_ONLY_PAGES.has(pathname)) continue;
    if (routeType !== 'page' && routeType !== 'route') {
      problems.push(`${pathname}: prerendered as a ${routeType}, which needs a server to finish it`);
    } else if (response !== 'complete' || compute !== 'static' || !file) {
      problems.push(`${pathname}: not fully static (response ${response}, compute ${compute})`);
    } else {
      (routeType === 'page' ? pages : files).set(pathname, file);
    }
  }
  for (const { pathname, file } of outputs.staticFiles) {
    if (SERVER_ONLY_PAGES.has(pathname)) continue;
    const route = pathname === STATIC_NOT_FOUND ? NOT_FOUND_ROUTE : pathname;
    prerendered.add(route);
    const into = route === NOT_FOUND_ROUTE ? pages : files;
    const earlier = into.get(route);
    if (earlier !== undefined) problems.push(`${route}: handed over twice, as ${earlier} and ${file}`);
    into.set(route, file);
  }
  for (const route of outputs.routes) {
    if (route.endsWith('.rsc') || route.includes('[') || SERVER_ONLY_PAGES.has(route)) continue;
    if (!prerendered.has(route)) {
      problems.push(
        `${route}: not prerendered; it would need a server (does it read cookies, headers or the URL's query?)`,
      );
    }
  }
  if (problems.length > 0) {
    throw new Error(`the site must be static files only, but:\n  ${problems.join('\n  ')}`);
  }
  return { pages, files };
}

/** Pages an incremental build takes as they are from the previous build's export, moved aside (`from`) for it. */
export type ReusedPages = { from: string; pages: string[] };

/**
 * Writes the site into `outDir` (emptied first): every page stripped of Next's runtime, every
 * other file as it is, and the project's public/ folder. Of Next's assets under /_next/ only
 * those a page or a stylesheet refers to are written (the CSS and what it loads); the runtime's
 * chunks are left out. `reused` pages are moved (not copied) from the previous export, already
 * stripped: the folder they are taken from is deleted after the build.
 * Writes run on libuv's threads while the next page is parsed.
 */
export async function writeExport(
  outputs: BuildOutputs,
  outDir: string,
  publicFolder: string,
  reused?: ReusedPages,
): Promise<ExportReport> {
  const { pages, files } = siteFiles(outputs);
  refuseToEmpty(outDir, publicFolder);
  fs.rmSync(outDir, { recursive: true, force: true });
  const report: ExportReport = { pages: 0, scriptsRemoved: 0, files: 0, assetsLeftOut: 0 };
  const written = new Map<string, string>();
  const pending: Promise<void>[] = [];
  const target = (kind: 'page' | 'file', pathname: string, origin = pathname) => {
    const relative = exportPathOf(kind, pathname);
    const earlier = written.get(relative);
    if (earlier !== undefined) throw new Error(`${origin} and ${earlier} would both be written to ${relative}`);
    written.set(relative, origin);
    const absolute = path.join(outDir, relative);
    fs.mkdirSync(path.dirname(absolute), { recursive: true });
    return absolute;
  };

  try {
    // The project's public/ as it is (the search page's script, say); a generated file of the
    // same name is an error, as it was in Next's export.
    for (const file of fs.existsSync(publicFolder) ? listFiles(publicFolder) : []) {
      const pathname = `/${path.relative(publicFolder, file).split(path.sep).join('/')}`;
      pending.push(fs.promises.copyFile(file, target('file', pathname, `public${pathname}`)));
      report.files += 1;
    }

    const referenced = new Set<string>();
    for (const [pathname, file] of pages) {
      const { html, removed } = stripPage(fs.readFileSync(file, 'utf8'), exportPathOf('page', pathname));
      pending.push(fs.promises.writeFile(target('page', pathname), html));
      collectAssetReferences(html, referenced);
      report.pages += 1;
      report.scriptsRemoved += removed.filter((what) => !what.startsWith('link')).length;
    }
    for (const pathname of reused ? reused.pages : []) {
      const previous = path.join(reused?.from ?? outDir, exportPathOf('page', pathname));
      const html = fs.readFileSync(previous, 'utf8');
      pending.push(fs.promises.rename(previous, target('page', pathname, `${pathname} (reused)`)));
      collectAssetReferences(html, referenced);
      report.pages += 1;
    }
    // Stylesheets may point at fonts or images under /_next/static/media, relative to themselves.
    for (const [pathname, file] of files) {
      if (!pathname.endsWith('.css') || !referenced.has(pathname)) continue;
      for (const match of fs.readFileSync(file, 'utf8').matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
        const url = new URL(match[1] ?? '', `http://export${pathname}`);
        if (url.host === 'export') referenced.add(decodeURI(url.pathname));
      }
    }
    for (const [pathname, file] of files) {
      if (pathname.startsWith('/_next/') && !referenced.has(pathname)) {
        report.assetsLeftOut += 1;
        continue;
      }
      pending.push(fs.promises.copyFile(file, target('file', pathname)));
      report.files += 1;
    }
  } finally {
    // Never return, or throw (two files for one place, say), with writes still running.
    await Promise.allSettled(pending);
  }
  // Every write has ended: this rethrows the first that failed, if one did.
  await Promise.all(pending);
  return report;
}

/**
 * The export folder is emptied before it is written: never the project, a folder holding it,
 * or the public folder (an EXPORT_DIR of `.` or `public`, say), whose files would be lost.
 */
function refuseToEmpty(outDir: string, publicFolder: string): void {
  const target = path.resolve(outDir);
  const holds = (folder: string) => {
    const relative = path.relative(target, path.resolve(folder));
    return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
  };
  if (holds(process.cwd()) || holds(publicFolder)) {
    throw new Error(
      `EXPORT_DIR: ${outDir} holds the project or its public folder; the export folder is emptied on every build, so name a folder of its own (default out/)`,
    );
  }
}

function collectAssetReferences(html: string, into: Set<string>): void {
  for (const match of html.matchAll(/\/_next\/[^"'\s)?#]+/g)) into.add(decodeURI(match[0]));
}
