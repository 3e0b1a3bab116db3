import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import postcss, { type Root } from 'postcss';

/**
 * Page-weight budgets: what the first view of one exported page loads, measured from the
 * files of the export (no server, no browser), so the numbers do not depend on a host's
 * compression settings. Every text file is gzipped here at zlib's default level (6, what
 * most servers and CDNs use); fonts and images count as they are (already compressed).
 *
 * "First view" follows what Chromium fetches while it loads the page: the HTML; linked
 * stylesheets (and their @import); every script it would run (external `src` files, module
 * and script preloads, inline scripts; not `nomodule`, not data such as JSON-LD); fonts that
 * are preloaded or that an @font-face rule would load for the characters on the page; and
 * images that are not `loading="lazy"`, in the format and width Chromium picks from a
 * <picture>/srcset for the viewport below. Not counted: the favicon and the web manifest
 * (browser chrome, not the page) and CSS background images (whether a selector matches
 * needs layout). The e2e budget test checks this list against what Chromium really requested.
 */

export const KB = 1000;

/** The phone of the browser tests: 390×844 CSS px at 3 device pixels per CSS px (iPhone 12–15). */
export const DEFAULT_VIEWPORT = { width: 390, height: 844, deviceScaleFactor: 3 } as const;
export type Viewport = { width: number; height: number; deviceScaleFactor: number };

export type AssetKind = 'html' | 'css' | 'js' | 'inline-js' | 'font' | 'image';

export type Asset = {
  kind: AssetKind;
  /** Site path of the file, or `inline #n` for an inline script. */
  url: string;
  raw: number;
  gzip: number;
};

export type Sizes = { raw: number; gzip: number };

export type PageWeight = {
  page: string;
  assets: Asset[];
  html: Sizes;
  css: Sizes;
  /** External scripts (files fetched). */
  js: Sizes;
  /** Inline scripts: already inside the HTML's bytes, shown apart so that they are visible. */
  inlineJs: Sizes;
  fonts: Sizes;
  images: Sizes;
  /** HTML + CSS + external JS + fonts + images, each once (inline scripts are in the HTML). */
  total: Sizes;
  /** No @font-face and no preloaded font: the page uses the reader's system fonts. */
  systemFontsOnly: boolean;
  /** Next's client runtime on the page: scripts under /_next/static/ and inline RSC payloads. */
  frameworkRuntime: string[];
  /** Files the page asks for that are not in the export (a broken page). */
  missing: string[];
  /** Files from other hosts: not measurable here, and a budget counts them as a failure. */
  external: string[];
};

export type Budget = {
  /** The page may load no script from /_next/static/ and contain no inline `self.__next_f`. */
  zeroFrameworkRuntime: boolean;
  htmlGzip?: number;
  cssGzip?: number;
  totalGzip?: number;
};

/** Any page of the site: no framework runtime, and HTML a phone can take in. */
export const PAGE_BUDGET: Budget = { zeroFrameworkRuntime: true, htmlGzip: 60 * KB };
/** An article page: the same, plus CSS and a whole first view within one small round trip budget. */
export const ARTICLE_BUDGET: Budget = { ...PAGE_BUDGET, cssGzip: 15 * KB, totalGzip: 40 * KB };

type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

const FRAMEWORK_PATH = '/_next/static/';
const INLINE_RSC = /\bself\.__next_f\b/;
// The MIME types that make a <script> executable (HTML's "JavaScript MIME type essence match").
const JS_TYPES = new Set([
  '',
  'module',
  'text/javascript',
  'application/javascript',
  'application/ecmascript',
  'application/x-ecmascript',
  'application/x-javascript',
  'text/ecmascript',
  'text/jscript',
  'text/livescript',
  'text/x-ecmascript',
  'text/x-javascript',
]);
// The image formats Chromium decodes, for choosing a <picture>'s <source>.
const IMAGE_TYPES = new Set([
  'image/avif',
  'image/webp',
  'image/jpeg',
  'image/png',
  'image/gif',
  'image/svg+xml',
  'image/apng',
]);

/**
 * Measures the first view of `pagePath` (a site path such as `/nieuws/x/` or `/404.html`)
 * in the export at `exportDir`.
 */
export function measurePage(exportDir: string, pagePath: string, viewport: Viewport = DEFAULT_VIEWPORT): PageWeight {
  const htmlFile = pageFile(exportDir, pagePath);
  const htmlBytes = fs.readFileSync(htmlFile);
  const document = parse(htmlBytes.toString('utf8'));
  const base = new URL(pagePath, 'http://site.invalid');

  const assets: Asset[] = [{ kind: 'html', url: pagePath, ...sizesOf(htmlBytes) }];
  const missing: string[] = [];
  const external: string[] = [];
  const seen = new Set<string>();
  const cssTexts: string[] = [];

  // A file of the export by site path, counted once however often the page names it.
  const addFile = (kind: AssetKind, reference: string, from: URL = base): Buffer | undefined => {
    const url = new URL(reference, from);
    if (url.origin !== base.origin) {
      if (!external.includes(url.href)) external.push(url.href);
      return undefined;
    }
    const sitePath = decodeURIComponent(url.pathname);
    if (seen.has(sitePath)) return undefined;
    seen.add(sitePath);
    const file = path.join(exportDir, sitePath);
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
      missing.push(sitePath);
      return undefined;
    }
    const bytes = fs.readFileSync(file);
    const compressible = kind === 'css' || kind === 'js';
    assets.push({ kind, url: sitePath, raw: bytes.length, gzip: compressible ? gzipSize(bytes) : bytes.length });
    return bytes;
  };

  const addStylesheet = (reference: string, from: URL = base) => {
    const bytes = addFile('css', reference, from);
    if (!bytes) return;
    const text = bytes.toString('utf8');
    cssTexts.push(text);
    const sheetUrl = new URL(reference, from);
    // @import loads more CSS before the page renders.
    postcss.parse(text).walkAtRules('import', (rule) => {
      const target = /^(?:url\()?\s*['"]?([^'")\s]+)/.exec(rule.params)?.[1];
      if (target) addStylesheet(target, sheetUrl);
    });
  };

  const elements = [...walk(document)];
  let inlineCount = 0;
  for (const element of elements) {
    const rel = tokens(attribute(element, 'rel'));
    const href = attribute(element, 'href');
    if (element.tagName === 'link' && href) {
      const as = attribute(element, 'as');
      if (rel.has('stylesheet') && !rel.has('alternate') && !hasAttribute(element, 'disabled')) addStylesheet(href);
      else if (rel.has('preload') && as === 'style') addStylesheet(href);
      else if (rel.has('modulepreload') || (rel.has('preload') && as === 'script')) addFile('js', href);
      else if (rel.has('preload') && as === 'font') addFile('font', href);
      else if (rel.has('preload') && as === 'image') addFile('image', href);
    } else if (element.tagName === 'script') {
      const type = (attribute(element, 'type') ?? '').trim().toLowerCase();
      // JSON-LD and other data blocks never run; `nomodule` scripts are skipped by modern browsers.
      if (!JS_TYPES.has(type) || hasAttribute(element, 'nomodule')) continue;
      const src = attribute(element, 'src');
      if (src) {
        addFile('js', src);
      } else {
        const code = Buffer.from(textOf(element), 'utf8');
        if (code.length === 0) continue;
        inlineCount += 1;
        assets.push({ kind: 'inline-js', url: `inline #${inlineCount}`, ...sizesOf(code) });
        if (INLINE_RSC.test(code.toString('utf8'))) assets[assets.length - 1]!.url += ' (self.__next_f)';
      }
    } else if (element.tagName === 'style') {
      cssTexts.push(textOf(element));
    } else if (element.tagName === 'img' && attribute(element, 'loading')?.toLowerCase() !== 'lazy') {
      const chosen = chosenImage(element, viewport);
      if (chosen) addFile('image', chosen);
    }
  }

  const fontFaces = fontsForPage(cssTexts, pageCharacters(document));
  for (const font of fontFaces) addFile('font', font.url, new URL(font.sheet ?? pagePath, base));

  const sum = (kinds: AssetKind[]): Sizes =>
    assets
      .filter((asset) => kinds.includes(asset.kind))
      .reduce((total, asset) => ({ raw: total.raw + asset.raw, gzip: total.gzip + asset.gzip }), { raw: 0, gzip: 0 });

  const frameworkRuntime = assets
    .filter(
      (asset) =>
        (asset.kind === 'js' && asset.url.startsWith(FRAMEWORK_PATH)) ||
        (asset.kind === 'inline-js' && asset.url.endsWith('(self.__next_f)')),
    )
    .map((asset) => asset.url);

  return {
    page: pagePath,
    assets,
    html: sum(['html']),
    css: sum(['css']),
    js: sum(['js']),
    inlineJs: sum(['inline-js']),
    fonts: sum(['font']),
    images: sum(['image']),
    total: sum(['html', 'css', 'js', 'font', 'image']),
    systemFontsOnly: !assets.some((asset) => asset.kind === 'font') && !cssTexts.some((css) => /@font-face/i.test(css)),
    frameworkRuntime,
    missing,
    external,
  };
}

/** What is wrong with a page against a budget, one message each; empty when it is within. */
export function checkBudget(weight: PageWeight, budget: Budget): string[] {
  const problems: string[] = [];
  const page = weight.page;
  if (budget.zeroFrameworkRuntime && weight.frameworkRuntime.length > 0) {
    const runtime = weight.assets.filter((asset) => weight.frameworkRuntime.includes(asset.url));
    const gzip = runtime.reduce((total, asset) => total + asset.gzip, 0);
    problems.push(
      `${page}: framework runtime ${formatKb(gzip)} gzip in ${runtime.length} script(s) ` +
        `(${listed(weight.frameworkRuntime)}); budget: zero framework runtime`,
    );
  }
  const limits: [string, number | undefined, number][] = [
    ['HTML', budget.htmlGzip, weight.html.gzip],
    ['CSS', budget.cssGzip, weight.css.gzip],
    ['first view total', budget.totalGzip, weight.total.gzip],
  ];
  for (const [what, limit, measured] of limits) {
    if (limit !== undefined && measured >= limit) {
      problems.push(`${page}: ${what} ${formatKb(measured)} gzip; budget: under ${formatKb(limit)}`);
    }
  }
  if (weight.missing.length > 0) problems.push(`${page}: files missing from the export: ${listed(weight.missing)}`);
  if (weight.external.length > 0) {
    problems.push(`${page}: loads files from other hosts, which no budget can measure: ${listed(weight.external)}`);
  }
  return problems;
}

/** A plain-text table of page weights: raw/gzip per kind, gzip total, and the fonts used. */
export function formatTable(rows: { label: string; weight: PageWeight }[]): string {
  const pair = (sizes: Sizes) => `${formatKb(sizes.raw)} / ${formatKb(sizes.gzip)}`;
  const header = ['page', 'HTML raw/gz', 'CSS raw/gz', 'JS raw/gz', 'inline JS raw/gz', 'fonts', 'images', 'total gz'];
  const lines = rows.map(({ label, weight }) => [
    label,
    pair(weight.html),
    pair(weight.css),
    pair(weight.js),
    pair(weight.inlineJs),
    weight.systemFontsOnly ? 'system' : formatKb(weight.fonts.gzip),
    formatKb(weight.images.raw),
    formatKb(weight.total.gzip),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]!.length)));
  const row = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [row(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...lines.map(row)].join('\n');
}

export function formatKb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}

function listed(items: string[]): string {
  return items.length > 4 ? `${items.slice(0, 4).join(', ')} and ${items.length - 4} more` : items.join(', ');
}

function gzipSize(bytes: Buffer): number {
  return zlib.gzipSync(bytes).length;
}

function sizesOf(bytes: Buffer): Sizes {
  return { raw: bytes.length, gzip: gzipSize(bytes) };
}

/** The file a static host serves for a site path (`/a/` is a/index.html, trailingSlash). */
function pageFile(exportDir: string, pagePath: string): string {
  const relative = decodeURIComponent(new URL(pagePath, 'http://site.invalid').pathname);
  const candidates = relative.endsWith('/')
    ? [path.join(exportDir, relative, 'index.html')]
    : [
        path.join(exportDir, relative),
        path.join(exportDir, `${relative}.html`),
        path.join(exportDir, relative, 'index.html'),
      ];
  const found = candidates.find((file) => fs.existsSync(file) && fs.statSync(file).isFile());
  if (!found) throw new Error(`${pagePath}: no page in ${exportDir} (looked for ${candidates.join(', ')})`);
  return found;
}

function* walk(node: Node): Generator<Element> {
  if ('tagName' in node) yield node;
  // <template> content is inert: nothing in it loads.
  if ('childNodes' in node && !('tagName' in node && node.tagName === 'template')) {
    for (const child of node.childNodes) yield* walk(child);
  }
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

function hasAttribute(element: Element, name: string): boolean {
  return element.attrs.some((attr) => attr.name === name);
}

function tokens(value: string | undefined): Set<string> {
  return new Set((value ?? '').toLowerCase().split(/\s+/).filter(Boolean));
}

function textOf(element: Element): string {
  return element.childNodes
    .map((child) => ('value' in child && child.nodeName === '#text' ? child.value : ''))
    .join('');
}

/** Every character of the page's visible text (for fonts split by unicode-range). */
function pageCharacters(document: Node): Set<number> {
  const characters = new Set<number>();
  const visit = (node: Node) => {
    if (node.nodeName === '#text' && 'value' in node) {
      for (const character of node.value) characters.add(character.codePointAt(0)!);
    }
    if ('tagName' in node && ['script', 'style', 'template', 'noscript'].includes(node.tagName)) return;
    if ('childNodes' in node) node.childNodes.forEach(visit);
  };
  visit(document);
  return characters;
}

type FontFace = { url: string; sheet?: string };

/**
 * The @font-face files Chromium would fetch: a face of a family that some rule uses, whose
 * unicode-range covers a character on the page; its first url() (Chromium takes the first
 * source it supports; local() fonts are assumed absent, the worst case). Every weight and
 * style of a used family counts, which can overstate.
 */
function fontsForPage(cssTexts: string[], characters: Set<number>): FontFace[] {
  const roots: Root[] = cssTexts.map((css) => postcss.parse(css));
  const used = new Set<string>();
  for (const root of roots) {
    // Custom properties too: a stack is often kept in one (`font-family: var(--font-body)`).
    root.walkDecls(/^(font|font-family|--.+)$/i, (declaration) => {
      if (declaration.parent?.type === 'atrule' && (declaration.parent as { name?: string }).name === 'font-face')
        return;
      for (const part of declaration.value.split(',')) {
        // In the `font` shorthand the first family follows the size: its last word.
        used.add(unquote(part.trim()));
        used.add(unquote(part.trim().split(/\s+/).pop() ?? ''));
        for (const quoted of part.matchAll(/['"]([^'"]+)['"]/g)) used.add(quoted[1] ?? '');
      }
    });
  }
  const faces: FontFace[] = [];
  for (const root of roots) {
    root.walkAtRules(/^font-face$/i, (rule) => {
      let family = '';
      let source = '';
      let range = '';
      rule.walkDecls((declaration) => {
        const property = declaration.prop.toLowerCase();
        if (property === 'font-family') family = unquote(declaration.value.trim());
        else if (property === 'src') source = declaration.value;
        else if (property === 'unicode-range') range = declaration.value;
      });
      const url = /url\(\s*['"]?([^'")]+)['"]?\s*\)/.exec(source)?.[1];
      if (!url || !used.has(family)) return;
      if (range && ![...characters].some((code) => inUnicodeRange(code, range))) return;
      faces.push({ url });
    });
  }
  return faces;
}

function unquote(value: string): string {
  return value.replace(/^['"]|['"]$/g, '');
}

function inUnicodeRange(code: number, range: string): boolean {
  return range.split(',').some((part) => {
    const match = /^\s*U\+([0-9A-F?]+)(?:-([0-9A-F]+))?\s*$/i.exec(part);
    if (!match) return false;
    const [, start = '', end] = match;
    const low = parseInt(start.replace(/\?/g, '0'), 16);
    const high = end ? parseInt(end, 16) : parseInt(start.replace(/\?/g, 'F'), 16);
    return code >= low && code <= high;
  });
}

/** The file Chromium fetches for an <img>: its <picture>'s first usable <source>, else the img itself. */
function chosenImage(img: Element, viewport: Viewport): string | undefined {
  const parent = img.parentNode;
  if (parent && 'tagName' in parent && parent.tagName === 'picture') {
    for (const source of parent.childNodes) {
      if (!('tagName' in source) || source.tagName !== 'source') continue;
      const type = attribute(source, 'type');
      if (type && !IMAGE_TYPES.has(type.trim().toLowerCase())) continue;
      const media = attribute(source, 'media');
      if (media && !mediaMatches(media, viewport)) continue;
      const srcset = attribute(source, 'srcset');
      if (srcset) return pickCandidate(srcset, attribute(source, 'sizes'), viewport);
    }
  }
  const srcset = attribute(img, 'srcset');
  if (srcset) return pickCandidate(srcset, attribute(img, 'sizes'), viewport);
  return attribute(img, 'src');
}

/** A srcset candidate as Chromium picks it: the smallest density at least the screen's. */
function pickCandidate(srcset: string, sizes: string | undefined, viewport: Viewport): string | undefined {
  const slot = slotWidth(sizes, viewport);
  const candidates = srcset
    // Site paths never contain commas; data: URLs in a srcset are not supported here.
    .split(/\s*,\s*/)
    .map((entry) => entry.trim().split(/\s+/))
    .filter((parts) => parts[0])
    .map(([url = '', descriptor = '1x']) => {
      const value = parseFloat(descriptor);
      const density = descriptor.endsWith('w') ? value / slot : value;
      return { url, density };
    })
    .sort((a, b) => a.density - b.density);
  return (candidates.find((candidate) => candidate.density >= viewport.deviceScaleFactor) ?? candidates.at(-1))?.url;
}

/** The width `sizes` gives the image, in CSS px (100vw without `sizes`). */
function slotWidth(sizes: string | undefined, viewport: Viewport): number {
  for (const entry of (sizes ?? '100vw').split(',')) {
    const match = /^\s*(\(.*\))?\s*([\d.]+)(px|vw|rem|em)\s*$/.exec(entry);
    if (!match) continue;
    const [, media, amount = '0', unit] = match;
    if (media && !mediaMatches(media, viewport)) continue;
    return lengthInPx(parseFloat(amount), unit ?? 'px', viewport);
  }
  return viewport.width;
}

/** Enough of media queries for images: (min-width) and (max-width) joined by `and`. */
function mediaMatches(media: string, viewport: Viewport): boolean {
  return media.split(/\s+and\s+/).every((condition) => {
    const match = /\(\s*(min|max)-width\s*:\s*([\d.]+)(px|rem|em)\s*\)/.exec(condition);
    if (!match) return true;
    const [, kind, amount = '0', unit = 'px'] = match;
    const width = lengthInPx(parseFloat(amount), unit, viewport);
    return kind === 'min' ? viewport.width >= width : viewport.width <= width;
  });
}

function lengthInPx(amount: number, unit: string, viewport: Viewport): number {
  if (unit === 'vw') return (amount * viewport.width) / 100;
  if (unit === 'rem' || unit === 'em') return amount * 16;
  return amount;
}
