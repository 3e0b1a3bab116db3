import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dayInSiteZone } from '@/lib/calendar/days';
import { loadContent } from '@/lib/content/load';
import { ContentErrors, formatProblem, type ContentProblem } from '@/lib/content/problems';
import {
  chooseAuthor,
  createContentFile,
  newFileText,
  planNewFile,
  ScaffoldRefusal,
  type ContentKind,
  type NewFile,
} from '@/lib/build/scaffold';

const REPO = path.resolve(import.meta.dirname, '../../..');
const FIXTURE = path.join(REPO, 'tests/fixtures/content/scaffold');
/** 23:30 on 25 November 2026 in Amsterdam (winter time, +01:00). */
const NOW = new Date('2026-11-25T22:30:00Z');

let root: string;

beforeEach(() => {
  // A fresh copy of the fixture root for every test: the scaffolder writes into it.
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'scaffold-'));
  fs.cpSync(FIXTURE, root, { recursive: true });
});

afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

function create(kind: ContentKind, title: string, now = NOW): NewFile {
  return createContentFile({ kind, title, root, now });
}

/** Where a file sits under the content root, with forward slashes. */
function inRoot(file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

/** The refusal create() throws; fails the test when it does not throw one. */
function refusal(kind: ContentKind, title: string, now = NOW): ScaffoldRefusal {
  try {
    create(kind, title, now);
  } catch (error) {
    if (error instanceof ScaffoldRefusal) return error;
    throw error;
  }
  throw new Error(`expected "${title}" (${kind}) to be refused`);
}

function filesUnder(folder: string): string[] {
  return fs
    .readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => inRoot(path.join(entry.parentPath, entry.name)))
    .sort();
}

describe('the file name', () => {
  it.each([
    ['Kok wint', 'kok-wint'],
    ['Sáblíková verbetert wereldrecord', 'sablikova-verbetert-wereldrecord'],
    ['Coördinatie & reünie in Heerenveen', 'coordinatie-en-reunie-in-heerenveen'],
    ['KOK WINT OOK DE 1000 METER', 'kok-wint-ook-de-1000-meter'],
    ['"Wereldrecord!" Kok: 36,09 — ongekend?', 'wereldrecord-kok-36-09-ongekend'],
    ['IJzersterke Leerdam in IJsselstein', 'ijzersterke-leerdam-in-ijsselstein'],
    ['  Kok\n   wint\tweer  ', 'kok-wint-weer'],
  ])('is the slug of %j: %s.md', (title, slug) => {
    const file = create('article', title);

    expect(file.slug).toBe(slug);
    expect(inRoot(file.absolute)).toBe(`articles/2026/${slug}.md`);
    expect(fs.existsSync(file.absolute)).toBe(true);
  });

  it('puts athletes, authors and events straight in their folder, without a year', () => {
    expect(inRoot(create('athlete', 'Martina Sáblíková').absolute)).toBe('athletes/martina-sablikova.md');
    expect(inRoot(create('author', 'Piet & Marie').absolute)).toBe('authors/piet-en-marie.md');
    expect(inRoot(create('event', 'NK Afstanden 2027').absolute)).toBe('events/nk-afstanden-2027.md');
  });
});

describe('the year folder of an article', () => {
  it('is the current year in Amsterdam, made when missing', () => {
    expect(fs.existsSync(path.join(root, 'articles/2026'))).toBe(false);

    expect(inRoot(create('article', 'Kok wint').absolute)).toBe('articles/2026/kok-wint.md');
  });

  it('is already the new year in Amsterdam at 00:30 on 1 January, while UTC is still in the old year', () => {
    const file = create('article', 'Nieuwjaarsrace', new Date('2025-12-31T23:30:00Z'));

    expect(inRoot(file.absolute)).toBe('articles/2026/nieuwjaarsrace.md');
    expect(file.text).toContain('date: 2026-01-01T00:30:00+01:00');
  });

  it('is the year in Amsterdam, not UTC, at the other end of the year too', () => {
    expect(inRoot(create('article', 'Oudejaarsrace', new Date('2025-12-31T22:59:00Z')).absolute)).toBe(
      'articles/2025/oudejaarsrace.md',
    );
  });
});

describe('refusals', () => {
  it('refuses a slug that an article in another year folder has, naming that file, and writes nothing', () => {
    const error = refusal('article', 'Visser wint in Testdorp!');

    expect(error.message).toContain('articles/2025/visser-wint-in-testdorp.md');
    expect(error.message).toContain('Niet aangemaakt');
    expect(error.message).toContain('Not created');
    expect(error.message).not.toContain('\n');
    expect(fs.existsSync(path.join(root, 'articles/2026'))).toBe(false);
  });

  it('refuses a slug that a file in the same year folder has, and leaves that file alone', () => {
    const first = create('article', 'Kok wint');

    const error = refusal('article', 'KOK WINT');

    expect(error.message).toContain(first.display);
    expect(fs.readFileSync(first.absolute, 'utf8')).toBe(first.text);
  });

  it('refuses a slug taken in the other folders', () => {
    expect(refusal('athlete', 'Sanne Visser').message).toContain('athletes/sanne-visser.md');
    expect(refusal('author', 'Redactie').message).toContain('authors/redactie.md');
    expect(refusal('event', 'NK Testdorp 2025').message).toContain('events/nk-testdorp-2025.md');
  });

  it('refuses a slug that a badly named file would get once renamed', () => {
    fs.writeFileSync(path.join(root, 'athletes/Femke-Kok.md'), '---\nname: Femke Kok\ncountry: NED\n---\n');

    expect(refusal('athlete', 'Femke Kok').message).toContain('athletes/Femke-Kok.md');
  });

  it("refuses an article slug that is another article's old slug (alias)", () => {
    const error = refusal('article', 'Visser wint');

    expect(error.message).toContain('aliases');
    expect(error.message).toContain('articles/2025/visser-wint-in-testdorp.md');
  });

  it("refuses the archive's slug pagina for an article", () => {
    expect(refusal('article', 'Pagina').message).toContain('/nieuws/pagina/');
  });

  it.each(['!!!', '   ', '—', '🙂'])('refuses %j, which gives an empty slug, and writes nothing', (title) => {
    const error = refusal('article', title);

    expect(error.message).toMatch(/lege slug.*empty slug/);
    expect(fs.existsSync(path.join(root, 'articles/2026'))).toBe(false);
  });

  it('refuses a title longer than the contract allows', () => {
    expect(refusal('article', 'a'.repeat(161)).message).toContain('160');
    expect(refusal('athlete', 'a'.repeat(121)).message).toContain('120');
  });

  it('refuses a content root that does not exist', () => {
    expect(() => createContentFile({ kind: 'author', title: 'Anna', root: path.join(root, 'nope'), now: NOW })).toThrow(
      ScaffoldRefusal,
    );
  });

  it('does not count editors’ scratch files (_kok-wint.md) as a clash', () => {
    expect(inRoot(create('article', 'Kok wint').absolute)).toBe('articles/2026/kok-wint.md');
  });
});

describe('the front matter', () => {
  it('makes an article a draft in nieuws by redactie, dated now in Amsterdam with the offset', () => {
    const text = create('article', 'Kok wint').text;

    expect(text).toMatch(/^title: Kok wint\b/m);
    expect(text).toMatch(/^date: 2026-11-25T23:30:00\+01:00\b/m);
    expect(text).toMatch(/^author: redactie\b/m);
    expect(text).toMatch(/^category: nieuws\b/m);
    expect(text).toMatch(/^draft: true$/m);
    expect(text).toMatch(/^#.*draft.*site/m);
  });

  it('dates an article in summer time with +02:00', () => {
    expect(create('article', 'Zomerijs', new Date('2026-07-01T10:00:00Z')).text).toContain(
      'date: 2026-07-01T12:00:00+02:00',
    );
  });

  it("leaves an event's days to fill in, with today in Amsterdam as the example", () => {
    const text = create('event', 'Wereldbeker Thialf').text;

    expect(text).toMatch(/^start: VUL IN # eerste dag, JJJJ-MM-DD, zoals 2026-11-25$/m);
    expect(text).toMatch(/^end: VUL IN\b/m);
  });

  it('quotes a title that YAML would otherwise misread', () => {
    expect(newFileText('athlete', '2026', { now: NOW, author: 'redactie' })).toContain('name: "2026"');
    expect(newFileText('article', 'Kok: "ik wist het"', { now: NOW, author: 'redactie' })).toMatch(
      /^title: ['"].*Kok: .*ik wist het.*['"] #/m,
    );
  });

  it('picks redactie as author when it exists, else the first author, else redactie', () => {
    const file = (name: string) => ({ name, absolute: `/x/${name}` });

    expect(chooseAuthor([file('anna-de-wit.md'), file('redactie.md')])).toBe('redactie');
    expect(chooseAuthor([file('piet-schaap.md'), file('anna-de-wit.md')])).toBe('anna-de-wit');
    expect(chooseAuthor([])).toBe('redactie');
  });

  it('plans without writing', () => {
    const plan = planNewFile({ kind: 'article', title: 'Kok wint', root, now: NOW });

    expect(inRoot(plan.absolute)).toBe('articles/2026/kok-wint.md');
    expect(fs.existsSync(plan.absolute)).toBe(false);
  });
});

/** Replaces the value of each field of a new file's front matter, keeping the comment after it. */
function fillIn(relative: string, values: Record<string, string>): void {
  const file = path.join(root, relative);
  let text = fs.readFileSync(file, 'utf8');
  for (const [field, value] of Object.entries(values))
    text = text.replace(new RegExp(`^${field}: [^#\\n]*`, 'm'), `${field}: ${value} `);
  fs.writeFileSync(file, text);
}

/** The problems a load throws (none when it does not). */
function problemsOf(load: () => unknown): ContentProblem[] {
  try {
    load();
    return [];
  } catch (error) {
    if (error instanceof ContentErrors) return error.problems;
    throw error;
  }
}

describe('new files and the real loader', () => {
  function loadAll(includeUnpublished: boolean) {
    try {
      return loadContent({ root, now: NOW, includeUnpublished });
    } catch (error) {
      if (error instanceof ContentErrors) throw new Error(error.problems.map(formatProblem).join('\n'));
      throw error;
    }
  }

  it('loads one new file of each kind with the values given, once what only the editor knows is filled in', () => {
    const before = filesUnder('.');
    create('article', 'Kok: "ik wist het" — 36,09 in Thialf');
    create('athlete', 'Femke Kok');
    create('author', "Jan 't Hart");
    create('event', 'NK Afstanden 2027');

    expect(filesUnder('.').filter((file) => !before.includes(file))).toEqual([
      'articles/2026/kok-ik-wist-het-36-09-in-thialf.md',
      'athletes/femke-kok.md',
      'authors/jan-t-hart.md',
      'events/nk-afstanden-2027.md',
    ]);
    fillIn('athletes/femke-kok.md', { country: 'NED' });
    fillIn('events/nk-afstanden-2027.md', { start: '2026-11-25', end: '2026-11-26', location: 'Heerenveen' });

    const content = loadAll(true);

    const article = content.articles.find((item) => item.slug === 'kok-ik-wist-het-36-09-in-thialf');
    expect(article).toMatchObject({
      title: 'Kok: "ik wist het" — 36,09 in Thialf',
      status: 'draft',
      category: 'nieuws',
      date: NOW,
      author: { slug: 'redactie' },
    });
    // The example quote and results are in an HTML comment: nothing of them reaches the page.
    expect(article?.body).toEqual([]);
    expect(content.athletes.find((item) => item.slug === 'femke-kok')).toMatchObject({
      name: 'Femke Kok',
      country: 'NED',
      bioHtml: '',
    });
    expect(content.authors.find((item) => item.slug === 'jan-t-hart')).toMatchObject({ name: "Jan 't Hart" });
    expect(content.competitions.find((item) => item.slug === 'nk-afstanden-2027')).toMatchObject({
      name: 'NK Afstanden 2027',
      start: '2026-11-25',
      end: '2026-11-26',
      location: 'Heerenveen',
    });
    // Where the loader reports warnings, a fresh file has none.
    const warnings = (content as { warnings?: { file: string }[] }).warnings ?? [];
    expect(warnings.filter((warning) => !warning.file.includes('visser-wint'))).toEqual([]);
  });

  it("refuses a new skater's and competition's placeholders, each on its line, until they are filled in", () => {
    create('athlete', 'Femke Kok');
    create('event', 'NK Afstanden 2027');

    const problems = problemsOf(() => loadContent({ root, now: NOW, includeUnpublished: false }));

    expect(problems.map((problem) => `${problem.file.split('/').slice(-2).join('/')} ${problem.field}`)).toEqual([
      'athletes/femke-kok.md country',
      'events/nk-afstanden-2027.md start',
      'events/nk-afstanden-2027.md end',
      'events/nk-afstanden-2027.md location',
    ]);
    expect(problems[0]?.message).toBe(
      'verwacht je eigen waarde in plaats van de tijdelijke tekst van npm run new; gevonden: "VUL IN"',
    );
  });

  it("lets an article's draft keep its placeholder summary, and refuses it once draft is false", () => {
    create('article', 'Kok wint');
    expect(() => loadContent({ root, now: NOW, includeUnpublished: false })).not.toThrow();

    const file = path.join(root, 'articles/2026/kok-wint.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('draft: true', 'draft: false'));
    const problems = problemsOf(() => loadContent({ root, now: NOW, includeUnpublished: false }));

    expect(problems.map((problem) => problem.field)).toEqual(['summary']);
  });

  it('keeps a new article off a production build: it is a draft', () => {
    create('article', 'Kok wint');

    const content = loadAll(false);

    expect(content.articles.map((item) => item.slug)).not.toContain('kok-wint');
    expect(content.summary.drafts.some((file) => file.endsWith('articles/2026/kok-wint.md'))).toBe(true);
  });
});

describe('npm run new (scripts/new.ts)', () => {
  function run(...args: string[]) {
    return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/new.ts', ...args], {
      cwd: REPO,
      env: { ...process.env, CONTENT_DIR: root },
      encoding: 'utf8',
    });
  }

  it('prints the new file and exits 0, then refuses the same title with exit code 1', () => {
    const years = new Set([dayInSiteZone(new Date()).slice(0, 4)]);
    const first = run('article', 'Kok wint');
    years.add(dayInSiteZone(new Date()).slice(0, 4));

    expect(first.status, first.stderr).toBe(0);
    const printed = first.stdout.trim();
    const created = [...years].map((year) => path.join(root, 'articles', year, 'kok-wint.md'));
    expect(created).toContain(printed);
    expect(fs.existsSync(printed)).toBe(true);

    const second = run('article', 'Kok wint');

    expect(second.status).toBe(1);
    expect(second.stdout).toBe('');
    expect(second.stderr).toContain(printed);
    expect(second.stderr.trim().split('\n')).toHaveLength(1);
  }, 90_000);

  it('exits 1 for a title with an empty slug and 2, with the usage, for bad usage', () => {
    expect(run('article', '!!!').status).toBe(1);

    for (const args of [[], ['article'], ['artikel', 'Kok wint']]) {
      const result = run(...args);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('npm run new --');
    }
  }, 90_000);
});
