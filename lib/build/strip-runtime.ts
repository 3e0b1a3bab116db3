import fs from 'node:fs';
import { Parser } from 'htmlparser2';
import { listFiles } from './list-files';

/**
 * Taking Next's client runtime out of a page (docs/decisions/0013-pages-without-the-framework-runtime.md
 * says why;
 * lib/build/write-export.ts does it to every page as it writes the site). Pages are rewritten
 * by cutting the runtime's elements out of the HTML text at the positions a real HTML
 * tokenizer (htmlparser2) reports, so everything else stays byte for byte as React wrote it.
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

/** Source files under the given folders that declare themselves client components. */
export function clientComponentFiles(folders: string[]): string[] {
  return folders
    .flatMap((folder) => (fs.existsSync(folder) ? listFiles(folder) : []))
    .filter((file) => /\.(tsx?|jsx?)$/.test(file))
    .filter((file) => /^\s*(['"])use client\1/m.test(fs.readFileSync(file, 'utf8')));
}
