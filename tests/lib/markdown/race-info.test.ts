import { parseBody } from '@/lib/markdown/blocks';
import type { Competition, ResultsBlock } from '@/lib/types';
import { collectingContext } from './collecting-context';

/** Friday 14 to Sunday 16 November 2025, as a World Cup weekend. */
const WEEKEND = { start: '2025-11-14', end: '2025-11-16' };
/** One Saturday. */
const ONE_DAY = { start: '2025-12-20', end: '2025-12-20' };

const TABLE = ['| Pos | Naam | Tijd |', '| --: | --- | --: |', '| 1 | Sanne Visser | 37.10 |'];

/** A results block with these attributes, read in an article of this competition (null: an article without event). */
function read(attributes: string, competition: Pick<Competition, 'start' | 'end'> | null = WEEKEND) {
  const { context, reports, warnings } = collectingContext();
  if (competition) context.competition = competition;
  const markdown = [`:::results{${attributes}}`, ...TABLE, ':::'].join('\n');
  const block = parseBody(markdown, context).blocks.find(
    (candidate): candidate is ResultsBlock => candidate.kind === 'results',
  );
  return { block, race: block?.race, reports, warnings };
}

describe('the race of a results block, from its attributes', () => {
  it('reads distance, sex and date', () => {
    const { race, reports, warnings } = read('title="Sprint" distance="500" sex="vrouwen" date="2025-11-16"');
    expect(race).toEqual({ distance: '500', sex: 'vrouwen', date: '2025-11-16' });
    expect(reports).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it.each([
    ['500m', '500'],
    ['500 meter', '500'],
    ['1.000 meter', '1000'],
    ['10000', '10000'],
    ['Massastart', 'massastart'],
    ['mass start', 'massastart'],
    ['ploegenachtervolging', 'ploegenachtervolging'],
    ['teamsprint', 'teamsprint'],
  ])('reads distance="%s" as %s', (written, distance) => {
    expect(read(`title="Race" distance="${written}" sex="mannen" date="2025-11-15"`).race?.distance).toBe(distance);
  });

  it.each([
    ['dames', 'vrouwen'],
    ['Heren', 'mannen'],
    ['MANNEN', 'mannen'],
  ])('reads sex="%s" as %s', (written, sex) => {
    expect(read(`title="Race" distance="500" sex="${written}" date="2025-11-15"`).race?.sex).toBe(sex);
  });

  it.each([
    [
      'distance',
      'distance="800"',
      'verwacht een afstand: 500, 1000, 1500, 3000, 5000, 10000, massastart, ploegenachtervolging, teamsprint; gevonden: distance="800"',
    ],
    ['sex', 'sex="gemengd"', 'verwacht vrouwen of mannen; gevonden: sex="gemengd"'],
    ['date', 'date="16-11-2025"', 'verwacht een dag geschreven als 2025-11-16; gevonden: date="16-11-2025"'],
    ['date', 'date="2025-11-31"', 'verwacht een dag geschreven als 2025-11-16; gevonden: date="2025-11-31"'],
  ])('refuses an unreadable %s, and the block with it', (name, attribute, message) => {
    const { block, reports } = read(`title="500 meter vrouwen" ${attribute}`);
    expect(reports).toEqual([{ line: 1, field: `results ${name}`, message }]);
    expect(block).toBeUndefined();
  });

  it("refuses a date outside the competition's days", () => {
    const { block, reports } = read('title="500 meter vrouwen" date="2025-11-17"');
    expect(reports).toEqual([
      {
        line: 1,
        field: 'results date',
        message: 'verwacht een dag van de wedstrijd, 2025-11-14 t/m 2025-11-16; gevonden: date="2025-11-17"',
      },
    ]);
    expect(block).toBeUndefined();
  });

  it('takes the only day of a one-day competition when the date is left out', () => {
    const { race, warnings } = read('title="Race" distance="1500" sex="mannen"', ONE_DAY);
    expect(race).toEqual({ distance: '1500', sex: 'mannen', date: '2025-12-20' });
    expect(warnings).toEqual([]);
  });

  it('asks for the date in a competition of several days, with a warning, and keeps the table', () => {
    const { block, race, reports, warnings } = read('title="Race" distance="1500" sex="mannen"');
    expect(block?.rows).toHaveLength(1);
    expect(race).toBeUndefined();
    expect(reports).toEqual([]);
    expect(warnings).toEqual([
      {
        line: 1,
        field: 'results',
        message:
          'verwacht te weten welke race dit is: voeg date="…" (2025-11-14 t/m 2025-11-16) toe, of race="nee" als de tabel geen race is; gevonden: title="Race"',
      },
    ]);
  });

  it('warns when an attribute says otherwise than the title, and keeps the attribute', () => {
    const { race, warnings } = read('title="500 meter vrouwen" distance="1000" date="2025-11-15"');
    expect(race).toEqual({ distance: '1000', sex: 'vrouwen', date: '2025-11-15' });
    expect(warnings).toEqual([
      {
        line: 1,
        field: 'results distance',
        message:
          'verwacht dezelfde afstand als de titel "500 meter vrouwen" (500); gevonden: distance="1000", en dat houdt de site aan',
      },
    ]);
  });
});

describe('the race of a results block, from its title', () => {
  it.each([
    ['500 meter vrouwen', { distance: '500', sex: 'vrouwen' }],
    ['1000 m mannen', { distance: '1000', sex: 'mannen' }],
    ['1500m heren', { distance: '1500', sex: 'mannen' }],
    ['3000 meter dames', { distance: '3000', sex: 'vrouwen' }],
    ['10.000 meter mannen', { distance: '10000', sex: 'mannen' }],
    ['Massastart vrouwen', { distance: 'massastart', sex: 'vrouwen' }],
    ['Ploegenachtervolging mannen', { distance: 'ploegenachtervolging', sex: 'mannen' }],
    ['Teamsprint vrouwen', { distance: 'teamsprint', sex: 'vrouwen' }],
    ['500 meter vrouwen, tweede race', { distance: '500', sex: 'vrouwen' }],
  ])('reads "%s"', (title, expected) => {
    const { race, warnings } = read(`title="${title}"`, ONE_DAY);
    expect(race).toEqual({ ...expected, date: '2025-12-20' });
    expect(warnings).toEqual([]);
  });

  it.each([
    ['500 meter vrouwen, zondag 16 november 2025', '2025-11-16'],
    ['500 meter vrouwen (15 november)', '2025-11-15'],
    ['500 meter vrouwen op zaterdag', '2025-11-15'],
    ['1000 meter vrouwen, tweede dag', '2025-11-15'],
    ['1000 meter vrouwen op de slotdag', '2025-11-16'],
  ])('reads the day from "%s"', (title, date) => {
    expect(read(`title="${title}"`).race?.date).toBe(date);
  });

  it.each([
    [
      '500 en 1000 meter vrouwen',
      'distance="…" (500, 1000, 1500, 3000, 5000, 10000, massastart, ploegenachtervolging, teamsprint), want de titel noemt meer afstanden (500, 1000)',
    ],
    [
      '500 meter vrouwen en mannen',
      'sex="vrouwen" of sex="mannen", want de titel noemt meer categorieën (vrouwen, mannen)',
    ],
    [
      'Sprint vrouwen',
      'distance="…" (500, 1000, 1500, 3000, 5000, 10000, massastart, ploegenachtervolging, teamsprint)',
    ],
    ['500 vrouwen', 'distance="…" (500, 1000, 1500, 3000, 5000, 10000, massastart, ploegenachtervolging, teamsprint)'],
    ['500 meter, race 2', 'sex="vrouwen" of sex="mannen"'],
  ])('cannot tell from "%s", and warns which attribute to add', (title, missing) => {
    const { block, race, reports, warnings } = read(`title="${title}"`, ONE_DAY);
    expect(block).toBeDefined();
    expect(race).toBeUndefined();
    expect(reports).toEqual([]);
    expect(warnings.map((warning) => warning.message)).toEqual([
      `verwacht te weten welke race dit is: voeg ${missing} toe, of race="nee" als de tabel geen race is; gevonden: title="${title}"`,
    ]);
  });

  it('takes a day that only the title of a weekend could not tell as missing', () => {
    expect(read('title="500 meter vrouwen"').warnings.map((warning) => warning.message)).toEqual([
      'verwacht te weten welke race dit is: voeg date="…" (2025-11-14 t/m 2025-11-16) toe, of race="nee" als de tabel geen race is; gevonden: title="500 meter vrouwen"',
    ]);
  });
});

describe('a results block that is no race', () => {
  it.each(['Eindklassement sprint vrouwen', 'Tussenstand wereldbeker 500 meter vrouwen', 'Wereldbekerstand mannen'])(
    'is a classification by its title "%s", without a warning',
    (title) => {
      const { block, race, warnings } = read(`title="${title}"`);
      expect(block).toBeDefined();
      expect(race).toBeUndefined();
      expect(warnings).toEqual([]);
    },
  );

  it('is said so with race="nee"', () => {
    const { block, race, reports, warnings } = read('title="Uitslag van de dag" race="nee"');
    expect(block).toBeDefined();
    expect(race).toBeUndefined();
    expect(reports).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('with race="nee" and race attributes besides, is no race, with a warning', () => {
    const { race, warnings } = read('title="Dag 1" race="nee" distance="500"');
    expect(race).toBeUndefined();
    expect(warnings).toEqual([
      {
        line: 1,
        field: 'results race',
        message: 'verwacht race="nee" óf distance, niet allebei; gevonden: allebei (de tabel telt niet als race)',
      },
    ]);
  });

  it('refuses another value of race', () => {
    const { block, reports } = read('title="Dag 1" race="ja"');
    expect(block).toBeUndefined();
    expect(reports.map((report) => report.message)).toEqual([
      'verwacht race="nee" voor een tabel die geen race is, of geen race-attribuut; gevonden: race="ja"',
    ]);
  });

  it('is any table in an article without a competition: silently for a bare title', () => {
    const { block, race, warnings } = read('title="500 meter vrouwen"', null);
    expect(block).toBeDefined();
    expect(race).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  it('is any table in an article without a competition: with a warning when it names its race', () => {
    const { block, race, warnings } = read('title="Race" distance="500" sex="vrouwen"', null);
    expect(block).toBeDefined();
    expect(race).toBeUndefined();
    expect(warnings).toEqual([
      {
        line: 1,
        field: 'results',
        message:
          'verwacht event: in de front matter bij een tabel met distance, sex: een race hoort bij een wedstrijd; gevonden: geen event (de tabel staat op de site, maar niet als race)',
      },
    ]);
  });
});
