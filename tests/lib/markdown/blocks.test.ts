import { parseBody } from '@/lib/markdown/blocks';
import type { QuoteBlock } from '@/lib/types';
import { collectingContext } from './collecting-context';

function onlyQuote(markdown: string): QuoteBlock {
  const { context, reports } = collectingContext();
  const quotes = parseBody(markdown, context).blocks.filter((block) => block.kind === 'quote');
  expect(reports).toEqual([]);
  const [quote] = quotes;
  if (!quote || quotes.length !== 1) throw new Error(`expected one quote block, got ${quotes.length}`);
  return quote;
}

describe('parseBody', () => {
  it('makes one prose block of a body without directives', () => {
    const { context } = collectingContext();

    const { blocks } = parseBody('Eerste alinea.\n\nTweede alinea.', context);

    expect(blocks).toEqual([{ kind: 'prose', html: '<p>Eerste alinea.</p>\n<p>Tweede alinea.</p>' }]);
  });

  it('keeps prose, quote and results in the order they were written', () => {
    const { context } = collectingContext();
    const markdown = [
      'Voor het citaat.',
      '',
      ':::quote{by="Sanne Visser"}',
      'Snel.',
      ':::',
      '',
      'Tussen citaat en uitslag.',
      '',
      ':::results{title="500 meter"}',
      '| Naam         | Tijd  |',
      '| ------------ | ----- |',
      '| Sanne Visser | 36.51 |',
      ':::',
      '',
      'Na de uitslag.',
    ].join('\n');

    const { blocks } = parseBody(markdown, context);

    expect(blocks.map((block) => (block.kind === 'prose' ? block.html : block.kind))).toEqual([
      '<p>Voor het citaat.</p>',
      'quote',
      '<p>Tussen citaat en uitslag.</p>',
      'results',
      '<p>Na de uitslag.</p>',
    ]);
  });

  it('keeps a plain > blockquote as prose, not as a quote block', () => {
    const { context } = collectingContext();

    const { blocks } = parseBody('> Gewoon geciteerd.', context);

    expect(blocks).toEqual([{ kind: 'prose', html: '<blockquote>\n<p>Gewoon geciteerd.</p>\n</blockquote>' }]);
  });

  it('gives every prose run the link definitions of the whole body', () => {
    const { context } = collectingContext();
    const markdown = 'Zie [de NOS][nos].\n\n:::quote{by="Sanne Visser"}\nSnel.\n:::\n\n[nos]: https://nos.nl/sport';

    const { blocks } = parseBody(markdown, context);

    expect(blocks[0]).toEqual({ kind: 'prose', html: '<p>Zie <a href="https://nos.nl/sport">de NOS</a>.</p>' });
  });

  it('counts the words of prose and quotes', () => {
    const { context } = collectingContext();

    const { wordCount } = parseBody('Een twee drie.\n\n:::quote{by="Sanne Visser"}\nvier vijf\n:::', context);

    expect(wordCount).toBe(5);
  });

  it('reports an unknown container directive by its name, on its line', () => {
    const { context, reports } = collectingContext();

    parseBody('Tekst.\n\n:::foo\nWat is dit?\n:::', context);

    expect(reports).toEqual([
      { line: 3, field: ':::foo', message: expect.stringContaining('onbekend blok; verwacht :::quote of :::results') },
    ]);
  });

  it('leaves an unknown container directive out of the blocks', () => {
    const { context } = collectingContext();

    const { blocks } = parseBody('Tekst.\n\n:::foo\nWat is dit?\n:::', context);

    expect(blocks).toEqual([{ kind: 'prose', html: '<p>Tekst.</p>' }]);
  });

  it('reports file lines: the body line plus lineOffset', () => {
    const { context, reports } = collectingContext(7);

    parseBody('Tekst.\n\n:::foo\n:::', context);

    expect(reports.map((report) => report.line)).toEqual([3 + 7]);
  });
});

describe('quote blocks', () => {
  it('links the speaker when by is the name of a known athlete', () => {
    const quote = onlyQuote(':::quote{by="Sanne Visser"}\nSnel.\n:::');

    expect(quote.speaker).toEqual({ slug: 'sanne-visser', name: 'Sanne Visser' });
  });

  it('keeps a speaker who is not a known athlete as plain text', () => {
    const quote = onlyQuote(':::quote{by="Een trainer"}\nSnel.\n:::');

    expect([quote.by, quote.speaker]).toEqual(['Een trainer', undefined]);
  });

  it('keeps source and cite', () => {
    const quote = onlyQuote(':::quote{by="Sanne Visser" source="NOS" cite="https://nos.nl/sport"}\nSnel.\n:::');

    expect([quote.source, quote.cite]).toEqual(['NOS', 'https://nos.nl/sport']);
  });

  it('accepts an http URL as cite', () => {
    expect(onlyQuote(':::quote{by="Sanne Visser" cite="http://example.com/a"}\nSnel.\n:::').cite).toBe(
      'http://example.com/a',
    );
  });

  it('renders the quoted words as HTML', () => {
    const quote = onlyQuote(':::quote{by="Sanne Visser"}\nDit was **snel**.\n\nEcht.\n:::');

    expect(quote.html).toBe('<p>Dit was <strong>snel</strong>.</p>\n<p>Echt.</p>');
  });

  it('reports a quote without by on the line of the directive', () => {
    const { context, reports } = collectingContext(7);

    parseBody('Tekst.\n\n:::quote{source="NOS"}\nSnel.\n:::', context);

    expect(reports).toEqual([
      { line: 10, field: 'quote by', message: expect.stringContaining('verwacht de naam van wie het zei') },
    ]);
  });

  it.each(['www.nos.nl', 'javascript:alert(1)', 'ftp://example.com/a', 'data:text/html,x'])(
    'reports a cite that is not an http(s) URL: %s',
    (cite) => {
      const { context, reports } = collectingContext();

      parseBody(`:::quote{by="Sanne Visser" cite="${cite}"}\nSnel.\n:::`, context);

      expect(reports).toEqual([
        { line: 1, field: 'quote cite', message: expect.stringContaining(`gevonden: "${cite}"`) },
      ]);
    },
  );

  it('reports an unknown quote attribute', () => {
    const { context, reports } = collectingContext();

    parseBody(':::quote{by="Sanne Visser" door="NOS"}\nSnel.\n:::', context);

    expect(reports).toEqual([
      {
        line: 1,
        field: 'quote door',
        message: expect.stringContaining('onbekend attribuut; verwacht by, source of cite; gevonden: door='),
      },
    ]);
  });

  it('leaves a broken quote out of the blocks', () => {
    const { context } = collectingContext();

    const { blocks } = parseBody(':::quote{source="NOS"}\nSnel.\n:::', context);

    expect(blocks).toEqual([]);
  });
});

describe('images in the text', () => {
  it('load lazily, after the lead photo, and keep their alt text', () => {
    const { context } = collectingContext();

    const { blocks } = parseBody('Voor de foto.\n\n![Visser juicht](/images/2025/visser.jpg)', context);

    expect(blocks).toEqual([
      {
        kind: 'prose',
        html: '<p>Voor de foto.</p>\n<p><img src="/images/2025/visser.jpg" alt="Visser juicht" loading="lazy" decoding="async"></p>',
      },
    ]);
  });
});
