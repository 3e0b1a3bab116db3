// @vitest-environment jsdom
import { articleBodyHtml } from '@/components/article/ArticleBodyHtml';
import { siteConfig } from '@/lib/config';
import { FEED_SIZE, renderFeed } from '@/lib/build/feeds';
import type { Article } from '@/lib/types';
import {
  athleteRef,
  makeArticle,
  makeProse,
  makeQuote,
  makeResults,
  makeRow,
} from '../../components/support/factories';
import { atomLinkHref, atomTextShown, readAtom, readJsonFeed, readRss, RFC_822_DATE } from '../seo/support/readers';

const renderBody = (article: Article) => `<p>Volledige tekst van ${article.slug}.</p>`;
const HOSTILE_TITLE = '</script><script>alert(1)</script> Kok & Leerdam <3 ]]> &amp; "36,09"';

/** `count` articles, newest first, one hour apart, the newest on 2025-11-17 at 07:00 UTC. */
function articlesNewestFirst(count: number): Article[] {
  return Array.from({ length: count }, (_, index) => {
    const date = new Date(Date.UTC(2025, 10, 17, 7) - index * 60 * 60 * 1000);
    return makeArticle({ slug: `bericht-${index}`, title: `Bericht ${index}`, date, modified: date });
  });
}

const olderButCorrected = makeArticle({
  slug: 'later-gecorrigeerd',
  date: new Date('2025-11-10T09:00:00Z'),
  modified: new Date('2025-11-18T10:30:00Z'),
});
const newest = makeArticle({ slug: 'nieuwste', date: new Date('2025-11-16T17:45:00Z') });

describe('renderFeed as RSS', () => {
  it(`carries at most ${FEED_SIZE} items, the newest first`, () => {
    const feed = readRss(renderFeed('rss', { articles: articlesNewestFirst(FEED_SIZE + 10), renderBody }));

    expect(feed.item.map((item) => item.title)).toEqual(
      Array.from({ length: FEED_SIZE }, (_, index) => `Bericht ${index}`),
    );
  });

  it("is dated by its newest article's modification, not by the clock", () => {
    const feed = readRss(renderFeed('rss', { articles: [newest, olderButCorrected], renderBody }));

    expect(feed.lastBuildDate).toBe('Tue, 18 Nov 2025 10:30:00 GMT');
  });

  it('dates each item by its publication, in RFC 822', () => {
    const [item] = readRss(renderFeed('rss', { articles: [olderButCorrected], renderBody })).item;

    expect(item?.pubDate).toMatch(RFC_822_DATE);
    expect(item?.pubDate).toBe('Mon, 10 Nov 2025 09:00:00 GMT');
  });

  it("gives each item the article's absolute URL as link and guid", () => {
    const [item] = readRss(renderFeed('rss', { articles: [newest], renderBody })).item;

    expect(item?.link).toBe(`${siteConfig.url}/nieuws/nieuwste/`);
    expect(item?.guid['#text']).toBe(`${siteConfig.url}/nieuws/nieuwste/`);
  });

  it('carries the full body as content:encoded', () => {
    const [item] = readRss(renderFeed('rss', { articles: [newest], renderBody })).item;

    expect(item?.['content:encoded']).toBe('<p>Volledige tekst van nieuwste.</p>');
  });

  it('points its atom:link rel=self at /feed.xml', () => {
    const feed = readRss(renderFeed('rss', { articles: [newest], renderBody }));

    expect(feed['atom:link']).toMatchObject({ '@_href': `${siteConfig.url}/feed.xml`, '@_rel': 'self' });
  });

  it('escapes a hostile title so that it reads back unchanged', () => {
    const [item] = readRss(renderFeed('rss', { articles: [makeArticle({ title: HOSTILE_TITLE })], renderBody })).item;

    expect(item?.title).toBe(HOSTILE_TITLE);
  });

  it('keeps a body containing ]]> intact', () => {
    const body = '<p>Tekst met ]]> erin &amp; meer</p>';

    const [item] = readRss(renderFeed('rss', { articles: [newest], renderBody: () => body })).item;

    expect(item?.['content:encoded']).toBe(body);
  });

  it("names the category in a category feed's title and points rel=self at the category feed", () => {
    const feed = readRss(renderFeed('rss', { articles: [newest], renderBody, category: 'uitslagen' }));

    expect(feed.title).toBe('Schaatsnieuws: Uitslagen');
    expect(feed['atom:link']['@_href']).toBe(`${siteConfig.url}/rubriek/uitslagen/feed.xml`);
  });

  it('writes a valid feed without items for a category without articles', () => {
    const feed = readRss(renderFeed('rss', { articles: [], renderBody, category: 'column' }));

    expect(feed.item).toEqual([]);
  });

  it("dates a feed without articles by the site's latest change, not 1970 or the clock", () => {
    const feed = readRss(
      renderFeed('rss', {
        articles: [],
        emptyUpdated: new Date('2025-11-17T08:15:00Z'),
        renderBody,
        category: 'column',
      }),
    );

    expect(feed.lastBuildDate).toBe('Mon, 17 Nov 2025 08:15:00 GMT');
  });
});

describe('renderFeed as Atom', () => {
  it(`carries at most ${FEED_SIZE} entries, the newest first`, () => {
    const feed = readAtom(renderFeed('atom', { articles: articlesNewestFirst(FEED_SIZE + 1), renderBody }));

    expect(feed.entry.map((entry) => entry.id)).toEqual(
      Array.from({ length: FEED_SIZE }, (_, index) => `${siteConfig.url}/nieuws/bericht-${index}/`),
    );
  });

  it("is updated at its newest article's modification, not by the clock", () => {
    const feed = readAtom(renderFeed('atom', { articles: [newest, olderButCorrected], renderBody }));

    expect(feed.updated).toBe('2025-11-18T10:30:00.000Z');
  });

  it('gives each entry its modification as updated and its publication as published', () => {
    const [entry] = readAtom(renderFeed('atom', { articles: [olderButCorrected], renderBody })).entry;

    expect(entry).toMatchObject({ updated: '2025-11-18T10:30:00.000Z', published: '2025-11-10T09:00:00.000Z' });
  });

  it('points its link rel=self at /atom.xml', () => {
    const feed = readAtom(renderFeed('atom', { articles: [newest], renderBody }));

    expect(atomLinkHref(feed.link, 'self')).toBe(`${siteConfig.url}/atom.xml`);
  });

  it('carries a hostile title HTML-escaped, as its type="html" title requires', () => {
    const [entry] = readAtom(
      renderFeed('atom', { articles: [makeArticle({ title: HOSTILE_TITLE })], renderBody }),
    ).entry;

    const title = entry?.title;
    const text = typeof title === 'string' ? title : title?.['#text'];
    expect(text).not.toContain('<script>');
    expect(text).toContain('&lt;script&gt;');
  });

  // A reader renders a type="html" title (RFC 4287): raw, <script> would be markup and &amp; an ampersand.
  it('shows a hostile title unchanged in a reader that renders the html title', () => {
    const [entry] = readAtom(
      renderFeed('atom', { articles: [makeArticle({ title: HOSTILE_TITLE })], renderBody }),
    ).entry;

    expect(entry && atomTextShown(entry.title)).toBe(HOSTILE_TITLE);
  });
});

describe('renderFeed as JSON Feed', () => {
  it('is a JSON Feed 1.1 in Dutch', () => {
    const feed = readJsonFeed(renderFeed('json', { articles: [newest], renderBody }));

    expect(feed).toMatchObject({ version: 'https://jsonfeed.org/version/1.1', language: 'nl' });
  });

  it('lists the authors of each item as a list, not as a single author', () => {
    const json = renderFeed('json', { articles: [newest], renderBody });

    const [item] = readJsonFeed(json).items;

    expect(item?.authors).toEqual([{ name: 'Sportredactie', url: `${siteConfig.url}/auteurs/redactie/` }]);
    expect(json).not.toContain('"author"');
  });

  it('gives each item its publication and modification dates', () => {
    const [item] = readJsonFeed(renderFeed('json', { articles: [olderButCorrected], renderBody })).items;

    expect(item).toMatchObject({
      date_published: '2025-11-10T09:00:00.000Z',
      date_modified: '2025-11-18T10:30:00.000Z',
    });
  });

  it(`carries at most ${FEED_SIZE} items`, () => {
    const feed = readJsonFeed(renderFeed('json', { articles: articlesNewestFirst(FEED_SIZE * 2), renderBody }));

    expect(feed.items).toHaveLength(FEED_SIZE);
  });
});

describe('feed content rendered by articleBodyHtml', () => {
  const article = makeArticle({
    body: [
      makeProse('<p>Zie <a href="/nieuws/eerder-bericht/">eerder</a> en <a href="https://isu.org/">de ISU</a>.</p>'),
      makeQuote({ by: 'Jutta Leerdam', speaker: athleteRef('jutta-leerdam', 'Jutta Leerdam') }),
      makeResults({
        title: '500 meter vrouwen',
        columns: { position: true },
        rows: [makeRow({ position: 1, name: 'Femke Kok', athlete: athleteRef('femke-kok', 'Femke Kok') })],
      }),
    ],
  });
  const content = () => {
    const [item] = readRss(renderFeed('rss', { articles: [article], renderBody: articleBodyHtml })).item;
    return new DOMParser().parseFromString(item?.['content:encoded'] ?? '', 'text/html');
  };

  it('includes the results tables', () => {
    expect(content().querySelector('table caption')?.textContent).toContain('500 meter vrouwen');
  });

  it("makes the site's own links absolute, with their trailing slashes", () => {
    const hrefs = [...content().querySelectorAll('a')].map((link) => link.getAttribute('href'));

    expect(hrefs).toEqual([
      `${siteConfig.url}/nieuws/eerder-bericht/`,
      'https://isu.org/',
      `${siteConfig.url}/schaatsers/jutta-leerdam/`,
      `${siteConfig.url}/schaatsers/femke-kok/`,
    ]);
  });
});
