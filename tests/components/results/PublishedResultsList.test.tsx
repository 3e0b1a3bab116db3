// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { PublishedResultsList } from '@/components/results/PublishedResultsList';
import { expectInDocumentOrder } from '../support/dom';
import { makeArticle, makePublishedResults, makeResults } from '../support/factories';

const story = makeArticle({ slug: 'leerdam-en-blondin-botsen', title: 'Leerdam en Blondin botsen bij het inrijden' });
const sprint = makePublishedResults({ article: story, block: makeResults({ title: '500 meter vrouwen' }) });
const pursuit = makePublishedResults({ article: story, block: makeResults({ title: 'Ploegenachtervolging vrouwen' }) });

describe('PublishedResultsList', () => {
  it('shows each results block as a table named after its title, in the order given', () => {
    render(<PublishedResultsList results={[sprint, pursuit]} />);

    expectInDocumentOrder([
      screen.getByRole('table', { name: '500 meter vrouwen' }),
      screen.getByRole('table', { name: 'Ploegenachtervolging vrouwen' }),
    ]);
  });

  it('says under each table which article it comes from, with a link', () => {
    render(<PublishedResultsList results={[sprint]} />);

    const link = screen.getByRole('link', { name: 'Leerdam en Blondin botsen bij het inrijden' });
    expect(link).toHaveAttribute('href', '/nieuws/leerdam-en-blondin-botsen/');
    expect(link.parentElement).toHaveTextContent(/^Uit: Leerdam en Blondin botsen bij het inrijden$/);
  });

  it('places the source line after its table', () => {
    render(<PublishedResultsList results={[sprint]} />);

    expectInDocumentOrder([screen.getByRole('table'), screen.getByText('Uit:', { exact: false })]);
  });

  it('says there are no results yet when there are none', () => {
    render(<PublishedResultsList results={[]} />);

    expect(screen.getByText('Nog geen uitslagen.')).toBeInTheDocument();
  });

  it('says what it is given to say when there are no results', () => {
    render(<PublishedResultsList results={[]} emptyText="Nog geen uitslagen van deze wedstrijd." />);

    expect(screen.getByText('Nog geen uitslagen van deze wedstrijd.')).toBeInTheDocument();
  });
});
