import type {
  Competition,
  Article,
  Athlete,
  AthleteRef,
  Author,
  Correction,
  ProseBlock,
  QuoteBlock,
  ResultRow,
  ResultsBlock,
} from '@/lib/types';

/** Small typed builders for component tests: sensible defaults, overridable per test. */

export function makeAuthor(overrides: Partial<Author> = {}): Author {
  return {
    slug: 'redactie',
    name: 'Sportredactie',
    bioHtml: '',
    source: { path: 'content/authors/redactie.md' },
    ...overrides,
  };
}

export function makeAthlete(overrides: Partial<Athlete> = {}): Athlete {
  return {
    slug: 'jutta-leerdam',
    name: 'Jutta Leerdam',
    country: 'NED',
    specialties: ['500m', '1000m'],
    bioHtml: '',
    source: { path: 'content/athletes/jutta-leerdam.md' },
    ...overrides,
  };
}

export function athleteRef(slug: string, name: string): AthleteRef {
  return { slug, name };
}

/** 2025-11-17T08:30 in Amsterdam (a Monday). */
export const MONDAY_MORNING = new Date('2025-11-17T07:30:00Z');

export function makeCompetition(overrides: Partial<Competition> = {}): Competition {
  return {
    slug: 'wereldbeker-testdorp',
    name: 'Wereldbeker Testdorp',
    start: '2025-11-14',
    end: '2025-11-16',
    location: 'Testdorp',
    descriptionHtml: '',
    source: { path: 'content/events/wereldbeker-testdorp.md' },
    ...overrides,
  };
}

export function makeArticle(overrides: Partial<Article> = {}): Article {
  const date = overrides.date ?? MONDAY_MORNING;
  return {
    slug: 'leerdam-en-blondin-botsen',
    title: 'Leerdam en Blondin botsen bij het inrijden',
    summary: 'Korte samenvatting voor lijsten en zoekmachines',
    date,
    datePrecision: 'minute',
    modified: date,
    author: makeAuthor(),
    category: 'nieuws',
    tags: [],
    athletes: [],
    status: 'published',
    aliases: [],
    corrections: [],
    body: [],
    readingMinutes: 2,
    source: { path: 'content/articles/leerdam-en-blondin-botsen.md' },
    ...overrides,
  };
}

export function makeCorrection(overrides: Partial<Correction> = {}): Correction {
  return {
    date: new Date('2025-11-17T11:00:00Z'),
    text: 'Eerder stond hier dat Leerdam de botsing veroorzaakte; dat was Blondin.',
    ...overrides,
  };
}

export function makeProse(html: string): ProseBlock {
  return { kind: 'prose', html };
}

export function makeQuote(overrides: Partial<QuoteBlock> = {}): QuoteBlock {
  return {
    kind: 'quote',
    html: '<p>Een geweldige racevoorbereiding vandaag.</p>',
    by: 'Jutta Leerdam',
    ...overrides,
  };
}

export function makeRow(overrides: Partial<ResultRow> = {}): ResultRow {
  return {
    name: 'Femke Kok',
    members: [],
    records: [],
    extra: [],
    ...overrides,
  };
}

type ResultsOverrides = Partial<Omit<ResultsBlock, 'columns'>> & { columns?: Partial<ResultsBlock['columns']> };

/** A results block; only the columns named in `columns` are switched on. */
export function makeResults(overrides: ResultsOverrides = {}): ResultsBlock {
  const { columns, ...rest } = overrides;
  return {
    kind: 'results',
    title: '500 meter vrouwen, tweede race',
    extraColumns: [],
    rows: [makeRow()],
    ...rest,
    columns: {
      position: false,
      country: false,
      time: false,
      gap: false,
      records: false,
      members: false,
      ...columns,
    },
  };
}

// Results as the site model publishes them, for the reader pages' components. (Appended here, so
// the import sits with the builders that need it.)
import type { AthleteResult, PublishedResults } from '@/lib/site-model';

/** A results block where it was published: by default in the factory article, at the factory competition. */
export function makePublishedResults(overrides: Partial<PublishedResults> = {}): PublishedResults {
  const competition = makeCompetition();
  return { article: makeArticle({ event: competition }), block: makeResults(), competition, ...overrides };
}

/** One row a skater appears in: by default Jutta Leerdam's own row, tenth in 37,35. */
export function makeAthleteResult(overrides: Partial<AthleteResult> = {}): AthleteResult {
  const row = makeRow({
    name: 'Jutta Leerdam',
    athlete: athleteRef('jutta-leerdam', 'Jutta Leerdam'),
    position: 10,
    time: { ms: 37_350, decimals: 2 },
  });
  return { ...makePublishedResults(), row, asTeamMember: false, ...overrides };
}
