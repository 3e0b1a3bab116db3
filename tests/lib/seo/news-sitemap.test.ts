import { siteConfig } from '@/lib/config';
import { newsSitemapArticles, newsSitemapXml } from '@/lib/seo/news-sitemap';
import { makeArticle } from '../../components/support/factories';
import { readNewsSitemap } from './support/readers';

const NOW = new Date('2025-11-17T11:00:00Z');
const HOUR = 60 * 60 * 1000;
const before = (ms: number) => new Date(NOW.getTime() - ms);

describe('newsSitemapArticles', () => {
  it.each([
    ['published at the moment of the build', 0, true],
    ['published an hour before', HOUR, true],
    ['published exactly 48 hours before', 48 * HOUR, true],
    ['published 48 hours and 1 ms before', 48 * HOUR + 1, false],
    ['published a week before', 7 * 24 * HOUR, false],
    ['dated 1 ms after the build', -1, false],
    ['dated a day after the build', -24 * HOUR, false],
  ])('lists an article %s: %s', (_when, age, listed) => {
    const article = makeArticle({ date: before(age) });

    expect(newsSitemapArticles([article], NOW)).toEqual(listed ? [article] : []);
  });

  it('goes by the publication date, not by a later correction', () => {
    const corrected = makeArticle({ date: before(72 * HOUR), modified: before(HOUR) });

    expect(newsSitemapArticles([corrected], NOW)).toEqual([]);
  });

  it('keeps the newest first order of the articles it is given', () => {
    const articles = [1, 2, 3].map((hours) => makeArticle({ slug: `bericht-${hours}`, date: before(hours * HOUR) }));

    expect(newsSitemapArticles(articles, NOW).map((article) => article.slug)).toEqual([
      'bericht-1',
      'bericht-2',
      'bericht-3',
    ]);
  });

  it('lists at most 1,000 articles, the newest ones', () => {
    const articles = Array.from({ length: 1001 }, (_, index) =>
      makeArticle({ slug: `bericht-${index}`, date: before(index * 1000) }),
    );

    const listed = newsSitemapArticles(articles, NOW);

    expect(listed).toHaveLength(1000);
    expect(listed.at(-1)?.slug).toBe('bericht-999');
  });
});

describe('newsSitemapXml', () => {
  it('names the publication, its language, the publication date and the title of each article', () => {
    const article = makeArticle({
      slug: 'visser-rijdt-baanrecord',
      title: 'Visser rijdt baanrecord',
      date: new Date('2025-11-16T17:45:00Z'),
    });

    expect(readNewsSitemap(newsSitemapXml([article]))).toEqual([
      {
        loc: `${siteConfig.url}/nieuws/visser-rijdt-baanrecord/`,
        'news:news': {
          'news:publication': { 'news:name': 'Schaatsnieuws', 'news:language': 'nl' },
          'news:publication_date': '2025-11-16T17:45:00.000Z',
          'news:title': 'Visser rijdt baanrecord',
        },
      },
    ]);
  });

  it('escapes a title with < and & so that it reads back unchanged', () => {
    const title = 'Kok & Leerdam <b>sneller</b> dan 36 < 37 &amp; meer';

    const [entry] = readNewsSitemap(newsSitemapXml([makeArticle({ title })]));

    expect(entry?.['news:news']['news:title']).toBe(title);
  });

  it('writes a valid, empty news sitemap when no article is recent', () => {
    expect(readNewsSitemap(newsSitemapXml([]))).toEqual([]);
  });
});
