import fs from 'node:fs';
import path from 'node:path';

import { buildSite, FIXTURE_BUILD, FIXTURE_EXPORT_DIR, FIXTURE_ROOT } from './support/fixture-build';

// Builds the fixture content root exactly as `npm run build` builds content/, into its own
// folder, and checks the export page by page against what the fixture files say.
const exported = (...parts: string[]) => path.resolve(FIXTURE_EXPORT_DIR, ...parts);
const read = (...parts: string[]) => fs.readFileSync(exported(...parts), 'utf8');

const published = ['visser-rijdt-baanrecord', 'kernploeg-traint-in-inzell', 'terugblik-op-het-seizoen'];
const aliases = ['visser-baanrecord', 'oud-bericht-visser'];

let buildOutput = '';

// Every Node process of the build logs the content files it opens (tests/build/support/log-content-reads.mjs).
const READS_LOG = path.resolve('.test-out/fixture-content-reads.log');
type LogEntry = { pid: number; kind: 'process' | 'read'; detail: string };

beforeAll(() => {
  fs.mkdirSync(path.dirname(READS_LOG), { recursive: true });
  fs.rmSync(READS_LOG, { force: true });
  buildOutput = buildSite(FIXTURE_BUILD, {
    NODE_OPTIONS: `--import ${path.resolve('tests/build/support/log-content-reads.mjs')}`,
    CONTENT_READS_LOG: READS_LOG,
  });
});

/** The files an editor's build reads: Markdown and World Cup data, but not the ignored _drafts and .hidden ones. */
function contentFiles(root: string): string[] {
  return (
    fs
      .readdirSync(root, { recursive: true, withFileTypes: true })
      // Markdown files, and the World Cup seasons' data (wereldbeker/<season>.yml).
      .filter((entry) => entry.isFile() && /\.(md|yml)$/.test(entry.name) && !/^[_.]/.test(entry.name))
      .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
      .sort()
  );
}

describe('a production build of the fixture content', () => {
  it('accounts for every content file in its summary', () => {
    expect(buildOutput).toContain('inhoud: 3 gepubliceerd, 1 concept, 1 ingepland, 3 genegeerd');
    expect(buildOutput).toMatch(/concept, niet gebouwd: .*column-stilte-op-de-baan\.md/);
    expect(buildOutput).toMatch(
      /ingepland voor donderdag 18 december 2025, 09:00, nog niet gebouwd: .*vooruitblik-nk-afstanden\.md/,
    );
    for (const ignored of ['_scratch.md', '.hidden.md', 'notes.txt']) expect(buildOutput).toContain(ignored);
    // The build's last check compared those counts with the files on disk and the pages built.
    expect(buildOutput).toContain(
      'nothing lost: every file accounted for: 3 published, 1 drafts, 1 scheduled, 3 ignored; 4 skaters, 2 authors, 2 competitions',
    );
  });

  it('reads each content file once, in one process, however many processes render pages', () => {
    const entries = fs
      .readFileSync(READS_LOG, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as LogEntry);
    // Next's page workers were watched too: without them the counts below would prove nothing.
    const processes = entries.filter((entry) => entry.kind === 'process').map((entry) => entry.detail);
    expect(processes.filter((command) => command.includes('jest-worker')).length, processes.join('\n')).toBeGreaterThan(
      0,
    );

    const reads = entries.filter((entry) => entry.kind === 'read');
    const timesRead: Record<string, number> = {};
    for (const { detail } of reads) {
      const file = path.relative(path.resolve(FIXTURE_ROOT), detail);
      timesRead[file] = (timesRead[file] ?? 0) + 1;
    }
    expect(timesRead).toEqual(Object.fromEntries(contentFiles(FIXTURE_ROOT).map((file) => [file, 1])));
    expect(new Set(reads.map((read) => read.pid)).size).toBe(1);
  });

  it('has exactly one page per published article and one per alias under /nieuws/', () => {
    const pages = fs.readdirSync(exported('nieuws')).sort();
    // Besides the articles and aliases, the folder holds the archive: its newest articles
    // (/nieuws/index.html) and its numbered pages (/nieuws/pagina/<n>/).
    expect(pages).toEqual([...published, ...aliases, 'index.html', 'pagina'].sort());
  });

  it.each(published)('shows the article %s with its own title as the heading', (slug) => {
    const html = read('nieuws', slug, 'index.html');
    expect(html).toMatch(/<h1>[^<]+<\/h1>/);
    expect(html).toContain(`<link rel="canonical" href="https://schaatsnieuws.example/nieuws/${slug}/"/>`);
  });

  it('builds no page for the draft, the scheduled article or ignored files', () => {
    for (const slug of ['column-stilte-op-de-baan', 'vooruitblik-nk-afstanden', '_scratch', '.hidden', 'notes']) {
      expect(fs.existsSync(exported('nieuws', slug))).toBe(false);
    }
    const everything = fs.readdirSync(exported(), { recursive: true }).map(String).join('\n');
    expect(everything).not.toContain('stilte-op-de-baan');
    expect(everything).not.toContain('vooruitblik');
  });

  it.each(aliases)('forwards the old address %s to the article, with a canonical link', (alias) => {
    const html = read('nieuws', alias, 'index.html');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/nieuws/visser-rijdt-baanrecord/"/>');
    expect(html).toContain(
      '<link rel="canonical" href="https://schaatsnieuws.example/nieuws/visser-rijdt-baanrecord/"/>',
    );
    expect(html).toContain('noindex');
  });

  it('lists the published articles on the front page, newest first', () => {
    const html = read('index.html');
    const positions = [
      'Visser rijdt baanrecord',
      'Kernploeg traint een week in Inzell',
      'Terugblik op het seizoen',
    ].map((title) => html.indexOf(title));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(html).not.toContain('Stilte op de baan');
  });

  it('shows a correction box and the latest correction as the update time', () => {
    const html = read('nieuws', 'visser-rijdt-baanrecord', 'index.html');
    expect(html).toContain('Rectificatie');
    expect(html).toContain('Eerder stond hier een verkeerde tijd voor Hoekstra.');
    expect(html).toMatch(
      /Bijgewerkt: <time dateTime="2025-11-17T09:15:00\+01:00">maandag 17 november 2025, 09:15<\/time>/,
    );
  });

  it('writes the Dutch 404 page', () => {
    expect(read('404.html')).toContain('Pagina niet gevonden');
  });
});
