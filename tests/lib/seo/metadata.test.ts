import { articleMetadata, pageMetadata, SOCIAL_IMAGE } from '@/lib/seo/metadata';
import { makeArticle, makeAuthor } from '../../components/support/factories';

// Next resolves these relative URLs against metadataBase (SITE_URL) when it writes the page;
// the build tests check the absolute URLs in the exported HTML.
const page = { title: 'Schaatsers', description: 'Alle schaatsers.', path: '/schaatsers/' };

describe('pageMetadata', () => {
  it('makes the page canonical to its own path', () => {
    expect(pageMetadata(page).alternates?.canonical).toBe('/schaatsers/');
  });

  it('lets search engines index the page and show large image previews', () => {
    expect(pageMetadata(page).robots).toMatchObject({ index: true, follow: true, 'max-image-preview': 'large' });
  });

  it('keeps a page that may not be indexed out of search engines', () => {
    expect(pageMetadata({ ...page, indexable: false }).robots).toEqual({ index: false, follow: true });
  });

  it('offers the RSS, Atom and JSON feeds for autodiscovery', () => {
    expect(Object.keys(pageMetadata(page).alternates?.types ?? {})).toEqual([
      'application/rss+xml',
      'application/atom+xml',
      'application/feed+json',
    ]);
  });

  it('shares the page as a website with the default 1200×630 social image', () => {
    expect(pageMetadata(page).openGraph).toMatchObject({
      type: 'website',
      url: '/schaatsers/',
      title: 'Schaatsers',
      description: 'Alle schaatsers.',
      images: [{ url: '/og.png', ...SOCIAL_IMAGE }],
    });
  });

  it('asks X for a large image card', () => {
    expect(pageMetadata(page).twitter).toMatchObject({ card: 'summary_large_image' });
  });

  it('gives a page without an address of its own (the 404) no canonical URL, but still the feeds', () => {
    const metadata = pageMetadata({ title: 'Pagina niet gevonden', description: 'Bestaat niet.', indexable: false });

    expect(metadata.alternates).not.toHaveProperty('canonical');
    expect(metadata.openGraph).not.toHaveProperty('url');
    expect(metadata.alternates?.types).toHaveProperty('application/rss+xml');
  });

  it('keeps a complete title out of the site-name template', () => {
    expect(pageMetadata({ ...page, completeTitle: true }).title).toEqual({ absolute: 'Schaatsers' });
  });
});

describe('articleMetadata', () => {
  const article = makeArticle({
    slug: 'visser-rijdt-baanrecord',
    title: 'Visser rijdt baanrecord',
    category: 'uitslagen',
    date: new Date('2025-11-16T17:45:00Z'),
    modified: new Date('2025-11-17T08:15:00Z'),
    author: makeAuthor({ slug: 'redactie', name: 'Sportredactie' }),
    tags: [{ name: 'wereldbeker', slug: 'wereldbeker' }],
  });

  it('makes the article canonical to its own page', () => {
    expect(articleMetadata(article).alternates?.canonical).toBe('/nieuws/visser-rijdt-baanrecord/');
  });

  it('shares the article as an article with its times, section and tags', () => {
    expect(articleMetadata(article).openGraph).toMatchObject({
      type: 'article',
      publishedTime: '2025-11-16T17:45:00.000Z',
      modifiedTime: '2025-11-17T08:15:00.000Z',
      section: 'Uitslagen',
      tags: ['wereldbeker'],
    });
  });

  it("shares the article's own social image", () => {
    expect(articleMetadata(article).openGraph).toMatchObject({
      images: [{ url: '/nieuws/visser-rijdt-baanrecord/og.png', ...SOCIAL_IMAGE }],
    });
  });

  it("describes the social image with the article image's alt text when there is one", () => {
    const withImage = makeArticle({
      image: { src: '/images/foto.jpg', alt: 'Visser juicht', width: 1600, height: 1000 },
    });

    expect(articleMetadata(withImage).twitter).toMatchObject({ images: [{ alt: 'Visser juicht' }] });
  });

  it.each(['draft', 'scheduled'] as const)('keeps a %s article out of search engines', (status) => {
    expect(articleMetadata(makeArticle({ status })).robots).toMatchObject({ index: false });
  });
});
