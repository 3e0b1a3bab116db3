import type { Locator, Page } from 'playwright-core';
import { browserAvailable, useBuiltSite, watchForErrors } from './support/browser';

// A reader's walk through the built site (out/) of the project's own content: one article,
// thirteen skaters and one competition.
const ARTICLE_TITLE = /Leerdam en Blondin botsen hard bij het inrijden/;
const ARTICLE_PATH = '/nieuws/leerdam-en-blondin-botsen-bij-het-inrijden/';

const hasBrowser = browserAvailable();

describe.runIf(hasBrowser)('a reader walking through the built site (out/) in Chromium', () => {
  const site = useBuiltSite();

  /** A fresh page that records every console error, page error and failed request. */
  async function openPage(): Promise<{ page: Page; errors: string[] }> {
    const page = await site.browser.newPage();
    return { page, errors: watchForErrors(page) };
  }

  it('goes from the front page to the story, a skater, her competition and the calendar', async () => {
    const { page, errors } = await openPage();

    // The front page: its heading is for screen readers, the lead story for everyone.
    await page.goto(`${site.url}/`);
    await expectH1(page, 'Schaatsnieuws: het laatste schaatsnieuws');
    await page.getByRole('main').getByRole('heading', { level: 2, name: ARTICLE_TITLE }).getByRole('link').click();

    // The story, and the skaters in it.
    await page.waitForURL(`**${ARTICLE_PATH}`);
    await expectH1(page, ARTICLE_TITLE);
    const skaters = page.getByRole('region', { name: 'Schaatsers in dit verhaal' });
    expect(await skaters.getByRole('link').count()).toBe(13);
    await skaters.getByRole('link', { name: 'Jutta Leerdam' }).click();

    // The skater, with her result on the second 500 m among her races of that season and distance.
    await page.waitForURL('**/schaatsers/jutta-leerdam/');
    await expectH1(page, 'Jutta Leerdam');
    const results = page.getByRole('table', { name: '500 meter vrouwen in seizoen 2025/2026' });
    const sprint = results.getByRole('row').filter({ hasText: '500 meter vrouwen, tweede race' });
    await expectVisible(sprint);
    expect(await sprint.getByRole('cell').allInnerTexts()).toEqual(expect.arrayContaining(['10', '37,35']));
    await results.getByRole('link', { name: 'Wereldbeker Salt Lake City' }).click();

    // The competition, with both results tables published about it.
    await page.waitForURL('**/wedstrijden/wereldbeker-salt-lake-city-2025/');
    await expectH1(page, 'Wereldbeker Salt Lake City');
    await expectVisible(page.getByRole('table', { name: /^500 meter vrouwen, tweede race/ }));
    await expectVisible(page.getByRole('table', { name: /^Ploegenachtervolging vrouwen/ }));

    // The calendar, from the header.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Kalender' }).click();
    await page.waitForURL('**/kalender/');
    await expectH1(page, 'Schaatskalender');
    await expectVisible(page.getByRole('main').getByRole('link', { name: 'Wereldbeker Salt Lake City', exact: true }));

    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows the skater's 500 m place under the Plaats column", async () => {
    const { page, errors } = await openPage();
    await page.goto(`${site.url}/schaatsers/jutta-leerdam/`);

    const results = page.getByRole('table', { name: '500 meter vrouwen in seizoen 2025/2026' });
    // Text content, not inner text: the headers are set in capitals by CSS.
    const headers = await results.getByRole('columnheader').allTextContents();
    const sprint = results.getByRole('row').filter({ hasText: '500 meter vrouwen, tweede race' });
    const cells = await sprint.locator('th, td').allTextContents();

    expect(cells[headers.indexOf('Plaats')]).toBe('10');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('follows the story\'s "Wedstrijd:" link to the competition page', async () => {
    const { page, errors } = await openPage();
    await page.goto(`${site.url}${ARTICLE_PATH}`);

    await page.getByRole('main').getByRole('link', { name: 'Wereldbeker Salt Lake City' }).click();
    await page.waitForURL('**/wedstrijden/wereldbeker-salt-lake-city-2025/');

    await expectH1(page, 'Wereldbeker Salt Lake City');
    expect(errors).toEqual([]);
    await page.close();
  });

  it("finds the story on its category's page, from the category link above the story", async () => {
    const { page, errors } = await openPage();
    await page.goto(`${site.url}${ARTICLE_PATH}`);

    // The category above the title; the breadcrumb trail's "Nieuws" and the menu's lead there too.
    const story = page.getByRole('article').filter({ has: page.getByRole('heading', { level: 1 }) });
    await story.getByRole('link', { name: 'Nieuws', exact: true }).click();
    await page.waitForURL('**/rubriek/nieuws/');

    await expectH1(page, 'Nieuws');
    await expectVisible(page.getByRole('main').getByRole('heading', { level: 2, name: ARTICLE_TITLE }));
    expect(errors).toEqual([]);
    await page.close();
  });

  it("finds the story on a tag's page, from the story's subjects", async () => {
    const { page, errors } = await openPage();
    await page.goto(`${site.url}${ARTICLE_PATH}`);

    await page.getByRole('region', { name: 'Onderwerpen' }).getByRole('link', { name: '500 meter' }).click();
    await page.waitForURL('**/tags/500-meter/');

    await expectH1(page, 'Onderwerp: 500 meter');
    await expectVisible(page.getByRole('main').getByRole('heading', { level: 2, name: ARTICLE_TITLE }));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds the story in the archive, from "Alle nieuws" on the front page', async () => {
    const { page, errors } = await openPage();
    await page.goto(`${site.url}/`);

    await page.getByRole('link', { name: 'Alle nieuws' }).click();
    await page.waitForURL('**/nieuws/');

    await expectH1(page, 'Alle nieuws');
    await expectVisible(page.getByRole('main').getByRole('heading', { level: 2, name: ARTICLE_TITLE }));
    expect(errors).toEqual([]);
    await page.close();
  });
});

/**
 * Waits for the page's level-1 heading to read `name`, and checks it is the only one. (After
 * a client-side navigation the URL can change a moment before the new page is shown.)
 */
async function expectH1(page: Page, name: string | RegExp): Promise<void> {
  const heading = page.getByRole('heading', { level: 1, name, exact: true });
  // Attached, not visible: the front page's heading is for screen readers only.
  await heading.waitFor({ state: 'attached', timeout: 5_000 });
  expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
}

async function expectVisible(locator: Locator): Promise<void> {
  await locator.waitFor({ state: 'visible', timeout: 5_000 });
  expect(await locator.isVisible()).toBe(true);
}
