type Props = {
  /** The calendar file's address on this site (`/kalender.ics`). */
  href: string;
  /** Its full https address, to copy into an agenda app by hand. */
  httpsUrl: string;
  /** The same address as webcal://, which phones and agenda apps open as a subscription. */
  webcalUrl: string;
};

/**
 * The invitation to subscribe to the calendar: a webcal:// link that opens the reader's agenda
 * app, the https address to copy (selectable text, no script), and the file itself. Plain <a>
 * elements: these are files for agenda apps, not pages.
 */
export function CalendarSubscribe({ href, httpsUrl, webcalUrl }: Props) {
  return (
    <div className="calendar-subscribe">
      <p>
        <a href={webcalUrl}>Abonneer je op de schaatskalender</a>
      </p>
      <p>
        Je telefoon of agenda-app (zoals Google Agenda, Apple Agenda of Outlook) kan zich op dit adres abonneren, zodat
        nieuwe en gewijzigde wedstrijden vanzelf in je agenda verschijnen.
      </p>
      <p>
        <label htmlFor="kalender-adres">Of kopieer het adres in je agenda-app:</label>{' '}
        <input id="kalender-adres" className="calendar-address" type="text" readOnly value={httpsUrl} />
      </p>
      <p>
        <a href={href}>Download de kalender als bestand (.ics)</a>
      </p>
    </div>
  );
}
