import { normaliseText, parseContentFile } from '@/lib/content/front-matter';

const ARTICLE = [
  '---', //            1
  'title: Visser wint', // 2
  'tags:', //          3
  '  - wereldbeker', // 4
  '  - sprint', //     5
  'image:', //         6
  '  src: /a.jpg', //  7
  '---', //            8
  'Eerste regel.', //  9
  'Tweede regel.', // 10
  '',
].join('\n');

describe('normaliseText', () => {
  it('drops a byte-order mark and turns CRLF and CR into LF', () => {
    expect(normaliseText('\uFEFFa\r\nb\rc\n')).toBe('a\nb\nc\n');
  });

  it('keeps a byte-order mark that is not at the start', () => {
    expect(normaliseText('a\uFEFFb')).toBe('a\uFEFFb');
  });
});

describe('parseContentFile', () => {
  it('splits front matter from the body', () => {
    const parsed = parseContentFile(ARTICLE);

    expect([parsed.data, parsed.body]).toEqual([
      { title: 'Visser wint', tags: ['wereldbeker', 'sprint'], image: { src: '/a.jpg' } },
      'Eerste regel.\nTweede regel.\n',
    ]);
  });

  it('counts the lines before the body, so body line 1 is file line 9', () => {
    expect(parseContentFile(ARTICLE).bodyLineOffset).toBe(8);
  });

  it.each([
    [['title'], 2],
    [['tags'], 3],
    [['tags', 1], 5],
    [['image', 'src'], 7],
    [['image', 'alt'], 6],
    [['summary'], 1],
  ] as const)('finds the file line of %j: %i (falling back to the parent, then line 1)', (fieldPath, line) => {
    expect(parseContentFile(ARTICLE).lineOf(fieldPath)).toBe(line);
  });

  it('gives the same lines for a file with a BOM and CRLF line endings', () => {
    const parsed = parseContentFile(`\uFEFF${ARTICLE.replaceAll('\n', '\r\n')}`);

    expect([parsed.lineOf(['tags', 1]), parsed.bodyLineOffset, parsed.body]).toEqual([
      5,
      8,
      'Eerste regel.\nTweede regel.\n',
    ]);
  });

  it('reads a file without front matter as empty data and all body', () => {
    const parsed = parseContentFile('Alleen tekst.\n');

    expect([parsed.data, parsed.body, parsed.bodyLineOffset]).toEqual([{}, 'Alleen tekst.\n', 0]);
  });

  it('reads empty front matter as empty data', () => {
    const parsed = parseContentFile('---\n---\nTekst.\n');

    expect([parsed.data, parsed.body, parsed.bodyLineOffset]).toEqual([{}, 'Tekst.\n', 2]);
  });

  it('reports a YAML error on its file line', () => {
    expect(parseContentFile('---\ntitle: A\nsummary: Visser: snel\n---\n').yamlErrors).toEqual([
      { line: 3, message: expect.stringContaining('geen geldige YAML') },
    ]);
  });

  it('reports a key written twice', () => {
    expect(parseContentFile('---\ntitle: A\ntitle: B\n---\n').yamlErrors).toEqual([
      { line: 3, message: expect.stringContaining('een veld staat er twee keer in') },
    ]);
  });

  it('leaves dates as text, so that the loader decides their time zone', () => {
    expect(parseContentFile('---\ndate: 2025-11-17\nborn: 2025-11-17T08:30:00Z\n---\n').data).toEqual({
      date: '2025-11-17',
      born: '2025-11-17T08:30:00Z',
    });
  });

  it('reads yes and no as text, not as true and false', () => {
    expect(parseContentFile('---\ndraft: yes\n---\n').data).toEqual({ draft: 'yes' });
  });
});

describe('parseContentFile with a front-matter cache', () => {
  function mapCache() {
    const stored = new Map<string, unknown>();
    return {
      stored,
      get: (yaml: string) => stored.get(yaml),
      set: (yaml: string, data: unknown) => stored.set(yaml, data),
    };
  }

  it('takes cached data instead of reading the YAML, and still finds a field’s line', () => {
    const cache = mapCache();
    // gray-matter hands over the YAML between the fences as it stands, from the newline after `---`.
    cache.stored.set('\ntitle: Oud\nauthor: redactie', { title: 'Uit de cache' });

    const parsed = parseContentFile('---\ntitle: Oud\nauthor: redactie\n---\nTekst\n', cache);

    expect(parsed.data).toEqual({ title: 'Uit de cache' });
    expect(parsed.lineOf(['author'])).toBe(3);
    expect(parsed.body).toBe('Tekst\n');
  });

  it('stores front matter read without problems, and not what JSON would change or what has errors', () => {
    const cache = mapCache();
    parseContentFile('---\ntitle: Goed\n---\n', cache);
    parseContentFile('---\nwidth: .inf\n---\n', cache);
    parseContentFile('---\ntitle: [kapot\n---\n', cache);

    expect([...cache.stored.values()]).toEqual([{ title: 'Goed' }]);
  });
});
