import { browserAvailable, useBuiltSite, watchForErrors } from './support/browser';

const hasBrowser = browserAvailable();

describe.runIf(hasBrowser)('a reader on the built site (out/) in Chromium', () => {
  const site = useBuiltSite();

  it('goes from the front page to the first story and sees its quote and results tables', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
    const errors = watchForErrors(page);

    await page.goto(`${site.url}/`);
    // The lead story's headline: the first link to the story on the front page.
    await page
      .getByRole('link', { name: /Leerdam en Blondin botsen hard/ })
      .first()
      .click();
    await page.waitForURL('**/nieuws/leerdam-en-blondin-botsen-bij-het-inrijden/');

    await expectVisible(page.getByRole('heading', { level: 1, name: /Leerdam en Blondin botsen hard/ }));
    await expectVisible(page.locator('time').filter({ hasText: 'maandag 17 november 2025' }).first());
    const quote = page.getByRole('figure').filter({ hasText: 'Een geweldige racevoorbereiding vandaag' });
    await expectVisible(quote);
    await expectVisible(quote.getByRole('link', { name: 'Jutta Leerdam' }));

    const sprint = page.getByRole('table', { name: /500 meter vrouwen, tweede race/ });
    await expectVisible(sprint);
    const winner = sprint.getByRole('row').filter({ hasText: 'Femke Kok' });
    expect(await winner.innerText()).toMatch(/36,09/);
    expect(await winner.getByText('wereldrecord').count()).toBe(1);
    const leerdam = sprint.getByRole('row').filter({ hasText: 'Jutta Leerdam' });
    expect(await leerdam.innerText()).toMatch(/37,35[\s\S]*\+1,26/);

    const pursuit = page.getByRole('table', { name: /Ploegenachtervolging vrouwen/ });
    await expectVisible(pursuit);
    expect(await pursuit.getByRole('row').filter({ hasText: 'Canada' }).innerText()).toMatch(/\+0,27/);

    expect(errors).toEqual([]);
    await page.close();
  });

  it('follows a skater link from the results table to the skater page', async () => {
    const page = await site.browser.newPage();
    const errors = watchForErrors(page);
    await page.goto(`${site.url}/nieuws/leerdam-en-blondin-botsen-bij-het-inrijden/`);
    await page
      .getByRole('table', { name: /500 meter/ })
      .getByRole('link', { name: 'Femke Kok' })
      .click();
    await page.waitForURL('**/schaatsers/femke-kok/');
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Femke Kok' }));
    // The story is among her articles (her personal bests link to it too).
    await expectVisible(
      page
        .getByRole('region', { name: 'Artikelen over Femke Kok' })
        .getByRole('link', { name: /Leerdam en Blondin botsen hard/ }),
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the Dutch 404 page for an unknown address', async () => {
    const page = await site.browser.newPage();
    const response = await page.goto(`${site.url}/nieuws/bestaat-niet/`);
    expect(response?.status()).toBe(404);
    await expectVisible(page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }));
    await page.close();
  });
});

async function expectVisible(locator: import('playwright-core').Locator): Promise<void> {
  await locator.waitFor({ state: 'visible', timeout: 5_000 });
  expect(await locator.isVisible()).toBe(true);
}
