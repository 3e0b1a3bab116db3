import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { z } from 'zod';

/**
 * How a feed reader or a search engine reads what the site writes: well-formed XML (or JSON)
 * first, then the elements it relies on, checked with a schema so that a missing element
 * fails with its name. Shared by the unit tests and the build tests.
 */

// Elements that may occur more than once: always lists, also when there is one (or none).
const REPEATED = new Set([
  'rss.channel.item',
  'rss.channel.item.category',
  'feed.link',
  'feed.entry',
  'feed.entry.link',
  'feed.entry.author',
  'feed.entry.category',
  'urlset.url',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  ignoreDeclaration: true,
  // Text stays text: a tag or title "1000" must not turn into a number.
  parseTagValue: false,
  isArray: (_name, jPath) => typeof jPath === 'string' && REPEATED.has(jPath),
});

/** Parses XML after checking it is well-formed; throws with the parser's complaint when it is not. */
export function parseXml(xml: string): unknown {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  return parser.parse(xml);
}

const rssItem = z.object({
  title: z.string(),
  link: z.string(),
  guid: z.object({ '#text': z.string(), '@_isPermaLink': z.string().optional() }),
  pubDate: z.string(),
  description: z.string(),
  'content:encoded': z.string(),
  category: z.array(z.string()).default([]),
});

const rssSchema = z.object({
  rss: z.object({
    '@_version': z.literal('2.0'),
    channel: z.object({
      title: z.string(),
      link: z.string(),
      description: z.string(),
      language: z.string(),
      lastBuildDate: z.string().optional(),
      'atom:link': z.object({ '@_href': z.string(), '@_rel': z.string(), '@_type': z.string() }),
      item: z.array(rssItem).default([]),
    }),
  }),
});

export type RssFeed = z.infer<typeof rssSchema>['rss']['channel'];
export type RssItem = z.infer<typeof rssItem>;

/** An RSS 2.0 feed's channel. Throws when the XML is broken or an element a reader needs is missing. */
export function readRss(xml: string): RssFeed {
  return rssSchema.parse(parseXml(xml)).rss.channel;
}

const atomText = z.union([z.string(), z.object({ '#text': z.string(), '@_type': z.string().optional() })]);
const atomLink = z.object({ '@_href': z.string(), '@_rel': z.string().optional(), '@_type': z.string().optional() });

const atomEntry = z.object({
  id: z.string(),
  title: atomText,
  updated: z.string(),
  published: z.string().optional(),
  link: z.array(atomLink),
  content: atomText,
  author: z.array(z.object({ name: z.string(), uri: z.string().optional() })),
});

const atomSchema = z.object({
  feed: z.object({
    '@_xmlns': z.literal('http://www.w3.org/2005/Atom'),
    id: z.string(),
    title: atomText,
    updated: z.string(),
    link: z.array(atomLink),
    entry: z.array(atomEntry).default([]),
  }),
});

export type AtomFeed = z.infer<typeof atomSchema>['feed'];
export type AtomEntry = z.infer<typeof atomEntry>;
type AtomText = z.infer<typeof atomText>;

/** An Atom feed. Throws when the XML is broken or an element a reader needs is missing. */
export function readAtom(xml: string): AtomFeed {
  return atomSchema.parse(parseXml(xml)).feed;
}

/**
 * The text a reader shows for an Atom text construct (RFC 4287, 3.1): `type="html"` holds
 * HTML, which the reader parses (so `<b>` is markup and `&amp;` an ampersand); plain text is
 * shown as it is. Needs a DOMParser (a jsdom test environment).
 */
export function atomTextShown(text: AtomText): string {
  if (typeof text === 'string') return text;
  if (text['@_type'] !== 'html' && text['@_type'] !== 'xhtml') return text['#text'];
  // Into the body, as a reader puts it on its page (a leading <script> would go to the head).
  return new DOMParser().parseFromString(`<!doctype html><body>${text['#text']}`, 'text/html').body.textContent ?? '';
}

/** The href of an Atom feed's or entry's link with this rel (`alternate` when none is given). */
export function atomLinkHref(links: z.infer<typeof atomLink>[], rel: string): string | undefined {
  return links.find((link) => (link['@_rel'] ?? 'alternate') === rel)?.['@_href'];
}

const jsonFeedSchema = z.object({
  version: z.literal('https://jsonfeed.org/version/1.1'),
  title: z.string(),
  home_page_url: z.string(),
  feed_url: z.string(),
  language: z.string(),
  items: z.array(
    z.object({
      id: z.string(),
      url: z.string(),
      title: z.string(),
      content_html: z.string(),
      date_published: z.string(),
      date_modified: z.string().optional(),
      authors: z.array(z.object({ name: z.string(), url: z.string().optional() })).min(1),
    }),
  ),
});

export type JsonFeed = z.infer<typeof jsonFeedSchema>;

/** A JSON Feed 1.1. Throws when the JSON is broken or a field a reader needs is missing. */
export function readJsonFeed(json: string): JsonFeed {
  return jsonFeedSchema.parse(JSON.parse(json));
}

const sitemapSchema = z.object({
  urlset: z.object({
    '@_xmlns': z.literal('http://www.sitemaps.org/schemas/sitemap/0.9'),
    url: z.array(z.object({ loc: z.string(), lastmod: z.string().optional() })).default([]),
  }),
});

export type SitemapEntry = z.infer<typeof sitemapSchema>['urlset']['url'][number];

/** The entries of a sitemap (sitemaps.org 0.9). Throws when the XML or an entry is broken. */
export function readSitemap(xml: string): SitemapEntry[] {
  return sitemapSchema.parse(parseXml(xml)).urlset.url;
}

const newsSitemapSchema = z.object({
  urlset: z.object({
    '@_xmlns': z.literal('http://www.sitemaps.org/schemas/sitemap/0.9'),
    '@_xmlns:news': z.literal('http://www.google.com/schemas/sitemap-news/0.9'),
    url: z
      .array(
        z.object({
          loc: z.string(),
          'news:news': z.object({
            'news:publication': z.object({ 'news:name': z.string(), 'news:language': z.string() }),
            'news:publication_date': z.string(),
            'news:title': z.string(),
          }),
        }),
      )
      .default([]),
  }),
});

export type NewsSitemapEntry = z.infer<typeof newsSitemapSchema>['urlset']['url'][number];

/** The entries of a Google News sitemap. Throws when the XML or an entry is broken. */
export function readNewsSitemap(xml: string): NewsSitemapEntry[] {
  return newsSitemapSchema.parse(parseXml(xml)).urlset.url;
}

/** RFC 822 dates as RSS 2.0 writes them (with a four-digit year): `Sun, 16 Nov 2025 17:45:00 GMT`. */
export const RFC_822_DATE =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;

/** An ISO 8601 date-time that states its offset: `2025-11-17T09:15:00+01:00` or `...Z`. */
export const ISO_DATE_TIME_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
