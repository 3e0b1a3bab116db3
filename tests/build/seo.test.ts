// @vitest-environment jsdom
import fs from 'node:fs';
import path from 'node:path';
import { siteConfig } from '@/lib/config';
import { CATEGORY_LABELS } from '@/lib/labels';
import { CATEGORIES } from '@/lib/types';
import {
  atomLinkHref,
  atomTextShown,
  ISO_DATE_TIME_WITH_OFFSET,
  readAtom,
  readJsonFeed,
  readNewsSitemap,
  readRss,
  readSitemap,
  RFC_822_DATE,
} from '../lib/seo/support/readers';
import {
  canonicalUrl,
  exportedFile,
  isJsonObject,
  jsonLdItem,
  jsonLdItems,
  jsonLdScripts,
  jsonLdTypes,
  metaContent,
  pngSize,
  readPages,
  robotsDirectives,
  type ExportedPage,
} from './support/exported-site';
import { ensureFixtureSite, FIXTURE_BUILD_TIME, FIXTURE_EXPORT_DIR } from './support/fixture-build';

// What search engines, social networks and feed readers see of a production build: the real
// site in out/ (built by `npm run build` before these tests) and the fixture site, whose
// drafts, scheduled article, aliases and correction pin down the details.

const SITE = siteConfig.url;
const ARTICLE_URL = /\/nieuws\/[^/]+\/$/;
const OUT_DIR = 'out';

type Site = { name: string; dir: string };
const SITES: Site[] = [
  { name: 'the real site (out/)', dir: OUT_DIR },
  { name: 'the fixture site', dir: FIXTURE_EXPORT_DIR },
];

beforeAll(() => {
  if (!fs.existsSync(path.join(OUT_DIR, 'index.html'))) {
    throw new Error('out/index.html is missing: run npm run build before the build tests');
  }
  ensureFixtureSite();
});

const pagesByDir = new Map<string, ExportedPage[]>();
/** The pages of an export, read once (after beforeAll has made sure the export exists). */
function pagesOf(dir: string): ExportedPage[] {
  let pages = pagesByDir.get(dir);
  if (!pages) {
    pages = readPages(dir);
    pagesByDir.set(dir, pages);
  }
  return pages;
}

const read = (dir: string, file: string) => fs.readFileSync(path.join(dir, file), 'utf8');
const ofKind = (dir: string, ...kinds: ExportedPage['kind'][]) =>
  pagesOf(dir).filter((page) => kinds.includes(page.kind));
/** The pages of articles, /nieuws/<slug>/ (not the aliases, not /nieuws/pagina/<n>/). */
const articlePages = (dir: string) => ofKind(dir, 'page').filter((page) => ARTICLE_URL.test(page.url));
const pageAt = (dir: string, url: string) => pagesOf(dir).find((page) => page.url === url);
const articleUrl = (slug: string) => `${SITE}/nieuws/${slug}/`;
const isAbsolute = (url: string | undefined) => url !== undefined && /^https?:\/\/[^/]+\//.test(url);
/** Pages of the export, as absolute URLs: what a link may point at. */
const isPageUrl = (dir: string, url: unknown) =>
  typeof url === 'string' && pagesOf(dir).some((page) => page.url === url && page.kind === 'page');

/** Runs a check on each page and returns `file: problem` for every page the check complains about. */
function problems(pages: ExportedPage[], check: (page: ExportedPage) => string | undefined): string[] {
  return pages.flatMap((page) => {
    const problem = check(page);
    return problem ? [`${page.file}: ${problem}`] : [];
  });
}

/** Published articles as the pages tell it, newest first: URL, times (ISO, UTC) and section label. */
function publishedArticles(dir: string) {
  return articlePages(dir)
    .map((page) => ({
      url: page.url,
      published: metaContent(page.document, 'meta[property="article:published_time"]') ?? '',
      modified: metaContent(page.document, 'meta[property="article:modified_time"]') ?? '',
      section: metaContent(page.document, 'meta[property="article:section"]') ?? '',
    }))
    .sort((a, b) => b.published.localeCompare(a.published));
}

const newestModification = (dir: string) =>
  publishedArticles(dir)
    .map((article) => article.modified)
    .sort()
    .at(-1);

describe.each(SITES)('the metadata of every page of $name', ({ dir }) => {
  it('finds the front page, article pages and the not-found page to check', () => {
    expect(pageAt(dir, `${SITE}/`)?.kind).toBe('page');
    expect(articlePages(dir).length).toBeGreaterThan(0);
    expect(pageAt(dir, `${SITE}/404.html`)?.kind).toBe('not-found');
  });

  it('declares every page Dutch with <html lang="nl">', () => {
    expect(
      problems(pagesOf(dir), ({ document }) => (document.documentElement.lang === 'nl' ? undefined : 'no lang="nl"')),
    ).toEqual([]);
  });

  it('gives every page a meta description', () => {
    expect(
      problems(pagesOf(dir), ({ document }) =>
        metaContent(document, 'meta[name="description"]')?.trim() ? undefined : 'no description',
      ),
    ).toEqual([]);
  });

  it('makes every page other than aliases and the not-found page canonical to its own absolute URL', () => {
    expect(
      problems(ofKind(dir, 'page'), ({ document, url }) => {
        const canonical = canonicalUrl(document);
        return canonical === url ? undefined : `canonical ${canonical} instead of ${url}`;
      }),
    ).toEqual([]);
  });

  it('lets search engines index every such page and show large image previews', () => {
    expect(
      problems(ofKind(dir, 'page'), ({ document }) => {
        const robots = robotsDirectives(document);
        return robots.includes('index') && robots.includes('max-image-preview:large') && !robots.includes('noindex')
          ? undefined
          : `robots: ${robots.join(', ')}`;
      }),
    ).toEqual([]);
  });

  it('keeps the not-found page out of search engines, without a canonical link', () => {
    expect(
      problems(ofKind(dir, 'not-found'), ({ document }) => {
        if (!robotsDirectives(document).includes('noindex')) return 'not noindex';
        return canonicalUrl(document) ? `canonical ${canonicalUrl(document)}` : undefined;
      }),
    ).toEqual([]);
  });

  it('keeps every forwarding page out of search engines, canonical to the page it forwards to', () => {
    expect(
      problems(ofKind(dir, 'alias'), ({ document }) => {
        const refresh = metaContent(document, 'meta[http-equiv="refresh"]') ?? '';
        const target = `${SITE}${refresh.replace(/^\d+;\s*url=/i, '')}`;
        if (!robotsDirectives(document).includes('noindex')) return 'not noindex';
        if (!isPageUrl(dir, target)) return `forwards to ${target}, not a page`;
        return canonicalUrl(document) === target
          ? undefined
          : `canonical ${canonicalUrl(document)}, forwards to ${target}`;
      }),
    ).toEqual([]);
  });

  it('shares every page with an Open Graph title, description, absolute URL and absolute image', () => {
    expect(
      problems(ofKind(dir, 'page', 'unlisted', 'alias'), ({ document }) => {
        const missing = ['og:title', 'og:description', 'og:url', 'og:image'].filter(
          (property) => !metaContent(document, `meta[property="${property}"]`)?.trim(),
        );
        if (missing.length > 0) return `missing ${missing.join(', ')}`;
        const url = metaContent(document, 'meta[property="og:url"]');
        const image = metaContent(document, 'meta[property="og:image"]');
        return isAbsolute(url) && isAbsolute(image) ? undefined : `not absolute: ${url}, ${image}`;
      }),
    ).toEqual([]);
  });

  it("gives every page's og:url as its canonical URL", () => {
    expect(
      problems(ofKind(dir, 'page', 'unlisted', 'alias'), ({ document }) => {
        const url = metaContent(document, 'meta[property="og:url"]');
        return url === canonicalUrl(document) ? undefined : `og:url ${url}, canonical ${canonicalUrl(document)}`;
      }),
    ).toEqual([]);
  });

  it('shares every page as a large X card', () => {
    expect(
      problems(ofKind(dir, 'page', 'unlisted', 'alias'), ({ document }) => {
        const card = metaContent(document, 'meta[name="twitter:card"]');
        return card === 'summary_large_image' ? undefined : `twitter:card ${card}`;
      }),
    ).toEqual([]);
  });

  it('shares only images that are files of the export', () => {
    expect(
      problems(ofKind(dir, 'page', 'unlisted', 'alias'), ({ document }) => {
        const images = ['meta[property="og:image"]', 'meta[name="twitter:image"]'].map((selector) =>
          metaContent(document, selector),
        );
        const broken = images.filter((image) => !image || !exportedFile(dir, image));
        return broken.length > 0 ? `no such image: ${broken.join(', ')}` : undefined;
      }),
    ).toEqual([]);
  });

  it('offers the RSS, Atom and JSON feeds on every page, at absolute URLs of files in the export', () => {
    expect(
      problems(ofKind(dir, 'page', 'unlisted', 'alias'), ({ document }) => {
        const offered = ['application/rss+xml', 'application/atom+xml', 'application/feed+json'].map((type) => ({
          type,
          href: document.querySelector(`link[rel="alternate"][type="${type}"]`)?.getAttribute('href') ?? undefined,
        }));
        const broken = offered.filter(({ href }) => !href || !isAbsolute(href) || !exportedFile(dir, href));
        return broken.length > 0 ? `no feed for ${broken.map(({ type }) => type).join(', ')}` : undefined;
      }),
    ).toEqual([]);
  });

  it('shares every article as an article with its published and modified times and its section', () => {
    expect(
      problems(articlePages(dir), ({ document }) => {
        const property = (name: string) => metaContent(document, `meta[property="${name}"]`);
        if (property('og:type') !== 'article') return `og:type ${property('og:type')}`;
        const missing = ['article:published_time', 'article:modified_time', 'article:section'].filter(
          (name) => !property(name),
        );
        if (missing.length > 0) return `missing ${missing.join(', ')}`;
        const published = new Date(property('article:published_time') ?? '');
        const modified = new Date(property('article:modified_time') ?? '');
        return modified >= published ? undefined : 'modified before published';
      }),
    ).toEqual([]);
  });

  it('tags every article with the keywords of its JSON-LD', () => {
    expect(
      problems(articlePages(dir), ({ document }) => {
        const tags = [...document.querySelectorAll('meta[property="article:tag"]')].map((meta) =>
          meta.getAttribute('content'),
        );
        const keywords = jsonLdItem(document, 'NewsArticle')?.keywords;
        const expected = tags.length > 0 ? tags.join(', ') : undefined;
        return keywords === expected ? undefined : `article:tag ${tags.join(', ')}, keywords ${String(keywords)}`;
      }),
    ).toEqual([]);
  });
});

describe.each(SITES)('the not-found page of $name', ({ dir }) => {
  it('offers the RSS, Atom and JSON feeds like every other page', () => {
    const { document } = pageAt(dir, `${SITE}/404.html`) ?? {};

    expect(
      ['application/rss+xml', 'application/atom+xml', 'application/feed+json'].filter(
        (type) => !document?.querySelector(`link[rel="alternate"][type="${type}"]`),
      ),
    ).toEqual([]);
  });

  it('can be shared with an Open Graph title, description and image and a large X card', () => {
    const { document } = pageAt(dir, `${SITE}/404.html`) ?? {};

    expect(
      ['meta[property="og:title"]', 'meta[property="og:description"]', 'meta[property="og:image"]'].filter(
        (selector) => !document || !metaContent(document, selector),
      ),
    ).toEqual([]);
    expect(document && metaContent(document, 'meta[name="twitter:card"]')).toBe('summary_large_image');
  });
});

// Every @type the site may use, each a real schema.org type.
const SCHEMA_ORG_TYPES = [
  'NewsArticle',
  'BreadcrumbList',
  'ListItem',
  'Person',
  'SportsEvent',
  'Place',
  'PostalAddress',
  'WebSite',
  'NewsMediaOrganization',
  'Organization',
  'ImageObject',
  'WebPage',
  'SearchAction',
  'EntryPoint',
];

describe.each(SITES)('the structured data (JSON-LD) of $name', ({ dir }) => {
  it('writes JSON-LD that parses as JSON on every page', () => {
    expect(
      problems(pagesOf(dir), ({ document }) => {
        const broken = jsonLdScripts(document).filter((text) => {
          try {
            JSON.parse(text);
            return false;
          } catch {
            return true;
          }
        });
        return broken.length > 0 ? `broken JSON-LD: ${broken.join(' | ').slice(0, 200)}` : undefined;
      }),
    ).toEqual([]);
  });

  it('puts every JSON-LD item in the schema.org context', () => {
    expect(
      problems(pagesOf(dir), ({ document }) => {
        const outside = jsonLdItems(document).filter((item) => item['@context'] !== 'https://schema.org');
        return outside.length > 0 ? `${outside.length} items without @context https://schema.org` : undefined;
      }),
    ).toEqual([]);
  });

  it('uses only real schema.org types', () => {
    const used = new Set(pagesOf(dir).flatMap(({ document }) => jsonLdTypes(jsonLdItems(document))));

    expect([...used].filter((type) => !SCHEMA_ORG_TYPES.includes(type))).toEqual([]);
  });

  it('describes every article page with a NewsArticle whose headline, images and dates Google can read', () => {
    expect(
      problems(articlePages(dir), ({ document }) => {
        const article = jsonLdItem(document, 'NewsArticle');
        if (!article) return 'no NewsArticle';
        const { headline, image, datePublished, dateModified } = article;
        if (typeof headline !== 'string' || headline.trim() === '') return `headline ${String(headline)}`;
        if (!Array.isArray(image) || image.length === 0 || !image.every((url) => isAbsolute(String(url)))) {
          return `image ${JSON.stringify(image)}`;
        }
        if (image[0] !== metaContent(document, 'meta[property="og:image"]')) return `first image ${String(image[0])}`;
        const dates = [datePublished, dateModified].map(String);
        if (!dates.every((date) => ISO_DATE_TIME_WITH_OFFSET.test(date))) return `dates ${dates.join(', ')}`;
        return new Date(dates[1] ?? '') >= new Date(dates[0] ?? '') ? undefined : 'dateModified before datePublished';
      }),
    ).toEqual([]);
  });

  it("gives every NewsArticle the same times as the page's article: meta tags", () => {
    expect(
      problems(articlePages(dir), ({ document }) => {
        const article = jsonLdItem(document, 'NewsArticle');
        const json = [article?.datePublished, article?.dateModified].map((date) => new Date(String(date)).getTime());
        const meta = ['article:published_time', 'article:modified_time'].map((name) =>
          new Date(metaContent(document, `meta[property="${name}"]`) ?? '').getTime(),
        );
        return json[0] === meta[0] && json[1] === meta[1] ? undefined : 'JSON-LD and meta tags disagree';
      }),
    ).toEqual([]);
  });

  it('names the author of every NewsArticle as a Person with the URL of their page', () => {
    expect(
      problems(articlePages(dir), ({ document }) => {
        const authors = jsonLdItem(document, 'NewsArticle')?.author;
        const list = Array.isArray(authors) ? authors : [authors];
        const good = list.every(
          (author) =>
            isJsonObject(author) &&
            author['@type'] === 'Person' &&
            typeof author.name === 'string' &&
            isPageUrl(dir, author.url),
        );
        return list.length > 0 && good ? undefined : `author ${JSON.stringify(authors)}`;
      }),
    ).toEqual([]);
  });

  it('names the publisher of every NewsArticle with its logo, a file of the export', () => {
    expect(
      problems(articlePages(dir), ({ document }) => {
        const publisher = jsonLdItem(document, 'NewsArticle')?.publisher;
        if (!isJsonObject(publisher) || publisher.name !== siteConfig.name)
          return `publisher ${JSON.stringify(publisher)}`;
        const logo = publisher.logo;
        return isJsonObject(logo) && typeof logo.url === 'string' && exportedFile(dir, logo.url)
          ? undefined
          : `logo ${JSON.stringify(logo)}`;
      }),
    ).toEqual([]);
  });

  it('makes every NewsArticle the main entity of its page, with its section', () => {
    expect(
      problems(articlePages(dir), ({ document, url }) => {
        const article = jsonLdItem(document, 'NewsArticle');
        const main = article?.mainEntityOfPage;
        if (!isJsonObject(main) || main['@id'] !== url) return `mainEntityOfPage ${JSON.stringify(main)}`;
        const section = metaContent(document, 'meta[property="article:section"]');
        return article?.articleSection === section ? undefined : `articleSection ${String(article?.articleSection)}`;
      }),
    ).toEqual([]);
  });

  it('makes every NewsArticle about skaters that have a page', () => {
    expect(
      problems(articlePages(dir), ({ document }) => {
        const about = jsonLdItem(document, 'NewsArticle')?.about;
        if (about === undefined) return undefined;
        const good =
          Array.isArray(about) &&
          about.every(
            (skater) =>
              isJsonObject(skater) &&
              skater['@type'] === 'Person' &&
              typeof skater.name === 'string' &&
              isPageUrl(dir, skater.url) &&
              String(skater.url).startsWith(`${SITE}/schaatsers/`),
          );
        return good ? undefined : `about ${JSON.stringify(about)}`;
      }),
    ).toEqual([]);
  });

  it('numbers every breadcrumb trail from 1, with absolute URLs of pages, ending at the page itself', () => {
    const trails = pagesOf(dir).filter(({ document }) => jsonLdItem(document, 'BreadcrumbList'));
    expect(trails.length).toBeGreaterThan(0);
    expect(
      problems(trails, ({ document, url }) => {
        const steps = jsonLdItem(document, 'BreadcrumbList')?.itemListElement;
        if (!Array.isArray(steps) || steps.length === 0) return 'no steps';
        const bad = steps.filter(
          (step, index) =>
            !isJsonObject(step) ||
            step['@type'] !== 'ListItem' ||
            step.position !== index + 1 ||
            typeof step.name !== 'string' ||
            !isPageUrl(dir, step.item),
        );
        if (bad.length > 0) return `steps ${JSON.stringify(bad)}`;
        const last = steps.at(-1);
        return isJsonObject(last) && last.item === url ? undefined : 'the last step is not the page';
      }),
    ).toEqual([]);
  });

  it('describes every article page, skater page, author page and competition page with a breadcrumb trail', () => {
    const withTrail = /\/(nieuws|schaatsers|auteurs|wedstrijden)\/[^/]+\/$/;

    expect(
      problems(
        ofKind(dir, 'page').filter(({ url }) => withTrail.test(url)),
        ({ document }) => (jsonLdItem(document, 'BreadcrumbList') ? undefined : 'no BreadcrumbList'),
      ),
    ).toEqual([]);
  });

  it('describes every skater page with a Person of that name', () => {
    const skaters = ofKind(dir, 'page').filter(({ url }) => /\/schaatsers\/[^/]+\/$/.test(url));
    expect(skaters.length).toBeGreaterThan(0);
    expect(
      problems(skaters, ({ document, url }) => {
        const person = jsonLdItem(document, 'Person');
        const heading = document.querySelector('h1')?.textContent?.trim();
        return person?.url === url && person.name === heading ? undefined : `Person ${JSON.stringify(person)}`;
      }),
    ).toEqual([]);
  });

  it('describes every competition page with a SportsEvent with dates, place and sport', () => {
    const competitions = ofKind(dir, 'page').filter(({ url }) => /\/wedstrijden\/[^/]+\/$/.test(url));
    expect(competitions.length).toBeGreaterThan(0);
    expect(
      problems(competitions, ({ document }) => {
        const event = jsonLdItem(document, 'SportsEvent');
        if (!event) return 'no SportsEvent';
        const { startDate, endDate, location, sport } = event;
        const day = /^\d{4}-\d{2}-\d{2}$/;
        if (!day.test(String(startDate)) || !day.test(String(endDate)) || String(endDate) < String(startDate)) {
          return `dates ${String(startDate)} – ${String(endDate)}`;
        }
        if (!isJsonObject(location) || location['@type'] !== 'Place' || typeof location.name !== 'string') {
          return `location ${JSON.stringify(location)}`;
        }
        const address = location.address;
        if (!isJsonObject(address) || typeof address.addressLocality !== 'string') return 'no address';
        return typeof sport === 'string' && sport !== '' ? undefined : 'no sport';
      }),
    ).toEqual([]);
  });

  it('describes the front page as a WebSite published by the NewsMediaOrganization', () => {
    const { document } = pageAt(dir, `${SITE}/`) ?? {};
    const website = document && jsonLdItem(document, 'WebSite');
    const organization = document && jsonLdItem(document, 'NewsMediaOrganization');

    expect(website).toMatchObject({ url: `${SITE}/`, name: siteConfig.name, inLanguage: 'nl' });
    expect(organization).toMatchObject({ url: `${SITE}/`, name: siteConfig.name });
    expect(website?.publisher).toEqual({ '@id': organization?.['@id'] });
  });
});

describe.each(SITES)('the sitemaps and robots.txt of $name', ({ dir }) => {
  const sitemap = () => readSitemap(read(dir, 'sitemap.xml'));
  const indexablePages = () => ofKind(dir, 'page');

  it('lists only absolute URLs of indexable pages of the export, each canonical to itself', () => {
    const pages = new Set(indexablePages().map((page) => page.url));

    expect(sitemap().filter((entry) => !pages.has(entry.loc))).toEqual([]);
  });

  it('lists every indexable page of the export', () => {
    const listed = new Set(sitemap().map((entry) => entry.loc));

    expect(
      indexablePages()
        .filter((page) => !listed.has(page.url))
        .map((page) => page.file),
    ).toEqual([]);
  });

  it('lists each URL once', () => {
    const locs = sitemap().map((entry) => entry.loc);

    expect(locs.length).toBe(new Set(locs).size);
  });

  it('dates every article by its last modification', () => {
    const lastmods = new Map(sitemap().map((entry) => [entry.loc, entry.lastmod]));

    expect(publishedArticles(dir).filter((article) => lastmods.get(article.url) !== article.modified)).toEqual([]);
  });

  it('dates the front page by the newest modification of an article', () => {
    const front = sitemap().find((entry) => entry.loc === `${SITE}/`);

    expect(front?.lastmod).toBe(newestModification(dir));
  });

  it('dates every page of a list by the newest modification of the articles it shows, not the build', () => {
    const modified = new Map(publishedArticles(dir).map((article) => [article.url, article.modified]));
    const listPages = sitemap().filter((entry) =>
      /\/(nieuws|rubriek\/[^/]+|tags\/[^/]+)\/(pagina\/\d+\/)?$/.test(entry.loc),
    );
    expect(listPages.length).toBeGreaterThan(10);
    const wrong = listPages.filter((entry) => {
      const page = pageAt(dir, entry.loc)!;
      const shown = [...page.document.querySelectorAll('main ol.article-list h2 a, main ol.article-list h3 a')].map(
        (link) => new URL(link.getAttribute('href')!, SITE).href,
      );
      const newest = shown
        .map((url) => modified.get(url) ?? '')
        .sort()
        .at(-1);
      return entry.lastmod !== newest;
    });
    expect(wrong.map((entry) => `${entry.loc}: ${entry.lastmod}`)).toEqual([]);
  });

  it('gives every lastmod as a W3C date-time', () => {
    const lastmods = sitemap().flatMap((entry) => (entry.lastmod ? [entry.lastmod] : []));

    expect(lastmods.filter((lastmod) => !ISO_DATE_TIME_WITH_OFFSET.test(lastmod))).toEqual([]);
  });

  it('lists only published articles in the news sitemap, in Dutch, under the site name, with their publication time', () => {
    const articles = new Map(publishedArticles(dir).map((article) => [article.url, article]));

    const wrong = readNewsSitemap(read(dir, 'news-sitemap.xml')).filter((entry) => {
      const news = entry['news:news'];
      return (
        articles.get(entry.loc)?.published !== news['news:publication_date'] ||
        news['news:publication']['news:name'] !== 'Schaatsnieuws' ||
        news['news:publication']['news:language'] !== 'nl' ||
        news['news:title'].trim() === ''
      );
    });
    expect(wrong).toEqual([]);
  });

  it('names both sitemaps in robots.txt with absolute URLs', () => {
    const sitemaps = read(dir, 'robots.txt')
      .split('\n')
      .filter((line) => /^sitemap:/i.test(line))
      .map((line) => line.replace(/^sitemap:\s*/i, '').trim());

    expect(sitemaps).toEqual([`${SITE}/sitemap.xml`, `${SITE}/news-sitemap.xml`]);
  });

  it('lets every crawler in through robots.txt', () => {
    const robots = read(dir, 'robots.txt');

    expect(robots).toMatch(/^User-Agent: \*$/im);
    expect(robots).not.toMatch(/^Disallow: \/\s*$/im);
  });
});

describe.each(SITES)('the feeds of $name', ({ dir }) => {
  const rss = () => readRss(read(dir, 'feed.xml'));
  const atom = () => readAtom(read(dir, 'atom.xml'));
  const jsonFeed = () => readJsonFeed(read(dir, 'feed.json'));
  const newestFirst = () => publishedArticles(dir).map((article) => article.url);

  it('lists the published articles newest first in RSS, Atom and JSON Feed alike', () => {
    expect(rss().item.map((item) => item.link)).toEqual(newestFirst());
    expect(atom().entry.map((entry) => atomLinkHref(entry.link, 'alternate'))).toEqual(newestFirst());
    expect(jsonFeed().items.map((item) => item.url)).toEqual(newestFirst());
  });

  it('points the RSS atom:link rel=self at /feed.xml', () => {
    expect(rss()['atom:link']).toEqual({
      '@_href': `${SITE}/feed.xml`,
      '@_rel': 'self',
      '@_type': 'application/rss+xml',
    });
  });

  it("gives every RSS item a guid, a link to the article and the article's publication as RFC 822 pubDate", () => {
    const published = new Map(publishedArticles(dir).map((article) => [article.url, article.published]));

    const wrong = rss().item.filter(
      (item) =>
        item.guid['#text'] !== item.link ||
        !RFC_822_DATE.test(item.pubDate) ||
        new Date(item.pubDate).toISOString() !== published.get(item.link),
    );
    expect(wrong).toEqual([]);
  });

  it("dates the RSS feed by the newest article's modification", () => {
    expect(new Date(rss().lastBuildDate ?? '').toISOString()).toBe(newestModification(dir));
  });

  it('carries the full article body, as the page shows it, in content:encoded', () => {
    const bodyText = (html: string) =>
      new DOMParser()
        .parseFromString(html, 'text/html')
        .querySelector('.article-body')
        ?.textContent?.replace(/\s+/g, ' ')
        .trim();

    const wrong = rss().item.filter((item) => {
      const page = pageAt(dir, item.link);
      const shown = page && bodyText(page.document.documentElement.outerHTML);
      return !shown || bodyText(item['content:encoded']) !== shown;
    });
    expect(wrong.map((item) => item.link)).toEqual([]);
  });

  it('links from the feed content to pages of the site by absolute URLs with trailing slashes', () => {
    const hrefs = rss().item.flatMap((item) =>
      [...new DOMParser().parseFromString(item['content:encoded'], 'text/html').querySelectorAll('a[href]')].map(
        (link) => link.getAttribute('href') ?? '',
      ),
    );

    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.filter((href) => !href.startsWith('https://') && !href.startsWith('http://'))).toEqual([]);
    expect(hrefs.filter((href) => href.startsWith(SITE) && !isPageUrl(dir, href))).toEqual([]);
  });

  it('gives the Atom feed an id, an update time and a link rel=self to /atom.xml', () => {
    const feed = atom();

    expect(feed.id).toBe(`${SITE}/`);
    expect(feed.updated).toBe(newestModification(dir));
    expect(atomLinkHref(feed.link, 'self')).toBe(`${SITE}/atom.xml`);
  });

  it('gives every Atom entry its URL as id and its modification as updated', () => {
    const modified = new Map(publishedArticles(dir).map((article) => [article.url, article.modified]));

    const wrong = atom().entry.filter(
      (entry) => atomLinkHref(entry.link, 'alternate') !== entry.id || modified.get(entry.id) !== entry.updated,
    );
    expect(wrong).toEqual([]);
  });

  it('shows the same titles in RSS, Atom and JSON Feed', () => {
    const titles = rss().item.map((item) => item.title);

    expect(atom().entry.map((entry) => atomTextShown(entry.title))).toEqual(titles);
    expect(jsonFeed().items.map((item) => item.title)).toEqual(titles);
  });

  it('is a JSON Feed 1.1 in Dutch whose items have id, url, title, content, date and authors', () => {
    const feed = jsonFeed();
    const published = new Map(publishedArticles(dir).map((article) => [article.url, article.published]));

    expect(feed).toMatchObject({ language: 'nl', feed_url: `${SITE}/feed.json`, home_page_url: `${SITE}/` });
    expect(
      feed.items.filter((item) => item.id !== item.url || published.get(item.url) !== item.date_published),
    ).toEqual([]);
  });

  it.each(CATEGORIES)('writes a valid RSS feed for the category %s with only its articles', (category) => {
    const inCategory = publishedArticles(dir)
      .filter((article) => article.section === CATEGORY_LABELS[category])
      .map((article) => article.url);

    const feed = readRss(read(dir, `rubriek/${category}/feed.xml`));

    expect(feed.item.map((item) => item.link)).toEqual(inCategory);
    expect(feed['atom:link']['@_href']).toBe(`${SITE}/rubriek/${category}/feed.xml`);
  });

  // A reader's "visit website" link for the feed.
  it.each(CATEGORIES)('links the category feed %s to a page of the site', (category) => {
    const feed = readRss(read(dir, `rubriek/${category}/feed.xml`));

    expect(isPageUrl(dir, feed.link) ? feed.link : `${feed.link} (no such page)`).toBe(feed.link);
  });
});

describe.each(SITES)('the social images, icons and manifest of $name', ({ dir }) => {
  it('has a default social image of 1200×630', () => {
    expect(pngSize(path.join(dir, 'og.png'))).toEqual({ width: 1200, height: 630 });
  });

  it('has a social image of 1200×630 for every article', () => {
    const sizes = articlePages(dir).map((page) => {
      const file = exportedFile(dir, `${page.url}og.png`);
      return { page: page.file, size: file ? pngSize(file) : 'missing' };
    });

    expect(sizes.filter(({ size }) => typeof size === 'string' || size.width !== 1200 || size.height !== 630)).toEqual(
      [],
    );
  });

  it.each([
    ['icon-192.png', 192],
    ['icon-512.png', 512],
    ['apple-touch-icon.png', 180],
  ])('has the icon %s at %i pixels square', (name, size) => {
    expect(pngSize(path.join(dir, 'icons', name))).toEqual({ width: size, height: size });
  });

  it('has a web app manifest with name, start URL, standalone display and theme colour', () => {
    const manifest: unknown = JSON.parse(read(dir, 'manifest.webmanifest'));

    expect(manifest).toMatchObject({
      name: siteConfig.name,
      start_url: '/',
      display: 'standalone',
      theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
    });
  });

  it('lists only manifest icons that exist in the export at the sizes it states', () => {
    const manifest: unknown = JSON.parse(read(dir, 'manifest.webmanifest'));
    const icons = isJsonObject(manifest) && Array.isArray(manifest.icons) ? manifest.icons.filter(isJsonObject) : [];
    expect(icons.length).toBeGreaterThan(0);

    const wrong = icons.filter(({ src, sizes }) => {
      const file = exportedFile(dir, `${SITE}${String(src)}`);
      if (!file) return true;
      if (!file.endsWith('.png')) return false;
      const { width, height } = pngSize(file);
      return sizes !== `${width}x${height}`;
    });
    expect(wrong).toEqual([]);
  });
});

describe('the real site (out/)', () => {
  const slug = 'leerdam-en-blondin-botsen-bij-het-inrijden';

  it('lists its one article in the sitemap and in all three feeds', () => {
    expect(readSitemap(read(OUT_DIR, 'sitemap.xml')).map((entry) => entry.loc)).toContain(articleUrl(slug));
    expect(readRss(read(OUT_DIR, 'feed.xml')).item.map((item) => item.link)).toContain(articleUrl(slug));
    expect(readAtom(read(OUT_DIR, 'atom.xml')).entry.map((entry) => entry.id)).toContain(articleUrl(slug));
    expect(readJsonFeed(read(OUT_DIR, 'feed.json')).items.map((item) => item.id)).toContain(articleUrl(slug));
  });

  it('describes the article as a NewsArticle about the skaters it names', () => {
    const { document } = pageAt(OUT_DIR, articleUrl(slug)) ?? {};
    const about = document && jsonLdItem(document, 'NewsArticle')?.about;

    expect(Array.isArray(about) && about.filter(isJsonObject).map((skater) => skater.name)).toEqual(
      expect.arrayContaining(['Jutta Leerdam', 'Ivanie Blondin', 'Femke Kok']),
    );
  });

  it('carries the results tables of the article in its RSS feed', () => {
    const item = readRss(read(OUT_DIR, 'feed.xml')).item.find((entry) => entry.link === articleUrl(slug));
    const content = new DOMParser().parseFromString(item?.['content:encoded'] ?? '', 'text/html');

    expect([...content.querySelectorAll('table caption')].map((caption) => caption.textContent)).toEqual([
      expect.stringContaining('500 meter vrouwen, tweede race'),
      expect.stringContaining('Ploegenachtervolging vrouwen'),
    ]);
  });
});

describe('the fixture site, with drafts, a scheduled article, aliases and a correction', () => {
  const dir = FIXTURE_EXPORT_DIR;
  const published = ['visser-rijdt-baanrecord', 'kernploeg-traint-in-inzell', 'terugblik-op-het-seizoen'];
  const aliases = ['oud-bericht-visser', 'visser-baanrecord'];
  const unpublished = ['column-stilte-op-de-baan', 'vooruitblik-nk-afstanden'];
  const visser = articleUrl('visser-rijdt-baanrecord');
  // The latest correction of visser-rijdt-baanrecord, 2025-11-17T09:15+01:00.
  const visserModified = '2025-11-17T08:15:00.000Z';
  const feedFiles = [
    'feed.xml',
    'atom.xml',
    'feed.json',
    ...CATEGORIES.map((category) => `rubriek/${category}/feed.xml`),
  ];
  const everySitemapAndFeed = () =>
    ['sitemap.xml', 'news-sitemap.xml', ...feedFiles].map((file) => read(dir, file)).join('\n');

  it('reads the old addresses of articles as aliases', () => {
    const articleAliases = ofKind(dir, 'alias').filter((page) => ARTICLE_URL.test(page.url));

    expect(articleAliases.map((page) => page.url)).toEqual(aliases.map(articleUrl));
  });

  it.each(aliases)('keeps the alias %s out of search engines', (alias) => {
    const { document } = pageAt(dir, articleUrl(alias)) ?? {};

    expect(document && robotsDirectives(document)).toContain('noindex');
  });

  it.each(aliases)('makes the alias %s canonical to the article it forwards to', (alias) => {
    const { document } = pageAt(dir, articleUrl(alias)) ?? {};

    expect(document && canonicalUrl(document)).toBe(visser);
    expect(document && metaContent(document, 'meta[http-equiv="refresh"]')).toBe(
      '0; url=/nieuws/visser-rijdt-baanrecord/',
    );
  });

  it.each(aliases)('gives the alias %s no NewsArticle of its own', (alias) => {
    const { document } = pageAt(dir, articleUrl(alias)) ?? {};

    expect(document && jsonLdItem(document, 'NewsArticle')).toBeUndefined();
  });

  it('shares the tags of an article as article:tag', () => {
    const { document } = pageAt(dir, visser) ?? {};

    expect(
      [...(document?.querySelectorAll('meta[property="article:tag"]') ?? [])].map((meta) =>
        meta.getAttribute('content'),
      ),
    ).toEqual(['Sáblíková', '1000', '1000 meter', 'wereldbeker']);
  });

  it('dates the NewsArticle of a corrected article by its publication and its latest correction', () => {
    const { document } = pageAt(dir, visser) ?? {};

    expect(document && jsonLdItem(document, 'NewsArticle')).toMatchObject({
      datePublished: '2025-11-16T18:45:00+01:00',
      dateModified: '2025-11-17T09:15:00+01:00',
    });
  });

  it('makes the NewsArticle about the skaters the article names', () => {
    const { document } = pageAt(dir, visser) ?? {};

    expect(document && jsonLdItem(document, 'NewsArticle')?.about).toEqual([
      { '@type': 'Person', name: 'Sanne Visser', url: `${SITE}/schaatsers/sanne-visser/` },
      { '@type': 'Person', name: 'Lotte Hoekstra', url: `${SITE}/schaatsers/lotte-hoekstra/` },
    ]);
  });

  it('lists exactly the published articles in the sitemap: no drafts, scheduled articles or aliases', () => {
    const articles = readSitemap(read(dir, 'sitemap.xml'))
      .map((entry) => entry.loc)
      .filter((loc) => ARTICLE_URL.test(loc) && !loc.startsWith(`${SITE}/nieuws/pagina/`));

    expect(articles.sort()).toEqual(published.map(articleUrl).sort());
  });

  it('dates the corrected article in the sitemap by its latest correction', () => {
    const entry = readSitemap(read(dir, 'sitemap.xml')).find((url) => url.loc === visser);

    expect(entry?.lastmod).toBe(visserModified);
  });

  it('dates the front page in the sitemap by the newest modification, not by the build time', () => {
    const front = readSitemap(read(dir, 'sitemap.xml')).find((url) => url.loc === `${SITE}/`);

    expect(front?.lastmod).toBe(visserModified);
    expect(front?.lastmod).not.toBe(new Date(FIXTURE_BUILD_TIME).toISOString());
  });

  it('lists in the news sitemap only the article published in the two days before the build', () => {
    expect(readNewsSitemap(read(dir, 'news-sitemap.xml'))).toEqual([
      {
        loc: visser,
        'news:news': {
          'news:publication': { 'news:name': 'Schaatsnieuws', 'news:language': 'nl' },
          'news:publication_date': '2025-11-16T17:45:00.000Z',
          'news:title': 'Visser rijdt baanrecord op de 500 meter in Testdorp',
        },
      },
    ]);
  });

  it('lists exactly the published articles, newest first, in the RSS, Atom and JSON feeds', () => {
    const expected = published.map(articleUrl);

    expect(readRss(read(dir, 'feed.xml')).item.map((item) => item.link)).toEqual(expected);
    expect(readAtom(read(dir, 'atom.xml')).entry.map((entry) => entry.id)).toEqual(expected);
    expect(readJsonFeed(read(dir, 'feed.json')).items.map((item) => item.id)).toEqual(expected);
  });

  it('names no draft or scheduled article in any sitemap or feed', () => {
    const everything = everySitemapAndFeed();

    expect(unpublished.filter((slug) => everything.includes(slug))).toEqual([]);
    expect(everything).not.toContain('Stilte op de baan');
    expect(everything).not.toContain('Vooruitblik op het NK afstanden');
  });

  it('names no alias in any sitemap or feed', () => {
    const everything = everySitemapAndFeed();

    expect(aliases.filter((alias) => everything.includes(`/nieuws/${alias}/`))).toEqual([]);
  });

  it.each([
    ['uitslagen', ['visser-rijdt-baanrecord']],
    ['nieuws', ['kernploeg-traint-in-inzell']],
    ['achtergrond', ['terugblik-op-het-seizoen']],
    ['column', []],
    ['interview', []],
  ])('lists in the category feed %s exactly %j', (category, slugs) => {
    const feed = readRss(read(dir, `rubriek/${category}/feed.xml`));

    expect(feed.item.map((item) => item.link)).toEqual(slugs.map(articleUrl));
  });

  it('dates the RSS item of the corrected article by its publication, and the Atom entry by its correction', () => {
    const item = readRss(read(dir, 'feed.xml')).item.find((entry) => entry.link === visser);
    const entry = readAtom(read(dir, 'atom.xml')).entry.find((candidate) => candidate.id === visser);

    expect(item?.pubDate).toBe('Sun, 16 Nov 2025 17:45:00 GMT');
    expect(entry).toMatchObject({ published: '2025-11-16T17:45:00.000Z', updated: visserModified });
  });

  it('dates the feeds by the latest correction, not by the build time', () => {
    expect(readRss(read(dir, 'feed.xml')).lastBuildDate).toBe('Mon, 17 Nov 2025 08:15:00 GMT');
    expect(readAtom(read(dir, 'atom.xml')).updated).toBe(visserModified);
  });

  it('carries the results table with absolute skater links with trailing slashes in the RSS feed', () => {
    const item = readRss(read(dir, 'feed.xml')).item.find((entry) => entry.link === visser);
    const content = new DOMParser().parseFromString(item?.['content:encoded'] ?? '', 'text/html');
    const table = content.querySelector('table');

    expect(table?.querySelector('caption')?.textContent).toContain('500 meter vrouwen, tweede race');
    expect([...(table?.querySelectorAll('a') ?? [])].map((link) => link.getAttribute('href'))).toEqual([
      `${SITE}/schaatsers/sanne-visser/`,
      `${SITE}/schaatsers/lotte-hoekstra/`,
      `${SITE}/schaatsers/greta-holmvik/`,
    ]);
  });

  it('has a social image for every published article and none for drafts, scheduled articles or aliases', () => {
    const images = fs
      .readdirSync(path.join(dir, 'nieuws'))
      .filter((slug) => fs.existsSync(path.join(dir, 'nieuws', slug, 'og.png')))
      .sort();

    expect(images).toEqual([...published].sort());
  });
});
