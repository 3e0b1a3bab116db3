import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { siteFingerprint } from '@/lib/build/site-fingerprint';
import { loadContent } from '@/lib/content/load';
import { createSiteModel } from '@/lib/site-model';

// What decides that a build has nothing to do: the same fingerprint must mean the same export,
// so it changes with everything a page shows and with what the build's "now" decides.

const FIXTURES = path.join(import.meta.dirname, '../../fixtures');
const READER_SITE = path.join(FIXTURES, 'content/reader-site');
const VALID = path.join(FIXTURES, 'content/valid');
const PUBLIC = path.join(FIXTURES, 'public');
// The reader site's newest article is of 2026-01-11 18:30; the news sitemap shows two days.
const IN_THE_NEWS = new Date('2026-01-13T18:00:00+01:00');
const OUT_OF_THE_NEWS_SAME_DAY = new Date('2026-01-13T19:00:00+01:00');
const LATER_THAT_DAY = new Date('2026-01-13T20:00:00+01:00');
const NEXT_DAY = new Date('2026-01-14T20:00:00+01:00');

function fingerprintOf(root: string, now: Date, publicDir = PUBLIC): string {
  const content = loadContent({ root, now, includeUnpublished: false, publicDir });
  return siteFingerprint(content, createSiteModel(content, now), publicDir);
}

let work = '';
beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'site-fingerprint-'));
});
afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

describe('siteFingerprint', () => {
  it('is the same for the same content loaded twice at times that decide nothing differently', () => {
    expect(fingerprintOf(READER_SITE, OUT_OF_THE_NEWS_SAME_DAY)).toBe(fingerprintOf(READER_SITE, LATER_THAT_DAY));
  });

  it('changes when an editor changes a word', () => {
    const copy = path.join(work, 'content');
    fs.cpSync(READER_SITE, copy, { recursive: true });
    const before = fingerprintOf(copy, IN_THE_NEWS);
    const file = path.join(copy, 'articles', '2025', 'dekker-kijkt-vooruit.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('Dekker', 'Dekkers'));

    expect(fingerprintOf(copy, IN_THE_NEWS)).not.toBe(before);
  });

  it('changes when an editor changes the points of a World Cup season file', () => {
    const copy = path.join(work, 'content');
    fs.cpSync(VALID, copy, { recursive: true });
    const before = fingerprintOf(copy, IN_THE_NEWS);
    const file = path.join(copy, 'wereldbeker', '2025-2026.yml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('A: [60, 54,', 'A: [60, 55,'));

    expect(fingerprintOf(copy, IN_THE_NEWS)).not.toBe(before);
  });

  it('changes when a competition is marked a World Cup race', () => {
    const copy = path.join(work, 'content');
    fs.cpSync(VALID, copy, { recursive: true });
    const before = fingerprintOf(copy, IN_THE_NEWS);
    const file = path.join(copy, 'events', 'wereldbeker-testdorp-2025.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('worldcup: A', 'worldcup: B'));

    expect(fingerprintOf(copy, IN_THE_NEWS)).not.toBe(before);
  });

  it('changes when an article leaves the news sitemap, on the same day', () => {
    expect(fingerprintOf(READER_SITE, IN_THE_NEWS)).not.toBe(fingerprintOf(READER_SITE, OUT_OF_THE_NEWS_SAME_DAY));
  });

  it('changes with the day, which decides what is upcoming', () => {
    expect(fingerprintOf(READER_SITE, LATER_THAT_DAY)).not.toBe(fingerprintOf(READER_SITE, NEXT_DAY));
  });

  it("changes when an article's photo is replaced by another under the same name", () => {
    const publicCopy = path.join(work, 'public');
    fs.cpSync(PUBLIC, publicCopy, { recursive: true });
    const before = fingerprintOf(VALID, IN_THE_NEWS, publicCopy);
    // Other bytes, the same size in pixels: only the photo's own bytes tell.
    fs.appendFileSync(path.join(publicCopy, 'images/2025/visser-testdorp.jpg'), Buffer.from([0]));

    expect(fingerprintOf(VALID, IN_THE_NEWS, publicCopy)).not.toBe(before);
  });
});
