// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { Redirect } from '@/components/navigation/Redirect';

describe('Redirect', () => {
  const moved = {
    heading: 'Dit artikel is verhuisd',
    title: 'Leerdam en Blondin botsen',
    path: '/nieuws/leerdam-en-blondin-botsen/',
  };

  it('says the article has moved', () => {
    render(<Redirect {...moved} />);

    expect(screen.getByRole('heading', { level: 1, name: 'Dit artikel is verhuisd' })).toBeInTheDocument();
  });

  it('links to the article at its current address', () => {
    render(<Redirect {...moved} />);

    expect(screen.getByRole('link', { name: 'Leerdam en Blondin botsen' })).toHaveAttribute(
      'href',
      '/nieuws/leerdam-en-blondin-botsen/',
    );
  });

  it('forwards the browser at once with a meta refresh to the current address', () => {
    render(<Redirect {...moved} />);

    const refreshes = document.querySelectorAll('meta[http-equiv="refresh"]');
    expect(refreshes).toHaveLength(1);
    expect(refreshes[0]).toHaveAttribute('content', '0; url=/nieuws/leerdam-en-blondin-botsen/');
  });
});
