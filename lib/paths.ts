import type { Category } from './types';

/** The archive's numbered pages live at /nieuws/pagina/<n>/, so no article (or alias) may take this slug. */
export const ARCHIVE_SEGMENT = 'pagina';

/** Page `number` of a list, under the list's own address: `pagina/2/`. */
const pageSegment = (number: number) => `${ARCHIVE_SEGMENT}/${number}/`;

/** A list: its newest articles at its own address, its numbered pages (counted from the oldest) under it. */
const listPath = (base: string, number?: number) => (number === undefined ? base : `${base}${pageSegment(number)}`);

/** Paths of the reader-facing pages, in one place. */
export const paths = {
  home: () => '/',
  article: (slug: string) => `/nieuws/${slug}/`,
  /** The archive: the newest articles at /nieuws/, numbered pages from the oldest (lib/pagination.ts). */
  archive: (page?: number) => listPath('/nieuws/', page),
  category: (category: Category, page?: number) => listPath(`/rubriek/${category}/`, page),
  tag: (slug: string, page?: number) => listPath(`/tags/${slug}/`, page),
  /** The index pages a reader finds by shortening an address. */
  categories: () => '/rubriek/',
  tags: () => '/tags/',
  authors: () => '/auteurs/',
  competitions: () => '/wedstrijden/',
  search: () => '/zoeken/',
  athletes: () => '/schaatsers/',
  /** A skater: their profile, results and the newest articles about them; numbered pages of those articles under it. */
  athlete: (slug: string, page?: number) => listPath(`/schaatsers/${slug}/`, page),
  /** An author: their profile and newest articles; numbered pages of their articles under it. */
  author: (slug: string, page?: number) => listPath(`/auteurs/${slug}/`, page),
  competition: (slug: string) => `/wedstrijden/${slug}/`,
  calendar: () => '/kalender/',
  /** A competition as an iCalendar file, to add it to an agenda. */
  competitionIcs: (slug: string) => `/wedstrijden/${slug}/wedstrijd.ics`,
  /** The World Cup standings (#20): every season, a season (`2025-2026`), one distance and category (`500-vrouwen`). */
  worldCup: () => '/wereldbeker/',
  worldCupSeason: (season: string) => `/wereldbeker/${season}/`,
  worldCupStanding: (season: string, standing: string) => `/wereldbeker/${season}/${standing}/`,
  /** World, Dutch and track records as the site knows them (#20). */
  records: () => '/records/',
  /** The index of the seasons with races, and one season's best times (`2025-2026`, lib/skating/seasons.ts). */
  seasons: () => '/seizoen/',
  season: (slug: string) => `/seizoen/${slug}/`,
  /** The Adelskalender: skaters by the samalog of their personal bests. */
  adelskalender: () => '/adelskalender/',
};
