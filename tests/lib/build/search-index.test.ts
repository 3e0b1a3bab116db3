import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeSearchIndex } from '@/lib/build/search-index';
import { listFiles } from '@/lib/build/list-files';
import { searchPartBundle, searchPartOf } from '@/lib/search-parts';

/** A tiny export: article and skater pages with a region for the index, as the site's components mark it. */
function exportWith(articles: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'search-index-'));
  const page = (folder: string, title: string, text: string) => {
    fs.mkdirSync(path.join(root, folder), { recursive: true });
    fs.writeFileSync(
      path.join(root, folder, 'index.html'),
      `<!DOCTYPE html><html lang="nl"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`,
    );
  };
  for (const [slug, text] of Object.entries(articles)) page(`nieuws/${slug}`, slug, text);
  page('schaatsers/femke-kok', 'Femke Kok', 'Sprintster uit Friesland.');
  return root;
}

/** Every file of an index folder with its bytes, by path within it. */
function filesOf(folder: string): Record<string, string> {
  return Object.fromEntries(
    listFiles(folder).map((file) => [path.relative(folder, file), fs.readFileSync(file).toString('base64')]),
  );
}

const SLUGS = ['kok-wint', 'leerdam-valt', 'jackson-snelst', 'beune-tweede', 'dul-derde', 'rijpma-vierde'];
const TEXTS = Object.fromEntries(SLUGS.map((slug) => [slug, `Verhaal over ${slug.replace('-', ' ')} op de ijsbaan.`]));

describe('the search index of the export', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('writes one index for a small archive', async () => {
    const root = exportWith(TEXTS);
    const report = await writeSearchIndex(root, { articles: SLUGS });
    expect(report).toEqual({ pages: SLUGS.length + 1, indexes: 1, reused: 0 });
    expect(fs.readdirSync(path.join(root, 'pagefind')).some((name) => name.startsWith('deel-'))).toBe(false);
  });

  it('writes a large archive in parts, and an incremental build equals a full one', async () => {
    vi.stubEnv('SEARCH_PART_ARTICLES', '2');
    const root = exportWith(TEXTS);
    const previous = path.join(root, 'previous-index');
    await writeSearchIndex(root, { articles: SLUGS, bundleDir: previous });
    expect(fs.readdirSync(previous).filter((name) => name.startsWith('deel-')).length).toBeGreaterThan(1);

    // One article corrected: only its part is indexed again, the others come from the previous build.
    fs.writeFileSync(
      path.join(root, 'nieuws/kok-wint/index.html'),
      fs.readFileSync(path.join(root, 'nieuws/kok-wint/index.html'), 'utf8').replace('ijsbaan', 'ijsbaan, verbeterd'),
    );
    const incremental = path.join(root, 'incremental-index');
    const report = await writeSearchIndex(root, {
      articles: SLUGS,
      bundleDir: incremental,
      previous: { bundleDir: previous, changedPages: ['/nieuws/kok-wint/'] },
    });
    const full = path.join(root, 'full-index');
    await writeSearchIndex(root, { articles: SLUGS, bundleDir: full });

    expect(report.reused).toBe(report.indexes - 1);
    expect(filesOf(incremental)).toEqual(filesOf(full));
    const changedPart = path.relative('/pagefind/', searchPartBundle(searchPartOf('kok-wint', 4), 4));
    expect(fs.existsSync(path.join(previous, changedPart))).toBe(true);
  });

  it('indexes the main index again when the count of parts changed', async () => {
    vi.stubEnv('SEARCH_PART_ARTICLES', '2');
    const root = exportWith(TEXTS);
    const previous = path.join(root, 'previous-index');
    await writeSearchIndex(root, { articles: SLUGS, bundleDir: previous });

    vi.stubEnv('SEARCH_PART_ARTICLES', '100');
    const incremental = path.join(root, 'incremental-index');
    const report = await writeSearchIndex(root, {
      articles: SLUGS,
      bundleDir: incremental,
      previous: { bundleDir: previous, changedPages: [] },
    });
    const full = path.join(root, 'full-index');
    await writeSearchIndex(root, { articles: SLUGS, bundleDir: full });

    expect(report).toEqual({ pages: SLUGS.length + 1, indexes: 1, reused: 0 });
    expect(filesOf(incremental)).toEqual(filesOf(full));
  });
});
