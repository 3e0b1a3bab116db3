import type { RecordsPageData } from '@/lib/record-pages';
import { RecordTable } from './RecordTable';

type Props = { records: RecordsPageData };

/** The records page's lists: world records, Dutch records, and the track records of each venue. */
export function RecordsOverview({ records }: Props) {
  return (
    <>
      <section aria-labelledby="wereldrecords">
        <h2 id="wereldrecords">Wereldrecords</h2>
        {records.world.length > 0 ? (
          <RecordTable
            id="tabel-wereldrecords"
            caption="Wereldrecords per afstand"
            entries={records.world}
            kind="records"
          />
        ) : (
          <p>Nog geen wereldrecords in de uitslagen op deze site.</p>
        )}
      </section>
      <section aria-labelledby="nederlandse-records">
        <h2 id="nederlandse-records">Nederlandse records</h2>
        {records.national.length > 0 ? (
          <RecordTable
            id="tabel-nederlandse-records"
            caption="Nederlandse records per afstand"
            entries={records.national}
            kind="records"
          />
        ) : (
          <p>Nog geen Nederlandse records in de uitslagen op deze site.</p>
        )}
      </section>
      <section aria-labelledby="baanrecords">
        <h2 id="baanrecords">Baanrecords</h2>
        <p>De snelste tijd per baan die in de uitslagen op deze site staat.</p>
        {records.venues.length === 0 ? <p>Nog geen tijden in de uitslagen op deze site.</p> : null}
        {records.venues.map(({ venue, records: venueRecords }, index) => (
          <section key={venue} aria-labelledby={`baan-${index}`}>
            <h3 id={`baan-${index}`}>{venue}</h3>
            <RecordTable
              id={`tabel-baan-${index}`}
              caption={`Baanrecords ${venue}`}
              entries={venueRecords}
              kind="records"
            />
          </section>
        ))}
      </section>
    </>
  );
}
