import { paths } from '@/lib/paths';

/** The way to the record pages from the skaters' index: the header menu has no room for them on a phone. */
export function StatisticsLinks() {
  return (
    <nav aria-label="Records en ranglijsten" className="statistics-links">
      <ul>
        <li>
          <a href={paths.records()}>Records</a>
        </li>
        <li>
          <a href={paths.seasons()}>Seizoenslijsten</a>
        </li>
        <li>
          <a href={paths.adelskalender()}>Adelskalender</a>
        </li>
      </ul>
    </nav>
  );
}
