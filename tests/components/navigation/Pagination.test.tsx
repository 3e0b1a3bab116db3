// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { Pagination } from '@/components/navigation/Pagination';
import { frontPage, numberedPage } from '@/lib/pagination';
import { paths } from '@/lib/paths';

const newer = () => screen.queryByRole('link', { name: '← Nieuwere artikelen' });
const older = () => screen.queryByRole('link', { name: 'Oudere artikelen →' });
/** The <link rel> hints React places in the document head. */
const hint = (rel: 'prev' | 'next') => document.head.querySelector(`link[rel="${rel}"]`);
/** A list of `count` items, newest first. */
const list = (count: number) => Array.from({ length: count }, (_, index) => count - index);
/** Numbered page `number` of a list of `count` items. */
const page = (count: number, number: number) => numberedPage(list(count), number)!;

describe('Pagination', () => {
  it('shows nothing for a list of one page', () => {
    const { container } = render(<Pagination page={frontPage(list(12))} pathOf={paths.archive} />);

    expect(container).toBeEmptyDOMElement();
    expect([hint('prev'), hint('next')]).toEqual([null, null]);
  });

  it('is a navigation landmark named "Paginering"', () => {
    render(<Pagination page={page(100, 3)} pathOf={paths.archive} />);

    expect(screen.getByRole('navigation', { name: 'Paginering' })).toBeInTheDocument();
  });

  it('links a middle page to the newer page above it and the older page below it', () => {
    render(<Pagination page={page(100, 3)} pathOf={paths.archive} />);

    expect([newer()?.getAttribute('href'), older()?.getAttribute('href')]).toEqual([
      '/nieuws/pagina/4/',
      '/nieuws/pagina/2/',
    ]);
    expect([newer()?.getAttribute('rel'), older()?.getAttribute('rel')]).toEqual(['prev', 'next']);
  });

  it('puts rel hints for the newer and older page in the head', () => {
    render(<Pagination page={page(100, 3)} pathOf={paths.archive} />);

    expect([hint('prev')?.getAttribute('href'), hint('next')?.getAttribute('href')]).toEqual([
      '/nieuws/pagina/4/',
      '/nieuws/pagina/2/',
    ]);
  });

  it('offers the page numbers around the page, page 1 and the newest articles, and marks the current page', () => {
    render(<Pagination page={page(200, 5)} pathOf={paths.archive} />);

    const numbers = within(screen.getByRole('list'));
    expect(numbers.getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Nieuwste', '/nieuws/'],
      ['Pagina 7', '/nieuws/pagina/7/'],
      ['Pagina 6', '/nieuws/pagina/6/'],
      ['Pagina 4', '/nieuws/pagina/4/'],
      ['Pagina 3', '/nieuws/pagina/3/'],
      ['Pagina 1', '/nieuws/pagina/1/'],
    ]);
    expect(screen.getByText('5').closest('[aria-current="page"]')).toHaveTextContent('Pagina 5');
  });

  it('offers no older articles on page 1', () => {
    render(<Pagination page={page(100, 1)} pathOf={paths.archive} />);

    expect(older()).not.toBeInTheDocument();
    expect(hint('next')).toBeNull();
    expect(newer()).toHaveAttribute('href', '/nieuws/pagina/2/');
  });

  it("leads from the newest numbered page to the list's own address for newer articles", () => {
    render(<Pagination page={page(100, 5)} pathOf={paths.archive} />);

    expect(newer()).toHaveAttribute('href', '/nieuws/');
  });

  it("offers only older articles at the list's own address", () => {
    render(<Pagination page={frontPage(list(100))} pathOf={paths.archive} />);

    expect(newer()).not.toBeInTheDocument();
    expect(older()).toHaveAttribute('href', '/nieuws/pagina/4/');
    expect(screen.queryByRole('link', { name: 'Nieuwste' })).not.toBeInTheDocument();
  });

  it('builds the addresses with the path function it is given', () => {
    render(<Pagination page={page(100, 5)} pathOf={(number) => paths.category('uitslagen', number)} />);

    expect([newer()?.getAttribute('href'), older()?.getAttribute('href')]).toEqual([
      '/rubriek/uitslagen/',
      '/rubriek/uitslagen/pagina/4/',
    ]);
  });
});
