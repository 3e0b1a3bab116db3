// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { ArticleBody } from '@/components/article/ArticleBody';
import { ResultsTable } from '@/components/results/ResultsTable';
import { articlePageData, competitionPageData } from '@/lib/page-data';
import { row } from '../../lib/skating/support/races';
import { modelOf } from '../../lib/support/site-model';
import { LEERDAM, leerdamHistory, raceArticle, SALT_LAKE_CITY_2025 } from '../../lib/support/skater-history';
import { cellAt } from '../support/dom';

// A results table shows the markers the site's history gives a row (#20 point 4) only where the
// editor wrote none. Leerdam rode 36,98 in Thialf in December 2024; her 36,90 in Salt Lake City
// in November 2025 beat it.

/** The article of the 36,90, with the markers the editor wrote in that row. */
function bodyOfSecondRace(written: ('PR' | 'SB' | 'WR')[] = []) {
  const [second, ...earlier] = leerdamHistory();
  const rows = second!.body.flatMap((block) => (block.kind === 'results' ? block.rows : []));
  const article = {
    ...second!,
    body: [
      raceArticle({
        slug: second!.slug,
        competition: SALT_LAKE_CITY_2025,
        date: '2025-11-16',
        distance: '500',
        rows: rows.map((candidate) => ({ ...candidate, records: written })),
      }).body[0]!,
    ],
  };
  const model = modelOf({ articles: [article, ...earlier], athletes: [LEERDAM], competitions: [SALT_LAKE_CITY_2025] });
  const data = articlePageData(model, article.slug);
  if (data?.kind !== 'article') throw new Error('no article page');
  return { data, model };
}

describe('computed markers in an article', () => {
  it('show a PR and SB the editor did not write, in a record column the table did not have', () => {
    const { data } = bodyOfSecondRace();
    render(<ArticleBody blocks={data.article.body} computedMarkers={data.computedMarkers} />);

    expect(screen.getByRole('columnheader', { name: 'Record' })).toBeInTheDocument();
    const records = cellAt(/Jutta Leerdam/, 'Record');
    expect(within(records).getByText('PR')).toBeInTheDocument();
    expect(within(records).getByText('SB')).toBeInTheDocument();
    expect(within(records).getByText('seizoensbeste, berekend uit de uitslagen op deze site')).toBeInTheDocument();
  });

  it("give way to the editor's markers in a row she wrote any in", () => {
    const { data } = bodyOfSecondRace(['SB']);
    render(<ArticleBody blocks={data.article.body} computedMarkers={data.computedMarkers} />);

    const records = cellAt(/Jutta Leerdam/, 'Record');
    expect(records).toHaveTextContent(/^SBseizoensbeste$/);
    expect(within(records).queryByText('PR')).not.toBeInTheDocument();
    expect(within(records).queryByText(/berekend/)).not.toBeInTheDocument();
  });

  it('are none for the first time the site knows', () => {
    const data = articlePageData(modelOf({ articles: leerdamHistory(), athletes: [LEERDAM] }), 'thialf-500');
    expect(data?.kind === 'article' && data.computedMarkers).toEqual({});
  });

  it("show on the competition's page too", () => {
    const { model } = bodyOfSecondRace();
    const days = competitionPageData(model, SALT_LAKE_CITY_2025.slug)?.days ?? [];
    const race = days.flatMap((day) => day.races).find((entry) => entry.article.slug === 'slc-500-2');
    render(<ResultsTable results={race!.block} computedMarkers={race!.computedMarkers} />);

    expect(within(cellAt(/Jutta Leerdam/, 'Record')).getByText('PR')).toBeInTheDocument();
  });
});

describe('a results table without computed markers', () => {
  it('keeps the columns the editor wrote', () => {
    const plain = raceArticle({
      slug: 'zonder',
      competition: SALT_LAKE_CITY_2025,
      date: '2025-11-16',
      distance: '500',
      rows: [row({ name: 'Jutta Leerdam', position: 1, time: '36.90' })],
    });
    render(<ArticleBody blocks={plain.body} />);

    expect(screen.queryByRole('columnheader', { name: 'Record' })).not.toBeInTheDocument();
  });
});
