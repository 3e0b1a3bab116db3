import type { Table, TableCell, TableRow } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { isKnownCountry } from '../countries';
import { parseGap, parseRaceTime, timeDifference } from '../race-time';
import {
  RECORD_MARKERS,
  RESULT_STATUSES,
  type RaceTime,
  type RecordMarker,
  type ResultRow,
  type ResultsBlock,
  type ResultStatus,
} from '../types';
import { fileLine, type BlockContext } from './context';
import { RACE_ATTRIBUTES, readRace } from './race-info';
import { checkCellCount, checkCountry, checkTimeOrder, type PlacedRow } from './results-checks';

type ColumnRole = 'position' | 'name' | 'country' | 'time' | 'gap' | 'records' | 'members';

/** The contract's recognised headers (compared in lower case). */
const HEADER_ROLES: Record<string, ColumnRole> = {
  pos: 'position',
  plaats: 'position',
  '#': 'position',
  naam: 'name',
  schaatser: 'name',
  ploeg: 'name',
  team: 'name',
  land: 'country',
  nat: 'country',
  tijd: 'time',
  time: 'time',
  verschil: 'gap',
  achterstand: 'gap',
  gap: 'gap',
  record: 'records',
  rec: 'records',
  leden: 'members',
  members: 'members',
};

const RESULTS_ATTRIBUTES = ['title', 'note', ...RACE_ATTRIBUTES];
const TIME_FORMATS = 'ss.hh, m:ss.hh of h:mm:ss.hh';

type Column = { role: ColumnRole } | { role: 'extra'; header: string };

/** Turns a `:::results{title=...}` directive holding one table into a results block; reports problems and returns undefined for a broken one. */
export function parseResults(node: ContainerDirective, context: BlockContext): ResultsBlock | undefined {
  const line = fileLine(context, node);
  const problemsBefore = countingReporter(context);
  const report = problemsBefore.report;

  const { title, note } = readAttributes(node, line, report);
  const table = theTable(node, line, context, report);
  if (!table) return undefined;
  const [headerRow, ...bodyRows] = table.children;
  const columns = readHeader(headerRow?.children ?? [], context, report, fileLine(context, table));
  if (!columns) return undefined;
  const placed = bodyRows.map((tableRow, rowIndex): PlacedRow => ({
    row: readRow(tableRow, rowIndex, columns, headerRow, context, report),
    number: rowIndex + 1,
    line: fileLine(context, tableRow),
  }));
  const rows = placed.map((at) => at.row);
  if (rows.length === 0)
    report(fileLine(context, table), 'results', 'verwacht minstens één rij onder de kolomnamen; gevonden: geen');
  checkTimeOrder(placed, headerOf('time', columns, headerRow), report, (...warning) => context.warn?.(...warning));
  const race = title ? readRace(node.attributes ?? {}, title, { line, context, report }) : undefined;

  if (problemsBefore.count() > 0 || !title) return undefined;

  const roles = new Set(columns.map((column) => column.role));
  addComputedGaps(rows);
  return {
    kind: 'results',
    title,
    ...(race ? { race } : {}),
    ...(note ? { note } : {}),
    columns: {
      position: roles.has('position'),
      country: roles.has('country'),
      time: roles.has('time'),
      gap: rows.some((row) => row.gap !== undefined),
      records: roles.has('records'),
      members: roles.has('members'),
    },
    extraColumns: columns.flatMap((column) => (column.role === 'extra' ? [column.header] : [])),
    rows,
  };
}

/** The block's title (required) and note; an attribute that is neither these nor a race's is reported. */
function readAttributes(
  node: ContainerDirective,
  line: number,
  report: BlockContext['report'],
): { title?: string; note?: string } {
  const attributes = node.attributes ?? {};
  for (const name of Object.keys(attributes)) {
    if (!RESULTS_ATTRIBUTES.includes(name)) {
      report(
        line,
        `results ${name}`,
        `onbekend attribuut; verwacht title, note, distance, sex, date of race; gevonden: ${name}="${attributes[name] ?? ''}"`,
      );
    }
  }
  const title = attributes.title?.trim();
  if (!title)
    report(line, 'results title', 'verwacht een titel voor de tabel, als title="500 meter vrouwen"; gevonden: niets');
  const note = attributes.note?.trim() || undefined;
  return { ...(title ? { title } : {}), ...(note ? { note } : {}) };
}

/** The block's one table; anything else inside it, or a second table, is reported. */
function theTable(
  node: ContainerDirective,
  line: number,
  context: BlockContext,
  report: BlockContext['report'],
): Table | undefined {
  const tables = node.children.filter((child): child is Table => child.type === 'table');
  for (const child of node.children) {
    if (child.type !== 'table') {
      report(
        fileLine(context, child),
        'results',
        `verwacht alleen een tabel in een uitslagblok; gevonden: ${describeNode(child.type)}`,
      );
    }
  }
  const table = tables[0];
  if (!table) {
    report(line, 'results', 'verwacht een tabel (| Pos | Naam | Tijd |) in het uitslagblok; gevonden: geen');
    return undefined;
  }
  if (tables.length > 1) {
    report(
      fileLine(context, tables[1]!),
      'results',
      'verwacht één tabel per uitslagblok; gevonden: nog een (begin een nieuw :::results-blok)',
    );
  }
  return table;
}

/** One table row as a result row: every cell read by its column's role, then the row's own rules. */
function readRow(
  tableRow: TableRow,
  rowIndex: number,
  columns: Column[],
  headerRow: TableRow | undefined,
  context: BlockContext,
  report: BlockContext['report'],
): ResultRow {
  const rowLine = fileLine(context, tableRow);
  const row: ResultRow = { name: '', members: [], records: [], extra: [] };
  columns.forEach((column, columnIndex) => {
    const cell = tableRow.children[columnIndex];
    const header = column.role === 'extra' ? column.header : headerText(headerRow?.children[columnIndex]);
    const field = `results row ${rowIndex + 1}, ${header}`;
    const text = cell ? cellText(cell, field, report, context) : '';
    readCell(
      row,
      column,
      text,
      (message) => report(rowLine, field, message),
      (message) => context.warn?.(rowLine, field, message),
      context,
    );
  });
  const at = { row, number: rowIndex + 1, line: rowLine };
  checkCellCount(tableRow, columns.length, at, report);
  checkCountry(at, headerOf('country', columns, headerRow), context);
  if (!row.name)
    report(rowLine, `results row ${rowIndex + 1}`, 'verwacht een naam in elke rij; gevonden: een lege cel');
  if (row.status && row.position !== undefined) {
    report(
      rowLine,
      `results row ${rowIndex + 1}`,
      `verwacht geen plaats bij een ${row.status}-rij, want die wordt niet gerangschikt; gevonden: ${row.position}`,
    );
  }
  return row;
}

function readHeader(
  cells: TableCell[],
  context: BlockContext,
  report: BlockContext['report'],
  line: number,
): Column[] | undefined {
  const seen = new Set<ColumnRole>();
  let ok = true;
  const columns = cells.map((cell): Column => {
    const header = headerText(cell);
    const role = HEADER_ROLES[header.toLowerCase()];
    if (!role) return { role: 'extra', header };
    if (seen.has(role)) {
      report(
        fileLine(context, cell),
        `results header ${header}`,
        `verwacht elke soort kolom één keer; gevonden: een tweede kolom van dezelfde soort`,
      );
      ok = false;
    }
    seen.add(role);
    return { role };
  });
  if (!seen.has('name')) {
    report(
      line,
      'results header',
      `verwacht een naamkolom (Naam, Schaatser, Ploeg of Team); gevonden: ${cells.map(headerText).join(', ') || 'geen kolomnamen'}`,
    );
    ok = false;
  }
  return ok ? columns : undefined;
}

function readCell(
  row: ResultRow,
  column: Column,
  text: string,
  problem: (message: string) => void,
  warning: (message: string) => void,
  context: BlockContext,
): void {
  if (column.role === 'extra') {
    row.extra.push(text);
    return;
  }
  if (text === '') return;
  switch (column.role) {
    case 'name': {
      row.name = text;
      const athlete = context.findAthlete(text);
      if (athlete) row.athlete = athlete;
      else suggestSpelling(text, warning, context);
      return;
    }
    case 'position': {
      const status = asStatus(text);
      if (status) {
        row.status = status;
        return;
      }
      const match = /^(\d+)\.?$/.exec(text);
      if (match) row.position = Number(match[1]);
      else problem(`verwacht een plaats zoals 1 of 1., of ${RESULT_STATUSES.join(', ')}; gevonden: "${text}"`);
      return;
    }
    case 'country': {
      const code = text.toUpperCase();
      if (isKnownCountry(code)) row.country = code;
      else problem(`verwacht een IOC-landcode zoals NED; gevonden: "${text}"`);
      return;
    }
    case 'time': {
      const status = asStatus(text);
      if (status) {
        row.status = status;
        return;
      }
      const time = parseRaceTime(text);
      if (time) row.time = time;
      else problem(`verwacht een tijd als ${TIME_FORMATS}, of ${RESULT_STATUSES.join(', ')}; gevonden: "${text}"`);
      return;
    }
    case 'gap': {
      const gap = parseGap(text);
      if (gap) row.gap = gap;
      else problem(`verwacht een verschil als +ss.hh of +m:ss.hh; gevonden: "${text}"`);
      return;
    }
    case 'records': {
      for (const word of text.split(/[\s,]+/).filter(Boolean)) {
        const marker = asRecordMarker(word);
        // A marker written twice (`WR WR`) is one record.
        if (marker && !row.records.includes(marker)) row.records.push(marker satisfies RecordMarker);
        else if (marker) continue;
        else problem(`verwacht recordafkortingen uit ${RECORD_MARKERS.join(', ')}; gevonden: "${word}"`);
      }
      return;
    }
    case 'members': {
      row.members = text
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean)
        .map((name) => {
          const athlete = context.findAthlete(name);
          if (!athlete) suggestSpelling(name, warning, context);
          return athlete ? { name, athlete } : { name };
        });
      return;
    }
  }
}

/** A name that is not a known skater but nearly is: most likely a typo, and then it would not be linked. */
function suggestSpelling(name: string, warning: (message: string) => void, context: BlockContext): void {
  const suggestion = context.suggestAthlete?.(name);
  if (suggestion) {
    warning(
      `verwacht de schrijfwijze van een bekende schaatser; gevonden: "${name}", dat niet gelinkt wordt; bedoel je "${suggestion.name}"?`,
    );
  }
}

/**
 * Where a row has a time but no gap, its gap to the winner: the row in position 1 with a
 * time, or else the fastest time in the table. Gaps the editor gave are kept as given.
 */
function addComputedGaps(rows: ResultRow[]): void {
  const timed = rows.filter((row): row is ResultRow & { time: RaceTime } => row.time !== undefined && !row.status);
  const reference = timed.find((row) => row.position === 1) ?? [...timed].sort((a, b) => a.time.ms - b.time.ms)[0];
  if (!reference || timed.length < 2) return;
  for (const row of timed) {
    if (row !== reference && row.gap === undefined) row.gap = timeDifference(row.time, reference.time);
  }
}

/**
 * Editors wrote TR for a baanrecord before the site showed BR; their tables keep working and
 * show BR. Any other text is no marker.
 */
const RECORD_MARKER_ALIASES: ReadonlyMap<string, RecordMarker> = new Map([['TR', 'BR']]);

function asRecordMarker(word: string): RecordMarker | undefined {
  const upper = word.toUpperCase();
  return RECORD_MARKERS.find((known) => known === upper) ?? RECORD_MARKER_ALIASES.get(upper);
}

function asStatus(text: string): ResultStatus | undefined {
  return RESULT_STATUSES.find((status) => status === text.toUpperCase());
}

/** The header the editor wrote for a column of a recognised kind. */
function headerOf(role: ColumnRole, columns: Column[], headerRow: TableRow | undefined): string {
  return headerText(headerRow?.children[columns.findIndex((column) => column.role === role)]);
}

function headerText(cell: TableCell | undefined): string {
  return cell ? toString(cell).trim() : '';
}

/** A cell's text; formatting (links, emphasis, code) is refused so that nothing is lost unseen. */
function cellText(cell: TableCell, field: string, report: BlockContext['report'], context: BlockContext): string {
  for (const child of cell.children) {
    if (child.type !== 'text') {
      report(
        fileLine(context, child),
        field,
        `verwacht gewone tekst in een cel van een uitslag, want schaatsers worden vanzelf gelinkt; gevonden: ${describeNode(child.type)}`,
      );
    }
  }
  return toString(cell).trim();
}

function describeNode(type: string): string {
  const names: Record<string, string> = {
    paragraph: 'tekst',
    link: 'een link',
    emphasis: 'cursieve tekst',
    strong: 'vette tekst',
    inlineCode: 'code',
    image: 'een afbeelding',
    list: 'een opsomming',
    heading: 'een kop',
    code: 'een codeblok',
    blockquote: 'een citaat met >',
    containerDirective: 'een blok in het blok',
  };
  return names[type] ?? type;
}

/** Wraps the context's reporter to count the problems this block adds. */
function countingReporter(context: BlockContext) {
  let count = 0;
  return {
    report: (line: number, field: string, message: string) => {
      count++;
      context.report(line, field, message);
    },
    count: () => count,
  };
}
