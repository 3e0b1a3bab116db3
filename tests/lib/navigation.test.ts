import { categoryList } from '@/lib/article-lists';
import { articleTrail, MAIN_MENU } from '@/lib/navigation';
import { makeArticle } from '../components/support/factories';
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
