import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { accountForExport, describeAccount } from '@/lib/build/verify-export';
import { loadContent } from '@/lib/content/load';
import { createSiteModel } from '@/lib/site-model';
import {
  ensureFixtureSite,
  FIXTURE_BUILD_TIME,
  FIXTURE_EXPORT_DIR,
  FIXTURE_PUBLIC_DIR,
  FIXTURE_ROOT,
} from './support/fixture-build';

// The build's last check (scripts/after-build.ts, "nothing lost") against the fixture export:
// it must add up on a whole build and name what is missing or extra on a damaged copy.
function modelOf(root: string) {
  const now = new Date(FIXTURE_BUILD_TIME);
  const content = loadContent({ root, now, includeUnpublished: false, publicDir: FIXTURE_PUBLIC_DIR });
  return createSiteModel(content, now);
}

let copies: string[] = [];
function copyOf(folder: string): string {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'nothing-lost-'));
  fs.cpSync(folder, copy, { recursive: true });
  copies.push(copy);
  return copy;
}

beforeAll(() => {
  ensureFixtureSite();
});
afterEach(() => {
  for (const copy of copies) fs.rmSync(copy, { recursive: true, force: true });
  copies = [];
});

describe('nothing lost', () => {
  it('accounts for every fixture file and finds the export whole', () => {
    const account = accountForExport(FIXTURE_EXPORT_DIR, modelOf(FIXTURE_ROOT), FIXTURE_ROOT);
    expect(account.differences).toEqual([]);
    expect(describeAccount(account)).toBe(
      '3 published, 1 drafts, 1 scheduled, 3 ignored; 4 skaters, 2 authors, 2 competitions, 1 World Cup seasons',
    );
  });

  it('names a World Cup season whose page was not built', () => {
    const exported = copyOf(FIXTURE_EXPORT_DIR);
    fs.rmSync(path.join(exported, 'wereldbeker', '2025-2026'), { recursive: true });
    const { differences } = accountForExport(exported, modelOf(FIXTURE_ROOT), FIXTURE_ROOT);
    expect(differences).toEqual(['/wereldbeker/2025-2026/: was not built']);
  });

  it('names the article whose page is missing', () => {
    const exported = copyOf(FIXTURE_EXPORT_DIR);
    fs.rmSync(path.join(exported, 'nieuws', 'kernploeg-traint-in-inzell'), { recursive: true });
    const { differences } = accountForExport(exported, modelOf(FIXTURE_ROOT), FIXTURE_ROOT);
    expect(differences).toEqual([
      expect.stringMatching(
        /kernploeg-traint-in-inzell\.md: published, but \/nieuws\/kernploeg-traint-in-inzell\/ was not built$/,
      ),
    ]);
  });

  it('names a page that has no article behind it, and a draft that got a page', () => {
    const exported = copyOf(FIXTURE_EXPORT_DIR);
    for (const slug of ['verdwenen-artikel', 'column-stilte-op-de-baan']) {
      fs.cpSync(path.join(exported, 'nieuws', 'kernploeg-traint-in-inzell'), path.join(exported, 'nieuws', slug), {
        recursive: true,
      });
    }
    const { differences } = accountForExport(exported, modelOf(FIXTURE_ROOT), FIXTURE_ROOT);
    expect(differences).toEqual(
      expect.arrayContaining([
        '/nieuws/verdwenen-artikel/: a page without an article behind it',
        expect.stringMatching(
          /column-stilte-op-de-baan\.md: not published, yet \/nieuws\/column-stilte-op-de-baan\/ exists$/,
        ),
      ]),
    );
  });

  it('names an article page whose canonical address is another page', () => {
    const exported = copyOf(FIXTURE_EXPORT_DIR);
    const page = path.join(exported, 'nieuws', 'kernploeg-traint-in-inzell', 'index.html');
    fs.writeFileSync(
      page,
      fs.readFileSync(page, 'utf8').replace('/nieuws/kernploeg-traint-in-inzell/"', '/nieuws/anders/"'),
    );
    const { differences } = accountForExport(exported, modelOf(FIXTURE_ROOT), FIXTURE_ROOT);
    expect(differences).toEqual([
      '/nieuws/kernploeg-traint-in-inzell/: canonical is https://schaatsnieuws.example/nieuws/anders/, expected its own address',
    ]);
  });

  it('counts a file outside the content folders as not content, and the model must match the disk', () => {
    const root = copyOf(FIXTURE_ROOT);
    fs.writeFileSync(path.join(root, 'LEESMIJ.md'), '# Uitleg voor de redactie\n');
    const model = modelOf(root);
    const account = accountForExport(FIXTURE_EXPORT_DIR, model, root);
    expect(account.other).toEqual([expect.stringMatching(/LEESMIJ\.md$/)]);
    expect(account.differences).toEqual([]);

    // A file that appears after the model was read is on disk but in no count: named.
    fs.writeFileSync(path.join(root, 'articles', 'laat-toegevoegd.md'), '---\ntitle: Laat\n---\n');
    expect(accountForExport(FIXTURE_EXPORT_DIR, model, root).differences).toEqual([
      expect.stringMatching(
        /laat-toegevoegd\.md: a content file the build neither shows nor counts as draft, scheduled or ignored$/,
      ),
    ]);
  });
});
