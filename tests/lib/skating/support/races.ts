import { parseRaceTime } from '@/lib/race-time';
import type { Competition, Distance, Race, RaceCategory, RaceTime, RecordMarker, ResultRow } from '@/lib/types';

/** Builders for races as the loader hands them over: short to write, with real names and times. */

/** The Utah Olympic Oval World Cup of the first story (14–16 November 2025). */
export const SALT_LAKE_CITY_2025: Competition = competition({
  slug: 'wereldbeker-salt-lake-city-2025',
  name: 'Wereldbeker Salt Lake City',
  start: '2025-11-14',
  end: '2025-11-16',
  location: 'Salt Lake City',
  venue: 'Utah Olympic Oval',
  country: 'USA',
});

export function competition(overrides: Partial<Competition> & Pick<Competition, 'slug' | 'start'>): Competition {
  return {
    name: overrides.slug,
    end: overrides.start,
    location: 'Heerenveen',
    descriptionHtml: '',
    source: { path: `content/events/${overrides.slug}.md` },
    ...overrides,
  };
}

/** A time as editors write it: `36.09`, `1:42.56`, `36.094`. Throws when the text is no time, so a typo cannot pass. */
export function time(text: string): RaceTime {
  const parsed = parseRaceTime(text);
  if (!parsed) throw new Error(`not a race time: ${text}`);
  return parsed;
}

type RowSpec = {
  name: string;
  /** The athlete slug; by default made from the name. `null` for a name without a skater file. */
  slug?: string | null;
  time?: string;
  position?: number;
  country?: string;
  records?: RecordMarker[];
  status?: ResultRow['status'];
  members?: string[];
  extra?: string[];
};

export function row(spec: RowSpec): ResultRow {
  const slug = spec.slug === undefined ? slugOf(spec.name) : spec.slug;
  return {
    name: spec.name,
    ...(slug ? { athlete: { slug, name: spec.name } } : {}),
    ...(spec.position !== undefined ? { position: spec.position } : {}),
    ...(spec.status ? { status: spec.status } : {}),
    ...(spec.country ? { country: spec.country } : {}),
    ...(spec.time ? { time: time(spec.time) } : {}),
    members: (spec.members ?? []).map((name) => ({ name, athlete: { slug: slugOf(name), name } })),
    records: spec.records ?? [],
    extra: spec.extra ?? [],
  };
}

type RaceSpec = {
  distance: Distance;
  sex?: RaceCategory;
  date: string;
  competition?: Competition;
  rows: ResultRow[];
  /** Told apart when one competition has two races of a distance on one day. */
  suffix?: string;
  extraColumns?: string[];
};

export function race(spec: RaceSpec): Race & { extraColumns?: string[] } {
  const sex = spec.sex ?? 'vrouwen';
  const where = spec.competition ?? competition({ slug: `wedstrijd-${spec.date}`, start: spec.date });
  return {
    distance: spec.distance,
    sex,
    date: spec.date,
    key: `${where.slug}/${spec.date}/${spec.distance}/${sex}${spec.suffix ?? ''}`,
    competition: where,
    article: {
      slug: `uitslag-${spec.date}`,
      title: `Uitslag ${spec.date}`,
      modified: new Date(`${spec.date}T20:00:00Z`),
    },
    title: `${spec.distance} ${sex}`,
    rows: spec.rows,
    ...(spec.extraColumns ? { extraColumns: spec.extraColumns } : {}),
  };
}

function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
}

/** The second women's 500 m of the first story, Sunday 16 November 2025: the known rows. */
export function secondSaltLake500(): Race {
  return race({
    distance: '500',
    date: '2025-11-16',
    competition: SALT_LAKE_CITY_2025,
    rows: [
      row({ name: 'Femke Kok', position: 1, country: 'NED', time: '36.09', records: ['WR'] }),
      row({ name: 'Erin Jackson', position: 2, country: 'USA', time: '36.57', records: ['NR'] }),
      row({ name: 'Lee Na-hyun', slug: null, position: 3, country: 'KOR', time: '37.03' }),
      row({ name: 'Anna Boersma', position: 5, country: 'NED', time: '37.11', records: ['PR'] }),
      row({ name: 'Marrit Fledderus', position: 6, country: 'NED', time: '37.11', records: ['PR'] }),
      row({ name: 'Jutta Leerdam', position: 10, country: 'NED', time: '37.35' }),
      row({ name: 'Angel Daleman', position: 13, country: 'NED', time: '37.41', records: ['PR'] }),
    ],
  });
}

/** The first women's 500 m, Saturday 15 November 2025: Kok won in 36.48, a Dutch record (only her row is known). */
export function firstSaltLake500(): Race {
  return race({
    distance: '500',
    date: '2025-11-15',
    competition: SALT_LAKE_CITY_2025,
    rows: [row({ name: 'Femke Kok', position: 1, country: 'NED', time: '36.48', records: ['NR'] })],
  });
}
