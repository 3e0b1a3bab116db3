import fs from 'node:fs';
import path from 'node:path';
import { loadContent, type LoadedContent } from '@/lib/content/load';
import { ContentErrors, formatProblem } from '@/lib/content/problems';
import type { Article } from '@/lib/types';

const FIXTURES = path.join(import.meta.dirname, '../../fixtures/content');
const VALID = path.join(FIXTURES, 'valid');
const INVALID = path.join(FIXTURES, 'invalid');
/** The fixtures' public/: the files image.src names (the valid article's photo, a .jpg that is text). */
const PUBLIC = path.join(import.meta.dirname, '../../fixtures/public');
/** The build's moment for every test: after the published articles, before the scheduled one. */
const NOW = new Date('2025-12-01T12:00:00Z');

function load(root: string, options: { includeUnpublished?: boolean; now?: Date } = {}): LoadedContent {
  return loadContent({
    root,
    now: options.now ?? NOW,
    includeUnpublished: options.includeUnpublished ?? false,
    publicDir: PUBLIC,
  });
}

// The production view of the valid root, read once: the tests below only look at it.
let validContent: LoadedContent | undefined;
function loadValid(): LoadedContent {
  validContent ??= load(VALID);
  return validContent;
}

/** Problems name files relative to the working folder (the repo root under vitest). */
function shown(root: string, file: string): string {
  return path.relative(process.cwd(), path.join(root, file)).split(path.sep).join('/');
}

function refusal(root: string): ContentErrors {
  try {
    load(root);
  } catch (error) {
    if (error instanceof ContentErrors) return error;
    throw error;
  }
  throw new Error(`expected ${root} to be refused, but it loaded`);
}

function article(content: LoadedContent, slug: string): Article {
  const found = content.articles.find((candidate) => candidate.slug === slug);
  if (!found) throw new Error(`no article ${slug} in ${content.articles.map((a) => a.slug).join(', ')}`);
  return found;
}

describe('loadContent on a valid content root', () => {
  it('counts the published articles', () => {
    expect(loadValid().summary.published).toBe(3);
  });

  it('lists the drafts by file', () => {
    expect(loadValid().summary.drafts).toEqual([shown(VALID, 'articles/column-stilte-op-de-baan.md')]);
  });

  it('lists the scheduled articles with the moment they appear', () => {
    expect(loadValid().summary.scheduled).toEqual([
      { file: shown(VALID, 'articles/vooruitblik-nk-afstanden.md'), date: new Date('2025-12-18T08:00:00Z') },
    ]);
  });

  it('ignores files starting with _ or . and files not ending in .md, even when they are broken', () => {
    expect(loadValid().summary.ignored).toEqual([
      shown(VALID, 'articles/.hidden.md'),
      shown(VALID, 'articles/_scratch.md'),
      shown(VALID, 'articles/notes.txt'),
    ]);
  });

  it('shows only published articles, newest first, when unpublished ones are not included', () => {
    const slugs = loadValid().articles.map((item) => item.slug);

    expect(slugs).toEqual(['visser-rijdt-baanrecord', 'kernploeg-traint-in-inzell', 'terugblik-op-het-seizoen']);
  });

  it('includes drafts and scheduled articles, newest first, when includeUnpublished is true', () => {
    const articles = load(VALID, { includeUnpublished: true }).articles;

    expect(articles.map((item) => [item.slug, item.status])).toEqual([
      ['vooruitblik-nk-afstanden', 'scheduled'],
      ['visser-rijdt-baanrecord', 'published'],
      ['column-stilte-op-de-baan', 'draft'],
      ['kernploeg-traint-in-inzell', 'published'],
      ['terugblik-op-het-seizoen', 'published'],
    ]);
  });

  it('publishes a scheduled article in the first build after its date', () => {
    const content = load(VALID, { now: new Date('2025-12-18T08:00:01Z') });

    expect(article(content, 'vooruitblik-nk-afstanden').status).toBe('published');
  });

  it('keeps a draft out of the build even when its date has passed', () => {
    const slugs = load(VALID, { now: new Date('2030-01-01T00:00:00Z') }).articles.map((item) => item.slug);

    expect(slugs).not.toContain('column-stilte-op-de-baan');
  });

  it('takes the slug from the file name, whatever year folder the file is in', () => {
    const visser = article(loadValid(), 'visser-rijdt-baanrecord');

    expect(visser.source.path).toBe(shown(VALID, 'articles/2025/visser-rijdt-baanrecord.md'));
  });

  it('reads the aliases of an article', () => {
    expect(article(loadValid(), 'visser-rijdt-baanrecord').aliases).toEqual([
      'visser-baanrecord',
      'oud-bericht-visser',
    ]);
  });

  it('turns tags into slugs: diacritics folded, a YAML number kept as a word, spaces as hyphens', () => {
    expect(article(loadValid(), 'visser-rijdt-baanrecord').tags).toEqual([
      { name: 'Sáblíková', slug: 'sablikova' },
      { name: '1000', slug: '1000' },
      { name: '1000 meter', slug: '1000-meter' },
      { name: 'wereldbeker', slug: 'wereldbeker' },
    ]);
  });

  it('reads a file with a byte-order mark and CRLF line endings', () => {
    const inzell = article(loadValid(), 'kernploeg-traint-in-inzell');

    expect(inzell.title).toBe('Kernploeg traint een week in Inzell');
    expect(inzell.summary).toBe('De sprinters zoeken de hoogte op voor het NK.');
  });

  it('leaves no carriage return in the body of a CRLF file', () => {
    const inzell = article(loadValid(), 'kernploeg-traint-in-inzell');

    expect(inzell.body).toEqual([
      { kind: 'prose', html: '<p>De kernploeg is een week in Inzell.</p>' },
      {
        kind: 'quote',
        html: '<p>Het ijs is hier perfect.</p>',
        by: 'Sanne Visser',
        speaker: { slug: 'sanne-visser', name: 'Sanne Visser' },
      },
    ]);
  });

  it('has a Windows fixture that really starts with a BOM and uses CRLF (git must not normalise it)', () => {
    const bytes = fs.readFileSync(path.join(VALID, 'articles/kernploeg-traint-in-inzell.md'));

    const text = bytes.toString('utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.match(/\r\n/g)?.length).toBe(text.match(/\n/g)?.length);
    expect(text).toContain('\r\n');
  });

  it('reads a bare date as midnight in Amsterdam, with day precision', () => {
    const inzell = article(loadValid(), 'kernploeg-traint-in-inzell');

    expect([inzell.date.toISOString(), inzell.datePrecision]).toEqual(['2025-11-09T23:00:00.000Z', 'day']);
  });

  it('reads a date with a time and offset, with minute precision', () => {
    const visser = article(loadValid(), 'visser-rijdt-baanrecord');

    expect([visser.date.toISOString(), visser.datePrecision]).toEqual(['2025-11-16T17:45:00.000Z', 'minute']);
  });

  it('takes the latest correction as the modification date, whatever order the corrections are in', () => {
    const visser = article(loadValid(), 'visser-rijdt-baanrecord');

    expect(visser.modified.toISOString()).toBe('2025-11-17T08:15:00.000Z');
  });

  it('takes updated as the modification date when there is no later correction', () => {
    const inzell = article(loadValid(), 'kernploeg-traint-in-inzell');

    expect(inzell.modified.toISOString()).toBe('2025-11-11T09:00:00.000Z');
  });

  it('takes the date as the modification date of an article never changed', () => {
    const terugblik = article(loadValid(), 'terugblik-op-het-seizoen');

    expect(terugblik.modified).toEqual(terugblik.date);
  });

  it('keeps updated and the corrections with their text', () => {
    const visser = article(loadValid(), 'visser-rijdt-baanrecord');

    expect(visser.updated?.toISOString()).toBe('2025-11-16T20:00:00.000Z');
    expect(visser.corrections.map((correction) => correction.text)).toEqual([
      'Eerder stond hier een verkeerde tijd voor Hoekstra.',
      'Eerder stond hier dat Visser uit Friesland komt.',
    ]);
  });

  it('links the author, athletes and event an article names', () => {
    const visser = article(loadValid(), 'visser-rijdt-baanrecord');

    expect([visser.author.slug, visser.athletes.map((athlete) => athlete.slug), visser.event?.slug]).toEqual([
      'redactie',
      ['sanne-visser', 'lotte-hoekstra'],
      'wereldbeker-testdorp-2025',
    ]);
  });

  it('keeps the image with its alt text and credit, and the size of its file', () => {
    expect(article(loadValid(), 'visser-rijdt-baanrecord').image).toEqual({
      src: '/images/2025/visser-testdorp.jpg',
      alt: 'Sanne Visser juicht na de finish',
      credit: 'Testfoto',
      width: 1600,
      height: 1000,
    });
  });

  it('turns the body into prose, quote and results blocks in the order written', () => {
    const kinds = article(loadValid(), 'visser-rijdt-baanrecord').body.map((block) => block.kind);

    expect(kinds).toEqual(['prose', 'quote', 'prose', 'results', 'prose']);
  });

  it('reads the athletes, sorted by name', () => {
    expect(loadValid().athletes.map((athlete) => [athlete.slug, athlete.country])).toEqual([
      ['greta-holmvik', 'NOR'],
      ['lotte-hoekstra', 'NED'],
      ['rosalie-fontaine', 'CAN'],
      ['sanne-visser', 'NED'],
    ]);
  });

  it('reads optional athlete fields and the biography', () => {
    const visser = loadValid().athletes.find((athlete) => athlete.slug === 'sanne-visser');

    expect(visser).toMatchObject({
      born: '2001-04-12',
      specialties: ['500m', '1000m'],
      bioHtml: '<p>Sanne Visser is een verzonnen sprinter voor de tests.</p>',
    });
  });

  it('reads the authors with role and column', () => {
    expect(loadValid().authors.map((author) => [author.slug, author.role, author.column])).toEqual([
      ['piet-schaap', 'Columnist', 'Rondje Testbaan'],
      ['redactie', 'Redactie', undefined],
    ]);
  });

  it('reads which competition is a World Cup race, and of which division', () => {
    expect(loadValid().competitions.map((competition) => [competition.slug, competition.worldCup])).toEqual([
      ['wereldbeker-testdorp-2025', { division: 'A' }],
      ['nk-afstanden-testdorp', undefined],
    ]);
  });

  it('reads the World Cup season files with their points and planned weekends', () => {
    expect(loadValid().worldCupSeasons).toEqual([
      {
        season: expect.objectContaining({ label: '2025/2026', startYear: 2025 }),
        file: shown(VALID, 'wereldbeker/2025-2026.yml'),
        points: { A: [60, 54, 48, 43, 40, 38, 36, 34, 32, 31, 30, 29, 28, 27, 26, 25, 24, 23, 22, 21] },
        weekends: [
          {
            name: 'Wereldbeker Testdorp',
            start: '2025-11-14',
            end: '2025-11-16',
            races: [
              { distance: '500', sex: 'vrouwen' },
              { distance: '500', sex: 'vrouwen' },
            ],
          },
        ],
      },
    ]);
  });

  it('reads the events, sorted by start day', () => {
    expect(loadValid().competitions.map((event) => [event.slug, event.start, event.end])).toEqual([
      ['wereldbeker-testdorp-2025', '2025-11-14', '2025-11-16'],
      ['nk-afstanden-testdorp', '2025-12-19', '2025-12-21'],
    ]);
  });
});

type ExpectedProblem = { file: string; line: number; field: string; message: string };
type InvalidCase = { name: string; problems: ExpectedProblem[] };

// One folder under tests/fixtures/content/invalid/ per failure mode; `file` is relative to that folder,
// `line` is the line of the fixture an editor must look at, `message` a part of the message.
const INVALID_CASES: InvalidCase[] = [
  {
    name: 'unknown-field',
    problems: [
      { file: 'articles/titel-typo.md', line: 1, field: 'title', message: 'verplicht veld' },
      { file: 'articles/titel-typo.md', line: 2, field: 'titel', message: 'onbekend veld; verwacht een van: title' },
    ],
  },
  {
    name: 'missing-title',
    problems: [{ file: 'articles/zonder-titel.md', line: 1, field: 'title', message: 'verplicht veld' }],
  },
  {
    name: 'title-too-long',
    problems: [
      {
        file: 'articles/lange-titel.md',
        line: 2,
        field: 'title',
        message: 'verwacht hoogstens 160 tekens; gevonden: 164 tekens',
      },
    ],
  },
  {
    name: 'summary-too-long',
    problems: [
      {
        file: 'articles/lange-samenvatting.md',
        line: 3,
        field: 'summary',
        message: 'verwacht hoogstens 300 tekens; gevonden: 324 tekens',
      },
    ],
  },
  {
    name: 'no-front-matter',
    problems: [
      { file: 'articles/zonder-voorwerk.md', line: 1, field: 'title', message: 'verplicht veld' },
      { file: 'articles/zonder-voorwerk.md', line: 1, field: 'summary', message: 'verplicht veld' },
      { file: 'articles/zonder-voorwerk.md', line: 1, field: 'date', message: 'verplicht veld' },
      { file: 'articles/zonder-voorwerk.md', line: 1, field: 'author', message: 'verplicht veld' },
      { file: 'articles/zonder-voorwerk.md', line: 1, field: 'category', message: 'verwacht een van' },
    ],
  },
  {
    name: 'bad-category',
    problems: [
      {
        file: 'articles/verkeerde-rubriek.md',
        line: 6,
        field: 'category',
        message: 'verwacht een van: nieuws, uitslagen, column, interview, achtergrond; gevonden: "sport"',
      },
    ],
  },
  {
    name: 'date-not-iso',
    problems: [{ file: 'articles/datum-niet-iso.md', line: 4, field: 'date', message: '; gevonden: "16-11-2025"' }],
  },
  {
    name: 'date-does-not-exist',
    problems: [{ file: 'articles/datum-bestaat-niet.md', line: 4, field: 'date', message: '; gevonden: "2025-02-30"' }],
  },
  {
    name: 'updated-before-date',
    problems: [
      {
        file: 'articles/bijgewerkt-te-vroeg.md',
        line: 5,
        field: 'updated',
        message: 'op of na date 2025-11-16T18:45:00+01:00; gevonden: 2025-11-16T12:00:00+01:00',
      },
    ],
  },
  {
    name: 'unknown-author',
    problems: [
      { file: 'articles/onbekende-auteur.md', line: 5, field: 'author', message: '; gevonden: "jan-met-de-pet"' },
    ],
  },
  {
    name: 'unknown-athlete',
    problems: [
      { file: 'articles/onbekende-schaatser.md', line: 9, field: 'athletes[2]', message: '; gevonden: "anna-niemand"' },
    ],
  },
  {
    name: 'unknown-event',
    problems: [
      { file: 'articles/onbekende-wedstrijd.md', line: 7, field: 'event', message: '; gevonden: "wk-op-de-maan"' },
    ],
  },
  // References are checked even when another field of the file fails: both come in one run.
  {
    name: 'bad-date-and-unknown-author',
    problems: [
      { file: 'articles/datum-en-auteur-fout.md', line: 4, field: 'date', message: '; gevonden: "16-11-2025"' },
      {
        file: 'articles/datum-en-auteur-fout.md',
        line: 5,
        field: 'author',
        message: '; gevonden: "redacite"; bedoel je "redactie"?',
      },
    ],
  },
  {
    name: 'bad-date-and-unknown-athlete',
    problems: [
      { file: 'articles/datum-en-schaatser-fout.md', line: 4, field: 'date', message: '; gevonden: "16-11-2025"' },
      {
        file: 'articles/datum-en-schaatser-fout.md',
        line: 9,
        field: 'athletes[2]',
        message: '; gevonden: "sane-visser"; bedoel je "sanne-visser"?',
      },
      {
        file: 'articles/datum-en-schaatser-fout.md',
        line: 10,
        field: 'athletes[3]',
        message: 'verwacht een slug: kleine letters a-z, cijfers 0-9 en -; gevonden: "Anna Niemand"',
      },
    ],
  },
  {
    name: 'bad-date-and-unknown-event',
    problems: [
      { file: 'articles/datum-en-wedstrijd-fout.md', line: 4, field: 'date', message: '; gevonden: "16-11-2025"' },
      {
        file: 'articles/datum-en-wedstrijd-fout.md',
        line: 7,
        field: 'event',
        message: '; gevonden: "wereldbeker-testdorp-2052"; bedoel je "wereldbeker-testdorp-2025"?',
      },
    ],
  },
  {
    // A reference the schema refuses is reported once, by the schema: not also as a missing file.
    name: 'bad-date-and-reference-not-a-slug',
    problems: [
      {
        file: 'articles/datum-en-verwijzingen-geen-slug.md',
        line: 4,
        field: 'date',
        message: '; gevonden: "16-11-2025"',
      },
      {
        file: 'articles/datum-en-verwijzingen-geen-slug.md',
        line: 5,
        field: 'author',
        message: 'verwacht een slug: kleine letters a-z, cijfers 0-9 en -; gevonden: "Redactie"',
      },
      {
        file: 'articles/datum-en-verwijzingen-geen-slug.md',
        line: 7,
        field: 'athletes',
        message: 'verwacht een lijst, zoals [a, b]; gevonden: "sanne-visser"',
      },
      {
        file: 'articles/datum-en-verwijzingen-geen-slug.md',
        line: 8,
        field: 'event',
        message: 'verwacht tekst; gevonden: 2025',
      },
    ],
  },
  {
    name: 'image-without-alt',
    problems: [{ file: 'articles/foto-zonder-alt.md', line: 7, field: 'image.alt', message: 'verplicht veld' }],
  },
  {
    name: 'image-file-missing',
    problems: [
      {
        file: 'articles/foto-ontbreekt.md',
        line: 9,
        field: 'image.src',
        message:
          'verwacht een bestand onder tests/fixtures/public/; gevonden: "/images/2025/bestaat-niet.jpg", maar tests/fixtures/public/images/2025/bestaat-niet.jpg bestaat niet',
      },
    ],
  },
  {
    name: 'image-file-not-an-image',
    problems: [
      {
        file: 'articles/foto-onleesbaar.md',
        line: 8,
        field: 'image.src',
        message:
          'verwacht een foto in JPEG, PNG, WebP of AVIF; gevonden: tests/fixtures/public/images/2025/geen-foto.jpg, dat niet als foto te lezen is',
      },
    ],
  },
  {
    name: 'image-src-not-a-path',
    problems: [
      {
        file: 'articles/foto-van-elders.md',
        line: 8,
        field: 'image.src',
        message: '; gevonden: "https://example.com/foto.jpg"',
      },
    ],
  },
  {
    name: 'correction-before-date',
    problems: [
      {
        file: 'articles/rectificatie-te-vroeg.md',
        line: 10,
        field: 'corrections[2].date',
        message: '; gevonden: 2025-11-15T09:00:00+01:00',
      },
    ],
  },
  {
    name: 'draft-not-boolean',
    problems: [
      { file: 'articles/concept-ja.md', line: 7, field: 'draft', message: 'verwacht true of false; gevonden: "ja"' },
    ],
  },
  {
    name: 'bad-file-name',
    problems: [
      {
        file: 'articles/Wereldbeker Nieuws.md',
        line: 1,
        field: 'file name',
        message: 'hernoem het bestand naar wereldbeker-nieuws.md',
      },
    ],
  },
  {
    name: 'bad-file-name-diacritics',
    problems: [
      {
        file: 'articles/sáblíková-wint.md',
        line: 1,
        field: 'file name',
        message: 'hernoem het bestand naar sablikova-wint.md',
      },
    ],
  },
  {
    name: 'duplicate-slug',
    problems: [
      {
        file: 'articles/2025/zelfde-slug.md',
        line: 1,
        field: 'file name',
        message: 'tests/fixtures/content/invalid/duplicate-slug/articles/2024/zelfde-slug.md heeft dezelfde slug',
      },
    ],
  },
  {
    name: 'alias-equals-article-slug',
    problems: [
      {
        file: 'articles/eerste-artikel.md',
        line: 8,
        field: 'aliases[1]',
        message: 'tweede-artikel.md is een stuk; gevonden: "tweede-artikel"',
      },
    ],
  },
  {
    name: 'alias-equals-own-slug',
    problems: [{ file: 'articles/visser-wint.md', line: 7, field: 'aliases[1]', message: '; gevonden: "visser-wint"' }],
  },
  {
    name: 'alias-used-twice',
    problems: [
      {
        file: 'articles/tweede-artikel.md',
        line: 8,
        field: 'aliases[1]',
        message:
          'tests/fixtures/content/invalid/alias-used-twice/articles/eerste-artikel.md heeft de alias "oud-bericht" ook',
      },
    ],
  },
  {
    name: 'athlete-bad-country',
    problems: [{ file: 'athletes/kees-bakker.md', line: 3, field: 'country', message: '; gevonden: "NL"' }],
  },
  {
    name: 'athlete-born-not-a-date',
    problems: [{ file: 'athletes/kees-bakker.md', line: 4, field: 'born', message: '; gevonden: "30-12-1998"' }],
  },
  {
    name: 'author-without-name',
    problems: [{ file: 'authors/piet-schaap.md', line: 1, field: 'name', message: 'verplicht veld' }],
  },
  {
    name: 'event-end-before-start',
    problems: [
      {
        file: 'events/wereldbeker-testdorp.md',
        line: 4,
        field: 'end',
        message: 'op of na start 2025-11-14; gevonden: 2025-11-13',
      },
    ],
  },
  {
    name: 'event-worldcup-bad-division',
    problems: [
      {
        file: 'events/wereldbeker-testdorp.md',
        line: 6,
        field: 'worldcup',
        message: 'verwacht een van: A, B; gevonden: "C"',
      },
      {
        file: 'events/wereldbeker-testdorp.md',
        line: 7,
        field: 'championship',
        message: 'verwacht een van: allround, sprint; gevonden: "marathon"',
      },
    ],
  },
  {
    name: 'wereldbeker-bad-points',
    problems: [
      {
        file: 'wereldbeker/2025-2026.yml',
        line: 3,
        field: 'points, divisie A',
        message: 'verwacht voor plaats 3 een heel getal boven nul, niet meer dan plaats 2 krijgt (gevonden: 58)',
      },
      {
        file: 'wereldbeker/2025-2026.yml',
        line: 6,
        field: 'weekends, nummer 1, start',
        message: 'verwacht een dag in seizoen 2025/2026, van 2025-07-01 tot en met 2026-06-30 (gevonden: 2026-07-03)',
      },
      {
        file: 'wereldbeker/2025-2026.yml',
        line: 7,
        field: 'weekends, nummer 1, end',
        message: 'verwacht een dag in seizoen 2025/2026, van 2025-07-01 tot en met 2026-06-30 (gevonden: 2026-07-05)',
      },
    ],
  },
  {
    name: 'yaml-syntax-error',
    problems: [{ file: 'articles/yaml-fout.md', line: 3, field: 'front matter', message: 'geen geldige YAML' }],
  },
  {
    name: 'yaml-alias-bomb',
    problems: [{ file: 'articles/alias-bom.md', line: 1, field: 'front matter', message: 'aliasbom' }],
  },
  {
    name: 'yaml-unknown-tag',
    problems: [{ file: 'articles/onbekende-tag.md', line: 3, field: 'front matter', message: '!custom' }],
  },
  {
    name: 'yaml-js-function-tag',
    problems: [{ file: 'articles/js-functie.md', line: 7, field: 'front matter', message: 'js/function' }],
  },
  {
    name: 'invalid-utf8',
    problems: [{ file: 'articles/latin-1-tekst.md', line: 3, field: 'file', message: 'verwacht tekst in UTF-8' }],
  },
  {
    name: 'binary-file',
    problems: [
      {
        file: 'articles/foto-van-de-finish.md',
        line: 1,
        field: 'file',
        message: 'gevonden: een bestand dat geen tekst is',
      },
    ],
  },
  {
    name: 'crlf-line-numbers',
    problems: [
      {
        file: 'articles/windows-uitslag.md',
        line: 13,
        field: 'results row 1, Tijd',
        message: '; gevonden: "36,51"',
      },
      { file: 'articles/windows-voorwerk.md', line: 6, field: 'category', message: '; gevonden: "sport"' },
    ],
  },
  {
    name: 'results-without-table',
    problems: [
      { file: 'articles/uitslag-zonder-tabel.md', line: 10, field: 'results', message: 'verwacht een tabel' },
      {
        file: 'articles/uitslag-zonder-tabel.md',
        line: 11,
        field: 'results',
        message: 'verwacht alleen een tabel in een uitslagblok; gevonden: een opsomming',
      },
    ],
  },
  {
    name: 'results-without-name-column',
    problems: [
      {
        file: 'articles/uitslag-zonder-naam.md',
        line: 11,
        field: 'results header',
        message: 'verwacht een naamkolom',
      },
    ],
  },
  {
    name: 'results-unreadable-time',
    problems: [
      { file: 'articles/onleesbare-tijd.md', line: 14, field: 'results row 2, Tijd', message: '; gevonden: "36,88"' },
      { file: 'articles/onleesbare-tijd.md', line: 15, field: 'results row 3, Tijd', message: '; gevonden: "abc"' },
    ],
  },
  {
    name: 'results-unknown-record',
    problems: [
      { file: 'articles/onbekend-record.md', line: 14, field: 'results row 2, Record', message: '; gevonden: "ER"' },
    ],
  },
  {
    name: 'results-status-with-position',
    problems: [
      {
        file: 'articles/gediskwalificeerd-met-plaats.md',
        line: 14,
        field: 'results row 2',
        message: 'verwacht geen plaats bij een DQ-rij',
      },
    ],
  },
  {
    name: 'unknown-directive',
    problems: [{ file: 'articles/onbekend-blok.md', line: 10, field: ':::foo', message: 'onbekend blok' }],
  },
  {
    name: 'quote-without-by',
    problems: [
      { file: 'articles/citaat-zonder-spreker.md', line: 10, field: 'quote by', message: '; gevonden: niets' },
    ],
  },
  {
    name: 'quote-non-http-cite',
    problems: [
      {
        file: 'articles/citaat-met-verkeerde-bron.md',
        line: 10,
        field: 'quote cite',
        message: 'http:// of https://; gevonden: "javascript:alert(1)"',
      },
    ],
  },
];

describe('loadContent on broken content', () => {
  it('has a case in this table for every folder under fixtures/content/invalid, and the reverse', () => {
    const folders = fs.readdirSync(INVALID).sort();

    expect(INVALID_CASES.map((testCase) => testCase.name).sort()).toEqual(folders);
  });

  it.each(INVALID_CASES)('refuses $name, naming the file, line and field of each problem', ({ name, problems }) => {
    const root = path.join(INVALID, name);

    const error = refusal(root);

    // File names are compared in NFC: a checkout may store the accented fixture name decomposed.
    expect(error.problems.map((problem) => ({ ...problem, file: problem.file.normalize('NFC') }))).toEqual(
      problems.map((problem) => ({
        file: shown(root, problem.file).normalize('NFC'),
        line: problem.line,
        field: problem.field,
        message: expect.stringContaining(problem.message),
        severity: 'error',
      })),
    );
  });

  it.each(INVALID_CASES)('says what was expected for $name, as path:line: field: verwacht ...', ({ name }) => {
    const error = refusal(path.join(INVALID, name));

    for (const problem of error.problems) {
      expect(problem.message).toContain('verwacht');
      expect(error.message).toContain(`${problem.file}:${problem.line}: ${problem.field}: ${problem.message}`);
    }
  });

  it('refuses a YAML alias bomb without expanding it', () => {
    const started = performance.now();

    refusal(path.join(INVALID, 'yaml-alias-bomb'));

    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('reports every broken file of a run at once, not only the first', () => {
    const root = path.join(FIXTURES, 'several-broken');

    const error = refusal(root);

    expect(new Set(error.problems.map((problem) => problem.file))).toEqual(
      new Set([
        shown(root, 'articles/2025/titel-typo.md'),
        shown(root, 'articles/onleesbare-tijd.md'),
        shown(root, 'athletes/kees-bakker.md'),
        shown(root, 'events/wereldbeker-testdorp.md'),
      ]),
    );
  });

  it('counts and lists every problem in the error message, in file order', () => {
    const root = path.join(FIXTURES, 'several-broken');

    const error = refusal(root);

    expect(error.message.split('\n')).toEqual(['4 fouten in de inhoud:', ...error.problems.map(formatProblem)]);
    expect(error.problems.map((problem) => problem.file)).toEqual(error.problems.map((problem) => problem.file).sort());
  });

  // Otherwise the editor would learn about the broken table only after fixing the front matter.
  it("reports a broken results table even when the same file's front matter is broken", () => {
    const root = path.join(FIXTURES, 'one-file-several-problems');

    const error = refusal(root);

    expect(error.problems.map((problem) => [problem.line, problem.field])).toEqual([
      [6, 'category'],
      [11, 'results row 1, Tijd'],
    ]);
  });
});
