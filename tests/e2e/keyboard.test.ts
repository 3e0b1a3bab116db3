import { browserAvailable, useBuiltSite } from './support/browser';

// A reader on a keyboard sees where they are: the focus outline stands out from what it is on.

const hasBrowser = browserAvailable();

describe.runIf(hasBrowser)('keyboard focus on the built site (out/)', () => {
  const site = useBuiltSite();

  it.each(['light', 'dark'] as const)(
    'shows a visible outline on every link and control of the header (%s)',
    async (colorScheme) => {
      const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.emulateMedia({ colorScheme });
      await page.goto(`${site.url}/`);
      const controls = await page.locator('header.site-header').locator('a, input, button').count();
      const seen: string[] = [];
      // The skip link comes first; then every control of the header, in order.
      await page.keyboard.press('Tab');
      for (let index = 0; index < controls; index++) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const element = document.activeElement as HTMLElement;
          const style = getComputedStyle(element);
          const header = getComputedStyle(document.querySelector('header.site-header')!);
          return {
            name: element.textContent?.trim() || element.getAttribute('name') || element.tagName,
            inHeader: element.closest('header.site-header') !== null,
            outline: style.outlineStyle,
            width: parseFloat(style.outlineWidth),
            contrasts: style.outlineColor !== header.backgroundColor,
          };
        });
        expect(focus.inHeader, focus.name).toBe(true);
        if (focus.outline === 'none' || focus.width < 2 || !focus.contrasts) seen.push(JSON.stringify(focus));
      }
      expect(seen).toEqual([]);
      await page.close();
    },
  );

  it.each([
    ['/schaatsers/', 'Schaatsers'],
    ['/kalender/', 'Kalender'],
    ['/rubriek/uitslagen/', 'Uitslagen'],
    ['/nieuws/leerdam-en-blondin-botsen-bij-het-inrijden/', 'Nieuws'],
  ])('marks the menu section %s is in (%s), and no other', async (address, section) => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${site.url}${address}`);
    const marked = await page
      .locator('nav[aria-label="Hoofdmenu"] a')
      .evaluateAll((links) =>
        links
          .filter((link) => getComputedStyle(link).textDecorationLine.includes('underline'))
          .map((link) => link.textContent),
      );
    expect(marked).toEqual([section]);
    await page.close();
  });
});
