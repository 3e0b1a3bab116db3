// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { SiteHeader } from '@/components/layout/SiteHeader';

describe('SiteHeader', () => {
  it('is the banner landmark of the page', () => {
    render(<SiteHeader />);

    expect(screen.getByRole('banner')).toBeInTheDocument();
  });

  it('links the site name to the front page', () => {
    render(<SiteHeader />);

    expect(within(screen.getByRole('banner')).getByRole('link', { name: 'Schaatsnieuws' })).toHaveAttribute(
      'href',
      '/',
    );
  });

  it('offers the main sections in a navigation landmark named "Hoofdmenu"', () => {
    render(<SiteHeader />);

    const menu = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    const links = within(menu).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Nieuws', '/rubriek/nieuws/'],
      ['Uitslagen', '/rubriek/uitslagen/'],
      ['Columns', '/rubriek/column/'],
      ['Schaatsers', '/schaatsers/'],
      ['Kalender', '/kalender/'],
    ]);
  });
});
