import fs from 'node:fs';
import path from 'node:path';
import { nginxIncludeDir } from '@/lib/build/nginx-includes';
import { generateContent } from '../../scripts/generate-content';
import { exportDifferences } from './support/exported-site';
import { buildSite, type SiteBuild } from './support/fixture-build';

// Incremental equals full: on a generated archive, a sequence of editors' edits (and time
// passing, and a change that reaches every page), each followed by an incremental build and
// by a full build of the same content and build time into a fresh folder. After every step
// the two exports, and their nginx includes, must be byte-identical. The edits pick their
// articles with a seeded generator: INCREMENTAL_SEED repeats a run; the seed is in each name.

const ROOT = '.test-out/incremental';
const CONTENT = path.join(ROOT, 'content');
const ARTICLES = 24;
// The search index in parts of four articles (8 parts), as a large archive's: the proof covers
// the parts an incremental build takes from the previous one (lib/search-parts.ts).
const SEARCH_PARTS = { SEARCH_PART_ARTICLES: '4' };
const SEED = Number(process.env.INCREMENTAL_SEED ?? 20261204);
// Two builds a step.
const BUILDS_TIMEOUT = 240_000;

/** A small deterministic generator (mulberry32): the same seed picks the same articles. */
function generator(seed: number): (below: number) => number {
  let state = seed >>> 0;
  return (below) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * below);
  };
}
const pick = generator(SEED);

function contentFile(relative: string): string {
  return path.join(CONTENT, relative);
}

/** The generated articles still on disk, by slug. */
function articleFiles(): Map<string, string> {
  const folder = contentFile('articles');
  return new Map(
    fs
      .readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.md') && path.basename(name).startsWith('artikel-'))
      .sort()
      .map((name) => [path.basename(name, '.md'), path.join(folder, name)]),
  );
}

function someArticle(): { slug: string; file: string } {
  const files = [...articleFiles()];
  const entry = files[pick(files.length)];
  if (!entry) throw new Error('no generated article left to edit');
  return { slug: entry[0], file: entry[1] };
}

function rewrite(file: string, change: (text: string) => string): void {
  const before = fs.readFileSync(file, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the edit changed nothing in ${file}`);
  fs.writeFileSync(file, after);
}

function article(slug: string, frontMatter: string, body = 'Een nieuw bericht, met een eigen alinea tekst.\n'): void {
  const file = contentFile(`articles/2026/${slug}.md`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(
    file,
    `---\ntitle: ${slug}\nsummary: Samenvatting van ${slug}.\nauthor: redactie\ncategory: nieuws\ntags: [wereldbeker]\nathletes: [schaatser-1]\n${frontMatter}---\n${body}`,
  );
}

type Step = {
  name: string;
  edit: () => void;
  buildTime: string;
  environment?: Record<string, string>;
  /** What the incremental build must say it did. */
  expect: RegExp;
  /** Pages of the export that must stay byte-identical to the previous step's (lists counted from the oldest). */
  unchanged?: string[];
};

const EARLY = '2026-03-01T12:00:00+01:00';
const LATER = '2026-03-02T12:00:00+01:00';

const steps: Step[] = [
  { name: 'a first build', edit: () => {}, buildTime: EARLY, expect: /full build \(no previous build\)/ },
  {
    name: 'no change, an hour later',
    edit: () => {},
    buildTime: '2026-03-01T13:00:00+01:00',
    expect: /nothing changed since the previous build/,
  },
  {
    name: 'a new article and a body edited',
    edit: () => {
      article('nieuw-bericht', 'date: 2026-02-28T09:00:00+01:00\n');
      rewrite(someArticle().file, (text) =>
        text.replace('Meer tekst na de uitslag', 'Bijgewerkte tekst na de uitslag'),
      );
    },
    buildTime: EARLY,
    // Two articles changed: the search indexes without them come from the previous build.
    expect:
      /incremental build: [1-9]\d* pages to render[\s\S]*search index: .* indexes, [1-9] taken from the previous build/,
    // The news arrives at the top of the lists: their oldest numbered pages stay as they were.
    unchanged: ['nieuws/pagina/1/index.html', 'tags/wereldbeker/pagina/1/index.html'],
  },
  {
    name: 'front matter edited and a correction',
    edit: () => {
      rewrite(someArticle().file, (text) => text.replace(/^title: "Testartikel/m, 'title: "Aangepast testartikel'));
      rewrite(someArticle().file, (text) =>
        text.replace(
          /^event:/m,
          'corrections:\n  - date: 2026-02-01\n    text: De tijd van de winnaar was verkeerd.\nevent:',
        ),
      );
    },
    buildTime: EARLY,
    expect: /incremental build/,
  },
  {
    name: 'an article deleted and one renamed with an alias',
    edit: () => {
      fs.rmSync(someArticle().file);
      const renamed = someArticle();
      const target = path.join(path.dirname(renamed.file), `${renamed.slug}-hernoemd.md`);
      fs.renameSync(renamed.file, target);
      rewrite(target, (text) => text.replace(/^event:/m, `aliases: [${renamed.slug}]\nevent:`));
    },
    buildTime: EARLY,
    expect: /incremental build: \d+ pages to render, \d+ reused, [1-9]\d* removed/,
  },
  {
    name: 'a draft published and a skater renamed',
    edit: () => {
      rewrite(contentFile('articles/2026/concept.md'), (text) => text.replace('draft: true', 'draft: false'));
      rewrite(contentFile('athletes/schaatser-2.md'), (text) => text.replace(/^name: .*$/m, 'name: Nieuwe Naam'));
    },
    buildTime: EARLY,
    expect: /incremental build/,
  },
  {
    name: "a competition's dates changed and a scheduled article gone live",
    edit: () => {
      rewrite(contentFile('events/wedstrijd-1.md'), (text) =>
        text.replace(/^start: .*$/m, 'start: 2014-12-31').replace(/^end: .*$/m, 'end: 2015-01-04'),
      );
    },
    buildTime: LATER,
    expect: /incremental build/,
  },
  {
    name: 'a change that reaches every page (the site address)',
    edit: () => {},
    buildTime: LATER,
    environment: { SITE_URL: 'https://schaatsnieuws.example.org' },
    expect: /full build \(the code changed\)/,
  },
];

function site(exportDir: string, buildTime: string): SiteBuild {
  return { contentRoot: CONTENT, publicDir: 'public', exportDir, buildTime };
}

beforeAll(() => {
  fs.rmSync(ROOT, { recursive: true, force: true });
  for (const leftover of ['incremental', 'full'])
    fs.rmSync(path.resolve(ROOT, `${leftover}-state.json`), { force: true });
  generateContent(CONTENT, ARTICLES);
  article('concept', 'date: 2026-02-20T10:00:00+01:00\ndraft: true\n');
  article('gepland', 'date: 2026-03-02T08:00:00+01:00\n');
});

describe(`incremental builds of a generated archive (seed ${SEED})`, () => {
  for (const [index, step] of steps.entries()) {
    it(
      `equal a full build after step ${index + 1}: ${step.name}`,
      () => {
        const incremental = path.join(ROOT, 'incremental');
        const before = (step.unchanged ?? []).map((file) => fs.readFileSync(path.join(incremental, file), 'utf8'));
        step.edit();
        const full = path.join(ROOT, `full-${index + 1}`);
        const environment = { ...SEARCH_PARTS, ...step.environment };
        const log = buildSite(site(incremental, step.buildTime), environment, { incremental: true });
        expect(log).toMatch(step.expect);
        // The code did not change, so Next only renders, from the app it compiled before.
        if (/incremental build/.test(log)) expect(log).toContain('next build (rendering only)');
        buildSite(site(full, step.buildTime), environment, { args: ['--full'] });

        expect(exportDifferences(incremental, full)).toEqual([]);
        // The previous export, moved aside for the pages it lends, is gone once the build is done.
        expect(fs.existsSync(`${path.resolve(incremental)}.previous`)).toBe(false);
        for (const [at, file] of (step.unchanged ?? []).entries())
          expect(fs.readFileSync(path.join(incremental, file), 'utf8'), file).toBe(before[at]);
        expect(exportDifferences(nginxIncludeDir(incremental), nginxIncludeDir(full))).toEqual([]);
        fs.rmSync(full, { recursive: true, force: true });
        fs.rmSync(nginxIncludeDir(full), { recursive: true, force: true });
      },
      BUILDS_TIMEOUT,
    );
  }
});
