import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  buildStateFile,
  describePlan,
  exportPathOfPage,
  pageFingerprints,
  planBuild,
  readBuildState,
  writeBuildState,
} from '@/lib/build/build-plan';
import { loadContent } from '@/lib/content/load';
import { createSiteModel, type SiteModel } from '@/lib/site-model';

const ROOT = path.join(import.meta.dirname, '../../fixtures/content/reader-site');
const NOW = new Date('2026-02-01T12:00:00Z');
const CODE = 'code-fingerprint';

function modelOf(root: string): SiteModel {
  return createSiteModel(loadContent({ root, now: NOW, includeUnpublished: false }), NOW);
}

let work = '';
let exportDir = '';
beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'build-plan-'));
  exportDir = path.join(work, 'out');
});
afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

/** An export holding every page of `pages`, as a finished build leaves it, with its state. */
function finishedBuild(pages: Record<string, string>, site?: string): void {
  for (const pagePath of ['/', ...Object.keys(pages)]) {
    const file = pagePath === '/' ? path.join(exportDir, 'index.html') : exportPathOfPage(exportDir, pagePath);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `<p>${pagePath}</p>`);
  }
  writeBuildState(exportDir, { code: CODE, pages, site, buildTime: NOW.toISOString() });
}

describe('readBuildState', () => {
  it('says there is no previous build when no state is beside the export', () => {
    expect(readBuildState(exportDir, CODE)).toBe('no previous build');
  });

  it('refuses a state whose export is gone', () => {
    finishedBuild({});
    fs.rmSync(exportDir, { recursive: true });

    expect(readBuildState(exportDir, CODE)).toMatch(/previous export .* is missing/);
  });

  it('refuses a damaged state and one of another version', () => {
    finishedBuild({});
    fs.writeFileSync(buildStateFile(exportDir), '{"version": 1, "code": ');
    expect(readBuildState(exportDir, CODE)).toMatch(/damaged/);

    fs.writeFileSync(buildStateFile(exportDir), JSON.stringify({ version: 0, code: CODE, pages: {} }));
    expect(readBuildState(exportDir, CODE)).toMatch(/another version/);
  });

  it('refuses a state made by other code', () => {
    finishedBuild({});

    expect(readBuildState(exportDir, 'other code')).toBe('the code changed');
  });
});

describe('planBuild on the reader-site fixture', () => {
  const model = modelOf(ROOT);
  const pages = pageFingerprints(model);

  it('renders every page when asked for a full build, whatever the state', () => {
    finishedBuild(pages);

    const plan = planBuild(model, { exportDir, full: true, code: CODE });

    expect(plan).toMatchObject({ mode: 'full', reason: 'asked for (--full)', reuse: [] });
    expect(plan.render).toHaveLength(Object.keys(pages).length);
  });

  it('renders every page when there is no previous build', () => {
    expect(planBuild(model, { exportDir, full: false, code: CODE })).toMatchObject({
      mode: 'full',
      reason: 'no previous build',
    });
  });

  it('reuses every page when nothing changed', () => {
    finishedBuild(pages);

    const plan = planBuild(model, { exportDir, full: false, code: CODE });

    expect(plan).toMatchObject({ mode: 'incremental', render: [], removed: [] });
    expect(plan.reuse).toHaveLength(Object.keys(pages).length);
  });

  it("has nothing to do when the code and the site's fingerprint are the previous build's", () => {
    finishedBuild(pages, 'site-fingerprint');

    const plan = planBuild(model, { exportDir, full: false, code: CODE, site: 'site-fingerprint' });

    expect(plan).toMatchObject({ mode: 'unchanged', render: [], removed: [] });
    expect(describePlan(plan)).toMatch(/^nothing changed since the previous build/);
  });

  it("reuses what it can, rendering what is left, when the site's fingerprint changed", () => {
    finishedBuild(pages, 'site-fingerprint');

    expect(planBuild(model, { exportDir, full: false, code: CODE, site: 'another' })).toMatchObject({
      mode: 'incremental',
      site: 'another',
    });
  });

  it('renders every page when asked, even when nothing changed', () => {
    finishedBuild(pages, 'site-fingerprint');

    expect(planBuild(model, { exportDir, full: true, code: CODE, site: 'site-fingerprint' })).toMatchObject({
      mode: 'full',
    });
  });

  it('renders the pages whose data changed and names the pages that are gone', () => {
    finishedBuild({ ...pages, '/nieuws/de-lange-winter/': 'an older version', '/nieuws/weg/': 'a deleted article' });

    const plan = planBuild(model, { exportDir, full: false, code: CODE });

    expect(plan.render).toEqual(['/nieuws/de-lange-winter/']);
    expect(plan.removed).toEqual(['/nieuws/weg/']);
  });

  it('builds in full when a page it would reuse is missing from the previous export', () => {
    finishedBuild(pages);
    fs.rmSync(exportPathOfPage(exportDir, '/schaatsers/noor-dekker/'));

    expect(planBuild(model, { exportDir, full: false, code: CODE })).toMatchObject({
      mode: 'full',
      reason: '/schaatsers/noor-dekker/ is missing from the previous export',
    });
  });
});

describe('pageFingerprints', () => {
  it('changes exactly the pages that show what an editor changed', () => {
    const copy = path.join(os.tmpdir(), `reader-site-${process.pid}`);
    fs.cpSync(ROOT, copy, { recursive: true });
    try {
      const before = pageFingerprints(modelOf(copy));
      const file = path.join(copy, 'articles', '2025', 'dekker-kijkt-vooruit.md');
      fs.writeFileSync(
        file,
        fs.readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: Dekker kijkt verder vooruit'),
      );
      const after = pageFingerprints(modelOf(copy));

      const changed = Object.keys(after).filter((pagePath) => after[pagePath] !== before[pagePath]);
      // Its own page, the lists it is in, the pages that list it, and de-lange-winter, the later
      // article that has it among its related articles.
      expect(changed).toEqual(
        expect.arrayContaining([
          '/nieuws/dekker-kijkt-vooruit/',
          '/nieuws/pagina/1/',
          '/rubriek/interview/',
          '/tags/wereldbeker/',
          '/schaatsers/noor-dekker/',
          '/nieuws/de-lange-winter/',
        ]),
      );
      // Earlier articles never list a later one, and a skater it is not about keeps their page.
      expect(changed).not.toContain('/nieuws/jansma-wint-500-meter/');
      expect(changed).not.toContain('/schaatsers/mirte-jansma/');
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });
});
