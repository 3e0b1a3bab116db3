import type { MetadataRoute } from 'next';
import { paths } from '@/lib/labels';
import { pageNumbers, pageOf } from '@/lib/pagination';
import { absoluteUrl } from '@/lib/seo/urls';
import { lastModified } from '@/lib/articles';
import { getSiteModel } from '@/lib/site-model';
import { CATEGORIES, type Article } from '@/lib/types';

export const dynamic = 'force-static';

/**
 * Every indexable page, each with the last change of the content it shows (never the build
 * time, so an unchanged page does not look new). Left out: alias pages and the /pagina/1/
 * pages that forward, and the search page (noindex, as search results should be).
 */
export default function sitemap(): MetadataRoute.Sitemap {
  const model = getSiteModel();
  const entry = (path: string, modified: Date | undefined): MetadataRoute.Sitemap[number] => ({
    url: absoluteUrl(path),
    ...(modified ? { lastModified: modified } : {}),
  });
  /** Every page of a paginated list; page 1 at `pathOf(1)`. */
  const listPages = (articles: Article[], pathOf: (page: number) => string) =>
    pageNumbers(articles.length).map((number) =>
      entry(pathOf(number), lastModified(pageOf(articles, number)?.items ?? [])),
    );
  return [
    entry(paths.home(), lastModified(model.articles)),
    ...model.articles.map((article) => entry(paths.article(article.slug), article.modified)),
    ...listPages(model.articles, paths.archive),
    ...CATEGORIES.flatMap((category) =>
      listPages(model.articlesIn(category), (page) => paths.category(category, page)),
    ),
    ...model.tags.flatMap((tag) => listPages(model.articlesTagged(tag.slug), (page) => paths.tag(tag.slug, page))),
    entry(paths.athletes(), lastModified(model.articles.filter((article) => article.athletes.length > 0))),
    ...model.athletes.map((athlete) =>
      entry(paths.athlete(athlete.slug), lastModified(model.articlesAbout(athlete.slug))),
    ),
    ...model.authors.map((author) => entry(paths.author(author.slug), lastModified(model.articlesBy(author.slug)))),
    ...model.competitions.map((competition) =>
      entry(paths.competition(competition.slug), lastModified(model.articlesAt(competition.slug))),
    ),
    entry(paths.calendar(), lastModified(model.articles.filter((article) => article.event !== undefined))),
  ];
}
