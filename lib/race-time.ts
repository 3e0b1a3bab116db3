import type { RaceTime } from './types';

// ss.hh | m:ss.hh | h:mm:ss.hh, with hundredths or thousandths.
const TIME_PATTERN = /^(?:(?:(\d+):)?(\d{1,2}):)?(\d{1,2})\.(\d{2,3})$/;

/**
 * Reads a race time as editors write it (`36.09`, `1:06.41`, `2:03:45.120`).
 * Returns undefined when the text is not such a time, or when minutes or seconds
 * under a larger unit are 60 or more or not written with two digits.
 */
export function parseRaceTime(text: string): RaceTime | undefined {
  const match = TIME_PATTERN.exec(text.trim());
  if (!match) return undefined;
  const [, hours, minutes, seconds = '', fraction = ''] = match;
  if (minutes !== undefined && (seconds.length !== 2 || Number(seconds) > 59)) return undefined;
  if (hours !== undefined && (minutes?.length !== 2 || Number(minutes) > 59)) return undefined;
  const thousandths = fraction.length === 2 ? Number(fraction) * 10 : Number(fraction);
  const ms = ((Number(hours ?? 0) * 60 + Number(minutes ?? 0)) * 60 + Number(seconds)) * 1000 + thousandths;
  return { ms, decimals: fraction.length === 3 ? 3 : 2 };
}

/** Reads a gap (`+1.26`, `0.27`, `+1:02.33`): a race time with an optional plus sign. */
export function parseGap(text: string): RaceTime | undefined {
  return parseRaceTime(text.trim().replace(/^\+/, ''));
}

/** The difference between two times, at the finer of their precisions. */
export function timeDifference(time: RaceTime, reference: RaceTime): RaceTime {
  return {
    ms: time.ms - reference.ms,
    decimals: time.decimals === 3 || reference.decimals === 3 ? 3 : 2,
  };
}

/**
 * A time the way Dutch newspapers print it: hundredths after a comma, minutes and hours
 * before a dot: `36,09`, `1.06,41`, `2.03.45,12`.
 */
export function formatRaceTime(time: RaceTime): string {
  const unit = time.decimals === 3 ? 1 : 10;
  const totalUnits = Math.round(Math.abs(time.ms) / unit);
  const perSecond = time.decimals === 3 ? 1000 : 100;
  const fraction = String(totalUnits % perSecond).padStart(time.decimals, '0');
  const totalSeconds = Math.floor(totalUnits / perSecond);
  const seconds = totalSeconds % 60;
  const minutes = Math.floor(totalSeconds / 60) % 60;
  const hours = Math.floor(totalSeconds / 3600);
  const sign = time.ms < 0 ? '-' : '';
  if (hours > 0) return `${sign}${hours}.${pad2(minutes)}.${pad2(seconds)},${fraction}`;
  if (minutes > 0) return `${sign}${minutes}.${pad2(seconds)},${fraction}`;
  return `${sign}${seconds},${fraction}`;
}

/** A gap with its sign: `+1,26`, `+0,48`. */
export function formatGap(gap: RaceTime): string {
  return gap.ms < 0 ? formatRaceTime(gap) : `+${formatRaceTime(gap)}`;
}

/** A time for screen readers and `<data value>`: seconds with a point, `36.09`. */
export function raceTimeSeconds(time: RaceTime): string {
  return (time.ms / 1000).toFixed(time.decimals);
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
