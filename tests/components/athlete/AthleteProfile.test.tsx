// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { AthleteProfile } from '@/components/athlete/AthleteProfile';
import { makeAthlete } from '../support/factories';

/** The description that follows a term in the facts list. */
function factFor(term: string): HTMLElement {
  const description = screen.getByText(term, { selector: 'dt' }).nextElementSibling;
  if (!(description instanceof HTMLElement)) throw new Error(`no description after "${term}"`);
  return description;
}

describe('AthleteProfile', () => {
  it("shows the skater's name as the page heading", () => {
    render(<AthleteProfile athlete={makeAthlete({ name: 'Jutta Leerdam' })} />);

    expect(screen.getByRole('heading', { level: 1, name: 'Jutta Leerdam' })).toBeInTheDocument();
  });

  it('shows the country by its Dutch name with the code', () => {
    render(<AthleteProfile athlete={makeAthlete({ country: 'NED' })} />);

    expect(factFor('Land')).toHaveTextContent(/^Nederland NED$/);
  });

  it('keeps each fact apart from its term in the text a search index reads, without the layout', () => {
    const { container } = render(<AthleteProfile athlete={makeAthlete({ country: 'USA' })} />);

    expect(container.querySelector('dl')?.textContent).toContain('Land Verenigde Staten');
  });

  it('shows the age on the build day, with the birthday in Dutch without its weekday', () => {
    render(<AthleteProfile athlete={makeAthlete({ born: '1998-12-30' })} age={26} />);

    expect(factFor('Leeftijd')).toHaveTextContent(/^26 jaar \(geboren 30 december 1998\)$/);
  });

  it('leaves out the age when the birthday is not known', () => {
    render(<AthleteProfile athlete={makeAthlete({ born: undefined })} />);

    expect(screen.queryByText('Leeftijd')).not.toBeInTheDocument();
    expect(screen.queryByText(/geboren/)).not.toBeInTheDocument();
  });

  it('lists the distances the skater specialises in', () => {
    render(<AthleteProfile athlete={makeAthlete({ specialties: ['500m', '1000m'] })} />);

    expect(factFor('Afstanden')).toHaveTextContent(/^500m, 1000m$/);
  });

  it('leaves out the distances when there are none', () => {
    render(<AthleteProfile athlete={makeAthlete({ specialties: [] })} />);

    expect(screen.queryByText('Afstanden')).not.toBeInTheDocument();
  });

  it('shows the biography as HTML', () => {
    render(<AthleteProfile athlete={makeAthlete({ bioHtml: '<p>Sprintster uit <strong>Den Haag</strong>.</p>' })} />);

    expect(screen.getByText('Den Haag', { selector: 'strong' })).toBeInTheDocument();
  });
});
