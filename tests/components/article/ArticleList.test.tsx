// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { ArticleList } from '@/components/article/ArticleList';
import { makeArticle } from '../support/factories';

describe('ArticleList', () => {
  it('lists the articles in the order given, each with a linked title', () => {
    render(
      <ArticleList
        articles={[
          makeArticle({ slug: 'nieuwste', title: 'Nieuwste verhaal' }),
          makeArticle({ slug: 'ouder', title: 'Ouder verhaal' }),
        ]}
      />,
    );

    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('link').getAttribute('href'))).toEqual([
      '/nieuws/nieuwste/',
      '/nieuws/ouder/',
    ]);
  });

  it('passes the heading level on to the cards', () => {
    render(<ArticleList articles={[makeArticle({ title: 'Nieuwste verhaal' })]} headingLevel={3} />);

    expect(screen.getByRole('heading', { level: 3, name: 'Nieuwste verhaal' })).toBeInTheDocument();
  });

  it('says there are no articles yet when the list is empty', () => {
    render(<ArticleList articles={[]} />);

    expect(screen.getByText('Nog geen artikelen.')).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('shows the given empty text instead of the default', () => {
    render(<ArticleList articles={[]} emptyText="Nog geen interviews." />);

    expect(screen.getByText('Nog geen interviews.')).toBeInTheDocument();
  });
});
