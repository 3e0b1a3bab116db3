import { parseBody } from '@/lib/markdown/blocks';
import type { Block } from '@/lib/types';
import { collectingContext } from './collecting-context';

const TABLE = ['| Pos | Naam         | Tijd  |', '| --: | ------------ | ----: |', '| 1   | Sanne Visser | 36.51 |'];

function parse(lines: string[]) {
  const { context, reports } = collectingContext();
  const { blocks } = parseBody(lines.join('\n'), context);
  return { blocks, reports };
}

/** What a reader is shown of each block: the quote's speaker and words, the table's title and names. */
function shown(blocks: Block[]): string[] {
  return blocks.map((block) => {
    if (block.kind === 'quote')
      return `quote by ${block.by}${block.source ? ` on ${block.source}` : ''}: ${block.html}`;
    if (block.kind === 'results') return `results "${block.title}": ${block.rows.map((row) => row.name).join(', ')}`;
    return block.html;
  });
}

describe('block openings as word processors and hurried fingers write them', () => {
  it.each([
    ['curly quotes', ':::quote{by=“Sanne Visser” source=“NOS”}'],
    ['Dutch low-high quotes', ':::quote{by=„Sanne Visser” source=„NOS”}'],
    ['curly single quotes', ':::quote{by=‘Sanne Visser’ source=‘NOS’}'],
    ['a space after :::', '::: quote{by="Sanne Visser" source="NOS"}'],
    ['a space before {', ':::quote {by="Sanne Visser" source="NOS"}'],
    ['commas between attributes', ':::quote{by="Sanne Visser", source="NOS"}'],
    ['all of these at once', '::: quote {by=“Sanne Visser”, source=“NOS”}'],
  ])('accept %s as the quote that was meant', (_name, opening) => {
    const { blocks, reports } = parse([opening, 'Het ijs was snel.', ':::']);

    expect([reports, shown(blocks)]).toEqual([[], ['quote by Sanne Visser on NOS: <p>Het ijs was snel.</p>']]);
  });

  it('accept a one-word value in curly quotes without the quotes', () => {
    const { blocks, reports } = parse([':::quote{by=“Visser”}', 'Snel.', ':::']);

    expect([reports, shown(blocks)]).toEqual([[], ['quote by Visser: <p>Snel.</p>']]);
  });

  it('keep curly quotes inside a straight-quoted value as written', () => {
    const { blocks, reports } = parse([":::quote{by='Jan “de Beer” Jansen'}", 'Snel.', ':::']);

    expect([reports, shown(blocks)]).toEqual([[], ['quote by Jan “de Beer” Jansen: <p>Snel.</p>']]);
  });

  it('accept a results block with curly quotes as the table that was meant', () => {
    const { blocks, reports } = parse([':::results{title=“500 meter vrouwen”, note=“Selectie”}', ...TABLE, ':::']);

    expect([reports, shown(blocks)]).toEqual([[], ['results "500 meter vrouwen": Sanne Visser']]);
  });

  it('keep the line numbers of what follows an accepted opening', () => {
    const { reports } = parse([
      'Tekst.',
      '',
      '::: results{title=“500 meter”}',
      ...TABLE,
      '| 2 | Lotte Hoekstra | 36,90 |',
      ':::',
    ]);

    expect(reports.map((report) => `${report.line} ${report.field}`)).toEqual(['7 results row 2, Tijd']);
  });

  it('leave a ::: line inside a code block alone', () => {
    const { blocks, reports } = parse(['```', '::: quote{by=“Sanne Visser”}', ':::', '```']);

    expect([reports, shown(blocks)]).toEqual([[], ['<pre><code>::: quote{by=“Sanne Visser”}\n:::\n</code></pre>']]);
  });

  it('leave a block that is commented out alone', () => {
    const { blocks, reports } = parse(['Tekst.', '', '<!--', '::: quote{by=Sanne Visser}', 'Snel.', ':::', '-->']);

    expect([reports, shown(blocks)]).toEqual([[], ['<p>Tekst.</p>']]);
  });
});

describe('block openings that cannot be read', () => {
  it('are reported on their line, with what to type instead', () => {
    const { reports } = parse(['Tekst.', '', ':::quote by="Sanne Visser"', 'Snel.', ':::']);

    expect(reports).toEqual([
      {
        line: 3,
        field: ':::quote',
        message:
          'verwacht een blok dat begint als :::quote{by="…"} of :::results{title="…"}, met de attributen tussen { en }, elk als naam="waarde"; gevonden: ":::quote by=\\"Sanne Visser\\""',
      },
    ]);
  });

  it('include an opening whose { } is not closed', () => {
    const { reports } = parse([':::results{title="500 meter"', ...TABLE, ':::']);

    expect(reports.map((report) => `${report.line} ${report.field}`)).toEqual(['1 :::results']);
  });

  it('include a ::: line that closes no block', () => {
    const { reports } = parse(['Tekst.', '', ':::']);

    expect(reports).toEqual([
      {
        line: 3,
        field: ':::',
        message:
          'verwacht ::: alleen als laatste regel van een :::quote- of :::results-blok; gevonden: een ::: die geen blok afsluit',
      },
    ]);
  });
});
