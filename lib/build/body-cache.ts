import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ParsedBody } from '../markdown/blocks';

/** A parsed article body as stored: its blocks, word count and problems (lines relative to the body). */
export type CachedBody = ParsedBody & {
  problems: { line: number; field: string; message: string; severity: 'error' | 'warning' }[];
};

export type BodyCache = {
  /** The cache key of a body, given everything else its parse depends on. */
  key: (body: string, context: string) => string;
  get: (key: string) => CachedBody | undefined;
  set: (key: string, value: CachedBody) => void;
  /** Writes the entries used in this run (and only those, so the file never grows stale). */
  save: () => void;
};

/** A cache that keeps nothing: for tests and `CONTENT_CACHE=off`. */
export const noBodyCache: BodyCache = { key: () => '', get: () => undefined, set: () => {}, save: () => {} };

/**
 * Parsing Markdown is most of the cost of reading content, and an archive changes a few files
 * at a time (docs/decisions/0007-parsed-bodies-cached.md). Parsed bodies are kept in one JSON
 * file keyed by a hash of the body, the known skaters' names (they decide the links) and a
 * fingerprint of the code that parses (every file under lib/ and the lockfile), so a change
 * to either starts afresh. Never throws: an unreadable cache is an empty one.
 */
export function openBodyCache(file: string, codeRoot: string): BodyCache {
  const fingerprint = codeFingerprint(codeRoot);
  if (!fingerprint) return noBodyCache;
  let stored: Record<string, CachedBody> = {};
  try {
    const data: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (isStore(data) && data.fingerprint === fingerprint) stored = data.entries;
  } catch {
    // No cache yet, or a broken one: parse everything.
  }
  const used: Record<string, CachedBody> = {};
  let changed = false;
  return {
    key: (body, context) => createHash('sha1').update(context).update('\0').update(body).digest('base64url'),
    get: (key) => {
      const entry = stored[key];
      if (entry) used[key] = entry;
      return entry;
    },
    set: (key, value) => {
      used[key] = value;
      changed = true;
    },
    save: () => {
      if (!changed && Object.keys(used).length === Object.keys(stored).length) return;
      try {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        // Write then rename: parallel build workers never see half a file.
        const temporary = `${file}.${process.pid}.tmp`;
        fs.writeFileSync(temporary, JSON.stringify({ fingerprint, entries: used }));
        fs.renameSync(temporary, file);
      } catch {
        // A cache that cannot be written only costs time.
      }
    },
  };
}

function codeFingerprint(root: string): string | undefined {
  const hash = createHash('sha1');
  try {
    const files = fs
      .readdirSync(path.join(root, 'lib'), { recursive: true })
      .map(String)
      .filter((name) => name.endsWith('.ts'))
      .sort();
    if (files.length === 0) return undefined;
    for (const name of files) hash.update(name).update(fs.readFileSync(path.join(root, 'lib', name)));
    hash.update(fs.readFileSync(path.join(root, 'package-lock.json')));
  } catch {
    return undefined;
  }
  return hash.digest('hex');
}

function isStore(data: unknown): data is { fingerprint: string; entries: Record<string, CachedBody> } {
  return typeof data === 'object' && data !== null && 'fingerprint' in data && 'entries' in data;
}
