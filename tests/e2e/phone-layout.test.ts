import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { generateContent } from '../../scripts/generate-content';
import { buildSite, ensureFixtureSite, FIXTURE_EXPORT_DIR } from '../build/support/fixture-build';
import { browserAvailable, serveBuiltSite, launchBrowser } from './support/browser';

// Every page on a phone, 320 and 390 px wide: nothing wider than the screen, and the results
// tables of the first story fit it with their record column in view. On the real site (out/),
// the fixture site and a generated archive with a title of one very long word.

const PHONES = [320, 390];
const FIRST_STORY = '/nieuws/leerdam-en-blondin-botsen-bij-het-inrijden/';
const GENERATED = { content: '.test-out/phone-content', export: '.test-out/phone-site' };
const LONG_WORD = 'Schaatsbondsvoorzittersverkiezingsuitslagenbekendmakingsbijeenkomst'.repeat(2);

/** Every page of an export, as the path a reader types. */
function pagesOf(exportDir: string): string[] {
  return fs
    .readdirSync(exportDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html') && !file.startsWith('pagefind'))
    .map(
      (file) =>
        `/${file
          .split(path.sep)
          .join('/')
          .replace(/index\.html$/, '')}`,
    )
    .sort();
}

/** The pages of a served export wider than a phone of each width, with how wide they are. */
async function tooWide(browser: Browser, url: string, pages: string[]): Promise<string[]> {
  const wide: string[] = [];
  for (const width of PHONES) {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    for (const address of pages) {
      await page.goto(`${url}${address}`, { waitUntil: 'load' });
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      if (scrollWidth > width) wide.push(`${address} at ${width} px: ${scrollWidth} px wide`);
    }
    await context.close();
  }
  return wide;
}

const hasBrowser = browserAvailable();

describe.runIf(hasBrowser)('pages on a phone', () => {
  let browser: Browser;
  beforeAll(async () => {
    ensureFixtureSite();
    fs.rmSync(GENERATED.content, { recursive: true, force: true });
    generateContent(GENERATED.content, 30);
    fs.writeFileSync(
      path.join(GENERATED.content, 'articles', '2015', 'lang-woord.md'),
      `---\ntitle: ${LONG_WORD}\nsummary: Een samenvatting met ${LONG_WORD} erin.\ndate: 2015-01-05T10:00:00+01:00\nauthor: redactie\ncategory: nieuws\ntags: [${LONG_WORD.slice(0, 60)}]\n---\nEen alinea met ${LONG_WORD} erin.\n\n| Plaats | Naam | Tijd |\n| --- | --- | --- |\n| 1 | Een schaatser | 36.50 |\n`,
    );
    buildSite({
      contentRoot: GENERATED.content,
      publicDir: 'public',
      exportDir: GENERATED.export,
      buildTime: '2026-11-20T12:00:00+01:00',
    });
    browser = await launchBrowser();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    ['the real site', 'out'],
    ['the fixture site', FIXTURE_EXPORT_DIR],
    ['a generated archive with a very long word', GENERATED.export],
  ])(
    'none of %s is wider than a 320 or 390 px phone',
    async (_name, exportDir) => {
      const site = await serveBuiltSite(path.resolve(exportDir));
      try {
        expect(await tooWide(browser, site.url, pagesOf(exportDir))).toEqual([]);
      } finally {
        await site.close();
      }
    },
    300_000,
  );

  it("sets a plain Markdown table in an article's text like the site's tables", async () => {
    const site = await serveBuiltSite(path.resolve(GENERATED.export));
    const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(`${site.url}/nieuws/lang-woord/`, { waitUntil: 'load' });
      const style = await page.locator('.prose table').evaluate((table) => {
        const cell = getComputedStyle(table.querySelector('td')!);
        const header = getComputedStyle(table.querySelector('th')!);
        return {
          collapse: getComputedStyle(table).borderCollapse,
          padding: parseFloat(cell.paddingLeft),
          headerRule: parseFloat(header.borderBottomWidth),
        };
      });
      expect(style).toEqual({ collapse: 'collapse', padding: expect.any(Number), headerRule: 2 });
      expect(style.padding).toBeGreaterThan(4);
    } finally {
      await context.close();
      await site.close();
    }
  });

  it('prints an article without the search box, share links, chips or pagination', async () => {
    const site = await serveBuiltSite(path.resolve(FIXTURE_EXPORT_DIR));
    const context = await browser.newContext({ viewport: { width: 800, height: 1000 } });
    try {
      const page = await context.newPage();
      await page.goto(`${site.url}/nieuws/visser-rijdt-baanrecord/`, { waitUntil: 'load' });
      const shown = async (selector: string) => page.locator(selector).first().isVisible();
      const leftOut = ['.search-form', '.share', '.chips', '.site-header nav'];
      // On screen they are there ...
      for (const selector of leftOut) expect(await shown(selector), selector).toBe(true);
      // ... on paper only the story is.
      await page.emulateMedia({ media: 'print' });
      expect(await shown('main h1')).toBe(true);
      for (const selector of leftOut) expect(await shown(selector), selector).toBe(false);
    } finally {
      await context.close();
      await site.close();
    }
  });

  it.each(PHONES)(
    'shows the records and the Adelskalender on a %i px phone without sideways scrolling',
    async (width) => {
      const site = await serveBuiltSite(path.resolve('out'));
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      try {
        const page = await context.newPage();
        await page.goto(`${site.url}/records/`, { waitUntil: 'load' });
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        const world = page.getByRole('table', { name: 'Wereldrecords per afstand' });
        const time = world.getByRole('row').filter({ hasText: 'Femke Kok' }).getByText('36,09');
        const box = await time.boundingBox();
        // The time is in view, not behind a swipe of its table.
        expect(box && box.x + box.width <= width).toBe(true);

        await page.goto(`${site.url}/adelskalender/`, { waitUntil: 'load' });
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        // The real site has no skater with all four distances yet.
        await expect.poll(() => page.getByText('Nog geen schaatsers met alle vier afstanden').count()).toBe(2);
      } finally {
        await context.close();
        await site.close();
      }
    },
    60_000,
  );

  it.each(PHONES)(
    'fits the first story’s results tables on a %i px phone, the record column in view',
    async (width) => {
      const site = await serveBuiltSite(path.resolve('out'));
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      try {
        const page = await context.newPage();
        await page.goto(`${site.url}${FIRST_STORY}`, { waitUntil: 'load' });
        const sprint = page.getByRole('table', { name: /500 meter vrouwen, tweede race/ });
        // The table is no wider than its box: nothing hidden behind a sideways swipe.
        const fits = await sprint.evaluate((table) => table.scrollWidth <= table.parentElement!.clientWidth);
        expect(fits).toBe(true);
        const record = sprint.getByRole('row').filter({ hasText: 'Femke Kok' }).getByText('WR');
        const box = await record.boundingBox();
        expect(box && box.x + box.width <= width).toBe(true);
        // Every gap is still shown: folded under the time where its own column does not fit.
        await expect
          .poll(() => sprint.getByRole('row').filter({ hasText: 'Erin Jackson' }).innerText())
          .toContain('+0,48');
      } finally {
        await context.close();
        await site.close();
      }
    },
    60_000,
  );

  it('shows a competition by day with its jump list, and a World Cup standing, on a 320 px phone without sideways scrolling', async () => {
    const site = await serveBuiltSite(path.resolve('out'));
    const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(`${site.url}/wedstrijden/wereldbeker-salt-lake-city-2025/`, { waitUntil: 'load' });
      const jumps = page.getByRole('navigation', { name: 'Naar een uitslag' });
      await jumps.getByRole('link', { name: '500 meter vrouwen' }).click();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe('#uitslag-2025-11-16-500-vrouwen');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

      await page.goto(`${site.url}/wereldbeker/2025-2026/500-vrouwen/`, { waitUntil: 'load' });
      const standing = page.getByRole('table', { name: /^Stand 500 meter vrouwen/ });
      expect(await standing.getByRole('row').filter({ hasText: 'Femke Kok' }).innerText()).toContain('60');
      // A table wider than the phone scrolls inside its own box; the page itself does not.
      expect(await standing.evaluate((table) => table.parentElement!.clientWidth)).toBeLessThanOrEqual(320);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    } finally {
      await context.close();
      await site.close();
    }
  }, 60_000);
});
