import { useId } from 'react';
import { formatDayShortNl } from '@/lib/dates';
import { distanceLabel } from '@/lib/labels';
import type { SkaterBest } from '@/lib/page-data';
import { paths } from '@/lib/paths';
import { formatRaceTime, raceTimeSeconds } from '@/lib/race-time';

type Props = { caption: string; bests: SkaterBest[]; withArticle?: boolean };

/**
 * Best times per distance: the time, and where and when it was skated. Three columns, the
 * where-and-when wrapping under itself, so the table fits a 320 px phone.
 */
export function BestsTable({ caption, bests, withArticle = false }: Props) {
  const captionId = useId();
  // A skater with times in both categories (a mixed relay aside, rare) needs them told apart.
  const bothCategories = new Set(bests.map((best) => best.sex)).size > 1;
  return (
    <div className="results skater-bests" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table>
        <caption id={captionId}>
          <span className="results-title">{caption}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">Afstand</th>
            <th scope="col" className="num">
              Tijd
            </th>
            <th scope="col">Gereden</th>
          </tr>
        </thead>
        <tbody>
          {bests.map((best) => (
            <tr key={`${best.distance}/${best.sex}`}>
              <th scope="row">
                {distanceLabel(best.distance)}
                {bothCategories ? ` ${best.sex}` : null}
              </th>
              <td className="num">
                <data value={raceTimeSeconds(best.time)}>{formatRaceTime(best.time)}</data>
              </td>
              <td>
                <time dateTime={best.day}>{formatDayShortNl(best.day)}</time>,{' '}
                <a href={paths.competition(best.competition.slug)}>{best.competition.name}</a>
                {/* Spaces between the lines: text read without the layout keeps the parts apart. */}{' '}
                <span className="results-members">{best.track}</span>
                {withArticle ? (
                  <>
                    {' '}
                    <span className="results-members">
                      Uit: <a href={paths.article(best.article.slug)}>{best.article.title}</a>
                    </span>
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
