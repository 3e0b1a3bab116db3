import AxeBuilder from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { Page } from 'playwright-core';
import { browserAvailable, useBuiltSite, watchForCspViolations } from './support/browser';

// axe-core on every kind of reader-facing page of the built site (out/), in the light and the
// dark colour scheme, on a desktop screen and a phone.

type ReaderPage = {
  name: string;
  path: string;
  /** What must be on screen before the page is judged (search results arrive after loading). */
  ready?: (page: Page) => Promise<void>;
};

const PAGES: ReaderPage[] = [
  { name: 'the front page', path: '/' },
  { name: 'an article', path: '/nieuws/leerdam-en-blondin-botsen-bij-het-inrijden/' },
  { name: 'a skater', path: '/schaatsers/jutta-leerdam/' },
  { name: 'a competition', path: '/wedstrijden/wereldbeker-salt-lake-city-2025/' },
  { name: 'the calendar', path: '/kalender/' },
  {
    name: 'the search results',
    path: '/zoeken/?q=Leerdam',
    ready: (page) =>
      page
        .getByRole('link', { name: /Leerdam en Blondin botsen hard/ })
        .first()
        .waitFor({ state: 'visible', timeout: 10_000 }),
  },
  { name: 'the 404 page', path: '/bestaat-niet/' },
  { name: 'the skaters index', path: '/schaatsers/' },
  { name: 'a category', path: '/rubriek/nieuws/' },
  { name: 'a tag', path: '/tags/500-meter/' },
  { name: 'the archive', path: '/nieuws/' },
  { name: 'the categories', path: '/rubriek/' },
  { name: 'the tags', path: '/tags/' },
  { name: 'the authors', path: '/auteurs/' },
  { name: 'the competitions', path: '/wedstrijden/' },
  { name: "the archive's oldest page", path: '/nieuws/pagina/1/' },
  { name: 'a World Cup season', path: '/wereldbeker/2025-2026/' },
  { name: 'a World Cup standing', path: '/wereldbeker/2025-2026/500-vrouwen/' },
  { name: 'the records', path: '/records/' },
  { name: "a season's lists", path: '/seizoen/2025-2026/' },
  { name: 'the Adelskalender', path: '/adelskalender/' },
];

const SETTINGS = [
  { label: 'light, desktop', colorScheme: 'light', viewport: { width: 1280, height: 800 } },
  { label: 'dark, desktop', colorScheme: 'dark', viewport: { width: 1280, height: 800 } },
  { label: 'light, phone 390 px', colorScheme: 'light', viewport: { width: 390, height: 844 } },
  { label: 'dark, phone 390 px', colorScheme: 'dark', viewport: { width: 390, height: 844 } },
] as const;

const hasBrowser = browserAvailable();

describe.runIf(hasBrowser)('accessibility of the built site (out/) by axe-core', () => {
  const site = useBuiltSite();

  describe.each(SETTINGS)('$label', ({ colorScheme, viewport }) => {
    it.each(PAGES)('finds no violations on $name ($path)', async ({ path: address, ready }) => {
      // A context of its own: AxeBuilder needs one that is not the browser's default.
      const context = await site.browser.newContext({ viewport });
      const page = await context.newPage();
      // Not every error: the 404 page is meant to answer 404. But nothing may break the CSP.
      const cspViolations = watchForCspViolations(page);
      await page.emulateMedia({ colorScheme });
      await page.goto(`${site.url}${address}`);
      await ready?.(page);

      const { violations } = await new AxeBuilder({ page }).analyze();
      await context.close();

      // Compared by rule id, so that the diff stays short; the message holds the details.
      expect(
        violations.map((violation) => violation.id),
        describeViolations(violations),
      ).toEqual([]);
      expect(cspViolations).toEqual([]);
    });
  });
});

/** Each violation as its rule, impact, tags, help text and the nodes that break it, so that a failure says what to fix. */
function describeViolations(violations: Result[]): string {
  return violations
    .map((violation) =>
      [
        `${violation.id} (${violation.impact ?? 'no impact given'}; ${violation.tags.join(', ')}): ${violation.help}`,
        `  ${violation.helpUrl}`,
        ...violation.nodes.map(
          (node) => `  - ${node.target.join(' ')}\n    ${node.failureSummary?.replace(/\n/g, '\n    ') ?? ''}`,
        ),
      ].join('\n'),
    )
    .join('\n');
}
