import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateContent } from '../../scripts/generate-content';
import { loadContent } from '@/lib/content/load';
import { frontPage } from '@/lib/front-page';
import { createSiteModel, type SiteModel } from '@/lib/site-model';

// The front page of a busy archive: 130 generated articles in every category.

const NOW = new Date('2026-11-20T12:00:00+01:00');
let root = '';

function modelOf(contentRoot: string): SiteModel {
  return createSiteModel(loadContent({ root: contentRoot, now: NOW, includeUnpublished: false }), NOW);
}

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'front-page-'));
  generateContent(root, 130);
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('frontPage', () => {
  it('shows every article at most once: lead, latest, column and the category sections together', () => {
    const page = frontPage(modelOf(root));
    const shown = [page.lead, ...page.latest, page.column, ...page.sections.flatMap((section) => section.articles)]
      .filter((article) => article !== undefined)
      .map((article) => article.slug);

    expect(shown.length).toBe(new Set(shown).size);
  });

  it('has a section for each category but columns, with the newest articles not shown above', () => {
    const model = modelOf(root);
    const page = frontPage(model);

    expect(page.sections.map((section) => section.category)).toEqual([
      'nieuws',
      'uitslagen',
      'interview',
      'achtergrond',
    ]);
    for (const section of page.sections) {
      expect(section.articles.length).toBeGreaterThan(0);
      expect(section.articles.every((article) => article.category === section.category)).toBe(true);
    }
  });

  it('never shows the same column twice: when the lead story is a column, the side column is the one before it', () => {
    const copy = path.join(root, '..', `${path.basename(root)}-column-lead`);
    fs.cpSync(root, copy, { recursive: true });
    try {
      fs.mkdirSync(path.join(copy, 'articles', '2026'), { recursive: true });
      fs.writeFileSync(
        path.join(copy, 'articles', '2026', 'nieuwste-column.md'),
        '---\ntitle: De nieuwste column\nsummary: Een column als openingsverhaal.\ndate: 2026-11-19T10:00:00+01:00\nauthor: columnist-a\ncategory: column\n---\nDe tekst van de column.\n',
      );
      const page = frontPage(modelOf(copy));

      expect(page.lead?.slug).toBe('nieuwste-column');
      expect(page.column?.category).toBe('column');
      expect(page.column?.slug).not.toBe('nieuwste-column');
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });
});
