/**
 * The nginx include files a build needs beside its export (deploy/nginx/ includes them):
 * the sha256 CSP sources of each page's inline scripts, and a 301 for every old address.
 * Pure functions plus one writer; scripts/after-build.ts runs them after the build.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { paths } from '../paths';
import type { SiteModel } from '../site-model';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** The include files, named as deploy/nginx/schaatsnieuws/http.conf includes them. */
export const CSP_HASHES_FILE = 'csp-hashes.conf';
export const REDIRECTS_FILE = 'redirects.conf';

/**
 * Where the includes of an export are written: beside it (out/ → out-nginx/), never inside,
 * so that the export serves no server configuration.
 */
export function nginxIncludeDir(exportDir: string): string {
  const absolute = path.resolve(exportDir);
  return `${absolute}-nginx`;
}

// https://html.spec.whatwg.org/#javascript-mime-type-essence-match, plus "module": the types
// a browser executes. Anything else (application/ld+json, importmap aside) is a data block that
// CSP does not govern.
const EXECUTABLE_TYPES = new Set([
  '',
  'module',
  'application/ecmascript',
  'application/javascript',
  'application/x-ecmascript',
  'application/x-javascript',
  'text/ecmascript',
  'text/javascript',
  'text/javascript1.0',
  'text/javascript1.1',
  'text/javascript1.2',
  'text/javascript1.3',
  'text/javascript1.4',
  'text/javascript1.5',
  'text/jscript',
  'text/livescript',
  'text/x-ecmascript',
  'text/x-javascript',
]);

/**
 * The CSP hash sources (`'sha256-...'`) of the inline scripts a browser would execute in
 * this HTML, in document order without repeats: `<script>` elements without `src` whose
 * type is JavaScript or a module. JSON-LD and other data blocks are left out.
 */
export function inlineScriptHashes(html: string): string[] {
  // Most pages have no inline script but JSON-LD (the runtime is stripped): skip parsing them.
  // Conservative: anything that may be an inline executable script gets the full parse.
  if (!MAYBE_INLINE_SCRIPT.test(html)) return [];
  const hashes = new Set<string>();
  const visit = (node: Node) => {
    if ('tagName' in node && node.tagName === 'script' && isInlineExecutable(node)) {
      // The hash covers the element's text exactly as written (script text is raw: no entities).
      const text = node.childNodes
        .map((child) => ('value' in child && child.nodeName === '#text' ? child.value : ''))
        .join('');
      hashes.add(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
    }
    if ('childNodes' in node) node.childNodes.forEach(visit);
    if ('content' in node) visit(node.content);
  };
  visit(parse(html));
  return [...hashes];
}

const MAYBE_INLINE_SCRIPT = /<script(?![^>]*\ssrc\s*=)(?![^>]*\stype\s*=\s*["']?application\/ld\+json)/i;

function isInlineExecutable(script: Element): boolean {
  const attribute = (name: string) => script.attrs.find((attr) => attr.name === name)?.value;
  if (attribute('src') !== undefined) return false;
  const type = (attribute('type') ?? '').trim().toLowerCase();
  return EXECUTABLE_TYPES.has(type);
}

/** Every HTML file of an export, as the URI nginx finally serves it (`/nieuws/x/index.html`). */
export function htmlFiles(exportDir: string): { uri: string; file: string }[] {
  const root = path.resolve(exportDir);
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .map((file) => ({ uri: `/${path.relative(root, file).split(path.sep).join('/')}`, file }))
    .sort((a, b) => a.uri.localeCompare(b.uri));
}

/**
 * An nginx map from the served file to the hash sources of its inline scripts (with a leading
 * space, ready to follow `script-src 'self' ...`). Pages without inline scripts are left out:
 * they get the map's default, none. One policy per page keeps each header short and allows a
 * page exactly its own scripts.
 */
export function cspHashesMap(pages: { uri: string; hashes: string[] }[]): string {
  const lines = pages
    .filter((page) => page.hashes.length > 0)
    .map((page) => `    ${quote(page.uri)} "${page.hashes.map((hash) => ` ${hash}`).join('')}";`);
  return [
    '# Generated after the build by scripts/after-build.ts from the export: do not edit.',
    '# The sha256 of every inline script each page runs, for its Content-Security-Policy.',
    'map $uri $schaatsnieuws_script_hashes {',
    '    default "";',
    ...lines,
    '}',
    '',
  ].join('\n');
}

/**
 * Old address → canonical path, for every address the export forwards with a meta refresh:
 * article aliases. Each old address is
 * answered with and without its trailing slash and as its index.html.
 */
export function redirectsOf(model: SiteModel): Map<string, string> {
  const redirects = new Map<string, string>();
  const add = (from: string, to: string) => {
    redirects.set(from, to);
    redirects.set(from.replace(/\/$/, ''), to);
    redirects.set(`${from}index.html`, to);
  };
  for (const alias of model.aliases) {
    const target = model.aliasTarget(alias);
    if (target) add(paths.article(alias), paths.article(target.slug));
  }
  return redirects;
}

/** The redirects as an nginx map on `$uri` (site.conf answers a match with a 301). */
export function redirectsMap(redirects: Map<string, string>): string {
  const lines = [...redirects].map(([from, to]) => `    ${quote(from)} ${quote(to)};`);
  return [
    '# Generated after the build by scripts/after-build.ts from the site model: do not edit.',
    '# Old addresses and the canonical path each one moved to.',
    'map $uri $schaatsnieuws_redirect {',
    '    default "";',
    ...lines,
    '}',
    '',
  ].join('\n');
}

/**
 * Writes both includes for an export into its include folder and returns that folder.
 * Throws when the export has no index.html (no build yet).
 */
export function writeNginxIncludes(exportDir: string, model: SiteModel): string {
  if (!fs.existsSync(path.join(exportDir, 'index.html'))) {
    throw new Error(`nginx includes: ${exportDir}/index.html is missing: build the site first`);
  }
  const pages = htmlFiles(exportDir).map(({ uri, file }) => ({
    uri,
    hashes: inlineScriptHashes(fs.readFileSync(file, 'utf8')),
  }));
  const folder = nginxIncludeDir(exportDir);
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, CSP_HASHES_FILE), cspHashesMap(pages));
  fs.writeFileSync(path.join(folder, REDIRECTS_FILE), redirectsMap(redirectsOf(model)));
  return folder;
}

/**
 * A value as an nginx string literal. Paths come from slugs and file names of the export
 * (a-z, 0-9, -, /, .), so this only guards against a quote or backslash ever reaching it.
 */
function quote(value: string): string {
  if (/["\\\s;{}$]/.test(value)) throw new Error(`nginx includes: refusing to write ${JSON.stringify(value)}`);
  return `"${value}"`;
}
