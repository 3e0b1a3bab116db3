import { CATEGORY_SECTIONS } from './labels';
import { paths } from './paths';
import type { Article, Athlete, Author, Category, Competition } from './types';

/**
 * The site's ways around: the main menu and each page's breadcrumb trail, in one place, so
 * that a word in the menu and the same word in a trail lead to the same page.
 */

/** A link in the menu or a step of a breadcrumb trail: what it says and where it leads. */
export type NavLink = { name: string; path: string };

/** The sections of the main menu; a page in one of them marks it (components/layout/CurrentSection.tsx). */
export type MenuSection = 'nieuws' | 'uitslagen' | 'column' | 'schaatsers' | 'kalender';

/** The menu's section of a category's pages and articles; interviews and background have none. */
export function sectionOfCategory(category: Category): MenuSection | undefined {
  return category === 'nieuws' || category === 'uitslagen' || category === 'column' ? category : undefined;
}

const FRONT_PAGE: NavLink = { name: 'Voorpagina', path: paths.home() };
const CALENDAR: NavLink = { name: 'Kalender', path: paths.calendar() };

/** A category's list, as the menu and the breadcrumb trails name it. */
export function categorySection(category: Category): NavLink {
  return { name: CATEGORY_SECTIONS[category], path: paths.category(category) };
}

/**
 * The main menu in the site's header, in its order. "Nieuws" is the news section, as its
 * neighbours Uitslagen and Columns are theirs, and as the "Nieuws" step of a news story's
 * trail is: the front page has the site's name for its link.
 */
export const MAIN_MENU: readonly (NavLink & { section: MenuSection })[] = [
  { ...categorySection('nieuws'), section: 'nieuws' },
  { ...categorySection('uitslagen'), section: 'uitslagen' },
  { ...categorySection('column'), section: 'column' },
  { name: 'Schaatsers', path: paths.athletes(), section: 'schaatsers' },
  { ...CALENDAR, section: 'kalender' },
];

/** An article's trail: the front page, its category's list, the article. */
export function articleTrail(article: Pick<Article, 'slug' | 'title' | 'category'>): NavLink[] {
  return [FRONT_PAGE, categorySection(article.category), { name: article.title, path: paths.article(article.slug) }];
}

/** An author's trail (structured data only: the page shows none). Authors are listed nowhere but the front page. */
export function authorTrail(author: Pick<Author, 'slug' | 'name'>): NavLink[] {
  return [FRONT_PAGE, { name: author.name, path: paths.author(author.slug) }];
}

/** A competition's trail (structured data only: the page shows none): it sits in the Kalender, as in the menu. */
export function competitionTrail(competition: Pick<Competition, 'slug' | 'name'>): NavLink[] {
  return [CALENDAR, { name: competition.name, path: paths.competition(competition.slug) }];
}

/** A skater's trail (structured data only: the page shows none). */
export function athleteTrail(athlete: Pick<Athlete, 'slug' | 'name'>): NavLink[] {
  return [
    { name: 'Schaatsers', path: paths.athletes() },
    { name: athlete.name, path: paths.athlete(athlete.slug) },
  ];
}

/** The trail of a list of articles (archive, category, tag), or of numbered page `number` of it. */
export function listTrail(list: { name: string; path: (number?: number) => string }, number?: number): NavLink[] {
  const trail = [FRONT_PAGE, { name: list.name, path: list.path() }];
  return number !== undefined ? [...trail, { name: `Pagina ${number}`, path: list.path(number) }] : trail;
}

/**
 * The World Cup pages' trail (#20): they sit in the Kalender, as the competitions do; a season,
 * and a distance and category of it, below.
 */
export function worldCupTrail(
  season?: { label: string; slug: string },
  standing?: { label: string; path: string },
): NavLink[] {
  return [
    CALENDAR,
    { name: 'Wereldbeker', path: paths.worldCup() },
    ...(season ? [{ name: season.label, path: paths.worldCupSeason(season.slug) }] : []),
    ...(standing ? [{ name: standing.label, path: standing.path }] : []),
  ];
}

/** The skaters' index: the record pages sit under it, and it links to them (#20). */
const SKATERS: NavLink = { name: 'Schaatsers', path: paths.athletes() };

/** The trail of /records/. */
export function recordsTrail(): NavLink[] {
  return [FRONT_PAGE, SKATERS, { name: 'Records', path: paths.records() }];
}

/** The trail of /seizoen/, the index of the season lists. */
export function seasonsTrail(): NavLink[] {
  return [FRONT_PAGE, SKATERS, { name: 'Seizoenslijsten', path: paths.seasons() }];
}

/** The trail of one season's list: under the index of seasons. */
export function seasonTrail(season: { slug: string; label: string }): NavLink[] {
  return [...seasonsTrail(), { name: `Seizoen ${season.label}`, path: paths.season(season.slug) }];
}

/** The trail of /adelskalender/. */
export function adelskalenderTrail(): NavLink[] {
  return [FRONT_PAGE, SKATERS, { name: 'Adelskalender', path: paths.adelskalender() }];
}
