import { paths } from '@/lib/paths';
import type { ResultName } from '@/lib/types';

type Props = { entry: ResultName };

/** A name in a results table: a link to the skater's page when the skater is known. */
export function AthleteName({ entry }: Props) {
  return entry.athlete ? <a href={paths.athlete(entry.athlete.slug)}>{entry.name}</a> : <>{entry.name}</>;
}
