import { categoryList } from '@/lib/article-lists';
import {
  adelskalenderTrail,
  articleTrail,
  authorTrail,
  competitionTrail,
  MAIN_MENU,
  recordsTrail,
  seasonTrail,
  worldCupTrail,
} from '@/lib/navigation';
import { makeArticle, makeAuthor, makeCompetition } from '../components/support/factories';
import { modelOf } from './support/site-model';

const column = makeArticle({ slug: 'de-lange-winter', title: 'De lange winter', category: 'column' });

/** What the main menu calls the page at `path`. */
function menuName(path: string): string | undefined {
  return MAIN_MENU.find((link) => link.path === path)?.name;
}

describe('the column section', () => {
  it('is called "Columns" in the menu', () => {
    expect(menuName('/rubriek/column/')).toBe('Columns');
  });

  it('is called "Columns" as its page heading and title, as in the menu', () => {
    const list = categoryList(modelOf({ articles: [column] }), 'column');

    expect([list.heading, list.name]).toEqual(['Columns', 'Columns']);
  });

  it('is called "Columns" in a column\'s breadcrumb trail, leading to its page', () => {
    expect(articleTrail(column)[1]).toEqual({ name: 'Columns', path: '/rubriek/column/' });
  });
});

describe('"Nieuws"', () => {
  const news = makeArticle({ category: 'nieuws' });
  const trails = [
    articleTrail(news),
    authorTrail(makeAuthor({ slug: 'sanne-de-vries', name: 'Sanne de Vries' })),
    competitionTrail(makeCompetition({ slug: 'wb-calgary', name: 'Wereldbeker Calgary' })),
  ];

  it('in the menu leads to the news section, beside Uitslagen and Columns', () => {
    expect(MAIN_MENU.slice(0, 3).map(({ name, path }) => ({ name, path }))).toEqual([
      { name: 'Nieuws', path: '/rubriek/nieuws/' },
      { name: 'Uitslagen', path: '/rubriek/uitslagen/' },
      { name: 'Columns', path: '/rubriek/column/' },
    ]);
  });

  it('in every breadcrumb trail leads where the menu\'s "Nieuws" leads', () => {
    const inMenu = MAIN_MENU.find((link) => link.name === 'Nieuws');
    const steps = trails.flat().filter((step) => step.name === 'Nieuws');

    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) expect(step.path).toBe(inMenu?.path);
  });

  it('is the step above a news story in its trail', () => {
    expect(articleTrail(news).map((step) => step.name)).toEqual(['Voorpagina', 'Nieuws', news.title]);
  });

  it('leads nowhere but the front page under the name "Voorpagina"', () => {
    for (const step of trails.flat()) if (step.path === '/') expect(step.name).toBe('Voorpagina');
  });

  it('is not the step above a competition: that is the Kalender, as in the menu', () => {
    expect(trails[2]?.[0]).toEqual({ name: 'Kalender', path: '/kalender/' });
  });
});

describe('the World Cup pages', () => {
  it('sit in the Kalender, as the competitions do: the index, a season, a standing', () => {
    const season = { label: '2025/2026', slug: '2025-2026' };
    const standing = { label: '500 meter vrouwen', path: '/wereldbeker/2025-2026/500-vrouwen/' };

    expect(worldCupTrail(season, standing)).toEqual([
      { name: 'Kalender', path: '/kalender/' },
      { name: 'Wereldbeker', path: '/wereldbeker/' },
      { name: '2025/2026', path: '/wereldbeker/2025-2026/' },
      { name: '500 meter vrouwen', path: '/wereldbeker/2025-2026/500-vrouwen/' },
    ]);
    expect(worldCupTrail().map((step) => step.name)).toEqual(['Kalender', 'Wereldbeker']);
  });
});

describe('the trails of the record pages', () => {
  it('sit under the skaters, whose index links to them; a season under the season lists', () => {
    expect(seasonTrail({ slug: '2025-2026', label: '2025/2026' })).toEqual([
      { name: 'Voorpagina', path: '/' },
      { name: 'Schaatsers', path: '/schaatsers/' },
      { name: 'Seizoenslijsten', path: '/seizoen/' },
      { name: 'Seizoen 2025/2026', path: '/seizoen/2025-2026/' },
    ]);
    expect(recordsTrail().at(-1)).toEqual({ name: 'Records', path: '/records/' });
    expect(adelskalenderTrail().at(-1)).toEqual({ name: 'Adelskalender', path: '/adelskalender/' });
  });
});
