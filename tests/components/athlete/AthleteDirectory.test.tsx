// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { AthleteDirectory } from '@/components/athlete/AthleteDirectory';
import { makeAthlete } from '../support/factories';

// Made-up skaters. By code the countries run CAN, GER, KOR, NED, NOR; by Dutch name Zuid-Korea comes last.
const athletes = [
  makeAthlete({ slug: 'mirte-jansma', name: 'Mirte Jansma', country: 'NED' }),
  makeAthlete({ slug: 'min-ji-park', name: 'Min-ji Park', country: 'KOR' }),
  makeAthlete({ slug: 'florence-gagnon', name: 'Florence Gagnon', country: 'CAN' }),
  makeAthlete({ slug: 'ingrid-solberg', name: 'Ingrid Solberg', country: 'NOR' }),
  makeAthlete({ slug: 'anna-dekker', name: 'Anna Dekker', country: 'NED' }),
  makeAthlete({ slug: 'lena-bauer', name: 'Lena Bauer', country: 'GER' }),
  makeAthlete({ slug: 'emilie-roy', name: 'Émilie Roy', country: 'CAN' }),
];

function namesIn(country: string): (string | null)[] {
  return within(screen.getByRole('region', { name: country }))
    .getAllByRole('link')
    .map((link) => link.textContent);
}

describe('AthleteDirectory', () => {
  it('groups the skaters under their countries, Nederland first, then the others by Dutch name from A to Z', () => {
    render(<AthleteDirectory athletes={athletes} />);

    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'Nederland (NED)',
      'Canada (CAN)',
      'Duitsland (GER)',
      'Noorwegen (NOR)',
      'Zuid-Korea (KOR)',
    ]);
  });

  it('shows the other countries A to Z when there are no Dutch skaters', () => {
    render(<AthleteDirectory athletes={athletes.filter((athlete) => athlete.country !== 'NED')} />);

    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'Canada (CAN)',
      'Duitsland (GER)',
      'Noorwegen (NOR)',
      'Zuid-Korea (KOR)',
    ]);
  });

  it('lists the skaters of a country from A to Z', () => {
    render(<AthleteDirectory athletes={athletes} />);

    expect(namesIn('Nederland (NED)')).toEqual(['Anna Dekker', 'Mirte Jansma']);
  });

  it('sorts a name with an accent as its letter, not after Z', () => {
    render(<AthleteDirectory athletes={athletes} />);

    expect(namesIn('Canada (CAN)')).toEqual(['Émilie Roy', 'Florence Gagnon']);
  });

  it("links each skater to the skater's page", () => {
    render(<AthleteDirectory athletes={athletes} />);

    expect(screen.getByRole('link', { name: 'Min-ji Park' })).toHaveAttribute('href', '/schaatsers/min-ji-park/');
  });

  it('lists every skater once', () => {
    render(<AthleteDirectory athletes={athletes} />);

    expect(screen.getAllByRole('link')).toHaveLength(athletes.length);
  });
});
