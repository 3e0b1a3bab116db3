// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { Breadcrumbs } from '@/components/navigation/Breadcrumbs';

const trail = [
  { name: 'Nieuws', path: '/nieuws/pagina/1/' },
  { name: 'Uitslagen', path: '/rubriek/uitslagen/' },
  { name: 'Kok rijdt wereldrecord', path: '/nieuws/kok-wereldrecord/' },
];

describe('Breadcrumbs', () => {
  it('is a navigation landmark named "Kruimelpad"', () => {
    render(<Breadcrumbs trail={trail} />);

    expect(screen.getByRole('navigation', { name: 'Kruimelpad' })).toBeInTheDocument();
  });

  it('shows the steps as a list in the order given', () => {
    render(<Breadcrumbs trail={trail} />);

    const steps = within(screen.getByRole('navigation', { name: 'Kruimelpad' })).getAllByRole('listitem');
    expect(steps.map((step) => step.textContent)).toEqual(['Nieuws', 'Uitslagen', 'Kok rijdt wereldrecord']);
  });

  it('links every step before the last to its page', () => {
    render(<Breadcrumbs trail={trail} />);

    const links = screen.getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Nieuws', '/nieuws/pagina/1/'],
      ['Uitslagen', '/rubriek/uitslagen/'],
    ]);
  });

  it('marks the last step as the current page', () => {
    render(<Breadcrumbs trail={trail} />);

    expect(screen.getByText('Kok rijdt wereldrecord')).toHaveAttribute('aria-current', 'page');
  });

  it('does not link the last step: the reader is already there', () => {
    render(<Breadcrumbs trail={trail} />);

    expect(screen.queryByRole('link', { name: 'Kok rijdt wereldrecord' })).not.toBeInTheDocument();
  });
});
