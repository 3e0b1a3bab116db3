// @vitest-environment jsdom
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  CASES,
  CLEAN_CASES,
  ERROR_CASES,
  NOW,
  PUBLIC_DIR,
  writeCleanCase,
  writeSharedFiles,
  type CleanCase,
  type ErrorCase,
} from '../../fixtures/content/hostile/cases';
import { BoundedLoader, type BoundedAnswer } from './support/hostile-loader';
import type { LoadedArticle } from './support/load-worker';

// Every case of the hostile corpus through the real loader, in a child process so that a
// hang is cut off (the bound) instead of hanging the run. A clean case must load, render
// without any markup that runs, and still show the pasted text; an error case must be
// refused with a message naming the file, line, field and what was expected.

/** Far above any case's real time (the slowest, a 10 MB file, is refused in milliseconds); only a hang reaches it. */
const HANG_BOUND_MS = 30_000;
const FIXTURES = path.join(import.meta.dirname, '../../fixtures/content');

const loader = new BoundedLoader();
const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-'));
afterAll(() => {
  loader.close();
  fs.rmSync(temporary, { recursive: true, force: true });
});

function load(root: string): Promise<BoundedAnswer> {
  return loader.load({ root, publicDir: PUBLIC_DIR, now: NOW }, HANG_BOUND_MS);
}

function freshRoot(name: string): string {
  const root = path.join(temporary, name.replace(/[^a-z0-9]+/gi, '-'));
  fs.rmSync(root, { recursive: true, force: true });
  fs.mkdirSync(root, { recursive: true });
  return root;
}

/** Elements that run code, load another document, or change the page around them. */
const FORBIDDEN_ELEMENTS =
  'script, iframe, frame, object, embed, svg, math, style, form, meta, base, link, noscript, input, button';
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcset', 'data', 'poster'];

/** What a browser would run or load from this HTML, by parsing it as a browser does. */
function dangers(html: string): string[] {
  const document = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
  const found: string[] = [];
  for (const element of document.body.querySelectorAll(FORBIDDEN_ELEMENTS))
    found.push(`<${element.localName}> element`);
  for (const element of document.body.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.name)) found.push(`${attribute.name}= on <${element.localName}>`);
      if (URL_ATTRIBUTES.includes(attribute.name.toLowerCase())) {
        // Browsers drop whitespace and control characters inside a scheme: "java\tscript:" runs.
        const url = attribute.value.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
        if (/^(?:javascript|vbscript|data):/.test(url))
          found.push(`${attribute.name}="${attribute.value}" on <${element.localName}>`);
        if (url.includes('/pwned')) found.push(`a request to ${attribute.value} from <${element.localName}>`);
      }
    }
  }
  return found;
}

/** The text a reader sees in the HTML. */
function textOf(html: string): string {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html').body.textContent ?? '';
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

function loadedArticle(answer: BoundedAnswer, slug: string): LoadedArticle {
  if (answer.outcome !== 'loaded')
    throw new Error(`expected the article to load, got ${JSON.stringify(answer).slice(0, 2000)}`);
  const article = answer.articles.find((candidate) => candidate.slug === slug);
  if (!article)
    throw new Error(`no published article ${slug} (got ${answer.articles.map((item) => item.slug).join(', ')})`);
  return article;
}

describe('the hostile corpus', () => {
  it('lists every clean article of site/ as a case, and every folder of errors/', () => {
    const articles = fs
      .readdirSync(path.join(FIXTURES, 'hostile/site/articles'))
      .map((file) => file.replace(/\.md$/, ''));
    const errorRoots = fs
      .readdirSync(path.join(FIXTURES, 'hostile/errors'))
      .map((folder) => `hostile/errors/${folder}`);

    expect(
      CLEAN_CASES.filter((item) => !item.generate)
        .map((item) => item.slug)
        .sort(),
    ).toEqual(articles.sort());
    expect(errorRoots.every((root) => ERROR_CASES.some((item) => item.root === root))).toBe(true);
    expect(new Set(CASES.map((item) => item.name)).size).toBe(CASES.length);
  });
});

describe.each(CLEAN_CASES)('hostile content, published: $name', (item: CleanCase) => {
  let answer: BoundedAnswer;
  beforeAll(async () => {
    const root = freshRoot(item.name);
    writeCleanCase(root, item);
    answer = await load(root);
  }, HANG_BOUND_MS + 10_000);

  it('loads as a published article', () => {
    expect(loadedArticle(answer, item.slug).slug).toBe(item.slug);
  });

  it('renders a body with nothing that runs or loads', () => {
    const article = loadedArticle(answer, item.slug);

    expect(dangers(article.bodyHtml)).toEqual([]);
    if (answer.outcome === 'loaded') for (const bio of answer.bios) expect(dangers(bio)).toEqual([]);
  });

  it('still shows what the editor pasted, as text', () => {
    const article = loadedArticle(answer, item.slug);
    const shown = squash(
      [
        article.title,
        article.summary,
        ...article.tags,
        article.imageAlt ?? '',
        article.imageCredit ?? '',
        ...article.corrections,
        textOf(article.bodyHtml),
      ].join('\n'),
    );

    for (const text of item.visible) expect(shown).toContain(squash(text));
  });
});

describe.each(ERROR_CASES)('hostile content, refused: $name', (item: ErrorCase) => {
  let answer: BoundedAnswer;
  let root: string;
  beforeAll(async () => {
    if (item.root) {
      root = path.join(FIXTURES, item.root);
    } else {
      root = freshRoot(item.name);
      writeSharedFiles(root);
      item.generate?.(path.join(root, 'articles'));
    }
    answer = await load(root);
  }, HANG_BOUND_MS + 10_000);

  it('is refused with a problem naming the file, the line, the field and what was expected', () => {
    if (answer.outcome !== 'refused')
      throw new Error(`expected a content error, got ${JSON.stringify(answer).slice(0, 2000)}`);
    const file = path.relative(process.cwd(), path.join(root, item.problem.file)).split(path.sep).join('/');
    const shownFile = file.startsWith('..') ? path.join(root, item.problem.file) : file;

    expect(answer.problems).toContainEqual({
      file: shownFile,
      line: item.problem.line,
      field: item.problem.field,
      message: expect.stringContaining(item.problem.message),
      severity: 'error',
    });
    expect(answer.message).toContain(`${shownFile}:${item.problem.line}: ${item.problem.field}: verwacht`);
  });
});

describe('npm run check on hostile content with an error', () => {
  // The case that used to crash check with a URIError and its stack trace.
  it(
    "exits non-zero with the editor's message and no stack trace",
    () => {
      const run = spawnSync('npm', ['run', '--silent', 'check'], {
        encoding: 'utf8',
        env: {
          ...process.env,
          CONTENT_DIR: 'tests/fixtures/content/hostile/errors/kapotte-procent-escape',
          CONTENT_CACHE: 'off',
        },
        timeout: HANG_BOUND_MS,
      });
      const output = `${run.stdout}\n${run.stderr}`;

      expect(run.status).toBe(1);
      expect(output).toContain(
        'tests/fixtures/content/hostile/errors/kapotte-procent-escape/articles/kapotte-procent-escape.md:8: link: verwacht een link met geldige %-codes',
      );
      expect(output).toContain('1 fout in de inhoud: er is niets gebouwd.');
      expect(output).not.toMatch(/^\s+at /m);
    },
    HANG_BOUND_MS + 10_000,
  );
});
