import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { paths } from '../paths';
import { articleSlugOfPath, SEARCH_BUNDLE, searchPartBundle, searchPartCount, searchPartOf } from '../search-parts';

/** Globs under the export (as Pagefind reads them) of the pages with a region for the index. */
const globOf = (pagePaths: string[]) => `{${pagePaths.map((page) => `${page.slice(1)}index.html`).join(',')}}`;
const PROFILE_PAGES = [paths.athlete('*'), paths.competition('*')];
/**
 * The pages with a region for the index (articles, skaters, competitions; components mark it
 * `data-pagefind-body`): Pagefind then leaves the thousands of list pages unread instead of
 * parsing each to find nothing to index.
 */
const INDEXED_PAGES = globOf([paths.article('*'), ...PROFILE_PAGES]);

export type SearchIndexOptions = {
  /** Slugs of the shown articles (not aliases: their forwarding pages have nothing to index). */
  articles: readonly string[];
  /** Where the whole index is written; default: the export's /pagefind/. */
  bundleDir?: string;
  /**
   * An incremental build: the previous export's index folder and the pages this build rendered
   * or removed. An index none of whose pages changed is taken from there as it is.
   */
  previous?: { bundleDir: string; changedPages: readonly string[] };
};

/** What was written: pages indexed, and how many of the indexes were taken from the previous build. */
export type SearchIndexReport = { pages: number; indexes: number; reused: number };

/**
 * Writes the Pagefind search index of the export, so that search works on any static host:
 * one index, or for a large archive the main index (skaters and competitions) and the
 * articles in parts (lib/search-parts.ts). Only regions marked `data-pagefind-body` are
 * indexed; the pages' lang="nl" gives Dutch stemming.
 */
export async function writeSearchIndex(outDir: string, options: SearchIndexOptions): Promise<SearchIndexReport> {
  const bundleDir = options.bundleDir ?? path.join(outDir, 'pagefind');
  const count = searchPartCount(options.articles.length);
  const changed = changedIndexes(options.previous?.changedPages ?? [], count);
  // The main index holds everything or only the profiles, by the count of parts: it is reused only under the same count.
  if (options.previous && partCountIn(options.previous.bundleDir) !== count) changed.main = true;
  const report: SearchIndexReport = { pages: 0, indexes: 0, reused: 0 };
  const reuse = (bundle: string, dirty: boolean, only?: (name: string) => boolean) => {
    const from = options.previous && !dirty ? bundleIn(options.previous.bundleDir, bundle) : undefined;
    if (!from || !fs.existsSync(path.join(from, 'pagefind-entry.json'))) return false;
    moveBundle(from, bundleIn(bundleDir, bundle), only);
    report.reused += 1;
    return true;
  };
  try {
    report.indexes += 1;
    if (!reuse(SEARCH_BUNDLE, changed.main, (name) => !name.startsWith('deel-')))
      report.pages +=
        count === 0 ? await indexPages(outDir, INDEXED_PAGES, bundleDir) : await indexProfiles(outDir, bundleDir);
    for (const [part, slugs] of articlesByPart(options.articles, count)) {
      const bundle = searchPartBundle(part, count);
      report.indexes += 1;
      if (!reuse(bundle, changed.parts.has(part)))
        report.pages += await indexArticles(outDir, slugs, bundleIn(bundleDir, bundle));
    }
  } finally {
    await pagefind.close();
  }
  return report;
}

/** Which indexes hold a changed page: the main one (skaters, competitions, or everything) and the parts. */
function changedIndexes(changedPages: readonly string[], count: number): { main: boolean; parts: Set<number> } {
  const parts = new Set<number>();
  let main = false;
  for (const pagePath of changedPages) {
    const slug = articleSlugOfPath(pagePath);
    if (slug !== undefined && count > 0) parts.add(searchPartOf(slug, count));
    else if (slug !== undefined || /^\/(schaatsers|wedstrijden)\/[^/]+\/$/.test(pagePath)) main = true;
  }
  return { main, parts };
}

/** The count of parts of an index folder, from its parts' names; 0 without parts. */
function partCountIn(bundleDir: string): number | undefined {
  if (!fs.existsSync(bundleDir)) return undefined;
  const counts = new Set(
    fs
      .readdirSync(bundleDir)
      .map((name) => /^deel-\d+-van-(\d+)$/.exec(name)?.[1])
      .filter((count) => count !== undefined),
  );
  if (counts.size > 1) return undefined;
  return counts.size === 0 ? 0 : Number([...counts][0]);
}

function articlesByPart(articles: readonly string[], count: number): Map<number, string[]> {
  const parts = new Map<number, string[]>();
  if (count === 0) return parts;
  for (const slug of [...articles].sort()) {
    const part = searchPartOf(slug, count);
    parts.set(part, [...(parts.get(part) ?? []), slug]);
  }
  return new Map([...parts].sort(([a], [b]) => a - b));
}

function bundleIn(bundleDir: string, bundle: string): string {
  return path.join(bundleDir, path.relative(SEARCH_BUNDLE, bundle));
}

/** Indexes the pages of the export that `glob` names into `outputPath`; returns how many. */
async function indexPages(root: string, glob: string, outputPath: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: root, glob });
  if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  return added.page_count;
}

/**
 * Indexes the skater and competition pages (the main index beside the parts) from their indexed
 * regions alone. Their results tables make these pages large, and Pagefind parsed every byte to
 * find the profile header it indexes, three times as long (docs/performance.md).
 * The pages' fragments are the same either way (tested). A page without a region (a skater's
 * old address, forwarding) is left out, as Pagefind leaves it out.
 */
async function indexProfiles(outDir: string, outputPath: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  let pages = 0;
  for (const pagePath of profilePagePaths(outDir)) {
    const file = path.join(outDir, ...pagePath.split('/').filter(Boolean), 'index.html');
    const region = indexedRegions(fs.readFileSync(file, 'utf8'));
    if (region === undefined) continue;
    const added = await index.addHTMLFile({ url: pagePath, content: `<html lang="nl"><body>${region}</body></html>` });
    if (added.errors.length > 0) throw new Error(`pagefind: ${file}: ${added.errors.join('; ')}`);
    pages += 1;
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  return pages;
}

/** The addresses of the skater and competition pages in the export, in a fixed order. */
function profilePagePaths(outDir: string): string[] {
  return PROFILE_PAGES.flatMap((pattern) => {
    const [folder] = pattern.slice(1).split('/*/');
    const dir = path.join(outDir, folder!);
    if (!fs.existsSync(dir)) return [];
    return fs
      .readdirSync(dir)
      .filter((slug) => fs.existsSync(path.join(dir, slug, 'index.html')))
      .sort()
      .map((slug) => pattern.replace('*', slug));
  });
}

/** The elements marked `data-pagefind-body` in a page, one after the other; undefined when it has none. */
export function indexedRegions(html: string): string | undefined {
  const regions: string[] = [];
  for (let at = html.indexOf(' data-pagefind-body'); at >= 0; at = html.indexOf(' data-pagefind-body', at + 1)) {
    const start = html.lastIndexOf('<', at);
    const tag = /^<([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(start, at))?.[1];
    if (!tag) throw new Error(`data-pagefind-body outside a start tag at character ${at}`);
    const tags = new RegExp(`<${tag}[\\s>]|</${tag}>`, 'g');
    tags.lastIndex = start;
    let depth = 0;
    let end = -1;
    for (let match = tags.exec(html); match; match = tags.exec(html)) {
      depth += match[0].startsWith('</') ? -1 : 1;
      if (depth === 0) {
        end = match.index + match[0].length;
        break;
      }
    }
    if (end < 0) throw new Error(`<${tag} data-pagefind-body> is never closed`);
    regions.push(html.slice(start, end));
    at = end - 1;
  }
  return regions.length > 0 ? regions.join('') : undefined;
}

/**
 * Indexes some article pages: linked (not copied) into a folder of their own under the same
 * paths, so that Pagefind reads them, and only them, under their addresses.
 */
async function indexArticles(outDir: string, slugs: string[], outputPath: string): Promise<number> {
  const pagesDir = `${path.resolve(outDir)}.search-part`;
  fs.rmSync(pagesDir, { recursive: true, force: true });
  try {
    for (const slug of slugs) {
      const relative = path.join(...paths.article(slug).split('/').filter(Boolean), 'index.html');
      fs.mkdirSync(path.dirname(path.join(pagesDir, relative)), { recursive: true });
      fs.linkSync(path.join(outDir, relative), path.join(pagesDir, relative));
    }
    return await indexPages(pagesDir, globOf([paths.article('*')]), outputPath);
  } finally {
    fs.rmSync(pagesDir, { recursive: true, force: true });
  }
}

/** Moves an index's files (those `only` accepts, at its top level) from the previous export. */
function moveBundle(from: string, to: string, only: (name: string) => boolean = () => true): void {
  fs.mkdirSync(to, { recursive: true });
  for (const name of fs.readdirSync(from).filter(only)) fs.renameSync(path.join(from, name), path.join(to, name));
}
