import { format } from 'date-fns/format';
import { nl } from 'date-fns/locale/nl';
import { isoDayParts } from '@/lib/calendar/days';
import { formatRaceTime } from '@/lib/race-time';
import type { ChartPoint } from '@/lib/page-data';
import type { MetricDistance } from '@/lib/skating/times';
import type { IsoDay } from '@/lib/types';

type Props = { name: string; distance: MetricDistance; points: readonly ChartPoint[] };

// Drawn in a 320 × 160 box that scales to its column: a phone's width is the smallest it gets.
const WIDTH = 320;
const HEIGHT = 160;
const PLOT = { left: 52, right: WIDTH - 16, top: 16, bottom: HEIGHT - 28 };

/**
 * A skater's times on one distance over time, drawn at build time as an inline SVG: faster is
 * higher, the personal best ringed and labelled. No script; the label says it all to a screen reader.
 */
export function ProgressionChart({ name, distance, points }: Props) {
  const best = points.findLast((point) => point.best);
  const first = points[0];
  const last = points[points.length - 1];
  if (!best || !first || !last) return null;
  const label = chartLabel(name, distance, points.length, first.race.date, last.race.date, best);
  const place = scales(points);
  const spots = points.map((point) => ({ point, x: place.x(point.race.date), y: place.y(point.time.ms) }));
  const fastest = Math.min(...points.map((point) => point.time.ms));
  const slowest = Math.max(...points.map((point) => point.time.ms));
  const bestSpot = spots.find((spot) => spot.point === best);
  return (
    <svg
      className="progression-chart"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      preserveAspectRatio="xMidYMid meet"
    >
      <title>{label}</title>
      <g aria-hidden="true" fontSize="11" fill="currentColor">
        <line x1={PLOT.left} y1={PLOT.top} x2={PLOT.left} y2={PLOT.bottom} stroke="currentColor" strokeOpacity="0.4" />
        <line
          x1={PLOT.left}
          y1={PLOT.bottom}
          x2={PLOT.right}
          y2={PLOT.bottom}
          stroke="currentColor"
          strokeOpacity="0.4"
        />
        <text x={PLOT.left - 6} y={place.y(fastest) + 4} textAnchor="end">
          {formatRaceTime({ ms: fastest, decimals: best.time.decimals })}
        </text>
        {slowest !== fastest ? (
          <text x={PLOT.left - 6} y={place.y(slowest) + 4} textAnchor="end">
            {formatRaceTime({ ms: slowest, decimals: 2 })}
          </text>
        ) : null}
        <text x={PLOT.left} y={HEIGHT - 8}>
          {monthNl(first.race.date)}
        </text>
        {last.race.date !== first.race.date ? (
          <text x={PLOT.right} y={HEIGHT - 8} textAnchor="end">
            {monthNl(last.race.date)}
          </text>
        ) : null}
        <polyline
          points={spots.map((spot) => `${spot.x},${spot.y}`).join(' ')}
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
        />
        {spots.map((spot) => (
          <circle key={spot.point.race.key} cx={spot.x} cy={spot.y} r="3" />
        ))}
        {bestSpot ? (
          <>
            <circle cx={bestSpot.x} cy={bestSpot.y} r="6" fill="none" stroke="currentColor" strokeWidth="2" />
            <text
              x={bestSpot.x}
              y={Math.max(bestSpot.y - 10, 10)}
              textAnchor={anchorNear(bestSpot.x)}
              fontWeight="bold"
            >
              PR {formatRaceTime(best.time)}
            </text>
          </>
        ) : null}
      </g>
    </svg>
  );
}

/** Days and times to positions: days spread over the width, the fastest time at the top. */
function scales(points: readonly ChartPoint[]): { x: (day: IsoDay) => number; y: (ms: number) => number } {
  const days = points.map((point) => dayNumber(point.race.date));
  const times = points.map((point) => point.time.ms);
  const [firstDay, lastDay] = [Math.min(...days), Math.max(...days)];
  const [fastest, slowest] = [Math.min(...times), Math.max(...times)];
  const between = (value: number, low: number, high: number, from: number, to: number) =>
    high === low ? (from + to) / 2 : from + ((value - low) / (high - low)) * (to - from);
  return {
    x: (day) => round(between(dayNumber(day), firstDay, lastDay, PLOT.left + 8, PLOT.right - 8)),
    y: (ms) => round(between(ms, fastest, slowest, PLOT.top + 8, PLOT.bottom - 8)),
  };
}

function chartLabel(
  name: string,
  distance: MetricDistance,
  count: number,
  from: IsoDay,
  to: IsoDay,
  best: ChartPoint,
): string {
  const span = from === to ? `op ${dayNl(from)}` : `van ${dayNl(from)} tot en met ${dayNl(to)}`;
  const races = count === 1 ? '1 race' : `${count} races`;
  return `Tijden van ${name} op de ${distance} meter: ${races} ${span}. Persoonlijk record ${formatRaceTime(best.time)} op ${dayNl(best.race.date)}.`;
}

// A label at the right edge would run out of the box: anchor it to its end there.
function anchorNear(x: number): 'start' | 'middle' | 'end' {
  return x > PLOT.right - 40 ? 'end' : x < PLOT.left + 40 ? 'start' : 'middle';
}

function dayNumber(day: IsoDay): number {
  const [year, month, date] = isoDayParts(day);
  return Date.UTC(year, month - 1, date) / 86_400_000;
}

function dayNl(day: IsoDay): string {
  const [year, month, date] = isoDayParts(day);
  return format(new Date(year, month - 1, date), 'd MMMM yyyy', { locale: nl });
}

function monthNl(day: IsoDay): string {
  const [year, month, date] = isoDayParts(day);
  return format(new Date(year, month - 1, date), 'MMM yyyy', { locale: nl });
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
