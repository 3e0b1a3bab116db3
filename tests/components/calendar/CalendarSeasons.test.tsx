// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { CalendarSeasons } from '@/components/calendar/CalendarSeasons';
import { seasonOf } from '@/lib/calendar/seasons';
import { makeCompetition } from '../support/factories';

describe('CalendarSeasons', () => {
  it('shows one section per season, in the order given', () => {
    render(
      <CalendarSeasons
        seasons={[
          { season: seasonOf('2026-11-01'), coming: [makeCompetition({ slug: 'a', start: '2026-11-01' })], past: [] },
          { season: seasonOf('2025-11-01'), coming: [], past: [makeCompetition({ slug: 'b' })] },
        ]}
        reported={new Set()}
      />,
    );

    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'Seizoen 2026/2027',
      'Seizoen 2025/2026',
    ]);
  });

  it('says so when there are no competitions at all', () => {
    render(<CalendarSeasons seasons={[]} reported={new Set()} />);

    expect(screen.getByText('Er staan nog geen wedstrijden op de kalender.')).toBeInTheDocument();
  });
});
