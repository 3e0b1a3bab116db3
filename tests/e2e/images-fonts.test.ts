import type { Browser, Page } from 'playwright-core';
import { ensureFixtureSite, FIXTURE_EXPORT_DIR } from '../build/support/fixture-build';
import { FIRST_STORY_PATH } from '../budget/site-pages';
import { browserAvailable, useBuiltSite, watchForCspViolations } from './support/browser';

// Fonts and images as a reader on a phone gets them: no font download holds text back, every
// image has its space reserved, the lead photo is what the phone paints largest and is fetched
// first, and photos further down wait until the reader scrolls near them.

const PHONE = { width: 390, height: 844 };

const SITE_PAGES = [
  { label: 'home', path: '/' },
  { label: 'article (first story)', path: FIRST_STORY_PATH },
  { label: 'skater', path: '/schaatsers/jutta-leerdam/' },
  { label: 'competition', path: '/wedstrijden/wereldbeker-salt-lake-city-2025/' },
  { label: 'calendar', path: '/kalender/' },
];

/** The fixture article with a lead photo (tests/fixtures/content/valid/articles/2025/visser-rijdt-baanrecord.md). */
const PHOTO_ARTICLE = '/nieuws/visser-rijdt-baanrecord/';

// First families of a system stack: fonts the reader's device already has.
const SYSTEM_FAMILIES = new Set([
  'system-ui',
  '-apple-system',
  'blinkmacsystemfont',
  'segoe ui',
  'roboto',
  'helvetica neue',
  'arial',
  'sans-serif',
  'serif',
  'ui-sans-serif',
]);

type FontFacts = {
  foreignStylesheets: string[];
  fontFaces: { family: string; display: string }[];
  fontFiles: string[];
  bodyFamily: string;
};

async function fontFacts(page: Page): Promise<FontFacts> {
  return page.evaluate(() => {
    const fontFaces: { family: string; display: string }[] = [];
    for (const sheet of Array.from(document.styleSheets)) {
      for (const rule of Array.from(sheet.cssRules)) {
        if (rule instanceof CSSFontFaceRule) {
          fontFaces.push({
            family: rule.style.getPropertyValue('font-family'),
            display: rule.style.getPropertyValue('font-display') || 'auto',
          });
        }
      }
    }
    return {
      foreignStylesheets: Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel~="stylesheet"]'))
        .map((link) => link.href)
        .filter((href) => new URL(href).origin !== location.origin),
      fontFaces,
      fontFiles: performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => /\.(woff2?|ttf|otf|eot)(\?|$)/i.test(name)),
      bodyFamily: getComputedStyle(document.body).fontFamily,
    };
  });
}

/** Every <img> without a width or height attribute (its space is not reserved: the page jumps). */
async function imagesWithoutSize(page: Page): Promise<string[]> {
  return page.$$eval('img', (images) =>
    images
      .filter((image) => !image.hasAttribute('width') || !image.hasAttribute('height'))
      .map((image) => image.outerHTML),
  );
}

async function openOnPhone(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 3, isMobile: true });
  return context.newPage();
}

const hasBrowser = browserAvailable();

describe.runIf(hasBrowser)('fonts and images of the built site (out/) on a phone', () => {
  const site = useBuiltSite();

  it.each(SITE_PAGES)('$label: no font download holds the text back', async ({ path }) => {
    const page = await openOnPhone(site.browser);
    await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
    const facts = await fontFacts(page);
    await page.context().close();

    expect(facts.foreignStylesheets).toEqual([]);
    // Web fonts, if any, show the text in a fallback at once; without any, the text is in a
    // font the device has, and no font file is fetched.
    expect(facts.fontFaces.filter((face) => !['swap', 'optional'].includes(face.display))).toEqual([]);
    if (facts.fontFaces.length === 0) {
      expect(facts.fontFiles).toEqual([]);
      const first = facts.bodyFamily
        .split(',')[0]!
        .trim()
        .replace(/^["']|["']$/g, '')
        .toLowerCase();
      expect(SYSTEM_FAMILIES, `body font ${facts.bodyFamily}`).toContain(first);
    }
  });

  it.each(SITE_PAGES)('$label: every image has a width and height', async ({ path }) => {
    const page = await openOnPhone(site.browser);
    await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
    expect(await imagesWithoutSize(page)).toEqual([]);
    await page.context().close();
  });
});

describe.runIf(hasBrowser)('an article with a lead photo (fixture site) on a phone', () => {
  beforeAll(() => {
    ensureFixtureSite();
  });
  const site = useBuiltSite(FIXTURE_EXPORT_DIR);

  it('paints the lead photo as its largest element, fetched with high priority and not lazily', async () => {
    const page = await openOnPhone(site.browser);
    // The production CSP (style-src 'self') refuses inline styles: the photo must not need one.
    const cspViolations = watchForCspViolations(page);
    // Record every largest-contentful-paint candidate from the first paint on.
    await page.addInitScript(() => {
      const lcp: { element: Element | null; url: string }[] = [];
      (window as unknown as { __lcp: typeof lcp }).__lcp = lcp;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { element: Element | null; url: string })[]) {
          lcp.push({ element: entry.element, url: entry.url });
        }
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    await page.goto(`${site.url}${PHOTO_ARTICLE}`, { waitUntil: 'load' });
    const lead = page.locator('main figure img').first();
    await lead.evaluate((image: HTMLImageElement) => image.decode());

    const largest = await page.evaluate(() => {
      const entries = (window as unknown as { __lcp: { element: Element | null; url: string }[] }).__lcp;
      const last = entries.at(-1);
      const image = document.querySelector('main figure img') as HTMLImageElement | null;
      return {
        isLeadImage: !!last && last.element === image,
        url: last?.url ?? '',
        currentSrc: image?.currentSrc ?? '',
      };
    });
    expect(largest.isLeadImage, `largest paint: ${largest.url || 'a text block'}`).toBe(true);
    expect(largest.url).toBe(largest.currentSrc);
    expect(await lead.getAttribute('fetchpriority')).toBe('high');
    expect(await lead.getAttribute('loading')).not.toBe('lazy');
    expect(await imagesWithoutSize(page)).toEqual([]);
    expect(cspViolations).toEqual([]);
    await page.context().close();
  });

  it("shows the lead story's photo on the front page, fetched first, within the screen's width", async () => {
    const page = await openOnPhone(site.browser);
    const cspViolations = watchForCspViolations(page);
    await page.goto(`${site.url}/`, { waitUntil: 'load' });
    const photo = page.locator('.lead-story img').first();
    await photo.evaluate((image: HTMLImageElement) => image.decode());

    expect(await photo.getAttribute('fetchpriority')).toBe('high');
    const box = await photo.boundingBox();
    expect(box && box.width > 0 && box.x + box.width <= PHONE.width).toBe(true);
    expect(await imagesWithoutSize(page)).toEqual([]);
    expect(cspViolations).toEqual([]);
    await page.context().close();
  });

  it('loads the images below the first screen lazily', async () => {
    const page = await openOnPhone(site.browser);
    await page.goto(`${site.url}${PHOTO_ARTICLE}`, { waitUntil: 'load' });
    const images = await page.$$eval('img', (all) =>
      all.map((image) => ({
        html: image.outerHTML.slice(0, 120),
        belowFold: image.getBoundingClientRect().top >= window.innerHeight,
        lazy: image.loading === 'lazy',
      })),
    );
    await page.context().close();

    // The lead photo is on the first screen (and eager), the photo at the end of the text is
    // below it: the fold is where the test thinks it is, and there is something to check.
    expect(images.filter((image) => !image.belowFold).length).toBeGreaterThan(0);
    expect(images.filter((image) => image.belowFold).length).toBeGreaterThan(0);
    expect(images.filter((image) => image.belowFold && !image.lazy).map((image) => image.html)).toEqual([]);
    expect(images.filter((image) => !image.belowFold && image.lazy).map((image) => image.html)).toEqual([]);
  });

  it('shows the photo further down once the reader scrolls to it, at the width the phone needs', async () => {
    const page = await openOnPhone(site.browser);
    await page.goto(`${site.url}${PHOTO_ARTICLE}`, { waitUntil: 'load' });
    const photo = page.getByRole('img', { name: 'Sanne Visser op het podium in Testdorp' });
    await photo.scrollIntoViewIfNeeded();
    // A variant at the phone's width (lib/build/image-variants.ts), not the 1600 px original.
    await expect
      .poll(() =>
        photo.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0 && image.currentSrc),
      )
      .toMatch(/\/_images\/2025\/visser-testdorp-\d+\.(avif|webp)$/);
    await page.context().close();
  });
});
