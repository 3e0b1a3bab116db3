import { parseBody } from '@/lib/markdown/blocks';
import { markdownToHtml } from '@/lib/markdown/processor';
import { collectingContext } from './collecting-context';

/** A body as a reader's page has it: the HTML of every block, quotes included, in order. */
function bodyHtml(markdown: string): string {
  const { context, reports } = collectingContext();
  const { blocks } = parseBody(markdown, context);
  expect(reports).toEqual([]);
  return blocks.map((block) => ('html' in block ? block.html : `[${block.kind}]`)).join('\n');
}

describe('links whose scheme is written in capitals', () => {
  it.each([
    ['[NOS](HTTPS://nos.nl/sport)', '<p><a href="https://nos.nl/sport">NOS</a></p>'],
    ['[NOS](Https://nos.nl/sport)', '<p><a href="https://nos.nl/sport">NOS</a></p>'],
    ['[NOS][nos]\n\n[nos]: HTTP://nos.nl/', '<p><a href="http://nos.nl/">NOS</a></p>'],
    ['<MAILTO:jan@knsb.nl>', '<p><a href="mailto:jan@knsb.nl">MAILTO:jan@knsb.nl</a></p>'],
    ['<HTTPS://nos.nl/>', '<p><a href="https://nos.nl/">HTTPS://nos.nl/</a></p>'],
  ])('keep their address: %s', (markdown, html) => {
    expect(markdownToHtml(markdown)).toBe(html);
  });

  it('still lose a javascript: address written in capitals', () => {
    expect(markdownToHtml('[klik](JAVASCRIPT:alert(1))')).toBe('<p><a>klik</a></p>');
  });
});

describe('words joined by a colon', () => {
  it('link an e-mail address after "Contact:" to the whole address', () => {
    expect(markdownToHtml('Contact:jan.de.vries@knsb.nl')).toBe(
      '<p>Contact:<a href="mailto:jan.de.vries@knsb.nl">jan.de.vries@knsb.nl</a></p>',
    );
  });
});

describe('link references and quotes', () => {
  it('find a definition written outside a quote from inside it', () => {
    const markdown = ':::quote{by="Sanne Visser"}\nZie [de NOS][nos].\n:::\n\n[nos]: https://nos.nl/sport';

    expect(bodyHtml(markdown)).toBe('<p>Zie <a href="https://nos.nl/sport">de NOS</a>.</p>');
  });

  it('find a definition written inside a quote from outside it', () => {
    const markdown = 'Zie [de KNSB][knsb].\n\n:::quote{by="Sanne Visser"}\nSnel.\n\n[knsb]: https://knsb.nl/\n:::';

    expect(bodyHtml(markdown)).toBe('<p>Zie <a href="https://knsb.nl/">de KNSB</a>.</p>\n<p>Snel.</p>');
  });
});

describe('footnotes', () => {
  const markdown = [
    'Kok reed een wereldrecord[^1].',
    '',
    ':::quote{by="Sanne Visser"}',
    'Ongelooflijk snel[^bron].',
    ':::',
    '',
    'Daarna nog een keer[^1].',
    '',
    '[^1]: Gemeten met elektronische tijdwaarneming.',
    '[^bron]: Gezegd tegen de NOS.',
  ].join('\n');

  it('keep their text when a block stands between marker and definition', () => {
    const html = bodyHtml(markdown);

    expect(html).toContain('Gemeten met elektronische tijdwaarneming.');
    expect(html).toContain('Gezegd tegen de NOS.');
  });

  it('link every marker to its footnote and every footnote back to the text', () => {
    const html = bodyHtml(markdown);
    const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((match) => match[1]);
    const ids = new Set([...html.matchAll(/id="([^"]+)"/g)].map((match) => match[1]));

    expect(targets.length).toBeGreaterThanOrEqual(5);
    expect(targets.filter((target) => !ids.has(target))).toEqual([]);
  });

  it('number the markers across blocks, in the order they appear', () => {
    const numbers = [...bodyHtml(markdown).matchAll(/data-footnote-ref[^>]*>(\d+)</g)].map((match) => match[1]);

    expect(numbers).toEqual(['1', '2', '1']);
  });

  it('keep the text of a note written inside a quote and marked outside it', () => {
    const html = bodyHtml('Tekst[^a].\n\n:::quote{by="Sanne Visser"}\nSnel.\n\n[^a]: Uit het citaat.\n:::');

    expect(html).toMatch(/Tekst<sup><a href="#user-content-fn-a"[^>]*>1<\/a><\/sup>/);
    expect(html).toMatch(/<li id="user-content-fn-a">\n<p>Uit het citaat\./);
  });

  it('are headed and labelled in Dutch', () => {
    const html = bodyHtml(markdown);

    expect(html).toMatch(/<h2[^>]*>Voetnoten<\/h2>/);
    expect(html).toContain('aria-label="Terug naar de tekst"');
    expect(html).not.toMatch(/Footnotes|Back to/);
  });
});

describe('headings in the text', () => {
  it('never make a second h1: a # heading becomes a subheading and the levels below it follow', () => {
    expect(markdownToHtml('# Wereldrecord\n\nTekst.\n\n## Reactie')).toBe(
      '<h2>Wereldrecord</h2>\n<p>Tekst.</p>\n<h3>Reactie</h3>',
    );
  });

  it('stay as written when the text has no # heading', () => {
    expect(markdownToHtml('## Wereldrecord\n\n### Reactie')).toBe('<h2>Wereldrecord</h2>\n<h3>Reactie</h3>');
  });
});
