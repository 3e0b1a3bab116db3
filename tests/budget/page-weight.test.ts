import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ARTICLE_BUDGET, checkBudget, formatTable, KB, measurePage, PAGE_BUDGET } from './page-weight';

const FIXTURE_SITE = 'tests/fixtures/budget/site';

// A copy of the fixture export per test run, so that big files are made here, not committed.
let site: string;
beforeAll(() => {
  site = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-site-'));
  fs.cpSync(FIXTURE_SITE, site, { recursive: true });
});
afterAll(() => fs.rmSync(site, { recursive: true, force: true }));

/** Random text: gzip cannot shrink it much, so its gzip size is close to its length. */
function incompressible(bytes: number): string {
  return crypto.randomBytes(bytes).toString('base64').slice(0, bytes);
}

function writePage(pagePath: string, html: string): void {
  const file = path.join(site, pagePath, 'index.html');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, html);
}

function page(body: string, head = ''): string {
  return `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Test</title>${head}</head><body>${body}</body></html>`;
}

/** The number of KB a budget message reports for `what`. */
function reported(message: string | undefined, what: string): number {
  const match = new RegExp(`${what} ([\\d.]+) KB gzip`).exec(message ?? '');
  if (!match) throw new Error(`no "${what} ... KB gzip" in: ${message}`);
  return Number(match[1]);
}

describe('measurePage', () => {
  it('counts what the first view loads: HTML, CSS with its @import, fonts for the text, the AVIF at the screen width', () => {
    const weight = measurePage(site, '/nieuws/klein/');
    const loaded = weight.assets.map((asset) => `${asset.kind} ${asset.url}`);
    expect(loaded).toEqual([
      'html /nieuws/klein/',
      'css /style.css',
      'css /extra.css',
      'inline-js inline #1',
      'image /_images/foto-1200.avif',
      'font /fonts/testsans-latin.woff2',
    ]);
    // Not loaded: JSON-LD (data), the nomodule script, the lazy image, the Cyrillic subset
    // (no Cyrillic text on the page), the face of a family no rule uses, the favicon.
    expect(weight.systemFontsOnly).toBe(false);
    expect(weight.frameworkRuntime).toEqual([]);
    expect(weight.missing).toEqual([]);
  });

  it('adds up gzip sizes of text files and the bytes of fonts and images, counting inline scripts once, in the HTML', () => {
    const weight = measurePage(site, '/nieuws/klein/');
    const html = fs.statSync(path.join(site, 'nieuws/klein/index.html')).size;
    const avif = fs.statSync(path.join(site, '_images/foto-1200.avif')).size;
    const font = fs.statSync(path.join(site, 'fonts/testsans-latin.woff2')).size;
    expect(weight.html.raw).toBe(html);
    expect(weight.images).toEqual({ raw: avif, gzip: avif });
    expect(weight.fonts).toEqual({ raw: font, gzip: font });
    expect(weight.css.raw).toBe(
      fs.statSync(path.join(site, 'style.css')).size + fs.statSync(path.join(site, 'extra.css')).size,
    );
    expect(weight.inlineJs.raw).toBe("document.documentElement.classList.add('js');".length);
    expect(weight.total.gzip).toBe(weight.html.gzip + weight.css.gzip + weight.js.gzip + font + avif);
  });

  it('picks the smaller AVIF on a screen with fewer device pixels', () => {
    const weight = measurePage(site, '/nieuws/klein/', { width: 390, height: 844, deviceScaleFactor: 1 });
    expect(weight.assets.filter((asset) => asset.kind === 'image').map((asset) => asset.url)).toEqual([
      '/_images/foto-480.avif',
    ]);
  });

  it('says when a page uses only system fonts', () => {
    const weight = measurePage(site, '/systeem/');
    expect(weight.systemFontsOnly).toBe(true);
    expect(weight.fonts).toEqual({ raw: 0, gzip: 0 });
  });

  it('reports files the page asks for that the export lacks', () => {
    writePage('/kapot/', page('<img src="/images/bestaat-niet.jpg" alt="">'));
    expect(checkBudget(measurePage(site, '/kapot/'), PAGE_BUDGET)).toEqual([
      '/kapot/: files missing from the export: /images/bestaat-niet.jpg',
    ]);
  });
});

describe('checkBudget', () => {
  it('passes a small article page with no framework runtime', () => {
    expect(checkBudget(measurePage(site, '/nieuws/klein/'), ARTICLE_BUDGET)).toEqual([]);
  });

  it('fails an article page that loads a 200 KB script from /_next/static/, naming page, size and budget', () => {
    const script = path.join(site, '_next/static/chunks/x.js');
    fs.mkdirSync(path.dirname(script), { recursive: true });
    fs.writeFileSync(script, `window.x=${JSON.stringify(incompressible(200 * KB))};`);

    const problems = checkBudget(measurePage(site, '/nieuws/runtime/'), ARTICLE_BUDGET);

    const runtime = problems.find((problem) => problem.includes('framework runtime'));
    expect(runtime).toMatch(
      /^\/nieuws\/runtime\/: framework runtime [\d.]+ KB gzip in 1 script\(s\) \(\/_next\/static\/chunks\/x\.js\); budget: zero framework runtime$/,
    );
    expect(reported(runtime, 'framework runtime')).toBeGreaterThan(150);
    const total = problems.find((problem) => problem.includes('first view total'));
    expect(total).toMatch(/^\/nieuws\/runtime\/: first view total [\d.]+ KB gzip; budget: under 40\.0 KB$/);
    expect(reported(total, 'first view total')).toBeGreaterThan(150);
  });

  it('fails an article page with a huge inline RSC payload (self.__next_f)', () => {
    const payload = JSON.stringify([1, incompressible(100 * KB)]);
    writePage('/nieuws/inline-rsc/', page('<h1>Artikel</h1>', `<script>self.__next_f.push(${payload})</script>`));

    const problems = checkBudget(measurePage(site, '/nieuws/inline-rsc/'), ARTICLE_BUDGET);

    expect(problems).toContainEqual(
      expect.stringMatching(
        /^\/nieuws\/inline-rsc\/: framework runtime [\d.]+ KB gzip in 1 script\(s\) \(inline #1 \(self\.__next_f\)\); budget: zero framework runtime$/,
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/^\/nieuws\/inline-rsc\/: HTML [\d.]+ KB gzip; budget: under 60\.0 KB$/),
    );
  });

  it('fails an article page whose own inline script makes the first view over 40 KB', () => {
    writePage(
      '/nieuws/inline-script/',
      page('<h1>Artikel</h1>', `<script>window.data="${incompressible(55 * KB)}"</script>`),
    );

    const problems = checkBudget(measurePage(site, '/nieuws/inline-script/'), ARTICLE_BUDGET);

    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^\/nieuws\/inline-script\/: first view total [\d.]+ KB gzip; budget: under 40\.0 KB$/);
    expect(reported(problems[0], 'first view total')).toBeGreaterThan(40);
  });

  it('fails any page whose HTML is over 60 KB gzip', () => {
    writePage('/schaatsers/lang/', page(`<h1>Lange pagina</h1><p>${incompressible(90 * KB)}</p>`));

    const problems = checkBudget(measurePage(site, '/schaatsers/lang/'), PAGE_BUDGET);

    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^\/schaatsers\/lang\/: HTML [\d.]+ KB gzip; budget: under 60\.0 KB$/);
    expect(reported(problems[0], 'HTML')).toBeGreaterThan(60);
  });

  it('fails a page that loads a script from another host, which it cannot measure', () => {
    writePage('/extern/', page('<h1>Extern</h1>', '<script src="https://cdn.example/tracker.js"></script>'));
    expect(checkBudget(measurePage(site, '/extern/'), PAGE_BUDGET)).toEqual([
      '/extern/: loads files from other hosts, which no budget can measure: https://cdn.example/tracker.js',
    ]);
  });
});

describe('formatTable', () => {
  it('prints one row a page with raw and gzip sizes and the fonts', () => {
    const table = formatTable([
      { label: 'klein', weight: measurePage(site, '/nieuws/klein/') },
      { label: 'systeem', weight: measurePage(site, '/systeem/') },
    ]);
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/^\| page +\| HTML raw\/gz +\| CSS raw\/gz .*\| total gz \|$/);
    expect(lines[2]).toMatch(/^\| klein +\| [\d.]+ KB \/ [\d.]+ KB/);
    expect(lines[3]).toMatch(/\| system +\|/);
  });
});
