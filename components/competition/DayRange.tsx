import { dayRangePartsNl } from '@/lib/dates';
import type { IsoDay } from '@/lib/types';

type Props = { start: IsoDay; end: IsoDay };

/**
 * Days the Dutch way, wherever a competition's days are shown: "16 november 2025", "14 t/m 16
 * november 2025", "30 november t/m 2 december 2025" (lib/dates.ts). Each end a `<time>`.
 */
export function DayRange({ start, end }: Props) {
  const [first, last] = dayRangePartsNl(start, end);
  if (last === undefined) return <time dateTime={start}>{first}</time>;
  return (
    <>
      <time dateTime={start}>{first}</time> <abbr title="tot en met">t/m</abbr> <time dateTime={end}>{last}</time>
    </>
  );
}
