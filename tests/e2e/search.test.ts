import { ensureFixtureSite, FIXTURE_EXPORT_DIR } from '../build/support/fixture-build';
import { browserAvailable, useBuiltSite, watchForErrors } from './support/browser';

const hasBrowser = browserAvailable();

describe.runIf(hasBrowser)('a reader searching the built site in Chromium', () => {
  const site = useBuiltSite();

  it("searches for a skater's name from the header and opens the story", async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
    const errors = watchForErrors(page);
    await page.goto(`${site.url}/`);

    await page.getByRole('search').first().getByRole('searchbox').fill('Leerdam');
    await page.getByRole('search').first().getByRole('button', { name: 'Zoeken' }).click();
    await page.waitForURL('**/zoeken/?q=Leerdam');

    const hit = page.getByRole('link', { name: /Leerdam en Blondin botsen hard/ }).first();
    await hit.waitFor({ state: 'visible', timeout: 10_000 });
    await hit.click();
    await page.waitForURL('**/nieuws/leerdam-en-blondin-botsen-bij-het-inrijden/**');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toMatch(/Leerdam en Blondin botsen hard/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds a team-pursuit story by a Dutch word form it does not contain exactly', async () => {
    const page = await site.browser.newPage();
    const errors = watchForErrors(page);
    // Stemming: "ploegenachtervolgingen" (plural) finds "ploegenachtervolging".
    await page.goto(`${site.url}/zoeken/?q=ploegenachtervolgingen`);
    await page
      .getByRole('link', { name: /Leerdam en Blondin botsen hard/ })
      .first()
      .waitFor({ state: 'visible', timeout: 10_000 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows results that read well: words apart, no boilerplate sub-results, dates, Dutch words', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
    const errors = watchForErrors(page);
    const resultsText = async (query: string) => {
      await page.goto(`${site.url}/zoeken/?q=${encodeURIComponent(query)}`);
      await page.locator('.pagefind-ui__result').first().waitFor({ state: 'visible', timeout: 10_000 });
      return page.locator('.pagefind-ui__results').innerText();
    };

    // Articles: the byline and date apart, the date shown, no chips or share headings as sub-results.
    const articles = await resultsText('Leerdam');
    expect(articles).not.toMatch(/Schaatsers in dit verhaal|Onderwerpen|Delen|Meer hierover/);
    expect(articles).not.toMatch(/[a-z](maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)/);
    expect(articles).toMatch(/\b\d{1,2} (september|oktober|november|december|januari|februari|maart) 20\d\d\b/);
    expect(await page.getByRole('button', { name: 'Wissen' }).count()).toBe(1);
    expect(await page.getByText('Reset', { exact: true }).count()).toBe(0);

    // A skater: each fact apart from its term.
    const skater = await resultsText('Erin Jackson');
    expect(skater).toContain('Verenigde Staten');
    expect(skater).not.toMatch(/Land(Verenigde|Nederland)|Geboren[a-z]/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('loads no search code on an article page', async () => {
    const page = await site.browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${site.url}/nieuws/leerdam-en-blondin-botsen-bij-het-inrijden/`, { waitUntil: 'networkidle' });
    expect(requested.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    await page.close();
  });
});

describe.runIf(hasBrowser)(
  'a reader searching an index in parts (the fixture site, built as a large archive is)',
  () => {
    beforeAll(() => {
      ensureFixtureSite();
    });
    const site = useBuiltSite(FIXTURE_EXPORT_DIR);

    it('finds articles from every part and skaters from the main index, in one list', async () => {
      const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
      const errors = watchForErrors(page);
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      const firstHit = async (query: string, name: RegExp) => {
        await page.goto(`${site.url}/zoeken/?q=${encodeURIComponent(query)}`);
        await page.getByRole('link', { name }).first().waitFor({ state: 'visible', timeout: 10_000 });
      };

      await firstHit('Inzell', /Kernploeg traint een week in Inzell/);
      await firstHit('Testdorp', /Visser rijdt baanrecord/);
      await firstHit('Terugblik', /Terugblik op het seizoen/);
      await firstHit('Sanne Visser', /Sanne Visser/);

      const parts = new Set(requested.map((url) => /^\/pagefind\/(deel-\d+-van-\d+)\//.exec(url)?.[1]).filter(Boolean));
      expect(parts.size).toBeGreaterThan(1);
      expect(errors).toEqual([]);
      await page.close();
    });
  },
);
