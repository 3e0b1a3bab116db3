import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadContent } from '@/lib/content/load';
import { readContentSnapshot, writeContentSnapshot } from '@/lib/build/content-snapshot';
import { createSiteModel } from '@/lib/site-model';

const VALID = path.join(import.meta.dirname, '../../fixtures/content/valid');
const PUBLIC = path.join(import.meta.dirname, '../../fixtures/public');
const target = { root: VALID, now: new Date('2025-12-01T12:00:00Z'), includeUnpublished: false };

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'snapshot-test-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('content snapshot (one read of the content per build)', () => {
  it('gives later steps the same content check loaded: dates, shared authors and all', () => {
    const content = loadContent({ ...target, publicDir: PUBLIC });
    const file = path.join(dir, 'content.v8');
    writeContentSnapshot(file, target, content);

    const read = readContentSnapshot(file, target);
    expect(read).toEqual(content);
    const first = read.articles[0]!;
    expect(first.date).toBeInstanceOf(Date);
    // One author object for all their articles, as the loader links them.
    const sameAuthor = read.articles.filter((article) => article.author.slug === first.author.slug);
    expect(sameAuthor.every((article) => article.author === first.author)).toBe(true);
    // The site model built from it answers as one built from the files.
    const fromFiles = createSiteModel(content, target.now);
    const fromSnapshot = createSiteModel(read, target.now);
    expect(fromSnapshot.articles.map((article) => article.slug)).toEqual(fromFiles.articles.map((a) => a.slug));
    expect(fromSnapshot.tags).toEqual(fromFiles.tags);
    // The World Cup data of content/wereldbeker/ travels with it: later steps do not read the folder.
    expect(read.worldCupSeasons.map((season) => season.season.label)).toEqual(['2025/2026']);
  });

  it('refuses a snapshot made for another build time, content folder or preview mode, naming the field', () => {
    const file = path.join(dir, 'content.v8');
    writeContentSnapshot(file, target, loadContent({ ...target, publicDir: PUBLIC }));
    expect(() => readContentSnapshot(file, { ...target, now: new Date('2026-01-01T00:00:00Z') })).toThrow(
      /content\.v8: made for now 2025-12-01T12:00:00\.000Z, this process expects 2026-01-01T00:00:00\.000Z/,
    );
    expect(() => readContentSnapshot(file, { ...target, root: '/elsewhere' })).toThrow(/made for root .*valid/);
    expect(() => readContentSnapshot(file, { ...target, includeUnpublished: true })).toThrow(
      /made for includeUnpublished false/,
    );
  });

  it('says what it expected when the snapshot is missing or not one', () => {
    expect(() => readContentSnapshot(path.join(dir, 'missing.v8'), target)).toThrow(
      /missing\.v8: expected the content snapshot written by `check`/,
    );
    fs.writeFileSync(path.join(dir, 'garbage.v8'), 'not a snapshot');
    expect(() => readContentSnapshot(path.join(dir, 'garbage.v8'), target)).toThrow(/garbage\.v8: expected/);
  });
});
