// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { CalendarSubscribe } from '@/components/calendar/CalendarSubscribe';

const ADDRESSES = {
  href: '/kalender.ics',
  httpsUrl: 'https://schaatsnieuws.example/kalender.ics',
  webcalUrl: 'webcal://schaatsnieuws.example/kalender.ics',
};

describe('CalendarSubscribe', () => {
  it('subscribes through a webcal:// link, which agenda apps open as a subscription', () => {
    render(<CalendarSubscribe {...ADDRESSES} />);

    expect(screen.getByRole('link', { name: 'Abonneer je op de schaatskalender' })).toHaveAttribute(
      'href',
      'webcal://schaatsnieuws.example/kalender.ics',
    );
  });

  it('offers the https address to copy, in a labelled field', () => {
    render(<CalendarSubscribe {...ADDRESSES} />);

    const field = screen.getByRole('textbox', { name: 'Of kopieer het adres in je agenda-app:' });
    expect(field).toHaveValue('https://schaatsnieuws.example/kalender.ics');
    expect(field).toHaveAttribute('readonly');
  });

  it('links to the calendar file itself', () => {
    render(<CalendarSubscribe {...ADDRESSES} />);

    expect(screen.getByRole('link', { name: 'Download de kalender als bestand (.ics)' })).toHaveAttribute(
      'href',
      '/kalender.ics',
    );
  });

  it('explains in Dutch that phones and agenda apps can subscribe', () => {
    render(<CalendarSubscribe {...ADDRESSES} />);

    expect(screen.getByText(/telefoon of agenda-app .* abonneren/)).toBeInTheDocument();
  });
});
