import { parseBody } from '@/lib/markdown/blocks';
import { markdownToHtml } from '@/lib/markdown/processor';
import { collectingContext } from './collecting-context';

// Markup that would run code in a reader's browser. Escaped text (&#x3C;script>) is harmless
// and allowed; only real tags and attributes count.
function expectNoExecutableMarkup(html: string): void {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<iframe/i);
  expect(html).not.toMatch(/<(?:object|embed|style|svg|math|form)\b/i);
  expect(html).not.toMatch(/<[a-z][^>]*\son\w+\s*=/i);
  expect(html).not.toMatch(/<[a-z][^>]*\s(?:href|src|action|formaction)\s*=\s*["']?\s*(?:javascript|vbscript|data):/i);
}

const DANGEROUS: [name: string, markdown: string][] = [
  ['a script block', '<script>alert(1)</script>'],
  ['an inline script', 'Tekst <script>alert(1)</script> meer.'],
  ['an iframe', '<iframe src="https://evil.example/"></iframe>'],
  ['an img with onerror', '<img src="x" onerror="alert(1)">'],
  ['an inline img with onerror', 'Zie <img src=x onerror=alert(1)> hier.'],
  ['an svg with onload', '<svg onload=alert(1)>'],
  ['a div with onclick over several lines', '<div onclick="alert(1)">\nhallo\n</div>'],
  ['an HTML link to javascript:', '<a href="javascript:alert(1)">klik</a>'],
  ['a Markdown link to javascript:', '[klik](javascript:alert(1))'],
  ['a javascript: link in mixed case', '[klik](JaVaScRiPt:alert(1))'],
  ['a javascript: link with an encoded tab', '[klik](java&#x09;script:alert(1))'],
  ['a reference link to javascript:', '[klik][x]\n\n[x]: javascript:alert(1)'],
  ['a data: link', '[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
  ['a data: image', '![foto](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)'],
  ['a vbscript: link', '[klik](vbscript:msgbox(1))'],
  ['a script in a table cell', '| a |\n| - |\n| <script>alert(1)</script> |'],
  ['a style block', '<style>body { display: none }</style>'],
  ['a form', '<form action="javascript:alert(1)"><button>OK</button></form>'],
];

describe('Markdown safety', () => {
  it.each(DANGEROUS)('renders %s without executable markup', (_name, markdown) => {
    expectNoExecutableMarkup(markdownToHtml(markdown));
  });

  it.each(DANGEROUS)('renders %s inside a quote without executable markup', (_name, markdown) => {
    const { context } = collectingContext();

    const { blocks } = parseBody(`:::quote{by="Sanne Visser"}\n${markdown}\n:::`, context);

    expect(blocks.map((block) => block.kind)).toEqual(['quote']);
    for (const block of blocks) if (block.kind === 'quote') expectNoExecutableMarkup(block.html);
  });

  it('shows a pasted script as the text it is', () => {
    expect(markdownToHtml('<script>alert(1)</script>')).toBe('<p>&#x3C;script>alert(1)&#x3C;/script></p>');
  });

  it('shows an inline tag as the text it is', () => {
    expect(markdownToHtml('Een <b>vet</b> woord.')).toBe('<p>Een &#x3C;b>vet&#x3C;/b> woord.</p>');
  });

  it('drops the href of a javascript: link but keeps its words', () => {
    expect(markdownToHtml('[klik hier](javascript:alert(1))')).toBe('<p><a>klik hier</a></p>');
  });

  it('keeps ordinary http and https links', () => {
    expect(markdownToHtml('[a](http://example.com/) [b](https://example.com/)')).toBe(
      '<p><a href="http://example.com/">a</a> <a href="https://example.com/">b</a></p>',
    );
  });

  it('removes an HTML comment that stands as a block', () => {
    expect(markdownToHtml('<!-- notitie voor de eindredactie -->\n\nTekst.')).toBe('<p>Tekst.</p>');
  });

  it('removes an HTML comment inside a paragraph', () => {
    expect(markdownToHtml('Tekst <!-- notitie --> meer.')).not.toContain('notitie');
  });

  it('removes an HTML comment that spans several lines', () => {
    expect(markdownToHtml('<!--\nnotitie\nvan de eindredactie\n-->\n\nTekst.')).toBe('<p>Tekst.</p>');
  });

  // A greedy comment pattern would drop a line that starts and ends with a comment whole.
  it('keeps the words between two HTML comments on one line', () => {
    expect(markdownToHtml('<!-- begin --> Belangrijke tekst <!-- eind -->')).toContain('Belangrijke tekst');
  });
});

describe('accidental directives', () => {
  it.each([
    'Let op:dit is belangrijk.',
    'De race begint om 10:30 uur.',
    'Het is zo:n gedoe.',
    'Het is zo:n[ding]{x="y"} gedoe.',
    'Stand 2:1 na de eerste rit.',
  ])('keeps the exact text of %j', (text) => {
    expect(markdownToHtml(text)).toBe(`<p>${text}</p>`);
  });

  it('keeps the exact text of a line that reads as a leaf directive', () => {
    expect(markdownToHtml('::leaf{a=1}')).toBe('<p>::leaf{a=1}</p>');
  });

  it('keeps the exact text of an accidental directive inside a quote', () => {
    const { context } = collectingContext();

    const { blocks } = parseBody(':::quote{by="Sanne Visser"}\nLet op:dit, om 10:30.\n:::', context);

    expect(blocks).toMatchObject([{ kind: 'quote', html: '<p>Let op:dit, om 10:30.</p>' }]);
  });

  it('keeps the exact text of an accidental directive in a results cell', () => {
    const { context } = collectingContext();

    const { blocks } = parseBody(
      ':::results{title="T"}\n| Naam | Opmerking |\n| - | - |\n| A | val:na start |\n:::',
      context,
    );

    expect(blocks).toMatchObject([{ kind: 'results', rows: [{ extra: ['val:na start'] }] }]);
  });
});
