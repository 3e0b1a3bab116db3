import type { Category } from './types';

/** The archive lives at /nieuws/pagina/<n>/, so no article (or alias) may take this slug. */
export const ARCHIVE_SEGMENT = 'pagina';

/** Page `number` of a list, under the list's own address: `pagina/2/`. */
const pageSegment = (number: number) => `${ARCHIVE_SEGMENT}/${number}/`;

/** A list whose first page lives at its own address and later pages under it. */
const listPath = (base: string, number: number) => (number === 1 ? base : `${base}${pageSegment(number)}`);

/** Paths of the reader-facing pages, in one place. */
export const paths = {
  home: () => '/',
  article: (slug: string) => `/nieuws/${slug}/`,
  /** The archive: page 1 is the newest 20 articles. */
  archive: (page = 1) => `/nieuws/${pageSegment(page)}`,
  category: (category: Category, page = 1) => listPath(`/rubriek/${category}/`, page),
  tag: (slug: string, page = 1) => listPath(`/tags/${slug}/`, page),
  /** A list's `pagina/<n>/` part, for the old `/pagina/1/` addresses that forward to a list's own. */
  pageSegment,
  search: () => '/zoeken/',
  athletes: () => '/schaatsers/',
  athlete: (slug: string) => `/schaatsers/${slug}/`,
  author: (slug: string) => `/auteurs/${slug}/`,
  competition: (slug: string) => `/wedstrijden/${slug}/`,
  calendar: () => '/kalender/',
  /** A competition as an iCalendar file, to add it to an agenda. */
  competitionIcs: (slug: string) => `/wedstrijden/${slug}/wedstrijd.ics`,
};
