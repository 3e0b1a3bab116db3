import { isMap, isNode, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { isIsoDay } from '../dates';
import type { ContentProblem } from '../content/problems';
import {
  DISTANCES,
  RACE_CATEGORIES,
  WORLD_CUP_DIVISIONS,
  type Distance,
  type IsoDay,
  type WorldCupDivision,
} from '../types';
import { seasonFromSlug, type Season } from './seasons';
import type { RaceKind } from './times';

/** A World Cup weekend of the season, with the races planned there (a distance twice when it is skated twice). */
export type PlannedWeekend = { name: string; start: IsoDay; end: IsoDay; races: RaceKind[] };

/**
 * A season's World Cup as the editors keep it in `content/wereldbeker/<season>.yml`: the points
 * per place for each division that has a table (place 1 first), and the planned weekends.
 */
export type WorldCupSeason = {
  season: Season;
  file: string;
  points: Partial<Record<WorldCupDivision, number[]>>;
  weekends: PlannedWeekend[];
};

type Path = (string | number)[];
type Reader = {
  document: Document;
  at: (path: Path) => number;
  problem: (path: Path, field: string, message: string) => void;
};

const TOP_FIELDS = ['points', 'weekends'];
const WEEKEND_FIELDS = ['name', 'start', 'end', ...RACE_CATEGORIES];

/**
 * Reads one season file. The season comes from the file name (`2025-2026.yml`). Every problem is
 * collected, in Dutch, with the file's line; the season is only returned when there are none.
 * Never throws.
 */
export function parseWorldCupSeason(
  text: string,
  file: string,
): { season?: WorldCupSeason; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const line = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  const at = (path: Path) => {
    for (let depth = path.length; depth > 0; depth--) {
      const offset = startOf(document, path.slice(0, depth));
      if (offset !== undefined) return line(offset);
    }
    return 1;
  };
  const problem = (path: Path, field: string, message: string) =>
    problems.push({ file, line: at(path), field, message, severity: 'error' });
  for (const error of document.errors) {
    problems.push({
      file,
      line: line(error.pos[0]),
      field: 'YAML',
      message: `verwacht geldige YAML (${error.message.split('\n')[0]})`,
      severity: 'error',
    });
  }
  if (problems.length > 0) return { problems };
  const season = seasonFromSlug(baseName(file));
  if (!season)
    problems.push({
      file,
      line: 1,
      field: 'bestandsnaam',
      message: `verwacht een seizoen als naam, zoals 2025-2026.yml (gevonden: ${shown(baseName(file))})`,
      severity: 'error',
    });
  const reader: Reader = { document, at, problem };
  const data = readWorldCup(reader, season);
  return season && data && problems.length === 0 ? { season: { season, file, ...data }, problems } : { problems };
}

function readWorldCup(reader: Reader, season: Season | undefined): Omit<WorldCupSeason, 'season' | 'file'> | undefined {
  const root: unknown = reader.document.toJS({ maxAliasCount: 50 });
  if (!isRecord(root)) {
    reader.problem([], 'bestand', `verwacht de velden points en weekends (gevonden: ${shown(root)})`);
    return undefined;
  }
  unknownFields(reader, root, [], TOP_FIELDS);
  const points = readPoints(reader, root.points);
  const weekends = readList(reader, root.weekends, ['weekends'], 'weekends', (value, index) =>
    readWeekend(reader, value, index, season),
  );
  return points && weekends ? { points, weekends } : undefined;
}

function readPoints(reader: Reader, value: unknown): WorldCupSeason['points'] | undefined {
  if (!isRecord(value) || value.A === undefined) {
    reader.problem(
      ['points'],
      'points',
      `verwacht de punten per plaats van divisie A, en eventueel B, zoals A: [60, 54, 48] (gevonden: ${shown(value)})`,
    );
    return undefined;
  }
  unknownFields(reader, value, ['points'], WORLD_CUP_DIVISIONS);
  const points: WorldCupSeason['points'] = {};
  let complete = true;
  for (const division of WORLD_CUP_DIVISIONS) {
    if (value[division] === undefined) continue;
    const table = readTable(reader, value[division], division);
    if (table) points[division] = table;
    else complete = false;
  }
  return complete ? points : undefined;
}

/** A points table: whole numbers above zero, place 1 first, never more points for a lower place. */
function readTable(reader: Reader, value: unknown, division: WorldCupDivision): number[] | undefined {
  const path = ['points', division];
  const field = `points, divisie ${division}`;
  if (!Array.isArray(value) || value.length === 0) {
    reader.problem(path, field, `verwacht een lijst punten, plaats 1 eerst (gevonden: ${shown(value)})`);
    return undefined;
  }
  const wrong = value.findIndex(
    (points, index) => !Number.isInteger(points) || points <= 0 || (index > 0 && points > value[index - 1]),
  );
  if (wrong >= 0) {
    reader.problem(
      [...path, wrong],
      field,
      `verwacht voor plaats ${wrong + 1} een heel getal boven nul, niet meer dan plaats ${wrong} krijgt (gevonden: ${shown(value[wrong])})`,
    );
    return undefined;
  }
  return value.filter((points): points is number => typeof points === 'number');
}

function readWeekend(
  reader: Reader,
  value: unknown,
  index: number,
  season: Season | undefined,
): PlannedWeekend | undefined {
  const path = ['weekends', index];
  const field = `weekends, nummer ${index + 1}`;
  if (!isRecord(value)) {
    reader.problem(path, field, `verwacht name, start, end en de afstanden per categorie (gevonden: ${shown(value)})`);
    return undefined;
  }
  unknownFields(reader, value, path, WEEKEND_FIELDS);
  const name = typeof value.name === 'string' && value.name.trim() !== '' ? value.name.trim() : undefined;
  if (!name)
    reader.problem(
      [...path, 'name'],
      `${field}, name`,
      `verwacht de naam van de wereldbeker (gevonden: ${shown(value.name)})`,
    );
  const start = readDay(reader, value.start, [...path, 'start'], `${field}, start`, season);
  const end = readDay(reader, value.end, [...path, 'end'], `${field}, end`, season);
  if (start && end && end < start)
    reader.problem(
      [...path, 'end'],
      `${field}, end`,
      `verwacht een einddag op of na de begindag ${start} (gevonden: ${end})`,
    );
  const races: RaceKind[] = [];
  let complete = true;
  for (const sex of RACE_CATEGORIES) {
    if (value[sex] === undefined) continue;
    const distances = readList(reader, value[sex], [...path, sex], `${field}, ${sex}`, (distance, at) =>
      readDistance(reader, distance, [...path, sex, at], `${field}, ${sex}`),
    );
    if (distances) races.push(...distances.map((distance) => ({ distance, sex })));
    else complete = false;
  }
  if (races.length === 0 && complete)
    reader.problem(
      path,
      field,
      'verwacht de afstanden van minstens één categorie, zoals vrouwen: [500, 1000] (gevonden: geen)',
    );
  return name && start && end && end >= start && complete && races.length > 0 ? { name, start, end, races } : undefined;
}

function readDay(
  reader: Reader,
  value: unknown,
  path: Path,
  field: string,
  season: Season | undefined,
): IsoDay | undefined {
  if (typeof value !== 'string' || !isIsoDay(value)) {
    reader.problem(path, field, `verwacht een dag als 2025-11-14 (gevonden: ${shown(value)})`);
    return undefined;
  }
  if (season && (value < season.firstDay || value > season.lastDay)) {
    reader.problem(
      path,
      field,
      `verwacht een dag in seizoen ${season.label}, van ${season.firstDay} tot en met ${season.lastDay} (gevonden: ${value})`,
    );
    return undefined;
  }
  return value;
}

function readDistance(reader: Reader, value: unknown, path: Path, field: string): Distance | undefined {
  const text = typeof value === 'number' ? String(value) : value;
  const distance = DISTANCES.find((known) => known === text);
  if (!distance)
    reader.problem(path, field, `verwacht een afstand: ${DISTANCES.join(', ')} (gevonden: ${shown(value)})`);
  return distance;
}

/** Reads every item of a list, so that one run reports every wrong item; undefined when any is wrong. */
function readList<T>(
  reader: Reader,
  value: unknown,
  path: Path,
  field: string,
  item: (value: unknown, index: number) => T | undefined,
): T[] | undefined {
  if (!Array.isArray(value)) {
    reader.problem(path, field, `verwacht een lijst (gevonden: ${shown(value)})`);
    return undefined;
  }
  const items: T[] = [];
  let complete = true;
  value.forEach((entry: unknown, index) => {
    const read = item(entry, index);
    if (read === undefined) complete = false;
    else items.push(read);
  });
  return complete ? items : undefined;
}

function unknownFields(reader: Reader, value: Record<string, unknown>, path: Path, known: readonly string[]): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key))
      reader.problem([...path, key], key, `verwacht alleen de velden ${known.join(', ')} (gevonden: ${shown(key)})`);
  }
}

/** Where a field starts: its key in a group of fields, the item itself in a list. */
function startOf(document: Document, path: Path): number | undefined {
  const parent = path.length > 1 ? document.getIn(path.slice(0, -1), true) : document.contents;
  const step = path[path.length - 1];
  if (isMap(parent)) {
    const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === step);
    return pair && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
  }
  const node = document.getIn(path, true);
  return isNode(node) ? node.range?.[0] : undefined;
}

/** A found value in a Dutch message: text quoted and shortened, lists and groups named. */
function shown(value: unknown): string {
  if (value === undefined) return 'niets';
  if (value === null) return 'een lege waarde';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (Array.isArray(value)) return 'een lijst';
  if (typeof value === 'object') return 'een groep velden';
  return String(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function baseName(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.ya?ml$/, '');
}
