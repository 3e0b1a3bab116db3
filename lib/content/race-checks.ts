import { disagreements, racesOf, tablesByRace, type RaceTable } from '../races';
import { markerDisagreements } from '../skating/markers';
import type { Article } from '../types';
import type { ProblemList } from './problems';

/** Where each results table starts: the file line of an article's n-th results table. */
export type ResultsLines = (file: string, index: number) => number;

/**
 * Warns about races published more than once that do not agree: a skater with another place,
 * time or status in an older table than in the newest (which the site shows), and a race an
 * article has two tables of. Names both files; never an error, as either table may be right.
 */
export function checkRaces(articles: Article[], linesOf: ResultsLines, problems: ProblemList): void {
  const at = (table: RaceTable) => `${table.article.source.path}:${linesOf(table.article.source.path, table.index)}`;
  for (const tables of tablesByRace(articles).values()) {
    const [shown, ...older] = tables;
    if (!shown) continue;
    for (const table of older.filter((candidate) => candidate.article === shown.article)) {
      problems.warn(
        table.article.source.path,
        linesOf(table.article.source.path, table.index),
        'results',
        `verwacht één tabel per race in een stuk; gevonden: een tweede tabel van ${describe(shown)}, na die op regel ${linesOf(shown.article.source.path, shown.index)} (de site toont alleen die)`,
      );
    }
    for (const disagreement of disagreements(tables)) {
      const { older: table, row, name, differences } = disagreement;
      problems.warn(
        table.article.source.path,
        linesOf(table.article.source.path, table.index),
        `results row ${row + 1}`,
        `verwacht voor ${name} dezelfde uitslag als in ${at(disagreement.shown)}, de nieuwste tabel van ${describe(shown)} (die toont de site); gevonden: ${differences.join('; ')}`,
      );
    }
  }
}

function describe(table: RaceTable): string {
  const { distance, sex, date } = table.race;
  return `${/^\d+$/.test(distance) ? `${distance} meter` : distance} ${sex} op ${date}`;
}

/**
 * Warns about a written PR or SB that an earlier time on the site contradicts, at the opening
 * line of the table the site shows of the race (the message is the statistics library's own).
 * Never an error: the site may lack a race, or the editor may know better.
 */
export function checkMarkers(articles: Article[], linesOf: ResultsLines, problems: ProblemList): void {
  const tables = tablesByRace(articles);
  for (const { race, rowIndex, message } of markerDisagreements(racesOf(tables))) {
    const shown = tables.get(race.key)?.[0];
    if (!shown) continue;
    const file = shown.article.source.path;
    problems.warn(file, linesOf(file, shown.index), `results row ${rowIndex + 1}`, message);
  }
}
