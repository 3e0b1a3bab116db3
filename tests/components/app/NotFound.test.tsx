// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import NotFound from '@/app/not-found';

describe('the not-found page', () => {
  it('says in Dutch that the page was not found', () => {
    render(<NotFound />);

    expect(screen.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeInTheDocument();
  });

  it('links back to the front page', () => {
    render(<NotFound />);

    expect(screen.getByRole('link', { name: 'Naar het laatste schaatsnieuws' })).toHaveAttribute('href', '/');
  });
});
