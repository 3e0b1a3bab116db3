import { ProfileFacts } from '@/components/profile/ProfileFacts';
import { CountryLabel } from '@/components/results/CountryLabel';
import { formatDayNl } from '@/lib/dates';
import type { Athlete } from '@/lib/types';

type Props = { athlete: Athlete };

/** A skater's profile: name, country, birthday, specialties and biography. */
export function AthleteProfile({ athlete }: Props) {
  return (
    <header className="profile" data-pagefind-body>
      <h1 className="page-title">{athlete.name}</h1>
      <ProfileFacts
        facts={[
          { term: 'Land', detail: <CountryLabel code={athlete.country} /> },
          { term: 'Geboren', detail: athlete.born ? formatDayNl(athlete.born) : undefined },
          { term: 'Afstanden', detail: athlete.specialties.join(', ') },
        ]}
      />
      {/* Sanitised by the Markdown pipeline. */}
      {athlete.bioHtml ? <div className="prose" dangerouslySetInnerHTML={{ __html: athlete.bioHtml }} /> : null}
    </header>
  );
}
