import type { RaceTime } from '../types';
import { compareTimes, sortKeyCompare } from './times';

/** An entry with its place: equal ones share it, and the next place skips as many (1, 2, 2, 4). */
export type Placed<T> = T & { place: number };

/**
 * Places entries by time, fastest first. Equal times (by `compareTimes`) share a place, the
 * earlier one listed first (`earlier` says which came first). Since a time with hundredths
 * equals several with thousandths, an entry shares the place of the first entry at that place.
 */
export function placeByTime<T>(
  entries: readonly T[],
  timeOf: (entry: T) => RaceTime,
  earlier: (a: T, b: T) => number,
): Placed<T>[] {
  const sorted = [...entries].sort((a, b) => sortKeyCompare(timeOf(a), timeOf(b)) || earlier(a, b));
  let head: T | undefined;
  let place = 0;
  return sorted.map((entry, index) => {
    if (head === undefined || compareTimes(timeOf(entry), timeOf(head)) !== 0) {
      head = entry;
      place = index + 1;
    }
    return { ...entry, place };
  });
}

/** Places entries by a number, lowest first, equal numbers sharing a place; `tieOrder` orders within a place. */
export function placeByNumber<T>(
  entries: readonly T[],
  valueOf: (entry: T) => number,
  tieOrder: (a: T, b: T) => number,
): Placed<T>[] {
  const sorted = [...entries].sort((a, b) => valueOf(a) - valueOf(b) || tieOrder(a, b));
  let place = 0;
  return sorted.map((entry, index) => {
    const previous = sorted[index - 1];
    if (previous === undefined || valueOf(previous) !== valueOf(entry)) place = index + 1;
    return { ...entry, place };
  });
}
