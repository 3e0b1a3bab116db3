import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { loadContent, type LoadedContent } from '@/lib/content/load';
import { ContentErrors, formatProblem } from '@/lib/content/problems';
import { RECORD_LABELS, STATUS_LABELS } from '@/lib/labels';
import { formatGap, formatRaceTime, parseGap, parseRaceTime } from '@/lib/race-time';
import { CATEGORIES, type Article, type QuoteBlock, type ResultsBlock } from '@/lib/types';

// The editors' guide (content/README.md) promises that its copyable examples work and that its
// list of error messages is the code's. These tests hold it to that: they load the marked
// examples with the site's own loader, and look up every listed message in the source of lib/.

const REPO = path.resolve(import.meta.dirname, '../../..');
const GUIDE = fs.readFileSync(path.join(REPO, 'content/README.md'), 'utf8');
/** After every example's date, so that nothing in the guide's examples is scheduled. */
const NOW = new Date('2026-01-01T12:00:00Z');
/** Stands in the guide's message list for the part of a message that differs each time. */
const VARIES = '…';

// ---- Reading the guide ----------------------------------------------------------------------

type MarkedFence = { marker: string; target: string; text: string };

/** Fenced code blocks preceded by `<!-- marker: target -->` (blank lines may stand between). */
function markedFences(markdown: string): MarkedFence[] {
  const lines = markdown.split('\n');
  const fences: MarkedFence[] = [];
  lines.forEach((line, index) => {
    const mark = /^<!-- ([a-z-]+): (.+?) -->$/.exec(line);
    if (!mark || mark[2] === 'begin' || mark[2] === 'einde') return;
    let start = index + 1;
    while (lines[start]?.trim() === '') start++;
    const opening = /^(`{3,})\w*$/.exec(lines[start] ?? '');
    if (!opening) throw new Error(`${line} (line ${index + 1}) is not followed by a fenced code block`);
    const end = lines.findIndex((candidate, at) => at > start && candidate === opening[1]);
    if (end === -1) throw new Error(`the code block after ${line} (line ${index + 1}) is not closed`);
    fences.push({ marker: mark[1] ?? '', target: mark[2] ?? '', text: `${lines.slice(start + 1, end).join('\n')}\n` });
  });
  return fences;
}

/** The text between `<!-- name: begin -->` and `<!-- name: einde -->`. */
function region(name: string): string {
  const match = new RegExp(`<!-- ${name}: begin -->([\\s\\S]*?)<!-- ${name}: einde -->`).exec(GUIDE);
  if (!match?.[1]) throw new Error(`the guide has no region "${name}"`);
  return match[1];
}

type Table = { header: string[]; rows: string[][] };

/** The GitHub tables in a piece of Markdown; `\|` inside a cell is a pipe. */
function tables(markdown: string): Table[] {
  const found: Table[] = [];
  let block: string[][] = [];
  const flush = () => {
    const [header, , ...rows] = block;
    if (header) found.push({ header, rows });
    block = [];
  };
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) {
      flush();
      continue;
    }
    const cells = line
      .trim()
      .slice(1, -1)
      .split(/(?<!\\)\|/)
      .map((cell) => cell.trim().replaceAll('\\|', '|'));
    block.push(cells);
  }
  flush();
  return found;
}

function codeSpans(cell: string): string[] {
  return [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? '');
}

/** The first code span of each row's cell in the named column, for every table in the text. */
function column(markdown: string, name: string): string[][] {
  return tables(markdown).flatMap((table) => {
    const index = table.header.indexOf(name);
    return index === -1 ? [] : table.rows.map((row) => codeSpans(row[index] ?? ''));
  });
}

const FENCES = markedFences(GUIDE);
const EXAMPLE_FILES = FENCES.filter((fence) => fence.marker === 'voorbeeld' && fence.target !== 'blok');
const SNIPPETS = FENCES.filter((fence) => fence.marker === 'voorbeeld' && fence.target === 'blok');
const BROKEN = FENCES.filter((fence) => fence.marker === 'voorbeeld-fout');
const OUTPUTS = FENCES.filter((fence) => fence.marker === 'uitvoer');
const MESSAGES = column(region('foutmeldingen'), 'Melding').flat();

// ---- Content roots built from the guide -----------------------------------------------------

/** An 8×6 JPEG: what the example's `image.src` points to under public/. */
const TINY_JPEG = Buffer.from(
  '/9j/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9j' +
    'QjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAAGAAgDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAA' +
    'AAAAAAAAAAX/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAABAX/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEA' +
    'PwCQAqAP/9k=',
  'base64',
);

const temporaryFolders: string[] = [];
afterAll(() => {
  for (const folder of temporaryFolders) fs.rmSync(folder, { recursive: true, force: true });
});

function slugsIn(folder: string): string[] {
  return EXAMPLE_FILES.filter((fence) => fence.target.startsWith(`${folder}/`)).map((fence) =>
    path.basename(fence.target, '.md'),
  );
}

/** Each marked body snippet as an article of its own, so that it is checked as the site checks a body. */
function snippetArticles(): Record<string, string> {
  const author = slugsIn('authors')[0] ?? 'redactie';
  const athletes = slugsIn('athletes').join(', ');
  return Object.fromEntries(
    SNIPPETS.map((snippet, index) => [
      `articles/voorbeeld-blok-${index + 1}.md`,
      `---\ntitle: Voorbeeldblok ${index + 1} uit de handleiding\nsummary: Een blok uit de handleiding van de redactie, los getest.\n` +
        `date: 2025-11-17\nauthor: ${author}\ncategory: nieuws\nathletes: [${athletes}]\n---\n${snippet.text}`,
    ]),
  );
}

type Site = { folder: string; root: string; publicDir: string };

/** Writes files into a fresh `<tmp>/content/` (so that messages name `content/...`), with the images they use. */
function writeSite(files: Record<string, string>): Site {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'editors-guide-'));
  temporaryFolders.push(folder);
  const site = { folder, root: path.join(folder, 'content'), publicDir: path.join(folder, 'public') };
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(site.root, file)), { recursive: true });
    fs.writeFileSync(path.join(site.root, file), text);
    for (const [, src] of text.matchAll(/^\s+src: (\/images\/\S+)$/gm)) {
      const image = path.join(site.publicDir, src ?? '');
      fs.mkdirSync(path.dirname(image), { recursive: true });
      fs.writeFileSync(image, TINY_JPEG);
    }
  }
  return site;
}

/** Loads a site as the development server does: drafts and scheduled articles included. */
function load(site: Site): LoadedContent {
  return loadContent({ root: site.root, now: NOW, includeUnpublished: true, publicDir: site.publicDir });
}

const exampleFiles = () => Object.fromEntries(EXAMPLE_FILES.map((fence) => [fence.target, fence.text]));

let examples: LoadedContent | undefined;
function loadExamples(): LoadedContent {
  examples ??= load(writeSite({ ...exampleFiles(), ...snippetArticles() }));
  return examples;
}

function article(slug: string): Article {
  const found = loadExamples().articles.find((candidate) => candidate.slug === slug);
  if (!found) throw new Error(`no article ${slug}`);
  return found;
}

function resultsOf(slug: string): ResultsBlock[] {
  return article(slug).body.filter((block): block is ResultsBlock => block.kind === 'results');
}

function snippetResults(title: string): ResultsBlock {
  const block = loadExamples()
    .articles.flatMap((candidate) => candidate.body)
    .find((candidate): candidate is ResultsBlock => candidate.kind === 'results' && candidate.title === title);
  if (!block) throw new Error(`no results block "${title}" among the guide's snippets`);
  return block;
}

const mainArticle = () => {
  const fence = EXAMPLE_FILES.find((candidate) => candidate.target.startsWith('articles/'));
  if (!fence) throw new Error('the guide marks no example article');
  return path.basename(fence.target, '.md');
};

// ---- Looking up messages in lib/ ------------------------------------------------------------

/** Every .ts and .tsx file under lib/. */
function libSources(folder = path.join(REPO, 'lib')): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) return libSources(file);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [file] : [];
  });
}

/**
 * The text of every string and template literal in lib/, with what can be worked out filled in:
 * constants (`${TIME_FORMATS}`, `${RECORD_MARKERS.join(', ')}`, `${TYPE_NAMES[...]}`, one
 * variant per value) and both branches of a condition. Anything else becomes `…`, as in the guide.
 */
function messageCorpus(): string[] {
  const constants = new Map<string, ts.Expression[]>();
  const literals: ts.Expression[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      constants.set(node.name.text, [...(constants.get(node.name.text) ?? []), node.initializer]);
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
      literals.push(node);
    }
    ts.forEachChild(node, visit);
  };
  for (const file of libSources()) {
    visit(ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true));
  }

  const unwrap = (node: ts.Expression): ts.Expression =>
    ts.isAsExpression(node) || ts.isSatisfiesExpression(node) || ts.isParenthesizedExpression(node)
      ? unwrap(node.expression)
      : node;
  const definitions = (node: ts.Expression) =>
    ts.isIdentifier(node) ? (constants.get(node.text) ?? []).map(unwrap) : [unwrap(node)];
  const stringArray = (node: ts.Expression): string[] | undefined => {
    const array = definitions(node).find(ts.isArrayLiteralExpression);
    const items = array?.elements.map((item) => (ts.isStringLiteral(item) ? item.text : undefined));
    return items?.every((item): item is string => item !== undefined) ? items : undefined;
  };
  const stringValues = (node: ts.Expression): string[] | undefined => {
    const object = definitions(node).find(ts.isObjectLiteralExpression);
    const values = object?.properties.map((property) =>
      ts.isPropertyAssignment(property) && ts.isStringLiteral(property.initializer)
        ? property.initializer.text
        : undefined,
    );
    return values?.every((value): value is string => value !== undefined) ? values : undefined;
  };

  const texts = (node: ts.Expression, depth: number): string[] => {
    const expression = unwrap(node);
    if (depth > 6) return [VARIES];
    if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) return [expression.text];
    if (ts.isTemplateExpression(expression)) {
      let variants = [expression.head.text];
      for (const span of expression.templateSpans) {
        const parts = [...new Set(texts(span.expression, depth + 1))];
        variants = variants.flatMap((start) => parts.map((part) => start + part + span.literal.text)).slice(0, 500);
      }
      return variants;
    }
    if (ts.isIdentifier(expression)) {
      const known = (constants.get(expression.text) ?? []).flatMap((value) => texts(value, depth + 1));
      return known.some((text) => text !== VARIES) ? known : [VARIES];
    }
    if (ts.isConditionalExpression(expression)) {
      return [...texts(expression.whenTrue, depth + 1), ...texts(expression.whenFalse, depth + 1)];
    }
    if (
      ts.isBinaryExpression(expression) &&
      [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken].includes(expression.operatorToken.kind)
    ) {
      return [...texts(expression.left, depth + 1), ...texts(expression.right, depth + 1)];
    }
    if (ts.isCallExpression(expression) && ts.isPropertyAccessExpression(expression.expression)) {
      const [separator] = expression.arguments;
      const items = stringArray(expression.expression.expression);
      if (expression.expression.name.text === 'join' && items && separator && ts.isStringLiteral(separator)) {
        return [items.join(separator.text)];
      }
    }
    if (ts.isElementAccessExpression(expression)) return stringValues(expression.expression) ?? [VARIES];
    return [VARIES];
  };

  return [...new Set(literals.flatMap((literal) => texts(literal, 0)).map(quotesAroundVaries))];
}

/** `"…"` and `…` say the same: something the editor wrote, whether the message quotes it or not. */
function quotesAroundVaries(text: string): string {
  return text.replaceAll(`"${VARIES}"`, VARIES);
}

/** A message with `…` as a pattern for one whole literal of lib/: fixed text where the guide has it, anything at `…`. */
function wholeMessage(message: string): RegExp {
  const parts = message.split(VARIES).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('[\\s\\S]*?')}$`);
}

/**
 * What a listed message may be in lib/: the whole message, or, for the phrases of the schemas
 * (lib/content/schemas.ts), the message without the `; gevonden: …` that lib/content/validate.ts appends.
 */
function messagePatterns(message: string): RegExp[] {
  const normal = quotesAroundVaries(message);
  const phrase = normal.replace(new RegExp(`; gevonden: ${VARIES}$`), '');
  return phrase === normal ? [wholeMessage(normal)] : [wholeMessage(normal), wholeMessage(phrase)];
}

let corpus: string[] | undefined;
const messagesInLib = () => (corpus ??= messageCorpus());

// ---- The tests ------------------------------------------------------------------------------

describe('the example files in the editors guide', () => {
  it('include an article, a skater, an author, a competition and a World Cup season', () => {
    const folders = new Set(EXAMPLE_FILES.map((fence) => fence.target.split('/')[0]));
    expect([...folders].sort()).toEqual(['articles', 'athletes', 'authors', 'events', 'wereldbeker']);
  });

  it('mark the example competition a World Cup race whose season file the guide shows', () => {
    const content = loadExamples();
    expect(content.competitions.map((competition) => competition.worldCup)).toEqual([{ division: 'A' }]);
    expect(content.worldCupSeasons.map((season) => [season.season.label, season.points.A?.slice(0, 10)])).toEqual([
      ['2025/2026', [60, 54, 48, 43, 40, 38, 36, 34, 32, 31]],
    ]);
  });

  it('load, with every marked body snippet, without errors or warnings', () => {
    const content = loadExamples();
    expect(content.articles).toHaveLength(1 + SNIPPETS.length);
    expect(content.warnings).toEqual([]);
  });

  it('give the example article its quote, linked to the skater', () => {
    const quotes = article(mainArticle()).body.filter((block): block is QuoteBlock => block.kind === 'quote');
    expect(quotes).toEqual([
      expect.objectContaining({
        by: 'Jutta Leerdam',
        source: 'Instagram',
        speaker: { slug: 'jutta-leerdam', name: 'Jutta Leerdam' },
      }),
    ]);
    expect(quotes[0]?.html).toContain('Een geweldige racevoorbereiding vandaag');
  });

  it('give the example article its results table with the rows and Dutch times the guide shows', () => {
    const [results, ...more] = resultsOf(mainArticle());
    expect(more).toEqual([]);
    expect(results?.title).toBe('500 meter vrouwen, tweede race');
    expect(results?.note).toBe('Selectie: niet alle plaatsen zijn vermeld.');
    expect(
      results?.rows.map((row) => ({
        position: row.position,
        name: row.name,
        linkedTo: row.athlete?.slug,
        country: row.country,
        time: row.time && formatRaceTime(row.time),
        gap: row.gap && formatGap(row.gap),
        records: row.records,
      })),
    ).toEqual([
      {
        position: 1,
        name: 'Femke Kok',
        linkedTo: 'femke-kok',
        country: 'NED',
        time: '36,09',
        gap: undefined,
        records: ['WR'],
      },
      {
        position: 2,
        name: 'Erin Jackson',
        linkedTo: 'erin-jackson',
        country: 'USA',
        time: '36,57',
        gap: '+0,48',
        records: ['NR'],
      },
      {
        position: 10,
        name: 'Jutta Leerdam',
        linkedTo: 'jutta-leerdam',
        country: 'NED',
        time: '37,35',
        gap: '+1,26',
        records: [],
      },
    ]);
  });

  it('keep the HTML comment in the example article off the page', () => {
    const html = article(mainArticle())
      .body.map((block) => ('html' in block ? block.html : ''))
      .join('\n');
    expect(html).toContain('wereldrecord: 36,09');
    expect(html).not.toContain('Notitie voor de eindredactie');
  });

  it('turn every marked body snippet into its block, with a row for every table row', () => {
    SNIPPETS.forEach((snippet, index) => {
      const blocks = article(`voorbeeld-blok-${index + 1}`).body.filter((block) => block.kind !== 'prose');
      const opened = [...snippet.text.matchAll(/^:::(quote|results)\{/gm)].map((match) => match[1]);
      expect(blocks.map((block) => block.kind)).toEqual(opened);
      const tableRows = snippet.text.split('\n').filter((line) => line.startsWith('|')).length - 2;
      for (const block of blocks) if (block.kind === 'results') expect(block.rows).toHaveLength(tableRows);
    });
  });

  it('compute the gaps the guide says are computed, and keep the gaps it says are given', () => {
    const gaps = (block: ResultsBlock) => block.rows.map((row) => (row.gap ? formatGap(row.gap) : ''));
    expect(gaps(snippetResults('1500 meter mannen'))).toEqual(['', '+0,38', '+0,90', '', '']);
    expect(snippetResults('1500 meter mannen').rows.map((row) => row.status ?? '')).toEqual(['', '', '', 'DNF', 'DQ']);
    expect(gaps(snippetResults('5000 meter vrouwen'))).toEqual(['', '+0,27', '+1,02']);
  });

  it('read the team members of the team pursuit example', () => {
    const rows = snippetResults('Ploegenachtervolging vrouwen').rows;
    expect(rows.map((row) => row.members.map((member) => member.name))).toEqual([
      [],
      ['Ivanie Blondin', 'Valérie Maltais', 'Isabelle Weidemann'],
      ['Joy Beune', 'Antoinette Rijpma-de Jong', 'Elisa Dul'],
    ]);
  });
});

describe('the broken example in the editors guide', () => {
  it('is refused with exactly the messages the guide prints', () => {
    expect(BROKEN).toHaveLength(1);
    const [broken] = BROKEN;
    const printed = OUTPUTS.find((output) => output.target === broken?.target);
    if (!broken || !printed) throw new Error('the broken example has no <!-- uitvoer: ... --> block');
    const site = writeSite({ ...exampleFiles(), [broken.target]: broken.text });

    let refusal: unknown;
    try {
      load(site);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(ContentErrors);
    const problems = refusal instanceof ContentErrors ? refusal.problems : [];
    expect(problems.map((problem) => formatProblem(problem).replace(`${site.folder}${path.sep}`, ''))).toEqual(
      printed.text.trimEnd().split('\n'),
    );
  });
});

describe('the tables in the editors guide', () => {
  it('show times and gaps the way the site prints them', () => {
    const rows = column(region('tijden'), 'Je schrijft').map((cells, index) => ({
      written: cells[0] ?? '',
      shown: column(region('tijden'), 'Op de site')[index]?.[0] ?? '',
    }));
    expect(rows.length).toBeGreaterThanOrEqual(5);
    for (const { written, shown } of rows) {
      const isGap = shown.startsWith('+');
      const time = isGap ? parseGap(written) : parseRaceTime(written);
      if (!time) throw new Error(`the guide's ${written} is not a time the site reads`);
      expect(isGap ? formatGap(time) : formatRaceTime(time), written).toBe(shown);
    }
  });

  it('give the Dutch meaning of every status word and record marker', () => {
    const meanings = tables(region('afkortingen')).flatMap((table) =>
      table.rows.map((row) => [codeSpans(row[0] ?? '')[0], row[1]]),
    );
    expect(Object.fromEntries(meanings)).toEqual({ ...STATUS_LABELS, ...RECORD_LABELS });
  });

  it('list exactly the categories the schema accepts', () => {
    expect(column(region('rubrieken'), 'Je schrijft').map((cells) => cells[0])).toEqual([...CATEGORIES]);
  });
});

describe('the error messages the editors guide lists', () => {
  it('are read from its tables', () => {
    expect(MESSAGES.length).toBeGreaterThanOrEqual(50);
  });

  it.each(MESSAGES)('%s is a message of lib/', (message) => {
    const patterns = messagePatterns(message);
    const found = messagesInLib().some((text) => patterns.some((pattern) => pattern.test(text)));
    expect(found, `${patterns.join(' or ')} in lib/`).toBe(true);
  });
});
