import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { indexedRegions, writeSearchIndex } from '@/lib/build/search-index';
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

/** The fragments (a page's indexed text and meta, as search results show them) of an index, by address. */
function fragmentsOf(bundle: string): Record<string, unknown> {
  const folder = path.join(bundle, 'fragment');
  return Object.fromEntries(
    fs.readdirSync(folder).map((name) => {
      const text = zlib
        .gunzipSync(fs.readFileSync(path.join(folder, name)))
        .toString()
        .replace(/^pagefind_dcd/, '');
      const fragment = JSON.parse(text) as { url: string };
      return [fragment.url, fragment];
    }),
  );
}

describe('the indexed regions of a page', () => {
  it('gives the element marked data-pagefind-body, with elements of the same name inside it', () => {
    const html =
      '<body><div class="site"><div data-pagefind-body="true"><h1>Femke Kok</h1><div><p>NED</p></div></div>' +
      '<div><table><tr><td>36,09</td></tr></table></div></div></body>';
    expect(indexedRegions(html)).toBe('<div data-pagefind-body="true"><h1>Femke Kok</h1><div><p>NED</p></div></div>');
  });

  it('gives every marked element of a page, in order, and nothing for a page without one', () => {
    const html = '<header data-pagefind-body><h1>A</h1></header><main>x</main><section data-pagefind-body>B</section>';
    expect(indexedRegions(html)).toBe(
      '<header data-pagefind-body><h1>A</h1></header><section data-pagefind-body>B</section>',
    );
    expect(indexedRegions('<html><body><p>Doorverwijzing</p></body></html>')).toBeUndefined();
  });

  it('refuses a marked element that is never closed', () => {
    expect(() => indexedRegions('<main data-pagefind-body><p>tekst</p>')).toThrow(/never closed/);
  });

  it('indexes skater pages in parts mode as Pagefind indexes the whole page, fragment for fragment', async () => {
    vi.stubEnv('SEARCH_PART_ARTICLES', '2');
    const root = exportWith(TEXTS);
    // A skater page as the site writes it: a large results table outside the profile header.
    const rows = Array.from(
      { length: 200 },
      (_, row) => `<tr><td>${row + 1}</td><td>Thialf</td><td>37,${row}</td></tr>`,
    );
    fs.mkdirSync(path.join(root, 'schaatsers/jutta-leerdam'), { recursive: true });
    fs.writeFileSync(
      path.join(root, 'schaatsers/jutta-leerdam/index.html'),
      `<!DOCTYPE html><html lang="nl"><head><title>Jutta Leerdam</title></head><body><main><header class="profile" data-pagefind-body="true"><h1>Jutta Leerdam</h1><p>Sprintster, <span>NED</span>.</p><img src="/leerdam.jpg" alt="Jutta Leerdam"></header><table>${rows.join('')}</table></main></body></html>`,
    );
    // A forwarding page under the skaters: no region, so not in the index.
    fs.mkdirSync(path.join(root, 'schaatsers/oude-naam'), { recursive: true });
    fs.writeFileSync(
      path.join(root, 'schaatsers/oude-naam/index.html'),
      '<html lang="nl"><body><p>Verhuisd</p></body></html>',
    );

    const report = await writeSearchIndex(root, { articles: SLUGS, bundleDir: path.join(root, 'parts') });
    vi.stubEnv('SEARCH_PART_ARTICLES', '100');
    await writeSearchIndex(root, { articles: SLUGS, bundleDir: path.join(root, 'whole') });

    const skaters = (fragments: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(fragments).filter(([url]) => url.startsWith('/schaatsers/')));
    const fromRegions = skaters(fragmentsOf(path.join(root, 'parts')));
    expect(Object.keys(fromRegions).sort()).toEqual(['/schaatsers/femke-kok/', '/schaatsers/jutta-leerdam/']);
    expect(fromRegions).toEqual(skaters(fragmentsOf(path.join(root, 'whole'))));
    expect(report.pages).toBe(SLUGS.length + 2);
  });
});
