// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { CompetitionProfile } from '@/components/competition/CompetitionProfile';
import { makeCompetition } from '../support/factories';

function factFor(term: string): HTMLElement {
  const description = screen.getByText(term, { selector: 'dt' }).nextElementSibling;
  if (!(description instanceof HTMLElement)) throw new Error(`no description after "${term}"`);
  return description;
}

describe('CompetitionProfile', () => {
  it('names the competition in the page heading', () => {
    render(<CompetitionProfile competition={makeCompetition({ name: 'Wereldbeker Salt Lake City' })} />);

    expect(screen.getByRole('heading', { level: 1, name: 'Wereldbeker Salt Lake City' })).toBeInTheDocument();
  });

  it('shows the first and last day in Dutch', () => {
    render(<CompetitionProfile competition={makeCompetition({ start: '2025-11-14', end: '2025-11-16' })} />);

    expect(factFor('Datum')).toHaveTextContent('14 t/m 16 november 2025');
  });

  it('shows a one-day competition as one day', () => {
    render(<CompetitionProfile competition={makeCompetition({ start: '2025-12-27', end: '2025-12-27' })} />);

    expect(factFor('Datum')).toHaveTextContent(/^27 december 2025$/);
  });

  it('shows the venue, place and country', () => {
    render(
      <CompetitionProfile
        competition={makeCompetition({ venue: 'Utah Olympic Oval', location: 'Salt Lake City', country: 'USA' })}
      />,
    );

    expect(factFor('Plaats')).toHaveTextContent('Utah Olympic Oval, Salt Lake City (Verenigde Staten USA)');
  });
});
