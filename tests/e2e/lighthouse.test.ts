import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Result as LighthouseResult } from 'lighthouse';
import { median } from '../budget/median';
import { FIRST_STORY_PATH } from '../budget/site-pages';
import { browserAvailable, CHROMIUM_FLAGS, chromiumPath, useBuiltSite } from './support/browser';

// Lighthouse (default config: a mobile phone, simulated slow 4G and CPU) on one page of each
// kind of the built site (out/). Three runs a page, the median score of each category counts:
// one run's performance score moves with this machine's load. The search page is not here:
// it is noindex, which the SEO category marks down by design.

const PAGES = [
  { label: 'home', path: '/' },
  { label: 'article (first story)', path: FIRST_STORY_PATH },
  { label: 'skater', path: '/schaatsers/jutta-leerdam/' },
  { label: 'competition', path: '/wedstrijden/wereldbeker-salt-lake-city-2025/' },
  { label: 'calendar', path: '/kalender/' },
];
const RUNS = 3;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
const REQUIRED: Record<Category, number> = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };

type Medians = Record<Category, number> & { cls: number };

const hasBrowser = browserAvailable();

describe.runIf(hasBrowser)('Lighthouse on the built site (out/), median of three mobile runs', () => {
  const site = useBuiltSite();
  let chrome: chromeLauncher.LaunchedChrome | undefined;
  let userDataDir: string | undefined;
  const medians = new Map<string, Medians>();
  const startedAt = Date.now();

  beforeAll(async () => {
    userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lighthouse-profile-'));
    // One Chromium for every run; Lighthouse opens a fresh tab per run and clears the
    // site's storage. The path is given, so chrome-launcher only starts it (it never downloads).
    chrome = await chromeLauncher.launch({
      chromePath: chromiumPath,
      userDataDir,
      chromeFlags: CHROMIUM_FLAGS,
    });
  });

  afterAll(() => {
    chrome?.kill();
    if (userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
    const header = `| page | ${CATEGORIES.join(' | ')} | CLS |`;
    const rows = [...medians].map(
      ([label, median]) =>
        `| ${label} | ${CATEGORIES.map((category) => median[category]).join(' | ')} | ${median.cls} |`,
    );
    const seconds = ((Date.now() - startedAt) / 1000).toFixed(0);
    console.log(
      `Lighthouse medians of ${RUNS} runs (mobile, simulated throttling), ${seconds} s in all:\n${header}\n` +
        `|${' --- |'.repeat(CATEGORIES.length + 2)}\n${rows.join('\n')}`,
    );
  });

  it.each(PAGES)(
    '$label ($path) scores 100 for accessibility, best practices and SEO, at least 95 for performance, CLS 0',
    async ({ label, path: page }) => {
      const runs: LighthouseResult[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        const result = await lighthouse(`${site.url}${page}`, {
          port: chrome!.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
          // The full-page screenshot serves the HTML report only; skipping it saves time a run.
          disableFullPageScreenshot: true,
        });
        if (!result) throw new Error(`Lighthouse returned no result for ${page}`);
        if (result.lhr.runtimeError) throw new Error(`Lighthouse on ${page}: ${result.lhr.runtimeError.message}`);
        runs.push(result.lhr);
      }

      const score = (lhr: LighthouseResult, category: Category) =>
        Math.round((lhr.categories[category]?.score ?? 0) * 100);
      const pageMedians: Medians = {
        ...(Object.fromEntries(
          CATEGORIES.map((category) => [category, median(runs.map((lhr) => score(lhr, category)))]),
        ) as Record<Category, number>),
        cls: median(runs.map((lhr) => layoutShift(lhr, page))),
      };
      medians.set(label, pageMedians);

      const shortfalls = CATEGORIES.filter((category) => pageMedians[category] < REQUIRED[category]);
      const problems = shortfalls.map(
        (category) =>
          `${category} ${pageMedians[category]} (needs ${REQUIRED[category]}):\n${failingAudits(runs, category)}`,
      );
      if (pageMedians.cls !== 0)
        problems.push(`CLS ${pageMedians.cls} (needs 0):\n${failingAudits(runs, 'performance')}`);
      expect(problems).toEqual([]);
    },
    // Three Lighthouse runs of 10–20 s each.
    120_000,
  );
});

/** A run's cumulative layout shift; a run without the audit fails the test by name, not by NaN. */
function layoutShift(lhr: LighthouseResult, page: string): number {
  const value = lhr.audits['cumulative-layout-shift']?.numericValue;
  if (value === undefined) throw new Error(`Lighthouse on ${page}: no cumulative-layout-shift audit in the run`);
  return value;
}

/** The audits of a category that scored below 1 in any run: id, title, worst score, its display value. */
function failingAudits(runs: LighthouseResult[], category: Category): string {
  const worst = new Map<string, { title: string; score: number; displayValue: string }>();
  for (const lhr of runs) {
    for (const reference of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[reference.id];
      if (!audit || audit.score === null || audit.score >= 1) continue;
      const known = worst.get(audit.id);
      if (!known || audit.score < known.score) {
        worst.set(audit.id, { title: audit.title, score: audit.score, displayValue: audit.displayValue ?? '' });
      }
    }
  }
  return [...worst]
    .map(
      ([id, { title, score, displayValue }]) =>
        `  - ${id}: ${title} (score ${score}${displayValue ? `, ${displayValue}` : ''})`,
    )
    .join('\n');
}
