import { row } from '../skating/support/races';
import { makeArticle, makeAthlete, makeCompetition, makeResults } from '../../components/support/factories';
import type { Article, Competition, Distance, RaceCategory, ResultRow } from '@/lib/types';

/** Articles with one race table each, at real tracks: a small history for skater pages and computed markers. */

export const THIALF_DECEMBER_2024 = makeCompetition({
  slug: 'wereldbeker-heerenveen-2024',
  name: 'Wereldbeker Heerenveen',
  start: '2024-12-06',
  end: '2024-12-08',
  location: 'Heerenveen',
  venue: 'Thialf',
});

export const SALT_LAKE_CITY_2025: Competition = makeCompetition({
  slug: 'wereldbeker-salt-lake-city-2025',
  name: 'Wereldbeker Salt Lake City',
  start: '2025-11-14',
  end: '2025-11-16',
  location: 'Salt Lake City',
  venue: 'Utah Olympic Oval',
});

export const LEERDAM = makeAthlete({ slug: 'jutta-leerdam', name: 'Jutta Leerdam', born: '1998-12-30' });

type TableSpec = {
  slug: string;
  competition: Competition;
  date: string;
  distance: Distance;
  sex?: RaceCategory;
  rows: ResultRow[];
};

/** An article at a competition with one table of one race, published the evening of the race. */
export function raceArticle({ slug, competition, date, distance, sex = 'vrouwen', rows }: TableSpec): Article {
  const published = new Date(`${date}T22:00:00Z`);
  return makeArticle({
    slug,
    title: `Uitslag ${slug}`,
    date: published,
    modified: published,
    event: competition,
    source: { path: `content/articles/${slug}.md` },
    body: [
      makeResults({
        title: `${distance} meter ${sex}`,
        race: { distance, sex, date },
        rows,
        columns: { position: true, time: true, records: rows.some((candidate) => candidate.records.length > 0) },
      }),
    ],
  });
}

/**
 * Leerdam's 500 m in two seasons: 36,98 in Thialf (December 2024), then 37,35 and an unmarked
 * 36,90 in Salt Lake City (November 2025); and a 1000 m in Thialf. Newest article first, as the loader lists them.
 */
export function leerdamHistory(): Article[] {
  const leerdam = (time: string, records: ResultRow['records'] = []) =>
    row({ name: 'Jutta Leerdam', position: 1, country: 'NED', time, records });
  return [
    raceArticle({
      slug: 'slc-500-2',
      competition: SALT_LAKE_CITY_2025,
      date: '2025-11-16',
      distance: '500',
      rows: [leerdam('36.90')],
    }),
    raceArticle({
      slug: 'slc-500-1',
      competition: SALT_LAKE_CITY_2025,
      date: '2025-11-15',
      distance: '500',
      rows: [leerdam('37.35')],
    }),
    raceArticle({
      slug: 'thialf-1000',
      competition: THIALF_DECEMBER_2024,
      date: '2024-12-08',
      distance: '1000',
      rows: [leerdam('1:13.50')],
    }),
    raceArticle({
      slug: 'thialf-500',
      competition: THIALF_DECEMBER_2024,
      date: '2024-12-07',
      distance: '500',
      rows: [leerdam('36.98')],
    }),
  ];
}
