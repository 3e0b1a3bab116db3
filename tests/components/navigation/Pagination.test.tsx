// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { Pagination } from '@/components/navigation/Pagination';
import { paths } from '@/lib/paths';

const newer = () => screen.queryByRole('link', { name: '← Nieuwere artikelen' });
const older = () => screen.queryByRole('link', { name: 'Oudere artikelen →' });
/** The <link rel> hints React places in the document head. */
const hint = (rel: 'prev' | 'next') => document.head.querySelector(`link[rel="${rel}"]`);

describe('Pagination', () => {
  it('shows nothing for a list of one page', () => {
    const { container } = render(<Pagination page={1} count={1} pathOf={paths.archive} />);

    expect(container).toBeEmptyDOMElement();
  });

  it('adds no hints to the head for a list of one page', () => {
    render(<Pagination page={1} count={1} pathOf={paths.archive} />);

    expect([hint('prev'), hint('next')]).toEqual([null, null]);
  });

  it('is a navigation landmark named "Paginering"', () => {
    render(<Pagination page={2} count={3} pathOf={paths.archive} />);

    expect(screen.getByRole('navigation', { name: 'Paginering' })).toBeInTheDocument();
  });

  it('says which page of how many the reader is on', () => {
    render(<Pagination page={2} count={3} pathOf={paths.archive} />);

    expect(screen.getByText('Pagina 2 van 3')).toBeInTheDocument();
  });

  it('links a middle page to the newer page before it and the older page after it', () => {
    render(<Pagination page={2} count={3} pathOf={paths.archive} />);

    expect([newer()?.getAttribute('href'), older()?.getAttribute('href')]).toEqual([
      '/nieuws/pagina/1/',
      '/nieuws/pagina/3/',
    ]);
  });

  it('marks the links as the previous and next page', () => {
    render(<Pagination page={2} count={3} pathOf={paths.archive} />);

    expect([newer()?.getAttribute('rel'), older()?.getAttribute('rel')]).toEqual(['prev', 'next']);
  });

  it('offers no newer articles on the first page', () => {
    render(<Pagination page={1} count={3} pathOf={paths.archive} />);

    expect(newer()).not.toBeInTheDocument();
    expect(older()).toHaveAttribute('href', '/nieuws/pagina/2/');
  });

  it('offers no older articles on the last page', () => {
    render(<Pagination page={3} count={3} pathOf={paths.archive} />);

    expect(older()).not.toBeInTheDocument();
    expect(newer()).toHaveAttribute('href', '/nieuws/pagina/2/');
  });

  it('puts rel hints for the previous and next page in the head', () => {
    render(<Pagination page={2} count={3} pathOf={paths.archive} />);

    expect([hint('prev')?.getAttribute('href'), hint('next')?.getAttribute('href')]).toEqual([
      '/nieuws/pagina/1/',
      '/nieuws/pagina/3/',
    ]);
  });

  it('puts no previous-page hint in the head on the first page', () => {
    render(<Pagination page={1} count={2} pathOf={paths.archive} />);

    expect(hint('prev')).toBeNull();
    expect(hint('next')).toHaveAttribute('href', '/nieuws/pagina/2/');
  });

  it('builds the addresses with the path function it is given', () => {
    render(<Pagination page={2} count={3} pathOf={(number) => paths.category('uitslagen', number)} />);

    expect([newer()?.getAttribute('href'), older()?.getAttribute('href')]).toEqual([
      '/rubriek/uitslagen/',
      '/rubriek/uitslagen/pagina/3/',
    ]);
  });
});
