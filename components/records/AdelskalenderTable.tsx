import { SamalogPoints } from '@/components/results/SamalogPoints';
import { CountryLabel } from '@/components/results/CountryLabel';
import { formatDayNl } from '@/lib/dates';
import { paths } from '@/lib/paths';
import type { AdelskalenderCategory } from '@/lib/record-pages';
import { TimeValue } from './RecordTable';

type Props = { category: AdelskalenderCategory };

const TITLES = { vrouwen: 'Vrouwen', mannen: 'Mannen' } as const;

/**
 * One category's Adelskalender: place, skater, country, the personal best on each of the four
 * distances with its points, and the sum. Wider than a phone: it scrolls in its own box.
 */
export function AdelskalenderTable({ category }: Props) {
  const id = `adelskalender-${category.sex}`;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{TITLES[category.sex]}</h2>
      {category.entries.length === 0 ? (
        <p>Nog geen schaatsers met alle vier afstanden.</p>
      ) : (
        <div className="results" role="region" aria-labelledby={`tabel-${id}`} tabIndex={0}>
          <table>
            <caption id={`tabel-${id}`}>
              <span className="results-title">Adelskalender {category.sex}</span>
              <span className="results-note">Punten per afstand: de tijd in seconden per 500 meter.</span>
            </caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  Plaats
                </th>
                <th scope="col">Schaatser</th>
                <th scope="col">Land</th>
                {category.distances.map((distance) => (
                  <th key={distance} scope="col" className="num">
                    {distance} m
                  </th>
                ))}
                <th scope="col" className="num">
                  Punten
                </th>
              </tr>
            </thead>
            <tbody>
              {category.entries.map((entry) => (
                <tr key={entry.athlete.slug}>
                  <td className="num">{entry.place}</td>
                  <th scope="row">
                    <a href={paths.athlete(entry.athlete.slug)}>{entry.athlete.name}</a>
                  </th>
                  <td>{entry.country ? <CountryLabel code={entry.country} /> : null}</td>
                  {entry.parts.map((part) => (
                    <td key={part.distance} className="num">
                      <a
                        href={paths.article(part.race.article.slug)}
                        title={`${part.race.title}, ${part.race.competition.name}, ${formatDayNl(part.race.day)}`}
                      >
                        <TimeValue time={part.time} />
                      </a>
                      <span className="results-members">
                        <SamalogPoints thousandths={part.points} />
                      </span>
                    </td>
                  ))}
                  <td className="num records-total">
                    <SamalogPoints thousandths={entry.points} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
