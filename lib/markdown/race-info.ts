import { isIsoDay } from '../dates';
import { DISTANCES, type Distance, type IsoDay, type RaceCategory, type RaceInfo } from '../types';
import type { BlockContext } from './context';
import {
  categoriesIn,
  categoryNamed,
  dayIn,
  daysOf,
  distanceNamed,
  distancesIn,
  isClassification,
  type TitleReading,
} from './race-title';

/** The attributes of `:::results{…}` that say what race a table is of (#20). */
export const RACE_ATTRIBUTES = ['distance', 'sex', 'date', 'race'];

/** The one value of `race` there is: the table is no race (a classification, a standing). */
const NO_RACE = 'nee';

type Attributes = Record<string, string | null | undefined>;
type Written = { distance?: Distance; sex?: RaceCategory; date?: IsoDay };
type Where = { line: number; context: BlockContext; report: BlockContext['report'] };
/** What the table's attributes and title give for one part of the race, and why it is missing. */
type Part<T> = { value?: T; missing?: string };

/**
 * What race a results table is of: its `distance`, `sex` and `date` attributes, where absent
 * read from the title when it says so unambiguously, the date by default the only day of a
 * one-day competition. An unreadable attribute is an error (through `report`); a table that
 * does not say (or says twice, differently) gets a warning naming the attribute to add,
 * never an error, so that tables written before #20 keep building. No race without the
 * article's competition (`context.competition`).
 */
export function readRace(attributes: Attributes, title: string, where: Where): RaceInfo | undefined {
  const given = RACE_ATTRIBUTES.filter((name) => attributes[name] !== undefined && attributes[name] !== null);
  if (given.includes('race')) return noRace(attributes, given, where);
  const written = readWritten(attributes, where);
  if (!written) return undefined;
  const competition = where.context.competition;
  if (!competition) {
    if (given.length > 0)
      warn(
        where,
        'results',
        `verwacht event: in de front matter bij een tabel met ${given.join(', ')}: een race hoort bij een wedstrijd; gevonden: geen event (de tabel staat op de site, maar niet als race)`,
      );
    return undefined;
  }
  if (given.length === 0 && isClassification(title)) return undefined;
  const days = daysOf(competition.start, competition.end);
  const distance = part('distance', written.distance, distancesIn(title), where, title);
  const sex = part('sex', written.sex, categoriesIn(title), where, title);
  // A one-day competition has only one day its races can be on.
  const date: Part<IsoDay> =
    written.date === undefined && days.length === 1
      ? { value: days[0] }
      : part(
          'date',
          written.date,
          dayIn(title, days),
          where,
          title,
          `date="…" (${competition.start} t/m ${competition.end})`,
        );
  if (distance.value && sex.value && date.value) return { distance: distance.value, sex: sex.value, date: date.value };
  const missing = [distance, sex, date].flatMap((found) => (found.missing ? [found.missing] : []));
  warn(
    where,
    'results',
    `verwacht te weten welke race dit is: voeg ${missing.join(' en ')} toe, of race="${NO_RACE}" als de tabel geen race is; gevonden: title="${title}"`,
  );
  return undefined;
}

/** `race="nee"`: no race, whatever else the block says (and a warning if it says more). */
function noRace(attributes: Attributes, given: string[], where: Where): undefined {
  const value = attributes.race ?? '';
  if (value.trim().toLowerCase() !== NO_RACE) {
    where.report(
      where.line,
      'results race',
      `verwacht race="${NO_RACE}" voor een tabel die geen race is, of geen race-attribuut; gevonden: race="${value}"`,
    );
  } else if (given.length > 1) {
    const others = given.filter((name) => name !== 'race').join(', ');
    warn(
      where,
      'results race',
      `verwacht race="${NO_RACE}" óf ${others}, niet allebei; gevonden: allebei (de tabel telt niet als race)`,
    );
  }
  return undefined;
}

/** The attributes as written, each checked; undefined when one cannot be read. */
function readWritten(attributes: Attributes, where: Where): Written | undefined {
  const written: Written = {};
  const problems: [name: string, message: string][] = [];
  const { distance, sex, date } = attributes;
  if (typeof distance === 'string') {
    const read = distanceNamed(distance);
    if (read) written.distance = read;
    else problems.push(['distance', `verwacht een afstand: ${DISTANCES.join(', ')}; gevonden: distance="${distance}"`]);
  }
  if (typeof sex === 'string') {
    const read = categoryNamed(sex);
    if (read) written.sex = read;
    else problems.push(['sex', `verwacht vrouwen of mannen; gevonden: sex="${sex}"`]);
  }
  if (typeof date === 'string') {
    const day = date.trim();
    const competition = where.context.competition;
    if (!isIsoDay(day)) problems.push(['date', `verwacht een dag geschreven als 2025-11-16; gevonden: date="${date}"`]);
    else if (competition && (day < competition.start || day > competition.end))
      problems.push([
        'date',
        `verwacht een dag van de wedstrijd, ${competition.start} t/m ${competition.end}; gevonden: date="${date}"`,
      ]);
    else written.date = day;
  }
  for (const [name, message] of problems) where.report(where.line, `results ${name}`, message);
  return problems.length === 0 ? written : undefined;
}

const PARTS = {
  distance: { noun: 'afstand', several: 'afstanden', hint: `distance="…" (${DISTANCES.join(', ')})` },
  sex: { noun: 'categorie', several: 'categorieën', hint: 'sex="vrouwen" of sex="mannen"' },
  date: { noun: 'dag', several: 'dagen', hint: 'date="…"' },
};

/** One part of the race: the attribute when written (warning when the title says otherwise), else the title's. */
function part<T extends string>(
  name: keyof typeof PARTS,
  written: T | undefined,
  fromTitle: TitleReading<T>,
  where: Where,
  title: string,
  hint = PARTS[name].hint,
): Part<T> {
  const words = PARTS[name];
  if (written !== undefined) {
    if (fromTitle.kind === 'one' && fromTitle.value !== written)
      warn(
        where,
        `results ${name}`,
        `verwacht dezelfde ${words.noun} als de titel "${title}" (${fromTitle.value}); gevonden: ${name}="${written}", en dat houdt de site aan`,
      );
    return { value: written };
  }
  if (fromTitle.kind === 'one') return { value: fromTitle.value };
  if (fromTitle.kind === 'several')
    return { missing: `${hint}, want de titel noemt meer ${words.several} (${fromTitle.values.join(', ')})` };
  return { missing: hint };
}

function warn(where: Where, field: string, message: string): void {
  where.context.warn?.(where.line, field, message);
}
