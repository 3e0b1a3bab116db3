import { parseBody } from '@/lib/markdown/blocks';
import type { ResultRow, ResultsBlock } from '@/lib/types';
import { collectingContext, type Report } from './collecting-context';

/** Wraps table lines in a results block and parses it as a whole body. */
function parse(tableLines: string[], attributes = 'title="500 meter vrouwen"', lineOffset = 0) {
  const { context, reports } = collectingContext(lineOffset);
  const markdown = [`:::results{${attributes}}`, ...tableLines, ':::'].join('\n');
  const block = parseBody(markdown, context).blocks.find((candidate) => candidate.kind === 'results');
  return { block, reports };
}

/** The results block of a table that must parse without problems. */
function results(tableLines: string[], attributes?: string): ResultsBlock {
  const { block, reports } = parse(tableLines, attributes);
  expect(reports).toEqual([]);
  if (!block) throw new Error('expected a results block');
  return block;
}

function row(block: ResultsBlock, index: number): ResultRow {
  const found = block.rows[index];
  if (!found) throw new Error(`expected a row ${index + 1}`);
  return found;
}

function problems(tableLines: string[], attributes?: string, lineOffset?: number): Report[] {
  return parse(tableLines, attributes, lineOffset).reports;
}

const ms = (rows: ResultRow[], pick: (row: ResultRow) => { ms: number } | undefined) =>
  rows.map((item) => pick(item)?.ms);

describe('results block header', () => {
  // Each recognised header (and a case variant) with a cell it must read and what it reads it as.
  const CASES: [header: string, cell: string, read: (row: ResultRow) => unknown, expected: unknown][] = [
    ['Pos', '3', (r) => r.position, 3],
    ['Plaats', '3', (r) => r.position, 3],
    ['#', '3', (r) => r.position, 3],
    ['POS', '3', (r) => r.position, 3],
    ['Land', 'NED', (r) => r.country, 'NED'],
    ['Nat', 'NED', (r) => r.country, 'NED'],
    ['land', 'NED', (r) => r.country, 'NED'],
    ['Tijd', '36.51', (r) => r.time, { ms: 36_510, decimals: 2 }],
    ['Time', '36.51', (r) => r.time, { ms: 36_510, decimals: 2 }],
    ['TIJD', '36.51', (r) => r.time, { ms: 36_510, decimals: 2 }],
    ['Verschil', '+0.37', (r) => r.gap, { ms: 370, decimals: 2 }],
    ['Achterstand', '+0.37', (r) => r.gap, { ms: 370, decimals: 2 }],
    ['Gap', '+0.37', (r) => r.gap, { ms: 370, decimals: 2 }],
    ['verschil', '+0.37', (r) => r.gap, { ms: 370, decimals: 2 }],
    ['Record', 'WR', (r) => r.records, ['WR']],
    ['Rec', 'WR', (r) => r.records, ['WR']],
    ['REC', 'WR', (r) => r.records, ['WR']],
    ['Leden', 'Sanne Visser, Anna Anders', (r) => r.members.map((m) => m.name), ['Sanne Visser', 'Anna Anders']],
    ['Members', 'Sanne Visser, Anna Anders', (r) => r.members.map((m) => m.name), ['Sanne Visser', 'Anna Anders']],
    ['LEDEN', 'Sanne Visser, Anna Anders', (r) => r.members.map((m) => m.name), ['Sanne Visser', 'Anna Anders']],
  ];

  it.each(CASES)('reads a %s column', (header, cell, read, expected) => {
    const block = results([`| Naam | ${header} |`, '| --- | --- |', `| Nederland | ${cell} |`]);

    expect([read(row(block, 0)), block.extraColumns]).toEqual([expected, []]);
  });

  it.each(['Naam', 'Schaatser', 'Ploeg', 'Team', 'NAAM', 'schaatser'])('reads a %s column as the name', (header) => {
    const block = results([`| ${header} | Tijd |`, '| --- | --- |', '| Sanne Visser | 36.51 |']);

    expect([row(block, 0).name, block.extraColumns]).toEqual(['Sanne Visser', []]);
  });

  it('keeps unknown headers as extra columns, with their cells in order', () => {
    const block = results([
      '| Naam | Baan | Tijd | Opmerking |',
      '| --- | --- | --- | --- |',
      '| Sanne Visser | binnen | 36.51 | valse start |',
      '| Lotte Hoekstra | buiten | 36.88 | |',
    ]);

    expect([block.extraColumns, block.rows.map((item) => item.extra)]).toEqual([
      ['Baan', 'Opmerking'],
      [
        ['binnen', 'valse start'],
        ['buiten', ''],
      ],
    ]);
  });

  it('says which known columns the table shows', () => {
    const block = results(['| Pos | Naam | Tijd |', '| --- | --- | --- |', '| 1 | Sanne Visser | 36.51 |']);

    expect(block.columns).toEqual({
      position: true,
      country: false,
      time: true,
      gap: false,
      records: false,
      members: false,
    });
  });

  it('reports a table without a name column, on the line of the table', () => {
    expect(problems(['| Pos | Land | Tijd |', '| --- | --- | --- |', '| 1 | NED | 36.51 |'], undefined, 7)).toEqual([
      { line: 2 + 7, field: 'results header', message: expect.stringContaining('verwacht een naamkolom') },
    ]);
  });

  it('reports a column that appears twice', () => {
    expect(problems(['| Naam | Tijd | Time |', '| --- | --- | --- |', '| Sanne Visser | 36.51 | 36.51 |'])).toEqual([
      { line: 2, field: 'results header Time', message: expect.stringContaining('verwacht elke soort kolom één keer') },
    ]);
  });
});

describe('results block attributes and structure', () => {
  it('reads the title and the note', () => {
    const block = results(['| Naam |', '| --- |', '| Sanne Visser |'], 'title="500 meter" note="Selectie"');

    expect([block.title, block.note]).toEqual(['500 meter', 'Selectie']);
  });

  it('reports a results block without a title', () => {
    expect(problems(['| Naam |', '| --- |', '| Sanne Visser |'], 'note="Selectie"')).toEqual([
      { line: 1, field: 'results title', message: expect.stringContaining('verwacht een titel') },
    ]);
  });

  it('reports a results block without a table, on the line of the directive', () => {
    expect(problems(['Geen tabel hier.'], undefined, 7)).toEqual([
      { line: 2 + 7, field: 'results', message: expect.stringContaining('gevonden: tekst') },
      { line: 1 + 7, field: 'results', message: expect.stringContaining('verwacht een tabel') },
    ]);
  });

  it('reports a second table in one results block', () => {
    expect(
      problems(['| Naam |', '| --- |', '| Sanne Visser |', '', '| Naam |', '| --- |', '| Lotte Hoekstra |']),
    ).toEqual([{ line: 6, field: 'results', message: expect.stringContaining('verwacht één tabel per uitslagblok') }]);
  });

  it('reports a row without a name', () => {
    expect(problems(['| Pos | Naam |', '| --- | --- |', '| 1 | |'])).toEqual([
      { line: 4, field: 'results row 1', message: expect.stringContaining('verwacht een naam in elke rij') },
    ]);
  });

  it('reports formatting inside a cell rather than losing it', () => {
    expect(problems(['| Naam |', '| --- |', '| **Sanne Visser** |'])).toEqual([
      { line: 4, field: 'results row 1, Naam', message: expect.stringContaining('gevonden: vette tekst') },
    ]);
  });

  it('leaves a broken results block out of the blocks', () => {
    expect(parse(['| Naam | Tijd |', '| --- | --- |', '| Sanne Visser | 36,51 |']).block).toBeUndefined();
  });
});

describe('results block cells', () => {
  it.each([
    ['36.51', { ms: 36_510, decimals: 2 }],
    ['1:06.41', { ms: 66_410, decimals: 2 }],
    ['1:54.123', { ms: 114_123, decimals: 3 }],
    ['2:03:45.12', { ms: 7_425_120, decimals: 2 }],
  ])('reads the time %s', (text, expected) => {
    const block = results(['| Naam | Tijd |', '| --- | --- |', `| Sanne Visser | ${text} |`]);

    expect(row(block, 0).time).toEqual(expected);
  });

  it.each(['36,09', 'abc', '1:6.41'])('reports the unreadable time %s, naming the line and the cell', (text) => {
    const reports = problems(
      [
        '| Pos | Naam | Tijd |',
        '| --- | --- | --- |',
        '| 1 | Sanne Visser | 36.51 |',
        `| 2 | Lotte Hoekstra | ${text} |`,
      ],
      undefined,
      7,
    );

    expect(reports).toEqual([
      { line: 5 + 7, field: 'results row 2, Tijd', message: expect.stringContaining(`gevonden: "${text}"`) },
    ]);
  });

  it('reads a position written with a dot', () => {
    const block = results(['| Pos | Naam |', '| --- | --- |', '| 1. | Sanne Visser |']);

    expect(row(block, 0).position).toBe(1);
  });

  it('reports a position that is not a number', () => {
    expect(problems(['| Pos | Naam |', '| --- | --- |', '| eerste | Sanne Visser |'])).toEqual([
      { line: 4, field: 'results row 1, Pos', message: expect.stringContaining('gevonden: "eerste"') },
    ]);
  });

  it('reads a country code in any case, keeping it in capitals', () => {
    const block = results(['| Naam | Land |', '| --- | --- |', '| Sanne Visser | ned |']);

    expect(row(block, 0).country).toBe('NED');
  });

  it('reports an unknown country code', () => {
    expect(problems(['| Naam | Land |', '| --- | --- |', '| Sanne Visser | NDE |'])).toEqual([
      { line: 4, field: 'results row 1, Land', message: expect.stringContaining('gevonden: "NDE"') },
    ]);
  });

  it('links a name that matches a known athlete', () => {
    const block = results(['| Naam |', '| --- |', '| Sanne Visser |', '| Anna Anders |']);

    expect(block.rows.map((item) => item.athlete)).toEqual([{ slug: 'sanne-visser', name: 'Sanne Visser' }, undefined]);
  });

  it('links the team members who are known athletes', () => {
    const block = results([
      '| Ploeg | Leden |',
      '| --- | --- |',
      '| Nederland | Sanne Visser, Anna Anders,Lotte Hoekstra |',
    ]);

    expect(row(block, 0).members).toEqual([
      { name: 'Sanne Visser', athlete: { slug: 'sanne-visser', name: 'Sanne Visser' } },
      { name: 'Anna Anders' },
      { name: 'Lotte Hoekstra', athlete: { slug: 'lotte-hoekstra', name: 'Lotte Hoekstra' } },
    ]);
  });

  it.each([
    ['WR, NR', ['WR', 'NR']],
    ['PR SB', ['PR', 'SB']],
    ['OR,BR', ['OR', 'BR']],
    ['wr', ['WR']],
    // TR (track record) is what editors wrote before; Dutch readers know a baanrecord as BR.
    ['TR', ['BR']],
    ['tr PR', ['BR', 'PR']],
  ])('reads the record markers %j', (cell, expected) => {
    const block = results(['| Naam | Record |', '| --- | --- |', `| Sanne Visser | ${cell} |`]);

    expect(row(block, 0).records).toEqual(expected);
  });

  it('reads BR and TR in one cell as one baanrecord', () => {
    const block = results(['| Naam | Record |', '| --- | --- |', '| Sanne Visser | TR BR |']);

    expect(row(block, 0).records).toEqual(['BR']);
  });

  it('reads a marker written twice as one record', () => {
    const block = results(['| Naam | Record |', '| --- | --- |', '| Sanne Visser | WR WR |']);

    expect(row(block, 0).records).toEqual(['WR']);
  });

  it('reports an unknown record marker, naming the line and the cell', () => {
    expect(problems(['| Naam | Record |', '| --- | --- |', '| Sanne Visser | WR ER |'], undefined, 7)).toEqual([
      { line: 4 + 7, field: 'results row 1, Record', message: expect.stringContaining('gevonden: "ER"') },
    ]);
  });
});

describe('results block statuses', () => {
  it.each(['DQ', 'DNF', 'DNS'] as const)('reads %s in the time column as a status without a time', (status) => {
    const block = results(['| Naam | Tijd |', '| --- | --- |', `| Sanne Visser | ${status} |`]);

    expect([row(block, 0).status, row(block, 0).time]).toEqual([status, undefined]);
  });

  it('reads a status in the position column', () => {
    const block = results(['| Pos | Naam |', '| --- | --- |', '| DQ | Sanne Visser |']);

    expect([row(block, 0).status, row(block, 0).position]).toEqual(['DQ', undefined]);
  });

  it('reads status words in any case', () => {
    const block = results(['| Naam | Tijd |', '| --- | --- |', '| Sanne Visser | dnf |']);

    expect(row(block, 0).status).toBe('DNF');
  });

  it('reports a status row that also has a position', () => {
    expect(problems(['| Pos | Naam | Tijd |', '| --- | --- | --- |', '| 4 | Sanne Visser | DNF |'])).toEqual([
      { line: 4, field: 'results row 1', message: expect.stringContaining('verwacht geen plaats bij een DNF-rij') },
    ]);
  });

  it('gives a status row no gap', () => {
    const block = results([
      '| Pos | Naam | Tijd |',
      '| --- | --- | --- |',
      '| 1 | Sanne Visser | 36.51 |',
      '| 2 | Lotte Hoekstra | 36.88 |',
      '| | Anna Anders | DQ |',
    ]);

    expect(row(block, 2).gap).toBeUndefined();
  });
});

describe('results block gaps', () => {
  it('gives the winner no gap', () => {
    const block = results([
      '| Pos | Naam | Tijd |',
      '| --- | --- | --- |',
      '| 1 | Sanne Visser | 36.51 |',
      '| 2 | Lotte Hoekstra | 36.88 |',
    ]);

    expect(row(block, 0).gap).toBeUndefined();
  });

  it("computes each other gap as the row's time minus the winner's", () => {
    const block = results([
      '| Pos | Naam | Tijd |',
      '| --- | --- | --- |',
      '| 1 | Sanne Visser | 1:14.51 |',
      '| 2 | Lotte Hoekstra | 1:14.88 |',
      '| 3 | Anna Anders | 1:16.02 |',
    ]);

    expect(ms(block.rows, (item) => item.gap)).toEqual([undefined, 370, 1_510]);
  });

  it('computes gaps in thousandths when a time has thousandths', () => {
    const block = results([
      '| Pos | Naam | Tijd |',
      '| --- | --- | --- |',
      '| 1 | A | 1:54.123 |',
      '| 2 | B | 1:55.00 |',
    ]);

    expect(row(block, 1).gap).toEqual({ ms: 877, decimals: 3 });
  });

  it('measures gaps from the fastest time when the table has no positions', () => {
    const block = results(['| Naam | Tijd |', '| --- | --- |', '| A | 36.88 |', '| B | 36.51 |']);

    expect(ms(block.rows, (item) => item.gap)).toEqual([370, undefined]);
  });

  it('shows the gap column when gaps were computed', () => {
    const block = results(['| Naam | Tijd |', '| --- | --- |', '| A | 36.51 |', '| B | 36.88 |']);

    expect(block.columns.gap).toBe(true);
  });

  it('keeps a gap as given when the row has no time', () => {
    const block = results([
      '| Pos | Ploeg | Verschil |',
      '| --- | --- | --- |',
      '| 1 | Japan | |',
      '| 2 | Canada | +0.27 |',
      '| 3 | Nederland | +1:02.33 |',
    ]);

    expect([ms(block.rows, (item) => item.gap), block.columns.gap]).toEqual([[undefined, 270, 62_330], true]);
  });

  it('keeps a given gap rather than computing one from the times', () => {
    const block = results([
      '| Pos | Naam | Tijd | Verschil |',
      '| --- | --- | --- | --- |',
      '| 1 | A | 36.51 | |',
      '| 2 | B | 36.88 | +0.40 |',
    ]);

    expect(row(block, 1).gap).toEqual({ ms: 400, decimals: 2 });
  });

  it('reports a gap that cannot be read', () => {
    expect(problems(['| Naam | Verschil |', '| --- | --- |', '| A | +0,27 |'])).toEqual([
      { line: 4, field: 'results row 1, Verschil', message: expect.stringContaining('gevonden: "+0,27"') },
    ]);
  });
});

describe('results block data that cannot be right', () => {
  /** The errors and warnings of a results block, the table starting on body line 2. */
  function check(tableLines: string[]) {
    const { context, reports, warnings } = collectingContext();
    const { blocks } = parseBody([':::results{title="500 meter vrouwen"}', ...tableLines, ':::'].join('\n'), context);
    return { reports, warnings, kinds: blocks.map((block) => block.kind) };
  }

  it('reports a row with a cell more than the header, naming the cell, instead of dropping it', () => {
    const { reports } = check([
      '| Pos | Naam         | Tijd  |',
      '| --: | ------------ | ----: |',
      '| 1   | Sanne Visser | 36.50 | PR |',
    ]);

    expect(reports).toEqual([
      {
        line: 4,
        field: 'results row 1',
        message: 'verwacht hoogstens 3 cellen, één onder elke kolomnaam; gevonden: 4 ("PR" heeft geen kolom)',
      },
    ]);
  });

  it('reports a winner slower than a skater placed below her, which would give a negative gap', () => {
    const { reports } = check([
      '| Pos | Naam           | Tijd  |',
      '| --: | -------------- | ----: |',
      '| 1   | Sanne Visser   | 36.50 |',
      '| 2   | Lotte Hoekstra | 36.40 |',
    ]);

    expect(reports).toEqual([
      {
        line: 5,
        field: 'results row 2, Tijd',
        message:
          'verwacht een tijd die niet sneller is dan die van de winnaar, 36.50; gevonden: 36.40, een verschil van -0.10 (controleer de tijden en plaatsen)',
      },
    ]);
  });

  it('warns about times out of the order of the places, and still shows the table', () => {
    const { reports, warnings, kinds } = check([
      '| Pos | Naam           | Tijd    |',
      '| --: | -------------- | ------: |',
      '| 1   | Sanne Visser   | 1:06.20 |',
      '| 2   | Lotte Hoekstra | 1:06.90 |',
      '| 3   | Anna Anders    | 1:06.60 |',
    ]);

    expect([reports, warnings, kinds]).toEqual([
      [],
      [
        {
          line: 6,
          field: 'results row 3, Tijd',
          message:
            'verwacht tijden in de volgorde van de plaatsen; gevonden: 1:06.60 voor plaats 3, sneller dan 1:06.90 voor plaats 2',
        },
      ],
      ['results'],
    ]);
  });

  it('does not warn about equal times on different places (split by thousandths)', () => {
    const { reports, warnings } = check([
      '| Pos | Naam           | Tijd  |',
      '| --: | -------------- | ----: |',
      '| 1   | Sanne Visser   | 36.50 |',
      '| 2   | Lotte Hoekstra | 36.50 |',
    ]);

    expect([reports, warnings]).toEqual([[], []]);
  });

  it("warns about a country that differs from the skater's file", () => {
    const { reports, warnings } = check([
      '| Naam         | Land | Tijd  |',
      '| ------------ | ---- | ----: |',
      '| Sanne Visser | CAN  | 36.50 |',
    ]);

    expect([reports, warnings]).toEqual([
      [],
      [
        {
          line: 4,
          field: 'results row 1, Land',
          message: 'verwacht het land uit het bestand van Sanne Visser, NED; gevonden: "CAN"',
        },
      ],
    ]);
  });
});
