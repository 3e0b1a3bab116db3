// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { ComingCompetitions } from '@/components/home/ComingCompetitions';
import { makeCompetition } from '../support/factories';

const heerenveen = makeCompetition({
  slug: 'wereldbeker-heerenveen-2025',
  name: 'Wereldbeker Heerenveen',
  start: '2025-12-12',
  end: '2025-12-14',
  location: 'Heerenveen',
});
const hamar = makeCompetition({
  slug: 'ek-sprint-hamar-2026',
  name: 'EK sprint',
  start: '2026-01-10',
  end: '2026-01-11',
  location: 'Hamar',
});

describe('ComingCompetitions', () => {
  it('lists the competitions in the order given', () => {
    render(<ComingCompetitions competitions={[heerenveen, hamar]} />);

    expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Wereldbeker Heerenveen',
      'EK sprint',
    ]);
  });

  it("links each competition to the competition's page", () => {
    render(<ComingCompetitions competitions={[heerenveen]} />);

    expect(screen.getByRole('link', { name: 'Wereldbeker Heerenveen' })).toHaveAttribute(
      'href',
      '/wedstrijden/wereldbeker-heerenveen-2025/',
    );
  });

  it('shows the days the Dutch way and the place', () => {
    render(<ComingCompetitions competitions={[heerenveen]} />);

    expect(screen.getByRole('listitem')).toHaveTextContent('12 t/m 14 december 2025, Heerenveen');
  });

  it('gives the first and last day as machine-readable dates', () => {
    render(<ComingCompetitions competitions={[heerenveen]} />);

    expect(screen.getByText('12')).toHaveAttribute('datetime', '2025-12-12');
    expect(screen.getByText('14 december 2025')).toHaveAttribute('datetime', '2025-12-14');
  });

  it('says so when no competition is coming', () => {
    render(<ComingCompetitions competitions={[]} />);

    expect(screen.getByText('Er staan nog geen nieuwe wedstrijden op de kalender.')).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });
});
