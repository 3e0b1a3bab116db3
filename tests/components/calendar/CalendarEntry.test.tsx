// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { CalendarEntry } from '@/components/calendar/CalendarEntry';
import { makeCompetition } from '../support/factories';

const saltLakeCity = makeCompetition({
  slug: 'wereldbeker-salt-lake-city-2025',
  name: 'Wereldbeker Salt Lake City',
  start: '2025-11-14',
  end: '2025-11-16',
  location: 'Salt Lake City',
  venue: 'Utah Olympic Oval',
  country: 'USA',
});

describe('CalendarEntry', () => {
  it('names the competition in a heading that links to its page', () => {
    render(<CalendarEntry competition={saltLakeCity} coming reported={false} />);

    const heading = screen.getByRole('heading', { level: 4, name: 'Wereldbeker Salt Lake City' });
    expect(heading.querySelector('a')).toHaveAttribute('href', '/wedstrijden/wereldbeker-salt-lake-city-2025/');
  });

  it('shows its days in Dutch', () => {
    render(<CalendarEntry competition={saltLakeCity} coming reported={false} />);

    expect(screen.getByText('16 november 2025').parentElement).toHaveTextContent('14 t/m 16 november 2025');
  });

  it('shows the venue, place and country', () => {
    render(<CalendarEntry competition={saltLakeCity} coming reported={false} />);

    expect(screen.getByText(/Utah Olympic Oval/)).toHaveTextContent(
      'Utah Olympic Oval, Salt Lake City (Verenigde Staten USA)',
    );
  });

  it('shows only the place when venue and country are unknown', () => {
    render(
      <CalendarEntry
        competition={makeCompetition({ location: 'Heerenveen', venue: undefined, country: undefined })}
        coming
        reported={false}
      />,
    );

    expect(screen.getByText('Heerenveen')).toHaveTextContent(/^Heerenveen$/);
  });

  it('offers a coming competition for the agenda', () => {
    render(<CalendarEntry competition={saltLakeCity} coming reported={false} />);

    expect(screen.getByRole('link', { name: /^Zet in je agenda/ })).toHaveAttribute(
      'href',
      '/wedstrijden/wereldbeker-salt-lake-city-2025/wedstrijd.ics',
    );
    expect(screen.queryByRole('link', { name: /Uitslagen en verslagen/ })).not.toBeInTheDocument();
  });

  it('links a past competition with articles to its results and reports', () => {
    render(<CalendarEntry competition={saltLakeCity} coming={false} reported />);

    expect(screen.getByRole('link', { name: 'Uitslagen en verslagen: Wereldbeker Salt Lake City' })).toHaveAttribute(
      'href',
      '/wedstrijden/wereldbeker-salt-lake-city-2025/',
    );
    expect(screen.queryByRole('link', { name: /Zet in je agenda/ })).not.toBeInTheDocument();
  });

  it('promises no results for a past competition without articles', () => {
    render(<CalendarEntry competition={saltLakeCity} coming={false} reported={false} />);

    expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual(['Wereldbeker Salt Lake City']);
  });
});
