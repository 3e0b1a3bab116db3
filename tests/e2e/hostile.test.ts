import path from 'node:path';
import type { Page } from 'playwright-core';
import { buildSite, type SiteBuild } from '../build/support/fixture-build';
import { CLEAN_CASES, NOW, PUBLIC_DIR, writeCleanSite } from '../fixtures/content/hostile/cases';
import { browserAvailable, useBuiltSite } from './support/browser';

// The clean cases of the hostile corpus (tests/fixtures/content/hostile), built into a static
// site and opened in Chromium: no pasted payload may run. Traps are set before any page
// script: window.__pwned being set, alert/confirm/prompt, a dialog, and any request for a
// URL with /pwned in it. The error cases are not built (the build refuses them).

const HOSTILE_BUILD: SiteBuild = {
  contentRoot: '.test-out/hostile-content',
  publicDir: path.relative(process.cwd(), PUBLIC_DIR),
  exportDir: '.test-out/hostile-site',
  buildTime: NOW,
};

const hasBrowser = browserAvailable();

const TRAPS = () => {
  const fired: string[] = [];
  Object.defineProperty(window, '__hostileTraps', { value: fired });
  Object.defineProperty(window, '__pwned', {
    configurable: false,
    get: () => undefined,
    set: (value: unknown) => fired.push(`window.__pwned = ${String(value)}`),
  });
  for (const name of ['alert', 'confirm', 'prompt'] as const) {
    window[name] = ((message?: unknown) => {
      fired.push(`${name}(${String(message)})`);
      return null;
    }) as never;
  }
  document.addEventListener('securitypolicyviolation', (event) => {
    if (`${event.sample} ${event.blockedURI}`.includes('pwned'))
      fired.push(`blocked by CSP: ${event.sample || event.blockedURI}`);
  });
};

/** Opens a page with every trap set, lets it settle, and returns what fired. */
async function visit(page: Page, url: string): Promise<string[]> {
  const fired: string[] = [];
  page.on('dialog', (dialog) => {
    fired.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    if (request.url().includes('/pwned')) fired.push(`request: ${request.url()}`);
  });
  await page.addInitScript(TRAPS);
  await page.goto(url, { waitUntil: 'networkidle' });
  // Give load handlers, autofocus and lazy images their moment.
  await page.mouse.move(200, 300);
  await page.waitForLoadState('networkidle');
  fired.push(...(await page.evaluate(() => (window as unknown as { __hostileTraps: string[] }).__hostileTraps)));
  expect(new URL(page.url()).pathname).toBe(new URL(url).pathname);
  return fired;
}

describe.runIf(hasBrowser)('hostile content in the built site, in Chromium', () => {
  beforeAll(() => {
    writeCleanSite(HOSTILE_BUILD.contentRoot);
    buildSite(HOSTILE_BUILD);
  }, 300_000);
  const site = useBuiltSite(HOSTILE_BUILD.exportDir);

  it.each(CLEAN_CASES)('runs nothing on the article page of "$name"', async (item) => {
    const page = await site.browser.newPage();
    const fired = await visit(page, `${site.url}/nieuws/${item.slug}/`);
    // What a reader sees, and what a screen reader says for the images (their alt text).
    const alts = await page
      .locator('main img')
      .evaluateAll((images) => images.map((image) => image.getAttribute('alt') ?? ''));
    const text = [await page.locator('main').innerText(), ...alts].join(' ').replace(/\s+/g, ' ');
    await page.close();

    expect(fired).toEqual([]);
    for (const visible of item.visible.filter((part) => !part.includes('\n'))) {
      expect(text).toContain(visible.replace(/\s+/g, ' ').trim());
    }
  });

  it('shows a title that closes a script element as the heading, as text', async () => {
    const page = await site.browser.newPage();
    const fired = await visit(page, `${site.url}/nieuws/script-in-titel/`);
    const heading = await page.getByRole('heading', { level: 1 }).innerText();
    const title = await page.title();
    await page.close();

    expect(fired).toEqual([]);
    expect(heading).toBe('</script><script>window.__pwned=1</script> titel');
    expect(title).toContain('</script><script>window.__pwned=1</script> titel');
  });

  it.each(['/', '/nieuws/pagina/1/', '/feed.xml', '/zoeken/?q=script', '/zoeken/?q=pwned'])(
    'runs nothing on %s',
    async (address) => {
      const page = await site.browser.newPage();
      const fired = await visit(page, `${site.url}${address}`);
      if (address.startsWith('/zoeken/')) {
        // The results list the hostile articles: wait for them, so their excerpts are on the page.
        await page
          .getByRole('link')
          .filter({ hasText: /script|Script/ })
          .first()
          .waitFor({ state: 'visible', timeout: 15_000 });
        await page.waitForLoadState('networkidle');
        fired.push(...(await page.evaluate(() => (window as unknown as { __hostileTraps: string[] }).__hostileTraps)));
      }
      await page.close();

      expect(fired).toEqual([]);
    },
  );
});
