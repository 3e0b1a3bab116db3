import type { MetadataRoute } from 'next';
import { paths } from '@/lib/paths';
import { allArticleLists, archiveList, listPage, listPageNumbers, type ArticleList } from '@/lib/article-lists';
import { absoluteUrl } from '@/lib/seo/urls';
import { lastModified } from '@/lib/articles';
import { getSiteModel, type SiteModel } from '@/lib/site-model';
import { worldCupPageParams } from '@/lib/page-data';
import { racesModified } from '@/lib/record-pages';
import { seasonsWithRaces } from '@/lib/skating/records';
import { seasonOf, seasonSlug } from '@/lib/skating/seasons';

export const dynamic = 'force-static';

/**
 * Every indexable page, each with the last change of the content it shows (never the build
 * time, so an unchanged page does not look new). Left out: alias pages, which forward, and
 * the search page (noindex, as search results should be).
 */
export default function sitemap(): MetadataRoute.Sitemap {
  const model = getSiteModel();
  const entry = (path: string, modified: Date | undefined): MetadataRoute.Sitemap[number] => ({
    url: absoluteUrl(path),
    ...(modified ? { lastModified: modified } : {}),
  });
  /**
   * Every page of a list of articles (its numbered pages, and its own address where that is a
   * list page: the others are listed below), each with the last change of the articles on it.
   */
  const listPages = (list: ArticleList) =>
    [...(list.ownAddressElsewhere ? [] : [undefined]), ...listPageNumbers(list)].map((number) =>
      entry(list.path(number), lastModified(listPage(list, number)?.items ?? [])),
    );
  return [
    entry(paths.home(), lastModified(model.articles)),
    ...model.articles.map((article) => entry(paths.article(article.slug), article.modified)),
    entry(paths.archive(), lastModified(listPage(archiveList(model))?.items ?? [])),
    ...allArticleLists(model).flatMap(listPages),
    entry(paths.athletes(), lastModified(model.articles.filter((article) => article.athletes.length > 0))),
    // A skater's page shows their results from every article, an author's their profile too.
    ...model.athletes.map((athlete) =>
      entry(paths.athlete(athlete.slug), lastModified(model.articlesAbout(athlete.slug))),
    ),
    ...model.authors.map((author) => entry(paths.author(author.slug), lastModified(model.articlesBy(author.slug)))),
    ...model.competitions.map((competition) =>
      entry(paths.competition(competition.slug), lastModified(model.articlesAt(competition.slug))),
    ),
    entry(paths.calendar(), lastModified(model.articles.filter((article) => article.event !== undefined))),
    entry(paths.competitions(), lastModified(model.articles.filter((article) => article.event !== undefined))),
    ...[paths.categories(), paths.tags(), paths.authors()].map((path) => entry(path, lastModified(model.articles))),
    // The record pages (#20) show the races' figures: they change with the newest article that has a race.
    ...[paths.records(), paths.seasons(), paths.adelskalender()].map((path) => entry(path, racesModified(model.races))),
    ...seasonsWithRaces(model.races).map((season) =>
      entry(
        paths.season(seasonSlug(season)),
        racesModified(model.races.filter((race) => seasonOf(race.date).startYear === season.startYear)),
      ),
    ),
    ...worldCupEntries(model, entry),
  ];
}

/** The World Cup's pages (#20), each with the last change of the World Cup races of its season. */
function worldCupEntries(
  model: SiteModel,
  entry: (path: string, modified: Date | undefined) => MetadataRoute.Sitemap[number],
): MetadataRoute.Sitemap {
  const latest = (season?: string) =>
    model.races
      .filter((race) => race.competition.worldCup && (!season || seasonSlug(seasonOf(race.date)) === season))
      .reduce<Date | undefined>(
        (last, race) => (!last || race.article.modified > last ? race.article.modified : last),
        undefined,
      );
  return [
    entry(paths.worldCup(), latest()),
    ...worldCupPageParams(model).map(({ season, standing }) =>
      entry(standing ? paths.worldCupStanding(season, standing) : paths.worldCupSeason(season), latest(season)),
    ),
  ];
}
