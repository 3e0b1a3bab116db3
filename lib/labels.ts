import type { Category, RecordMarker, ResultStatus } from './types';

/** Reader-facing Dutch words for the model's closed sets. */
export const CATEGORY_LABELS: Record<Category, string> = {
  nieuws: 'Nieuws',
  uitslagen: 'Uitslagen',
  column: 'Column',
  interview: 'Interview',
  achtergrond: 'Achtergrond',
};

export const RECORD_LABELS: Record<RecordMarker, string> = {
  WR: 'wereldrecord',
  OR: 'olympisch record',
  TR: 'baanrecord',
  NR: 'nationaal record',
  PR: 'persoonlijk record',
  SB: 'seizoensbeste',
};

export const STATUS_LABELS: Record<ResultStatus, string> = {
  DQ: 'gediskwalificeerd',
  DNF: 'niet gefinisht',
  DNS: 'niet gestart',
};

/** Paths of the reader-facing pages, in one place. */
export const paths = {
  home: () => '/',
  article: (slug: string) => `/nieuws/${slug}/`,
  athletes: () => '/schaatsers/',
  athlete: (slug: string) => `/schaatsers/${slug}/`,
  author: (slug: string) => `/auteurs/${slug}/`,
  competition: (slug: string) => `/wedstrijden/${slug}/`,
};
