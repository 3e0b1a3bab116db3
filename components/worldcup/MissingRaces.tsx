import { DayRange } from '@/components/competition/DayRange';
import type { MissingRaceEntry } from '@/lib/world-cup-pages';

type Props = { counted: number; missing: MissingRaceEntry[] };

/** How many races a standing counts, and which planned ones the site has no results of, by weekend. */
export function MissingRaces({ counted, missing }: Props) {
  const weekends = new Map<string, MissingRaceEntry & { count: number }>();
  for (const entry of missing) {
    const known = weekends.get(entry.weekend);
    weekends.set(entry.weekend, { ...entry, count: (known?.count ?? 0) + 1 });
  }
  return (
    <p className="world-cup-count">
      {counted === 1 ? '1 race geteld' : `${counted} races geteld`}
      {missing.length === 0 ? '.' : `; ${missing.length} nog niet op de site: `}
      {[...weekends.values()].map((weekend, index) => (
        <span key={weekend.weekend}>
          {index > 0 ? ', ' : null}
          {weekend.weekend} (<DayRange start={weekend.start} end={weekend.end} />
          {weekend.count > 1 ? `, ${weekend.count} races` : ''})
        </span>
      ))}
      {missing.length === 0 ? null : '.'}
    </p>
  );
}
