import { getSiteModel, type SiteModel } from '@/lib/site-model';

// The environment a build of the valid fixture root runs in. Production builds memoise the
// model on first use; every production test here uses the same environment, so that is fine.
function siteModel(nodeEnv: 'production' | 'development'): SiteModel {
  vi.stubEnv('CONTENT_DIR', 'tests/fixtures/content/valid');
  vi.stubEnv('PUBLIC_DIR', 'tests/fixtures/public');
  vi.stubEnv('BUILD_TIME', '2025-12-01T12:00:00Z');
  vi.stubEnv('NODE_ENV', nodeEnv);
  return getSiteModel();
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('getSiteModel', () => {
  it('reads CONTENT_DIR and shows only published articles in production', () => {
    const model = siteModel('production');

    expect(model.articles.map((article) => article.slug)).toEqual([
      'visser-rijdt-baanrecord',
      'kernploeg-traint-in-inzell',
      'terugblik-op-het-seizoen',
    ]);
  });

  it('shows drafts and scheduled articles to the development server', () => {
    const model = siteModel('development');

    expect(model.articles.map((article) => article.status).sort()).toEqual([
      'draft',
      'published',
      'published',
      'published',
      'scheduled',
    ]);
  });

  it('finds an article by slug, and nothing for an unknown slug', () => {
    const model = siteModel('production');

    expect([model.article('terugblik-op-het-seizoen')?.title, model.article('bestaat-niet')]).toEqual([
      'Terugblik op het seizoen',
      undefined,
    ]);
  });

  it('sends every alias to the article that claims it', () => {
    const model = siteModel('production');

    expect(model.aliases.map((alias) => [alias, model.aliasTarget(alias)?.slug])).toEqual([
      ['visser-baanrecord', 'visser-rijdt-baanrecord'],
      ['oud-bericht-visser', 'visser-rijdt-baanrecord'],
    ]);
  });

  it('gives no alias target for an article slug', () => {
    const model = siteModel('production');

    expect(model.aliasTarget('visser-rijdt-baanrecord')).toBeUndefined();
  });

  it('finds athletes, authors and competitions by slug', () => {
    const model = siteModel('production');

    expect([
      model.athlete('sanne-visser')?.name,
      model.author('piet-schaap')?.name,
      model.competition('wereldbeker-testdorp-2025')?.name,
    ]).toEqual(['Sanne Visser', 'Piet Schaap', 'Wereldbeker Testdorp']);
  });

  it('lists the shown articles about a skater, by an author and at a competition, newest first', () => {
    const model = siteModel('production');
    const slugs = (articles: { slug: string }[]) => articles.map((article) => article.slug);

    expect([
      slugs(model.articlesAbout('sanne-visser')),
      slugs(model.articlesBy('redactie')),
      slugs(model.articlesAt('wereldbeker-testdorp-2025')),
      slugs(model.articlesBy('piet-schaap')),
    ]).toEqual([
      ['visser-rijdt-baanrecord', 'kernploeg-traint-in-inzell'],
      ['visser-rijdt-baanrecord', 'kernploeg-traint-in-inzell', 'terugblik-op-het-seizoen'],
      ['visser-rijdt-baanrecord'],
      [],
    ]);
  });
});

describe('getSiteModel in the development server', () => {
  /** A copy of the valid fixture the development server previews; returns the path of one of its articles. */
  async function previewedCopy(): Promise<string> {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'preview-'));
    fs.cpSync('tests/fixtures/content/valid', root, { recursive: true });
    vi.stubEnv('CONTENT_DIR', root);
    vi.stubEnv('BUILD_TIME', '2025-12-01T12:00:00Z');
    vi.stubEnv('NODE_ENV', 'development');
    vi.stubEnv('CONTENT_CACHE', 'off');
    vi.stubEnv('PUBLIC_DIR', 'tests/fixtures/public');
    return path.join(root, 'articles/kernploeg-traint-in-inzell.md');
  }

  it('reads the content again on every call, so an edit shows without a restart', async () => {
    const fs = await import('node:fs');
    const file = await previewedCopy();

    const before = getSiteModel().article('kernploeg-traint-in-inzell')?.title;
    fs.writeFileSync(
      file,
      fs
        .readFileSync(file, 'utf8')
        .replace('title: Kernploeg traint een week in Inzell', 'title: Kernploeg traint twee weken in Inzell'),
    );
    const after = getSiteModel().article('kernploeg-traint-in-inzell')?.title;

    expect([before, after]).toEqual(['Kernploeg traint een week in Inzell', 'Kernploeg traint twee weken in Inzell']);
  });

  it('keeps every other page when one file is broken, and lists the broken file with its line', async () => {
    const fs = await import('node:fs');
    const path = await import('node:path');
    const file = await previewedCopy();
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^category: .*$/m, 'category: sport'));

    const model = getSiteModel();

    expect(model.article('kernploeg-traint-in-inzell')).toBeUndefined();
    expect(model.article('visser-rijdt-baanrecord')?.title).toBeDefined();
    expect(model.contentErrors.map((problem) => [path.basename(problem.file), problem.field])).toEqual([
      ['kernploeg-traint-in-inzell.md', 'category'],
    ]);
  });
});
