import { DISTANCES, type Distance, type IsoDay, type RaceCategory } from '../types';

/** What a title says about one part of a race: nothing, one thing, or more than one (then it cannot tell). */
export type TitleReading<T> = { kind: 'none' } | { kind: 'one'; value: T } | { kind: 'several'; values: T[] };

/** Lower case without accents, so "Vrouwen" and "Vróuwen" read alike. */
export function plain(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const NUMBER = String.raw`(?:\d{1,2}\.\d{3}|\d{3,5})`;
/**
 * Metres with a unit: `500 meter`, `500 m`, `500m`, `1.000 meter`, and lists that share one
 * (`500 en 1000 meter`). A bare number could be a year or a race number.
 */
const METRES = new RegExp(
  String.raw`(?<![\d.,:])((?:${NUMBER} ?(?:,|en|/|&|\+) ?)*${NUMBER}) ?(?:m|meter|meters)\b`,
  'g',
);

/** The events that are no distance in metres, with the ways editors write them. */
const NAMED_DISTANCES: [pattern: string, distance: Distance][] = [
  ['massa? ?-?start', 'massastart'],
  ['ploeg(?:en)? ?achtervolging|team ?-?pursuit', 'ploegenachtervolging'],
  ['team ?-?sprint|ploegen ?sprint', 'teamsprint'],
];

const CATEGORY_WORDS: [pattern: string, category: RaceCategory][] = [
  ['vrouwen|dames', 'vrouwen'],
  ['mannen|heren', 'mannen'],
];

/** Titles of tables that rank over several races (a World Cup standing, an all-round classification). */
const CLASSIFICATION = /klassement\b|\b(?:tussen|eind|punten|wereldbeker)?stand\b|\branking\b/;

const DUTCH_MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];
/** "tweede dag": the competition's second day; "slotdag" its last. */
const ORDINAL_DAYS = ['eerste', 'tweede', 'derde', 'vierde', 'vijfde', 'zesde', 'zevende'];
const DUTCH_WEEKDAYS = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];

function reading<T>(found: T[]): TitleReading<T> {
  const values = [...new Set(found)];
  if (values.length === 0) return { kind: 'none' };
  if (values.length === 1) return { kind: 'one', value: values[0]! };
  return { kind: 'several', values };
}

/** The distances a title names: metres with a unit, or a named event ("Massastart"). */
export function distancesIn(title: string): TitleReading<Distance> {
  const text = plain(title);
  const found: string[] = [...text.matchAll(METRES)].flatMap((match) =>
    (match[1]?.match(new RegExp(NUMBER, 'g')) ?? []).map((number) => number.replace('.', '')),
  );
  for (const [pattern, distance] of NAMED_DISTANCES)
    if (new RegExp(`\\b(?:${pattern})\\b`).test(text)) found.push(distance);
  return reading(found.filter(isDistance));
}

/** A distance attribute's value: a distance as the title reader knows it, and nothing else ("500", "500m", "Massastart"). */
export function distanceNamed(value: string): Distance | undefined {
  const text = plain(value);
  const metres = /^(\d{1,2}\.\d{3}|\d{3,5}) ?(?:m|meter|meters)?$/.exec(text)?.[1]?.replace('.', '');
  if (metres !== undefined) return DISTANCES.find((distance) => distance === metres);
  return NAMED_DISTANCES.find(([pattern]) => new RegExp(`^(?:${pattern})$`).test(text))?.[1];
}

/** The categories a title names (`vrouwen`, `dames`, `mannen`, `heren`). */
export function categoriesIn(title: string): TitleReading<RaceCategory> {
  const text = plain(title);
  return reading(
    CATEGORY_WORDS.filter(([pattern]) => new RegExp(`\\b(?:${pattern})\\b`).test(text)).map(([, category]) => category),
  );
}

/** A sex attribute's value: `vrouwen` or `mannen`, or the older `dames` and `heren`. */
export function categoryNamed(value: string): RaceCategory | undefined {
  const text = plain(value);
  return CATEGORY_WORDS.find(([pattern]) => new RegExp(`^(?:${pattern})$`).test(text))?.[1];
}

/**
 * The competition day a title names: "16 november" (with or without the year), a weekday
 * ("zondag") that only one day of the competition has, or its "tweede dag" or "slotdag".
 */
export function dayIn(title: string, days: IsoDay[]): TitleReading<IsoDay> {
  const text = plain(title);
  const found: IsoDay[] = [];
  const dated = new RegExp(`\\b(\\d{1,2}) (${DUTCH_MONTHS.join('|')})(?: (\\d{4}))?\\b`, 'g');
  for (const [, day, month, year] of text.matchAll(dated)) {
    const monthDay = `-${String(DUTCH_MONTHS.indexOf(month ?? '') + 1).padStart(2, '0')}-${(day ?? '').padStart(2, '0')}`;
    found.push(...days.filter((candidate) => candidate.endsWith(monthDay) && (!year || candidate.startsWith(year))));
  }
  for (const [, weekday] of text.matchAll(new RegExp(`\\b(${DUTCH_WEEKDAYS.join('|')})\\b`, 'g'))) {
    const matching = days.filter((candidate) => DUTCH_WEEKDAYS[weekdayOf(candidate)] === weekday);
    if (matching.length === 1) found.push(...matching);
  }
  for (const [, ordinal] of text.matchAll(new RegExp(`\\b(${ORDINAL_DAYS.join('|')}) (?:wedstrijd)?dag\\b`, 'g'))) {
    const day = days[ORDINAL_DAYS.indexOf(ordinal ?? '')];
    if (day) found.push(day);
  }
  if (/\b(?:slotdag|laatste dag)\b/.test(text) && days.length > 0) found.push(days[days.length - 1]!);
  return reading(found);
}

/** Whether a title names a classification over several races rather than one race. */
export function isClassification(title: string): boolean {
  return CLASSIFICATION.test(plain(title));
}

/** Every day from start to end, both included. */
export function daysOf(start: IsoDay, end: IsoDay): IsoDay[] {
  const days: IsoDay[] = [];
  for (let time = Date.parse(`${start}T00:00:00Z`); time <= Date.parse(`${end}T00:00:00Z`); time += 86_400_000)
    days.push(new Date(time).toISOString().slice(0, 10));
  return days;
}

function weekdayOf(day: IsoDay): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

function isDistance(value: string): value is Distance {
  return DISTANCES.some((distance) => distance === value);
}
