import { countryName } from '@/lib/countries';
import { paths } from '@/lib/paths';
import type { Athlete } from '@/lib/types';

type Props = { athletes: Athlete[] };

/** The site's readers are Dutch and look for their own skaters first. */
const HOME_COUNTRY = 'NED';

/** All skaters grouped by country (Nederland first, then the others A–Z in Dutch; skaters A–Z within). */
export function AthleteDirectory({ athletes }: Props) {
  const byCountry = new Map<string, Athlete[]>();
  for (const athlete of athletes) byCountry.set(athlete.country, [...(byCountry.get(athlete.country) ?? []), athlete]);
  const countries = [...byCountry.keys()].sort(
    (a, b) =>
      Number(b === HOME_COUNTRY) - Number(a === HOME_COUNTRY) || countryName(a).localeCompare(countryName(b), 'nl'),
  );
  return (
    <div className="athlete-directory">
      {countries.map((code) => (
        <section key={code} aria-labelledby={`land-${code}`}>
          <h2 id={`land-${code}`}>
            {countryName(code)} <span className="country-code">({code})</span>
          </h2>
          <ul>
            {(byCountry.get(code) ?? [])
              .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
              .map((athlete) => (
                <li key={athlete.slug}>
                  <a href={paths.athlete(athlete.slug)}>{athlete.name}</a>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
