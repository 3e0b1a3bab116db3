import { ARCHIVE_SEGMENT, paths } from './paths';

/**
 * The search index in parts (docs/decisions/0026-search-index-in-parts.md). Pagefind numbers
 * pages in the order it reads them, so one new article changes its whole index: at 10,000
 * articles, indexing everything again was a third of an incremental build. A large archive's
 * articles are therefore spread over parts by a hash of their slug, each a Pagefind index of
 * its own that the search page merges with the main one (skaters and competitions). A build
 * indexes again only the parts with a changed page; every part is a pure function of its
 * pages, so it is the same whichever build wrote it.
 */

/** The main index, loaded first by the search page: everything, or the skaters and competitions when there are parts. */
export const SEARCH_BUNDLE = '/pagefind/';

/**
 * At most this many articles a part; up to this many make one index without parts. Not a round
 * number: the count of parts doubles (and every part is indexed again) at 1,200, 2,400, 4,800,
 * 9,600 and 19,200 articles, not at the sizes an archive is measured at. Smaller parts make an
 * incremental build index fewer pages; a search merges more of them (decision 26).
 */
const ARTICLES_PER_PART = 1200;

/**
 * How many parts an archive of `articles` articles is indexed in: 0 (one index) up to
 * ARTICLES_PER_PART, else a power of two, so that a part's articles change only when the
 * archive doubles. SEARCH_PART_ARTICLES sets the part size, for tests with small archives.
 */
export function searchPartCount(articles: number): number {
  const perPart = Number(process.env.SEARCH_PART_ARTICLES) || ARTICLES_PER_PART;
  if (articles <= perPart) return 0;
  return 2 ** Math.ceil(Math.log2(articles / perPart));
}

/** The part (0 up to `count`) an article's page is indexed in, by its slug: FNV-1a, stable across builds and machines. */
export function searchPartOf(slug: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < slug.length; index++) {
    hash ^= slug.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % count;
}

/** The folder of part `part` of `count` under the main index; its name says the count, so a new count never reuses an old part. */
export function searchPartBundle(part: number, count: number): string {
  return `${SEARCH_BUNDLE}deel-${part + 1}-van-${count}/`;
}

/** The parts the search page merges: those with at least one article, in order. */
export function searchPartBundles(articleSlugs: readonly string[]): string[] {
  const count = searchPartCount(articleSlugs.length);
  const used = new Set(articleSlugs.map((slug) => searchPartOf(slug, count)));
  return Array.from({ length: count }, (_, part) => part)
    .filter((part) => used.has(part))
    .map((part) => searchPartBundle(part, count));
}

/** The article slug of an article (or alias) page's path, else undefined. */
export function articleSlugOfPath(pagePath: string): string | undefined {
  const prefix = paths.archive();
  if (!pagePath.startsWith(prefix)) return undefined;
  const slug = pagePath.slice(prefix.length).replace(/\/$/, '');
  return slug && !slug.includes('/') && slug !== ARCHIVE_SEGMENT ? slug : undefined;
}
