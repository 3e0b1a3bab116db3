import { formatDayNl } from '@/lib/dates';
import type { IsoDay } from '@/lib/types';

type Props = { start: IsoDay; end: IsoDay };

/** Days in Dutch, the way the competition page writes them: one day, or "vrijdag 14 november 2025 tot en met zondag 16 november 2025". */
export function DayRange({ start, end }: Props) {
  return (
    <>
      <time dateTime={start}>{formatDayNl(start)}</time>
      {end !== start ? (
        <>
          {' '}
          tot en met <time dateTime={end}>{formatDayNl(end)}</time>
        </>
      ) : null}
    </>
  );
}
