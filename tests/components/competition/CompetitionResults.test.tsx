// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { CompetitionResults } from '@/components/competition/CompetitionResults';
import { competitionPageData, type CompetitionPageData } from '@/lib/page-data';
import type { RaceInfo, ResultRow } from '@/lib/types';
import { row } from '../../lib/skating/support/races';
import { modelOf } from '../../lib/support/site-model';
import { expectInDocumentOrder } from '../support/dom';
import { makeArticle, makeCompetition, makeResults } from '../support/factories';

// A made-up allround championship over two days, published in the order the editors wrote it:
// the page sets it out by day and distance, with a jump list, the classification and the
// tables that are no race last.

const EK = makeCompetition({ slug: 'ek-allround', start: '2026-01-10', end: '2026-01-11', championship: 'allround' });
const SATURDAY = '2026-01-10';
const SUNDAY = '2026-01-11';

function women(distance: RaceInfo['distance'], date: string, rows: ResultRow[]) {
  return makeResults({
    title: `${distance} meter vrouwen`,
    race: { distance, sex: 'vrouwen', date },
    rows,
    columns: { position: true, time: true },
  });
}

function data(): CompetitionPageData {
  const wit = (time: string) => row({ name: 'Anna Wit', position: 1, time, country: 'NED' });
  const zwart = (time: string) => row({ name: 'Bea Zwart', position: 2, time, country: 'NOR' });
  const article = makeArticle({
    slug: 'wit-europees-kampioen',
    title: 'Wit Europees kampioen',
    event: EK,
    body: [
      makeResults({ title: 'Eindklassement zoals de ISU het gaf', rows: [row({ name: 'Anna Wit', position: 1 })] }),
      women('5000', SUNDAY, [wit('7:02.45')]),
      women('1500', SUNDAY, [wit('1:58.30'), zwart('1:59.00')]),
      women('3000', SATURDAY, [wit('4:05.10'), zwart('4:06.00')]),
      women('500', SATURDAY, [wit('38.50'), zwart('38.20')]),
    ],
  });
  const page = competitionPageData(modelOf({ articles: [article], competitions: [EK] }), EK.slug);
  if (!page) throw new Error('no page for the championship');
  return page;
}

function renderResults(page = data()) {
  return render(
    <CompetitionResults days={page.days} classifications={page.classifications} otherResults={page.otherResults} />,
  );
}

describe('CompetitionResults', () => {
  it('opens with a jump list to each day and each of its races', () => {
    renderResults();

    const jumps = screen.getByRole('navigation', { name: 'Naar een uitslag' });
    const links = within(jumps)
      .getAllByRole('link')
      .map((link) => [link.textContent, link.getAttribute('href')]);
    expect(links).toEqual([
      ['Zaterdag 10 januari 2026', '#dag-2026-01-10'],
      ['500 meter vrouwen', '#uitslag-2026-01-10-500-vrouwen'],
      ['3000 meter vrouwen', '#uitslag-2026-01-10-3000-vrouwen'],
      ['Zondag 11 januari 2026', '#dag-2026-01-11'],
      ['1500 meter vrouwen', '#uitslag-2026-01-11-1500-vrouwen'],
      ['5000 meter vrouwen', '#uitslag-2026-01-11-5000-vrouwen'],
      ['Klassement', '#klassement'],
      ['Standen en klassementen', '#overige-uitslagen'],
    ]);
  });

  it('gives every target of the jump list on the page', () => {
    const { container } = renderResults();

    for (const link of within(screen.getByRole('navigation')).getAllByRole('link')) {
      expect(container.querySelector(link.getAttribute('href') ?? '')).not.toBeNull();
    }
  });

  it('shows the races under a heading per day, in the order of the distances', () => {
    renderResults();

    const saturday = screen.getByRole('region', { name: 'Zaterdag 10 januari 2026' });
    expect(
      within(saturday)
        .getAllByRole('table')
        .map((table) => table.querySelector('caption')?.textContent),
    ).toEqual(['500 meter vrouwen', '3000 meter vrouwen']);
    expectInDocumentOrder([
      screen.getByRole('heading', { level: 3, name: 'Zaterdag 10 januari 2026' }),
      screen.getByRole('table', { name: '3000 meter vrouwen' }),
      screen.getByRole('heading', { level: 3, name: 'Zondag 11 januari 2026' }),
      screen.getByRole('table', { name: '1500 meter vrouwen' }),
      screen.getByRole('table', { name: '5000 meter vrouwen' }),
    ]);
  });

  it('ranks the skater with every distance in the classification, and says one is left out', () => {
    renderResults();

    const classification = screen.getByRole('table', { name: 'Allroundklassement vrouwen' });
    const rows = within(classification).getAllByRole('row').slice(1);
    expect(rows.map((entry) => within(entry).getByRole('rowheader').textContent)).toEqual(['Anna Wit NED']);
    // 38,500 + 39,433 + 40,850 + 42,245.
    expect(rows[0]).toHaveTextContent(/161,028$/);
    expect(classification).toHaveTextContent('1 schaatser heeft niet alle afstanden en staat er niet in.');
  });

  it('puts the tables that are no race last, after the races and the classification', () => {
    renderResults();

    expectInDocumentOrder([
      screen.getByRole('table', { name: '5000 meter vrouwen' }),
      screen.getByRole('table', { name: 'Allroundklassement vrouwen' }),
      screen.getByRole('heading', { level: 3, name: 'Standen en klassementen' }),
      screen.getByRole('table', { name: 'Eindklassement zoals de ISU het gaf' }),
    ]);
  });

  it('says so when a competition has no results yet, without a jump list', () => {
    render(<CompetitionResults days={[]} classifications={[]} otherResults={[]} />);

    expect(screen.getByText('Nog geen uitslagen van deze wedstrijd.')).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).toBeNull();
  });
});
