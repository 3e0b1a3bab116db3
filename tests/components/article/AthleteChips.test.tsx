// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { AthleteChips } from '@/components/article/AthleteChips';
import { makeAthlete } from '../support/factories';

const leerdam = makeAthlete({ slug: 'jutta-leerdam', name: 'Jutta Leerdam' });
const blondin = makeAthlete({ slug: 'ivanie-blondin', name: 'Ivanie Blondin', country: 'CAN' });

describe('AthleteChips', () => {
  it('heads the list "Schaatsers in dit verhaal"', () => {
    render(<AthleteChips athletes={[leerdam]} />);

    expect(screen.getByRole('heading', { level: 2, name: 'Schaatsers in dit verhaal' })).toBeInTheDocument();
  });

  it('is a region named after its heading', () => {
    render(<AthleteChips athletes={[leerdam]} />);

    expect(screen.getByRole('region', { name: 'Schaatsers in dit verhaal' })).toBeInTheDocument();
  });

  it("links each skater to the skater's page, in the order given", () => {
    render(<AthleteChips athletes={[leerdam, blondin]} />);

    const links = within(screen.getByRole('list')).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Jutta Leerdam', '/schaatsers/jutta-leerdam/'],
      ['Ivanie Blondin', '/schaatsers/ivanie-blondin/'],
    ]);
  });

  it('shows nothing for a story without skaters', () => {
    const { container } = render(<AthleteChips athletes={[]} />);

    expect(container).toBeEmptyDOMElement();
  });
});
