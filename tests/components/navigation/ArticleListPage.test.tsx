// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { ArticleListPage } from '@/components/navigation/ArticleListPage';
import { paths } from '@/lib/paths';
import type { Page } from '@/lib/pagination';
import type { Article } from '@/lib/types';
import { makeArticle } from '../support/factories';

const trail = [
  { name: 'Voorpagina', path: '/' },
  { name: 'Alle nieuws', path: '/nieuws/pagina/2/' },
];

/** Numbered page `number` (or, without one, the list's own address) showing `items`, in a list of `count` pages. */
function page(number: number | undefined, count: number, items: Article[] = [makeArticle()]): Page<Article> {
  return {
    items,
    number,
    newer: number === undefined ? undefined : number < count ? number + 1 : 'front',
    older: number === undefined ? (count > 1 ? count - 1 : undefined) : number > 1 ? number - 1 : undefined,
    numbers: Array.from({ length: count }, (_, index) => count - index),
  };
}

describe('ArticleListPage', () => {
  it("heads the list's own address with the title alone", () => {
    render(<ArticleListPage title="Alle nieuws" page={page(undefined, 3)} pathOf={paths.archive} trail={trail} />);

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/^Alle nieuws$/);
  });

  it('adds the page number to the heading of a numbered page', () => {
    render(<ArticleListPage title="Alle nieuws" page={page(2, 3)} pathOf={paths.archive} trail={trail} />);

    // By text: jsdom's name computation drops the space at the start of the page number's span.
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/^Alle nieuws \(pagina 2\)$/);
  });

  it("lists the page's articles in the order given", () => {
    const articles = [
      makeArticle({ slug: 'nieuwste', title: 'Het nieuwste verhaal' }),
      makeArticle({ slug: 'ouder', title: 'Een ouder verhaal' }),
    ];

    render(
      <ArticleListPage title="Alle nieuws" page={page(undefined, 1, articles)} pathOf={paths.archive} trail={trail} />,
    );

    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'Het nieuwste verhaal',
      'Een ouder verhaal',
    ]);
  });

  it('says so when the list has no articles yet', () => {
    render(<ArticleListPage title="Achtergrond" page={page(undefined, 1, [])} pathOf={paths.archive} trail={trail} />);

    expect(screen.getByText('Nog geen artikelen.')).toBeInTheDocument();
  });

  it('shows the introduction under the heading', () => {
    render(
      <ArticleListPage
        title="Uitslagen"
        intro={<p>Uitslagen van wereldbekers.</p>}
        page={page(undefined, 1)}
        pathOf={paths.archive}
        trail={trail}
      />,
    );

    expect(screen.getByText('Uitslagen van wereldbekers.')).toBeInTheDocument();
  });

  it('shows where the page sits in the breadcrumb trail', () => {
    render(<ArticleListPage title="Alle nieuws" page={page(2, 3)} pathOf={paths.archive} trail={trail} />);

    const crumbs = screen.getByRole('navigation', { name: 'Kruimelpad' });
    expect(within(crumbs).getByRole('link', { name: 'Voorpagina' })).toHaveAttribute('href', '/');
  });

  it('links to the other pages with the path function it is given', () => {
    render(
      <ArticleListPage
        title="Onderwerp: 500 meter"
        page={page(2, 3)}
        pathOf={(number) => paths.tag('500-meter', number)}
        trail={trail}
      />,
    );

    const pages = screen.getByRole('navigation', { name: 'Paginering' });
    expect(
      within(pages)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual([
      '/tags/500-meter/pagina/3/',
      '/tags/500-meter/',
      '/tags/500-meter/pagina/3/',
      '/tags/500-meter/pagina/1/',
      '/tags/500-meter/pagina/1/',
    ]);
  });

  it('shows no page links for a list of one page', () => {
    render(<ArticleListPage title="Alle nieuws" page={page(undefined, 1)} pathOf={paths.archive} trail={trail} />);

    expect(screen.queryByRole('navigation', { name: 'Paginering' })).not.toBeInTheDocument();
  });
});
