import path from 'node:path';
import { checkBudget, DEFAULT_VIEWPORT, formatTable, measurePage } from '../budget/page-weight';
import { BUDGETED_PAGES, FRAMEWORK_FLOOR } from '../budget/site-pages';
import { browserAvailable, useBuiltSite } from './support/browser';

// Page-weight budgets against the real build (out/): the checker's numbers for one page of
// each kind, and, in Chromium, that the checker's list of what a page loads misses nothing.

const EXPORT_DIR = path.resolve('out');

describe('page-weight budgets of the built site (out/)', () => {
  beforeAll(() => {
    const rows = [...BUDGETED_PAGES, FRAMEWORK_FLOOR].map(({ label, path: page }) => ({
      label,
      weight: measurePage(EXPORT_DIR, page),
    }));
    console.log(`First view, KB = 1,000 bytes, gzip level 6:\n${formatTable(rows)}`);
  });

  it.each(BUDGETED_PAGES)('$label ($path) is within its budget', ({ path: page, budget }) => {
    expect(checkBudget(measurePage(EXPORT_DIR, page), budget)).toEqual([]);
  });
});

const hasBrowser = browserAvailable();

describe.runIf(hasBrowser)('what Chromium loads for the first view of the budgeted pages', () => {
  const site = useBuiltSite();

  it.each(BUDGETED_PAGES)('$label: the checker counts exactly the files Chromium fetches', async ({ path: page }) => {
    const counted = measurePage(EXPORT_DIR, page)
      .assets.filter((asset) => asset.kind !== 'inline-js')
      .map((asset) => asset.url);
    const context = await site.browser.newContext({
      viewport: { width: DEFAULT_VIEWPORT.width, height: DEFAULT_VIEWPORT.height },
      deviceScaleFactor: DEFAULT_VIEWPORT.deviceScaleFactor,
      isMobile: true,
    });
    const tab = await context.newPage();
    const fetched: string[] = [];
    tab.on('request', (request) => {
      const url = new URL(request.url());
      // The favicon and manifest are the browser's, not the page's first view.
      if (url.origin === site.url && !/^\/(favicon\.ico|icon\.svg|manifest\.webmanifest)$/.test(url.pathname)) {
        fetched.push(decodeURIComponent(url.pathname));
      }
    });
    // Until the network is quiet: what a page fetches by itself after `load` (prefetches) counts too.
    await tab.goto(`${site.url}${page}`, { waitUntil: 'networkidle' });
    await context.close();

    expect([...new Set(fetched)].sort()).toEqual([...counted].sort());
  });
});
