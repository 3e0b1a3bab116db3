// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { AddToCalendarLink } from '@/components/calendar/AddToCalendarLink';
import { makeCompetition } from '../support/factories';

describe('AddToCalendarLink', () => {
  it("links to the competition's iCalendar file, named for screen readers with the competition", () => {
    render(<AddToCalendarLink competition={makeCompetition({ slug: 'wb-calgary', name: 'Wereldbeker Calgary' })} />);

    expect(screen.getByRole('link', { name: 'Zet in je agenda: Wereldbeker Calgary' })).toHaveAttribute(
      'href',
      '/wedstrijden/wb-calgary/wedstrijd.ics',
    );
  });
});
