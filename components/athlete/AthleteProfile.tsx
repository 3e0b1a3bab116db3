import { CountryLabel } from '@/components/results/CountryLabel';
import { formatDayNl } from '@/lib/dates';
import type { Athlete } from '@/lib/types';

type Props = { athlete: Athlete };

/** A skater's profile: name, country, birthday, specialties and biography. */
export function AthleteProfile({ athlete }: Props) {
  return (
    <header className="profile">
      <h1 className="page-title">{athlete.name}</h1>
      <dl className="profile-facts">
        <dt>Land</dt>
        <dd>
          <CountryLabel code={athlete.country} />
        </dd>
        {athlete.born ? (
          <>
            <dt>Geboren</dt>
            <dd>{formatDayNl(athlete.born)}</dd>
          </>
        ) : null}
        {athlete.specialties.length > 0 ? (
          <>
            <dt>Afstanden</dt>
            <dd>{athlete.specialties.join(', ')}</dd>
          </>
        ) : null}
      </dl>
      {/* Sanitised by the Markdown pipeline. */}
      {athlete.bioHtml ? <div className="prose" dangerouslySetInnerHTML={{ __html: athlete.bioHtml }} /> : null}
    </header>
  );
}
