import fs from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';

/**
 * Taking Next's client runtime out of an exported site (see scripts/strip-runtime.ts for
 * why). Pages are rewritten by cutting the runtime's elements out of the HTML text at the
 * positions a real HTML tokenizer (htmlparser2) reports, so everything else stays byte for
 * byte as React wrote it.
 */

/** Where Next's own files live in an export. */
const RUNTIME_PREFIX = '/_next/';

/** The inline scripts Next writes: the RSC payload, the Turbopack chunk list, Suspense swaps. */
const RUNTIME_INLINE = /self\.__next_f|globalThis\["TURBOPACK"\]|\$RC\(|self\.__next_s|__NEXT_DATA__/;

/** Script types a browser runs; any other type (JSON-LD, say) is a data block. */
const EXECUTABLE_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module']);

export type StrippedPage = { html: string; removed: string[] };

type Cut = { start: number; end: number; what: string };

/**
 * The page without Next's runtime: script elements loading `/_next/` chunks, Next's inline
 * scripts, and script preloads of `/_next/` chunks. Any other executable inline script is
 * an error: this step cannot know whether the page needs it, so it refuses to guess.
 */
export function stripPage(html: string, file: string): StrippedPage {
  const cuts: Cut[] = [];
  let openScript: { start: number; attributes: Record<string, string>; text: string } | undefined;
  const problems: string[] = [];

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'script') {
          openScript = { start: parser.startIndex, attributes, text: '' };
        } else if (name === 'link' && isRuntimePreload(attributes)) {
          cuts.push({ start: parser.startIndex, end: parser.endIndex + 1, what: `link ${attributes.href}` });
        }
      },
      ontext(text) {
        if (openScript) openScript.text += text;
      },
      onclosetag(name) {
        if (name !== 'script' || !openScript) return;
        const { start, attributes, text } = openScript;
        openScript = undefined;
        const cut = { start, end: parser.endIndex + 1 };
        const src = attributes.src;
        if (src !== undefined) {
          if (src.startsWith(RUNTIME_PREFIX)) cuts.push({ ...cut, what: `script ${src}` });
          return;
        }
        if (!EXECUTABLE_TYPES.has((attributes.type ?? '').trim().toLowerCase())) return;
        if (RUNTIME_INLINE.test(text)) cuts.push({ ...cut, what: 'inline runtime script' });
        else problems.push(`an inline script that is not Next's runtime: ${JSON.stringify(text.slice(0, 80))}`);
      },
    },
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);

  if (problems.length > 0) {
    throw new Error(
      `${file}: ${problems.join('; ')}. The runtime stripper removes only Next's own scripts; ` +
        'a page that needs a script of its own loads it from a file (see public/scripts/).',
    );
  }
  let stripped = html;
  for (const { start, end } of [...cuts].sort((a, b) => b.start - a.start)) {
    stripped = stripped.slice(0, start) + stripped.slice(end);
  }
  return { html: stripped, removed: cuts.map((cut) => cut.what) };
}

function isRuntimePreload(attributes: Record<string, string>): boolean {
  const rel = (attributes.rel ?? '').toLowerCase().split(/\s+/);
  const preloadsScript = rel.includes('modulepreload') || (rel.includes('preload') && attributes.as === 'script');
  return preloadsScript && (attributes.href ?? '').startsWith(RUNTIME_PREFIX);
}

/** Next's RSC payload files: only client-side navigation asks for them. */
export function isRscPayloadFile(name: string): boolean {
  return name === 'index.txt' || (name.startsWith('__next.') && name.endsWith('.txt'));
}

export type StripReport = { pages: number; scriptsRemoved: number; filesDeleted: number; bytesDeleted: number };

/**
 * Strips every page of an export, deletes the RSC payload files, then deletes every file
 * under `/_next/` that no page or stylesheet refers to any more (the runtime chunks).
 * Pages are parsed on this thread while writes and deletions (about eight files a page) run
 * on libuv's threads.
 */
export async function stripExport(dir: string): Promise<StripReport> {
  const report: StripReport = { pages: 0, scriptsRemoved: 0, filesDeleted: 0, bytesDeleted: 0 };
  const pending: Promise<void>[] = [];
  const remove = (file: string) =>
    pending.push(
      fs.promises.stat(file).then(async ({ size }) => {
        await fs.promises.rm(file);
        report.bytesDeleted += size;
        report.filesDeleted += 1;
      }),
    );
  const referenced = new Set<string>();
  const nextFiles: string[] = [];

  for (const file of listFiles(dir)) {
    const relative = path.relative(dir, file).split(path.sep).join('/');
    if (relative.startsWith('_next/')) {
      nextFiles.push(file);
    } else if (file.endsWith('.html')) {
      const { html, removed } = stripPage(fs.readFileSync(file, 'utf8'), relative);
      if (removed.length > 0) pending.push(fs.promises.writeFile(file, html));
      report.pages += 1;
      report.scriptsRemoved += removed.filter((what) => !what.startsWith('link')).length;
      collectRuntimeReferences(html, referenced);
    } else if (isRscPayloadFile(path.basename(file))) {
      remove(file);
    }
  }
  // Stylesheets may point at fonts or images under /_next/static/media, relative to themselves.
  for (const file of nextFiles) {
    const url = urlOf(dir, file);
    if (!file.endsWith('.css') || !referenced.has(url)) continue;
    for (const match of fs.readFileSync(file, 'utf8').matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
      const target = new URL(match[1] ?? '', `http://export${url}`);
      if (target.host === 'export') referenced.add(decodeURI(target.pathname));
    }
  }
  for (const file of nextFiles) {
    if (!referenced.has(urlOf(dir, file))) remove(file);
  }
  await Promise.all(pending);
  removeEmptyFolders(path.join(dir, '_next'));
  return report;
}

function urlOf(dir: string, file: string): string {
  return `/${path.relative(dir, file).split(path.sep).join('/')}`;
}

function collectRuntimeReferences(text: string, into: Set<string>): void {
  for (const match of text.matchAll(/\/_next\/[^"'\s)?#]+/g)) into.add(decodeURI(match[0]));
}

/** Every file under a folder, as sorted absolute paths (sorted: output must not follow the file system's order). */
export function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

function removeEmptyFolders(dir: string): void {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) removeEmptyFolders(path.join(dir, entry.name));
  }
  if (fs.readdirSync(dir).length === 0) fs.rmdirSync(dir);
}

/** Source files under the given folders that declare themselves client components. */
export function clientComponentFiles(folders: string[]): string[] {
  return folders
    .flatMap((folder) => (fs.existsSync(folder) ? listFiles(folder) : []))
    .filter((file) => /\.(tsx?|jsx?)$/.test(file))
    .filter((file) => /^\s*(['"])use client\1/m.test(fs.readFileSync(file, 'utf8')));
}
