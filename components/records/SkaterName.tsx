import { paths } from '@/lib/paths';
import type { AthleteRef } from '@/lib/types';

type Props = { name: string; athlete?: AthleteRef; country?: string };

/** A skater in a list: linked where the site has their page, the country's code after the name. */
export function SkaterName({ name, athlete, country }: Props) {
  return (
    <>
      {athlete ? <a href={paths.athlete(athlete.slug)}>{name}</a> : name}
      {country ? <span className="records-country"> {country}</span> : null}
    </>
  );
}
