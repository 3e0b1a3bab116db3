type Props = { href: string };

/** The invitation to subscribe to the calendar file. A plain <a>: it is a file for agenda apps, not a page. */
export function CalendarSubscribe({ href }: Props) {
  return (
    <div className="calendar-subscribe">
      <p>
        <a href={href}>Abonneer je op de schaatskalender</a>
      </p>
      <p>
        Je telefoon of agenda-app (zoals Google Agenda, Apple Agenda of Outlook) kan zich op dit adres abonneren, zodat
        nieuwe en gewijzigde wedstrijden vanzelf in je agenda verschijnen.
      </p>
    </div>
  );
}
