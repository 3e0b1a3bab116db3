import { CATEGORIES, type Category, type Distance, type RecordMarker, type ResultStatus } from './types';

/** Reader-facing Dutch words for the model's closed sets; an article's category as its label says it. */
export const CATEGORY_LABELS: Record<Category, string> = {
  nieuws: 'Nieuws',
  uitslagen: 'Uitslagen',
  column: 'Column',
  interview: 'Interview',
  achtergrond: 'Achtergrond',
};

/**
 * What each category's list is called, in the menu, as its page's heading and in breadcrumb
 * trails. Plural where the list holds many of a kind: one article is a "Column", the list of
 * them is "Columns".
 */
export const CATEGORY_SECTIONS: Record<Category, string> = {
  nieuws: 'Nieuws',
  uitslagen: 'Uitslagen',
  column: 'Columns',
  interview: 'Interviews',
  achtergrond: 'Achtergronden',
};

/** One line about each category, for its page and its metadata. */
export const CATEGORY_DESCRIPTIONS: Record<Category, string> = {
  nieuws: 'Het laatste schaatsnieuws: wedstrijden, ploegen en schaatsers',
  uitslagen: 'Uitslagen van wereldbekers, kampioenschappen en andere wedstrijden',
  column: 'Columns: een eigen kijk op het schaatsen',
  interview: 'Interviews met schaatsers, coaches en kenners',
  achtergrond: 'Achtergronden en analyses bij het langebaanschaatsen',
};

/** The category a URL segment names, or undefined. */
export function categoryFromSegment(segment: string): Category | undefined {
  return CATEGORIES.find((category) => category === segment);
}

export const RECORD_LABELS: Record<RecordMarker, string> = {
  WR: 'wereldrecord',
  OR: 'olympisch record',
  BR: 'baanrecord',
  NR: 'nationaal record',
  PR: 'persoonlijk record',
  SB: 'seizoensbeste',
};

export const STATUS_LABELS: Record<ResultStatus, string> = {
  DQ: 'gediskwalificeerd',
  DNF: 'niet gefinisht',
  DNS: 'niet gestart',
};

/** A distance as a heading or caption names it: "500 meter", "Ploegenachtervolging". */
export function distanceLabel(distance: Distance): string {
  return /^\d+$/.test(distance) ? `${distance} meter` : distance.charAt(0).toUpperCase() + distance.slice(1);
}
/** A distance as the record and season lists name it: `500 meter`, `Massastart`. */
export const DISTANCE_LABELS: Record<Distance, string> = {
  '500': '500 meter',
  '1000': '1000 meter',
  '1500': '1500 meter',
  '3000': '3000 meter',
  '5000': '5000 meter',
  '10000': '10.000 meter',
  massastart: 'Massastart',
  ploegenachtervolging: 'Ploegenachtervolging',
  teamsprint: 'Teamsprint',
};
