import type { TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { formatRaceTime } from '../race-time';
import type { RaceTime, ResultRow } from '../types';
import type { BlockContext } from './context';

type Report = BlockContext['report'];

/** A row as read, with where it stands: its number under the header and its file line. */
export type PlacedRow = { row: ResultRow; number: number; line: number };

/** A row with more cells than the header has columns: the extra cells would not be shown. */
export function checkCellCount(tableRow: TableRow, columns: number, at: PlacedRow, report: Report): void {
  const extra = tableRow.children.slice(columns).map((cell) => JSON.stringify(toString(cell).trim()));
  if (extra.length === 0) return;
  report(
    at.line,
    `results row ${at.number}`,
    `verwacht hoogstens ${columns} cellen, één onder elke kolomnaam; gevonden: ${tableRow.children.length} (${extra.join(', ')} ${extra.length === 1 ? 'heeft' : 'hebben'} geen kolom)`,
  );
}

/** A country cell that differs from the skater's file: a slip, or a change of country the file has not had yet. */
export function checkCountry(at: PlacedRow, header: string, context: BlockContext): void {
  const { athlete, country } = at.row;
  const own = athlete && country ? context.countryOf?.(athlete) : undefined;
  if (athlete && own && own !== country) {
    context.warn?.(
      at.line,
      `results row ${at.number}, ${header}`,
      `verwacht het land uit het bestand van ${athlete.name}, ${own}; gevonden: "${country}"`,
    );
  }
}

/**
 * Times against places: a time faster than the winner's is an error (its gap would be negative);
 * a time faster than the place above it is a warning (it can be right, as in a mass start).
 */
export function checkTimeOrder(rows: PlacedRow[], header: string, report: Report, warn: Report): void {
  const ranked = rows
    .filter((at): at is PlacedRow & { row: { time: RaceTime; position: number } } => isRanked(at.row))
    .sort((a, b) => a.row.position - b.row.position);
  const winner = ranked.find((at) => at.row.position === 1);
  ranked.forEach((at, index) => {
    const field = `results row ${at.number}, ${header}`;
    const { time, position } = at.row;
    if (winner && time.ms < winner.row.time.ms) {
      const gap = formatRaceTime({ ...time, ms: time.ms - winner.row.time.ms });
      report(
        at.line,
        field,
        `verwacht een tijd die niet sneller is dan die van de winnaar, ${written(winner.row.time)}; gevonden: ${written(time)}, een verschil van ${written(gap)} (controleer de tijden en plaatsen)`,
      );
      return;
    }
    const above = ranked[index - 1];
    if (above && above !== winner && above.row.position < position && time.ms < above.row.time.ms) {
      warn(
        at.line,
        field,
        `verwacht tijden in de volgorde van de plaatsen; gevonden: ${written(time)} voor plaats ${position}, sneller dan ${written(above.row.time)} voor plaats ${above.row.position}`,
      );
    }
  });
}

function isRanked(row: ResultRow): row is ResultRow & { time: RaceTime; position: number } {
  return row.time !== undefined && row.position !== undefined && row.status === undefined;
}

/** A time as editors write it (`1:06.41`), from the way the site prints it (`1.06,41`). */
function written(time: RaceTime | string): string {
  const printed = typeof time === 'string' ? time : formatRaceTime(time);
  return printed.replaceAll('.', ':').replace(',', '.');
}
