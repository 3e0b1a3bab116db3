import { ContentErrors, describeValue, formatProblem } from '@/lib/content/problems';
import { fieldName } from '@/lib/content/validate';

describe('formatProblem', () => {
  it('writes a problem as path:line: field: message', () => {
    const problem = {
      file: 'content/a.md',
      line: 4,
      field: 'date',
      message: 'verwacht een datum; gevonden: "x"',
      severity: 'error' as const,
    };

    expect(formatProblem(problem)).toBe('content/a.md:4: date: verwacht een datum; gevonden: "x"');
  });

  it('marks a warning as such after the line number', () => {
    const warning = {
      file: 'content/a.md',
      line: 7,
      field: 'summary',
      message: 'verwacht meer',
      severity: 'warning' as const,
    };

    expect(formatProblem(warning)).toBe('content/a.md:7: waarschuwing: summary: verwacht meer');
  });
});

describe('ContentErrors', () => {
  const problems = [
    { file: 'content/b.md', line: 2, field: 'title', message: 'verwacht tekst', severity: 'error' as const },
    { file: 'content/a.md', line: 9, field: 'date', message: 'verwacht een datum', severity: 'error' as const },
    { file: 'content/a.md', line: 3, field: 'author', message: 'verwacht een slug', severity: 'error' as const },
  ];

  it('sorts the problems by file, then line', () => {
    expect(new ContentErrors(problems).problems.map((problem) => [problem.file, problem.line])).toEqual([
      ['content/a.md', 3],
      ['content/a.md', 9],
      ['content/b.md', 2],
    ]);
  });

  it('counts the problems and lists each on its own line in the message', () => {
    expect(new ContentErrors(problems).message).toBe(
      [
        '3 fouten in de inhoud:',
        'content/a.md:3: author: verwacht een slug',
        'content/a.md:9: date: verwacht een datum',
        'content/b.md:2: title: verwacht tekst',
      ].join('\n'),
    );
  });

  it('says "1 fout" for one', () => {
    expect(new ContentErrors(problems.slice(0, 1)).message.split('\n')[0]).toBe('1 fout in de inhoud:');
  });

  it('is an Error named ContentErrors', () => {
    const error = new ContentErrors(problems);

    expect([error instanceof Error, error.name]).toEqual([true, 'ContentErrors']);
  });
});

describe('describeValue', () => {
  it.each([
    [undefined, 'niets'],
    [null, 'een lege waarde'],
    ['sport', '"sport"'],
    [1000, '1000'],
    [true, 'true'],
    [['a'], 'een lijst'],
    [{ a: 1 }, 'een groep velden'],
  ])('describes %j as %s', (value, expected) => {
    expect(describeValue(value)).toBe(expected);
  });

  it('shortens long text to 60 characters', () => {
    expect(describeValue('x'.repeat(100))).toBe(JSON.stringify(`${'x'.repeat(57)}...`));
  });
});

describe('fieldName', () => {
  it.each([
    [['title'], 'title'],
    [['image', 'alt'], 'image.alt'],
    [['athletes', 1], 'athletes[2]'],
    [['corrections', 0, 'date'], 'corrections[1].date'],
  ])('names the path %j as %s, counting list items from 1', (fieldPath, expected) => {
    expect(fieldName(fieldPath)).toBe(expected);
  });
});
