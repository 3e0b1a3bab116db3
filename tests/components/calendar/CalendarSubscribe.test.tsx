// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { CalendarSubscribe } from '@/components/calendar/CalendarSubscribe';

describe('CalendarSubscribe', () => {
  it('links to the calendar file', () => {
    render(<CalendarSubscribe href="/kalender.ics" />);

    expect(screen.getByRole('link', { name: 'Abonneer je op de schaatskalender' })).toHaveAttribute(
      'href',
      '/kalender.ics',
    );
  });

  it('explains in Dutch that phones and agenda apps can subscribe', () => {
    render(<CalendarSubscribe href="/kalender.ics" />);

    expect(screen.getByText(/telefoon of agenda-app .* abonneren/)).toBeInTheDocument();
  });
});
