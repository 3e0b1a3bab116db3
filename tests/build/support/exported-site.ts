import fs from 'node:fs';
import path from 'node:path';
import { siteConfig } from '@/lib/config';

/**
 * Reading a static export as a crawler does: page by page, from the HTML. Parsing needs a
 * DOMParser, so test files that use this run in the jsdom environment.
 */

/**
 * What a page is to a search engine: an ordinary page, one that asks not to be indexed (the
 * search page's results), an old address that forwards, or "not found".
 */
export type PageKind = 'page' | 'unlisted' | 'alias' | 'not-found';

export type ExportedPage = {
  /** The HTML file, relative to the export: `nieuws/visser-rijdt-baanrecord/index.html`. */
  file: string;
  /** The absolute URL a host serves the file at: `https://…/nieuws/visser-rijdt-baanrecord/`. */
  url: string;
  kind: PageKind;
  document: Document;
};

// Next writes the not-found page three times: /404.html (what static hosts serve for an
// unknown address), /404/ and /_not-found/.
const NOT_FOUND_FILES = new Set(['404.html', '404/index.html', '_not-found/index.html']);
// Next's scripts and the search index: no pages.
const NOT_PAGES = ['_next/', 'pagefind/'];

/** Every page of an export: each index.html and 404.html, parsed. */
export function readPages(exportDir: string): ExportedPage[] {
  return fs
    .readdirSync(exportDir, { recursive: true })
    .map((entry) => String(entry).split(path.sep).join('/'))
    .filter((file) => file === '404.html' || file === 'index.html' || file.endsWith('/index.html'))
    .filter((file) => !NOT_PAGES.some((prefix) => file.startsWith(prefix)))
    .sort()
    .map((file) => {
      const document = new DOMParser().parseFromString(
        fs.readFileSync(path.join(exportDir, file), 'utf8'),
        'text/html',
      );
      return { file, url: urlOfFile(file), kind: kindOf(file, document), document };
    });
}

function kindOf(file: string, document: Document): PageKind {
  if (NOT_FOUND_FILES.has(file)) return 'not-found';
  if (document.querySelector('meta[http-equiv="refresh"]')) return 'alias';
  if (document.querySelector('meta[name="robots"]')?.getAttribute('content')?.includes('noindex')) return 'unlisted';
  return 'page';
}

function urlOfFile(file: string): string {
  return siteConfig.url + (file.endsWith('index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`);
}

/** The file a static host serves for an absolute URL on the site, or undefined for another site or no file. */
export function exportedFile(exportDir: string, url: string): string | undefined {
  if (!url.startsWith(`${siteConfig.url}/`)) return undefined;
  const sitePath = decodeURI(url.slice(siteConfig.url.length).split(/[?#]/)[0] ?? '/');
  const file = path.join(exportDir, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath);
  return fs.existsSync(file) && fs.statSync(file).isFile() ? file : undefined;
}

/** The content of the first element matching the selector (a meta tag), or undefined. */
export function metaContent(document: Document, selector: string): string | undefined {
  return document.querySelector(selector)?.getAttribute('content') ?? undefined;
}

export function canonicalUrl(document: Document): string | undefined {
  return document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
}

/** A robots meta tag as a list of directives: `index, follow, max-image-preview:large`. */
export function robotsDirectives(document: Document): string[] {
  return [...document.querySelectorAll('meta[name="robots"]')].flatMap((meta) =>
    (meta.getAttribute('content') ?? '').split(',').map((directive) => directive.trim()),
  );
}

export type JsonLdNode = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonLdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The text of every JSON-LD script element of a page. */
export function jsonLdScripts(document: Document): string[] {
  return [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => script.textContent ?? '');
}

/** The top-level JSON-LD items of a page (a script may hold one item or a list). Throws on broken JSON. */
export function jsonLdItems(document: Document): JsonLdNode[] {
  return jsonLdScripts(document)
    .flatMap((text): unknown[] => {
      const data: unknown = JSON.parse(text);
      return Array.isArray(data) ? data : [data];
    })
    .filter(isJsonObject);
}

/** The top-level JSON-LD item of the given @type, or undefined. */
export function jsonLdItem(document: Document, type: string): JsonLdNode | undefined {
  return jsonLdItems(document).find((item) => item['@type'] === type);
}

/** Every @type value anywhere in a JSON-LD value, nested ones included. */
export function jsonLdTypes(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(jsonLdTypes);
  if (!isJsonObject(value)) return [];
  const own = value['@type'];
  const types = typeof own === 'string' ? [own] : Array.isArray(own) ? own.map(String) : [];
  return [...types, ...Object.values(value).flatMap(jsonLdTypes)];
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * The size of a PNG, read from its IHDR chunk (width in bytes 16–19, height in 20–23, big-endian).
 * Throws when the file is not a PNG.
 */
export function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE) || bytes.toString('latin1', 12, 16) !== 'IHDR') {
    throw new Error(`${file} is not a PNG`);
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Every file under a folder, by relative name, with its bytes. */
export function filesOf(folder: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(folder, file), fs.readFileSync(file));
  }
  return files;
}

/** Every file that differs between two exports (or include folders), by relative name; empty when they are byte-identical. */
export function exportDifferences(first: string, second: string): string[] {
  const [a, b] = [filesOf(first), filesOf(second)];
  const names = [...new Set([...a.keys(), ...b.keys()])].sort();
  return names.flatMap((name) => {
    const [left, right] = [a.get(name), b.get(name)];
    if (!left) return [`${name}: only in the second build`];
    if (!right) return [`${name}: only in the first build`];
    return left.equals(right) ? [] : [`${name}: different bytes`];
  });
}
