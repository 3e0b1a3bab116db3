import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openBodyCache } from '@/lib/build/body-cache';
import { loadContent, type LoadOptions } from '@/lib/content/load';
import { ContentErrors } from '@/lib/content/problems';

const FIXTURES = path.join(import.meta.dirname, '../../fixtures/content');
const NOW = new Date('2025-12-01T12:00:00Z');
/** The fixtures' public/, which holds the valid article's photo. */
const PUBLIC = path.join(import.meta.dirname, '../../fixtures/public');

function temporaryFolder(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'body-cache-'));
}

function optionsWithCache(root: string, cacheFile: string): LoadOptions {
  return {
    root,
    now: NOW,
    includeUnpublished: false,
    publicDir: PUBLIC,
    bodyCache: openBodyCache(cacheFile, process.cwd()),
  };
}

function problemsOf(options: LoadOptions): string[] {
  try {
    loadContent(options);
  } catch (error) {
    if (error instanceof ContentErrors) return error.message.split('\n');
    throw error;
  }
  return [];
}

describe('the parsed-body cache', () => {
  it('gives the same articles from the cache as from a fresh parse', () => {
    const cacheFile = path.join(temporaryFolder(), 'bodies.json');
    const root = path.join(FIXTURES, 'valid');

    const fresh = loadContent({ root, now: NOW, includeUnpublished: false, publicDir: PUBLIC });
    loadContent(optionsWithCache(root, cacheFile));
    const fromCache = loadContent(optionsWithCache(root, cacheFile));

    expect(fs.existsSync(cacheFile)).toBe(true);
    expect(fromCache.articles).toEqual(fresh.articles);
  });

  it('reports a cached body problem on the right file line after the front matter grew', () => {
    const root = temporaryFolder();
    fs.cpSync(path.join(FIXTURES, 'invalid/results-unreadable-time'), root, { recursive: true });
    const cacheFile = path.join(temporaryFolder(), 'bodies.json');
    const article = path.join(root, 'articles/onleesbare-tijd.md');

    const before = problemsOf(optionsWithCache(root, cacheFile));
    fs.writeFileSync(
      article,
      fs.readFileSync(article, 'utf8').replace('category: uitslagen\n', 'category: uitslagen\ntags: [sprint]\n'),
    );
    const after = problemsOf(optionsWithCache(root, cacheFile));

    expect(before.some((line) => /onleesbare-tijd\.md:14: results row 2, Tijd/.test(line))).toBe(true);
    expect(after.some((line) => /onleesbare-tijd\.md:15: results row 2, Tijd/.test(line))).toBe(true);
  });

  it('starts afresh from a cache file that cannot be read', () => {
    const cacheFile = path.join(temporaryFolder(), 'bodies.json');
    fs.writeFileSync(cacheFile, '{ not json');

    const content = loadContent(optionsWithCache(path.join(FIXTURES, 'valid'), cacheFile));

    expect(content.articles.length).toBeGreaterThan(0);
    expect(JSON.parse(fs.readFileSync(cacheFile, 'utf8'))).toHaveProperty('entries');
  });
});

describe('the front-matter cache', () => {
  it('reports a problem in cached front matter on the same line as a fresh read', () => {
    const root = temporaryFolder();
    fs.cpSync(path.join(FIXTURES, 'valid'), root, { recursive: true });
    const cacheFile = path.join(temporaryFolder(), 'bodies.json');
    loadContent(optionsWithCache(root, cacheFile));
    // Another file changes, so the cached front matter of the articles that name it now fails.
    const skater = 'sanne-visser';
    fs.rmSync(path.join(root, 'athletes', `${skater}.md`));

    const fresh = problemsOf({ root, now: NOW, includeUnpublished: false, publicDir: PUBLIC });
    const cached = problemsOf(optionsWithCache(root, cacheFile));

    expect(fresh.some((line) => /: athletes/.test(line) && line.includes(skater))).toBe(true);
    expect(cached).toEqual(fresh);
  });

  it('keeps the front matter it read, by the YAML text', () => {
    const cacheFile = path.join(temporaryFolder(), 'bodies.json');
    loadContent(optionsWithCache(path.join(FIXTURES, 'valid'), cacheFile));

    const stored = JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as { frontMatter: Record<string, unknown> };
    const names = Object.values(stored.frontMatter).map((data) => (data as { name?: string }).name);
    expect(names).toContain('Lotte Hoekstra');
  });
});
