import fs from 'node:fs';
import path from 'node:path';
import { slugify, SLUG_PATTERN } from '../slug';
import type { ProblemList } from './problems';

export type ContentFile = {
  /** Absolute path. */
  absolute: string;
  /** Path as shown to editors. */
  display: string;
  slug: string;
};

export type FolderListing = { files: ContentFile[]; ignored: string[] };

/** How a path is shown in messages: relative to the working folder when inside it. */
export function displayPath(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute);
  return relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative.split(path.sep).join('/');
}

/**
 * Lists the `.md` files under a content folder (subfolders included), in a fixed order so
 * that the file system's listing order never changes a build. Names starting with `_` or
 * `.` and files not ending in `.md` are ignored and returned as such. A file name that is
 * not a valid slug, and two files with one slug, are problems. A missing folder is empty.
 */
export function listContentFolder(folder: string, problems: ProblemList): FolderListing {
  const files: ContentFile[] = [];
  const ignored: string[] = [];
  const bySlug = new Map<string, ContentFile>();

  const walk = (directory: string) => {
    const entries = fs
      .readdirSync(directory, { withFileTypes: true })
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const absolute = path.join(directory, entry.name);
      if (entry.name.startsWith('_') || entry.name.startsWith('.')) {
        ignored.push(displayPath(absolute));
        continue;
      }
      if (entry.isDirectory()) {
        walk(absolute);
        continue;
      }
      if (!entry.isFile() || !entry.name.endsWith('.md')) {
        ignored.push(displayPath(absolute));
        continue;
      }
      const file: ContentFile = { absolute, display: displayPath(absolute), slug: entry.name.slice(0, -'.md'.length) };
      if (!SLUG_PATTERN.test(file.slug)) {
        const suggestion = slugify(file.slug);
        problems.add(
          file.display,
          1,
          'file name',
          `verwacht alleen kleine letters a-z, cijfers 0-9 en -${suggestion ? `; hernoem het bestand naar ${suggestion}.md` : ''}; gevonden: ${entry.name}`,
        );
        continue;
      }
      const existing = bySlug.get(file.slug);
      if (existing) {
        problems.add(
          file.display,
          1,
          'file name',
          `verwacht één bestand per slug; ${existing.display} heeft dezelfde slug "${file.slug}"`,
        );
        continue;
      }
      bySlug.set(file.slug, file);
      files.push(file);
    }
  };

  if (fs.existsSync(folder)) walk(folder);
  return { files, ignored };
}

/**
 * The largest content file read. A file several times a long read is a pasted blob (an image
 * as base64, a data dump), and Markdown of megabytes parses for minutes
 * (docs/decisions/0015-content-size-limits.md).
 */
export const MAX_FILE_BYTES = 256 * 1024;

/**
 * Reads a content file as UTF-8 text. Returns undefined, with a problem, for a file that
 * is too large, not text (NUL bytes) or not valid UTF-8.
 */
export function readContentText(file: ContentFile, problems: ProblemList): string | undefined {
  const size = fs.statSync(file.absolute).size;
  if (size > MAX_FILE_BYTES) {
    problems.add(
      file.display,
      longestLine(file.absolute),
      'file',
      `verwacht een bestand van hoogstens ${MAX_FILE_BYTES / 1024} kB; gevonden: ${formatSize(size)} (dit is de langste regel: een geplakte lap tekst?)`,
    );
    return undefined;
  }
  const bytes = fs.readFileSync(file.absolute);
  if (bytes.includes(0)) {
    problems.add(
      file.display,
      1,
      'file',
      'verwacht een Markdown-tekstbestand; gevonden: een bestand dat geen tekst is',
    );
    return undefined;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const line = bytes.subarray(0, firstInvalidUtf8(bytes)).toString('latin1').split('\n').length;
    problems.add(
      file.display,
      line,
      'file',
      'verwacht tekst in UTF-8; gevonden: tekens die geen UTF-8 zijn (sla het bestand op als UTF-8)',
    );
    return undefined;
  }
}

/** Index of the first byte where UTF-8 decoding fails, found by decoding growing prefixes line by line. */
function firstInvalidUtf8(bytes: Buffer): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  while (start < bytes.length) {
    const newline = bytes.indexOf(10, start);
    const end = newline === -1 ? bytes.length : newline + 1;
    try {
      decoder.decode(bytes.subarray(start, end));
    } catch {
      return start;
    }
    start = end;
  }
  return 0;
}

/** The 1-based number of the longest line of a file, read in chunks (the file may be huge). */
function longestLine(file: string): number {
  const descriptor = fs.openSync(file, 'r');
  const chunk = Buffer.alloc(1 << 20);
  let line = 1;
  let length = 0;
  let best = { line: 1, length: 0 };
  try {
    for (let read = fs.readSync(descriptor, chunk); read > 0; read = fs.readSync(descriptor, chunk)) {
      for (let index = 0; index < read; index += 1) {
        if (chunk[index] === 10) {
          if (length > best.length) best = { line, length };
          line += 1;
          length = 0;
        } else {
          length += 1;
        }
      }
    }
  } finally {
    fs.closeSync(descriptor);
  }
  return length > best.length ? line : best.line;
}

function formatSize(bytes: number): string {
  // With a decimal comma, as Dutch writes it.
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`
    : `${Math.ceil(bytes / 1024)} kB`;
}
