import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { nearMissFinder, repeats } from '@/lib/content/editorial-checks';
import { loadContent } from '@/lib/content/load';
import { ContentErrors, type ContentProblem } from '@/lib/content/problems';

const FIXTURES = path.join(import.meta.dirname, '../../fixtures/content');
const NOW = new Date('2025-12-01T12:00:00Z');
const WARNINGS_ROOT = path.join(FIXTURES, 'checks-warnings');
const LINKS_ROOT = path.join(FIXTURES, 'checks-links');

function refusal(root: string): ContentErrors {
  try {
    loadContent({ root, now: NOW, includeUnpublished: false });
  } catch (error) {
    if (error instanceof ContentErrors) return error;
    throw error;
  }
  throw new Error(`expected ${root} to be refused`);
}

const brief = (problem: ContentProblem) => `${path.basename(problem.file)}:${problem.line} ${problem.field}`;

describe('the editors’ warnings', () => {
  const { warnings } = loadContent({ root: WARNINGS_ROOT, now: NOW, includeUnpublished: false });

  it('lets content with only warnings load', () => {
    expect(warnings.every((warning) => warning.severity === 'warning')).toBe(true);
  });

  it('suggests the known spelling of a skater name that is nearly right', () => {
    const spelling = warnings.find((warning) => warning.field === 'results row 2, Naam');
    expect(spelling && brief(spelling)).toBe('visser-wint-in-testdorp.md:14 results row 2, Naam');
    expect(spelling?.message).toContain('bedoel je "Sanne Visser"?');
  });

  it('warns when the summary only repeats the title', () => {
    const summary = warnings.find((warning) => warning.field === 'summary');
    expect(summary && brief(summary)).toBe('visser-wint-in-testdorp.md:3 summary');
  });

  it("warns when a results table gives a skater another country than her file's", () => {
    const country = warnings.find((warning) => warning.field === 'results row 1, Land');
    expect(country && brief(country)).toBe('visser-wint-in-testdorp.md:20 results row 1, Land');
    expect(country?.message).toBe('verwacht het land uit het bestand van Sanne Visser, NED; gevonden: "CAN"');
  });

  it('warns when results name known skaters the article does not list', () => {
    const athletes = warnings.find((warning) => warning.field === 'athletes');
    expect(athletes?.message).toContain('athletes: [sanne-visser]');
  });
});

describe('links and images in article text', () => {
  const error = refusal(LINKS_ROOT);

  it('refuses links to pages that do not exist, on their lines', () => {
    expect(error.problems.map(brief)).toEqual([
      'links-naar-nergens.md:9 link',
      'links-naar-nergens.md:11 link',
      'links-naar-nergens.md:13 image in text',
    ]);
  });

  it('names the working tag address when a tag link is spelt with capitals', () => {
    expect(error.problems[1]?.message).toContain("tagpagina's zijn /tags/wereldbeker/");
  });

  it('only warns about a link to an article that is not published yet', () => {
    expect(error.warnings.map(brief)).toEqual(['links-naar-nergens.md:11 link']);
    expect(error.warnings[0]?.message).toContain('/nieuws/nog-een-concept/');
  });

  it('accepts links to existing pages with or without the trailing slash', () => {
    expect(error.problems.some((problem) => /\/(archief|kalender|sanne-visser)/.test(problem.message))).toBe(false);
  });
});

describe('nearMissFinder', () => {
  const find = nearMissFinder([
    { slug: 'valerie-maltais', name: 'Valérie Maltais' },
    { slug: 'femke-kok', name: 'Femke Kok' },
  ]);

  it.each([
    ['Valerie Maltais', 'valerie-maltais'],
    ['Valérie Maltals', 'valerie-maltais'],
    ['Femke Kook', 'femke-kok'],
  ])('finds %s as a misspelling', (name, slug) => {
    expect(find(name)?.slug).toBe(slug);
  });

  it.each(['Japan', 'Femke de Jong', 'Kok'])('leaves %s alone', (name) => {
    expect(find(name)).toBeUndefined();
  });
});

describe('repeats', () => {
  it('sees a summary that is the title with a full stop', () => {
    expect(repeats('Kok wint de 500 meter.', 'Kok wint de 500 meter')).toBe(true);
  });

  it('accepts a summary that says more', () => {
    expect(repeats('Femke Kok rijdt in Salt Lake City een wereldrecord op de 500 meter.', 'Kok wint')).toBe(false);
  });
});

// Each test starts the real script in a new Node process: seconds on a busy machine.
describe('npm run check --json', { timeout: 60_000 }, () => {
  function checkJson(root: string) {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts', '--json'], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: root, CONTENT_CACHE: 'off' },
    });
    return { status: run.status, output: JSON.parse(run.stdout) as unknown };
  }

  it('reports errors and warnings as one object, and fails', () => {
    const { status, output } = checkJson(LINKS_ROOT);

    expect(status).toBe(1);
    expect(output).toMatchObject({ ok: false, summary: null });
    expect(output).toHaveProperty('problems');
    const problems = (output as { problems: unknown[] }).problems;
    expect(problems).toHaveLength(4);
    for (const problem of problems) {
      expect(problem).toEqual({
        file: expect.stringMatching(/links-naar-nergens\.md$/),
        line: expect.any(Number),
        field: expect.any(String),
        message: expect.stringContaining('verwacht'),
        severity: expect.stringMatching(/^(error|warning)$/),
      });
    }
  });

  it('passes with warnings and gives the summary', () => {
    const { status, output } = checkJson(WARNINGS_ROOT);

    expect(status).toBe(0);
    expect(output).toMatchObject({ ok: true, summary: { published: 1, drafts: [], scheduled: [], ignored: [] } });
  });
});
