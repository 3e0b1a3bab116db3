/** The domain model: what the site is made of, after validation. Past the loaders these types are trusted. */

export const CATEGORIES = ['nieuws', 'uitslagen', 'column', 'interview', 'achtergrond'] as const;
export type Category = (typeof CATEGORIES)[number];

/** BR is the baanrecord (track record): the letters Dutch readers know, where English writes TR. */
export const RECORD_MARKERS = ['WR', 'OR', 'BR', 'NR', 'PR', 'SB'] as const;
export type RecordMarker = (typeof RECORD_MARKERS)[number];

export const RESULT_STATUSES = ['DQ', 'DNF', 'DNS'] as const;
export type ResultStatus = (typeof RESULT_STATUSES)[number];

/** A calendar day without a time of day, `YYYY-MM-DD` (birthdays, competition days). */
export type IsoDay = string;

/** Where an item came from, for error messages and the build summary. */
export type Source = { path: string };

export type AthleteRef = { slug: string; name: string };

export type Athlete = AthleteRef & {
  country: string;
  born?: IsoDay;
  specialties: string[];
  bioHtml: string;
  source: Source;
};

export type Author = {
  slug: string;
  name: string;
  role?: string;
  column?: string;
  bioHtml: string;
  source: Source;
};

/** A competition: one file under `content/events/`. */
export type Competition = {
  slug: string;
  name: string;
  start: IsoDay;
  end: IsoDay;
  location: string;
  venue?: string;
  country?: string;
  /**
   * A World Cup competition, and the division its published results are of (#20): the skating
   * statistics count its races for the World Cup standings. Absent for every other competition.
   */
  worldCup?: { division: WorldCupDivision };
  /**
   * An allround or sprint championship (#20): its page ranks the skaters who skated every
   * distance of the combination by their samalog points. Absent for every other competition.
   */
  championship?: Championship;
  descriptionHtml: string;
  source: Source;
};

/** The combinations a championship ranks by samalog points: the big allround, or the sprint's 500 and 1000 twice. */
export const CHAMPIONSHIPS = ['allround', 'sprint'] as const;
export type Championship = (typeof CHAMPIONSHIPS)[number];

/** The World Cup's two divisions: A, the top group, and B below it. */
export const WORLD_CUP_DIVISIONS = ['A', 'B'] as const;
export type WorldCupDivision = (typeof WORLD_CUP_DIVISIONS)[number];

/** A race time or gap in thousandths of a second, with the precision the editor wrote. */
export type RaceTime = { ms: number; decimals: 2 | 3 };

export type ResultName = { name: string; athlete?: AthleteRef };

export type ResultRow = {
  position?: number;
  status?: ResultStatus;
  name: string;
  athlete?: AthleteRef;
  members: ResultName[];
  country?: string;
  time?: RaceTime;
  gap?: RaceTime;
  records: RecordMarker[];
  /** Cells of columns the parser does not know, in the order of `ResultsBlock.extraColumns`. */
  extra: string[];
};

export type ProseBlock = { kind: 'prose'; html: string };

export type QuoteBlock = {
  kind: 'quote';
  html: string;
  by: string;
  speaker?: AthleteRef;
  source?: string;
  cite?: string;
};

/** The distances a results table can be of: metres, or a team or mass-start event. */
export const DISTANCES = [
  '500',
  '1000',
  '1500',
  '3000',
  '5000',
  '10000',
  'massastart',
  'ploegenachtervolging',
  'teamsprint',
] as const;
export type Distance = (typeof DISTANCES)[number];

/** A race's category, in the words the editors write. */
export const RACE_CATEGORIES = ['vrouwen', 'mannen'] as const;
export type RaceCategory = (typeof RACE_CATEGORIES)[number];

/** What race a results table is of (#20): stated as attributes, or read from an unambiguous title. */
export type RaceInfo = { distance: Distance; sex: RaceCategory; date: IsoDay };

export type ResultsBlock = {
  kind: 'results';
  title: string;
  /** Absent for a table that is not one race (a classification) or that does not say which one. */
  race?: RaceInfo;
  note?: string;
  /** Which of the known columns the table shows. */
  columns: {
    position: boolean;
    country: boolean;
    time: boolean;
    gap: boolean;
    records: boolean;
    members: boolean;
  };
  extraColumns: string[];
  rows: ResultRow[];
};

/**
 * One race as the site knows it: the newest published table of it (by the article's last
 * change), at a competition. Pages and the skating statistics read races, never raw blocks.
 */
export type Race = RaceInfo & {
  /** `<competition>/<date>/<distance>/<sex>`: two articles' tables of the same race share it. */
  key: string;
  competition: Competition;
  article: { slug: string; title: string; modified: Date };
  title: string;
  rows: ResultRow[];
  /** The headers of the table's columns the parser does not know, where a mass start keeps its points. */
  extraColumns?: string[];
};

export type Block = ProseBlock | QuoteBlock | ResultsBlock;

export type Tag = { name: string; slug: string };

export type Correction = { date: Date; text: string };

/** The lead image: `src` is a file under public/; width and height are its intrinsic size, read at load time. */
export type ArticleImage = { src: string; alt: string; credit?: string; width: number; height: number };

/** published: in every build; draft: `draft: true`; scheduled: dated after the build. */
export type PublicationStatus = 'published' | 'draft' | 'scheduled';

export type Article = {
  slug: string;
  title: string;
  summary: string;
  date: Date;
  /** 'day' when the editor gave a bare date: pages then show no time of day. */
  datePrecision: 'day' | 'minute';
  updated?: Date;
  /** The latest of date, updated and the corrections' dates. */
  modified: Date;
  author: Author;
  category: Category;
  tags: Tag[];
  athletes: Athlete[];
  event?: Competition;
  image?: ArticleImage;
  status: PublicationStatus;
  aliases: string[];
  corrections: Correction[];
  body: Block[];
  readingMinutes: number;
  source: Source;
};
