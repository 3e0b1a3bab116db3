import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { FrontMatterCache } from '../content/front-matter';
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
  /** Front matter read without problems, as plain data, by the YAML text (lib/content/front-matter.ts). */
  frontMatter: FrontMatterCache;
  /** Writes the entries used in this run (and only those, so the file never grows stale). */
  save: () => void;
};

const noFrontMatterCache: FrontMatterCache = { get: () => undefined, set: () => {} };

/** A cache that keeps nothing: for tests and `CONTENT_CACHE=off`. */
export const noBodyCache: BodyCache = {
  key: () => '',
  get: () => undefined,
  set: () => {},
  frontMatter: noFrontMatterCache,
  save: () => {},
};

type Store = { fingerprint: string; entries: Record<string, CachedBody>; frontMatter: Record<string, unknown> };

function hashOf(...parts: string[]): string {
  const hash = createHash('sha1');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('base64url');
}

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
  const stored = readStore(file, fingerprint);
  const used: Store = { fingerprint, entries: {}, frontMatter: {} };
  let changed = false;
  const remember = <T>(kind: 'entries' | 'frontMatter', key: string, value: T): T => {
    (used[kind] as Record<string, T>)[key] = value;
    return value;
  };
  return {
    key: (body, context) => hashOf(context, body),
    get: (key) => {
      const entry = stored.entries[key];
      return entry && remember('entries', key, entry);
    },
    set: (key, value) => {
      remember('entries', key, value);
      changed = true;
    },
    frontMatter: {
      get: (yaml) => {
        const key = hashOf(yaml);
        return key in stored.frontMatter ? remember('frontMatter', key, stored.frontMatter[key]) : undefined;
      },
      set: (yaml, data) => {
        remember('frontMatter', hashOf(yaml), data);
        changed = true;
      },
    },
    save: () => {
      const sameEntries = (kind: 'entries' | 'frontMatter') =>
        Object.keys(used[kind]).length === Object.keys(stored[kind]).length;
      if (!changed && sameEntries('entries') && sameEntries('frontMatter')) return;
      try {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        // Write then rename: parallel build workers never see half a file.
        const temporary = `${file}.${process.pid}.tmp`;
        fs.writeFileSync(temporary, JSON.stringify(used));
        fs.renameSync(temporary, file);
      } catch {
        // A cache that cannot be written only costs time.
      }
    },
  };
}

/** The stored entries, when they were made by the same code; no cache yet, or a broken one, is an empty one. */
function readStore(file: string, fingerprint: string): Store {
  const empty: Store = { fingerprint, entries: {}, frontMatter: {} };
  try {
    const data: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    return isStore(data) && data.fingerprint === fingerprint ? data : empty;
  } catch {
    return empty;
  }
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

function isStore(data: unknown): data is Store {
  return (
    typeof data === 'object' && data !== null && 'fingerprint' in data && 'entries' in data && 'frontMatter' in data
  );
}
