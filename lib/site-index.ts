import { seasonOf } from './calendar/seasons';
import { CATEGORY_DESCRIPTIONS, CATEGORY_LABELS } from './labels';
import { paths } from './paths';
import type { SiteModel } from './site-model';
import { CATEGORIES, type Competition } from './types';

/**
 * The index pages a reader finds by shortening an address (/rubriek/, /tags/, /auteurs/,
 * /wedstrijden/): what each lists, from the model, so the pages only render it.
 */

/** One entry of an index: where it leads, what it is called, a line about it and how many articles it has. */
export type IndexEntry = { path: string; name: string; detail?: string; articles: number };

/** Every category, in the menu's order. */
export function categoryIndex(model: SiteModel): IndexEntry[] {
  return CATEGORIES.map((category) => ({
    path: paths.category(category),
    name: CATEGORY_LABELS[category],
    detail: CATEGORY_DESCRIPTIONS[category],
    articles: model.articlesIn(category).length,
  }));
}

/** Every tag, by name as the editors wrote it. */
export function tagIndex(model: SiteModel): IndexEntry[] {
  return model.tags.map((tag) => ({
    path: paths.tag(tag.slug),
    name: tag.name,
    articles: model.articlesTagged(tag.slug).length,
  }));
}

/** Every author, with their column's name where they write one. */
export function authorIndex(model: SiteModel): IndexEntry[] {
  return [...model.authors]
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
    .map((author) => ({
      path: paths.author(author.slug),
      name: author.name,
      ...(author.column ? { detail: `Column: ${author.column}` } : {}),
      articles: model.articlesBy(author.slug).length,
    }));
}

/** The competitions of one season, in the order they are skated. */
export type SeasonOfCompetitions = { label: string; competitions: Competition[] };

/** Every competition, by season (the newest season first), each season in the order of the days. */
export function competitionsBySeason(competitions: readonly Competition[]): SeasonOfCompetitions[] {
  const bySeason = new Map<number, SeasonOfCompetitions>();
  for (const competition of competitions) {
    const season = seasonOf(competition.start);
    const entry = bySeason.get(season.startYear) ?? { label: season.label, competitions: [] };
    entry.competitions.push(competition);
    bySeason.set(season.startYear, entry);
  }
  return [...bySeason.entries()]
    .sort(([a], [b]) => b - a)
    .map(([, entry]) => ({
      label: entry.label,
      competitions: entry.competitions.sort(
        (a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.name.localeCompare(b.name, 'nl'),
      ),
    }));
}
