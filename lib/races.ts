import { formatRaceTime } from './race-time';
import type { Article, Competition, Race, RaceInfo, ResultRow, ResultsBlock } from './types';

/** A results table that is a race: the article it stands in and its place among the article's results tables. */
export type RaceTable = {
  article: Article;
  competition: Competition;
  block: ResultsBlock;
  race: RaceInfo;
  /** 0 for the article's first results table, 1 for its second, ... */
  index: number;
};

/** Two tables of one race that give one skater a different place, time or status. */
export type RaceDisagreement = {
  /** The table the site shows (the newest) and one it leaves out. */
  shown: RaceTable;
  older: RaceTable;
  /** The row in the older table (0-based) and the skater it names. */
  row: number;
  name: string;
  /** What differs, in Dutch: "tijd 36.09 / 36.19". */
  differences: string[];
};

/** `<competition>/<date>/<distance>/<sex>`: what two tables of the same race share. */
export function raceKey(competition: Competition, race: RaceInfo): string {
  return `${competition.slug}/${race.date}/${race.distance}/${race.sex}`;
}

/**
 * Every table of every race among `articles`, by race key, newest version first: by the
 * article's last change (its update or latest correction), then the article listed first,
 * then the table written first. Tables without race info or competition are no race.
 */
export function tablesByRace(articles: Article[]): Map<string, RaceTable[]> {
  const byKey = new Map<string, RaceTable[]>();
  for (const article of articles) {
    const competition = article.event;
    if (!competition) continue;
    let index = 0;
    for (const block of article.body) {
      if (block.kind !== 'results') continue;
      const { race } = block;
      if (race) {
        const key = raceKey(competition, race);
        byKey.set(key, [...(byKey.get(key) ?? []), { article, competition, block, race, index }]);
      }
      index++;
    }
  }
  // A stable sort: equal moments keep the order of `articles` and of the tables in one article.
  for (const tables of byKey.values())
    tables.sort((a, b) => b.article.modified.getTime() - a.article.modified.getTime());
  return byKey;
}

/** One race per key, from its newest table; newest day first, then by key. */
export function racesOf(tablesByKey: Map<string, RaceTable[]>): Race[] {
  const races: Race[] = [];
  for (const [key, [newest]] of tablesByKey) {
    if (!newest) continue;
    const { article, competition, block, race } = newest;
    races.push({
      ...race,
      key,
      competition,
      article: { slug: article.slug, title: article.title, modified: article.modified },
      title: block.title,
      rows: block.rows,
      // A mass start's points column: the World Cup standings read it (lib/skating/world-cup.ts).
      ...(block.extraColumns.length > 0 ? { extraColumns: block.extraColumns } : {}),
    });
  }
  return races.sort((a, b) => (a.date === b.date ? (a.key < b.key ? -1 : 1) : a.date < b.date ? 1 : -1));
}

/** Rows of the older tables of a race that disagree with the newest about one skater. */
export function disagreements(tables: RaceTable[]): RaceDisagreement[] {
  const [shown, ...older] = tables;
  if (!shown) return [];
  const newestRows = new Map(shown.block.rows.map((row) => [who(row), row]));
  return older.flatMap((table) =>
    table.block.rows.flatMap((row, index) => {
      const newer = newestRows.get(who(row));
      const differences = newer ? differencesBetween(row, newer) : [];
      return differences.length > 0 ? [{ shown, older: table, row: index, name: row.name, differences }] : [];
    }),
  );
}

/** A row's skater or team: the linked skater's page, else the name as written (any case or spacing). */
function who(row: ResultRow): string {
  return row.athlete ? `athlete:${row.athlete.slug}` : `name:${row.name.trim().replace(/\s+/g, ' ').toLowerCase()}`;
}

/** Place, time and status where both rows give them: a table that leaves one out (a selection without times) does not disagree. */
function differencesBetween(older: ResultRow, newer: ResultRow): string[] {
  const differences: string[] = [];
  const compare = (what: string, here: string | undefined, there: string | undefined) => {
    if (here !== undefined && there !== undefined && here !== there)
      differences.push(`${what} ${here} hier, ${there} daar`);
  };
  const outcome = (row: ResultRow) => row.status ?? (row.position !== undefined || row.time ? 'gefinisht' : undefined);
  compare('status', outcome(older), outcome(newer));
  if (!older.status && !newer.status) {
    compare('plaats', older.position?.toString(), newer.position?.toString());
    compare('tijd', older.time && formatRaceTime(older.time), newer.time && formatRaceTime(newer.time));
  }
  return differences;
}
