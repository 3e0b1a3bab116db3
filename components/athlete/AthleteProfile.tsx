import { ProfileFacts } from '@/components/profile/ProfileFacts';
import { CountryLabel } from '@/components/results/CountryLabel';
import { formatDayShortNl } from '@/lib/dates';
import type { Athlete } from '@/lib/types';

type Props = {
  athlete: Athlete;
  /** Age in whole years on the build's day (lib/page-data.ts), when the birthday is known. */
  age?: number;
};

/** A skater's profile: name, country, age, specialties and biography. */
export function AthleteProfile({ athlete, age }: Props) {
  return (
    <header className="profile" data-pagefind-body>
      <h1 className="page-title">{athlete.name}</h1>
      <ProfileFacts
        facts={[
          { term: 'Land', detail: <CountryLabel code={athlete.country} /> },
          { term: 'Leeftijd', detail: ageText(athlete.born, age) },
          { term: 'Afstanden', detail: athlete.specialties.join(', ') },
        ]}
      />
      {/* Sanitised by the Markdown pipeline. */}
      {athlete.bioHtml ? <div className="prose" dangerouslySetInnerHTML={{ __html: athlete.bioHtml }} /> : null}
    </header>
  );
}

/** "26 jaar (geboren 14 mei 1999)": the age a fan asks about, the birthday for who wants it. */
function ageText(born: string | undefined, age: number | undefined): string | undefined {
  if (born === undefined) return undefined;
  const day = formatDayShortNl(born);
  return age === undefined ? `geboren ${day}` : `${age} jaar (geboren ${day})`;
}
