// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { PersonalBests } from '@/components/athlete/PersonalBests';
import { Progressions } from '@/components/athlete/Progressions';
import { SeasonBests } from '@/components/athlete/SeasonBests';
import { athletePageData, type AthletePageData } from '@/lib/page-data';
import { modelOf } from '../../lib/support/site-model';
import { LEERDAM, leerdamHistory } from '../../lib/support/skater-history';
import { cellAt } from '../support/dom';

// The statistics on a skater's page, from the page data of a real little history: Leerdam's
// 500 m in two seasons (36,98 in Thialf, then 37,35 and 36,90 in Salt Lake City) and a 1000 m.

function leerdamOn(builtAt: string): AthletePageData {
  const model = modelOf({ articles: leerdamHistory(), athletes: [LEERDAM] }, new Date(builtAt));
  const data = athletePageData(model, 'jutta-leerdam');
  if (!data) throw new Error('no page for Jutta Leerdam');
  return data;
}

const data = leerdamOn('2025-12-01T12:00:00Z');

describe('PersonalBests', () => {
  it('names the table after the skater and lists one row per distance', () => {
    render(<PersonalBests name="Jutta Leerdam" bests={data.personalBests} samalog={data.samalog} />);

    const table = screen.getByRole('table', { name: 'Persoonlijke records van Jutta Leerdam' });
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((header) => header.textContent),
    ).toEqual(['500 meter', '1000 meter']);
  });

  it('shows the time in Dutch, and where and when it was skated, with the article', () => {
    render(<PersonalBests name="Jutta Leerdam" bests={data.personalBests} samalog={data.samalog} />);

    expect(cellAt(/^500 meter/, 'Tijd')).toHaveTextContent(/^36,90$/);
    const where = cellAt(/^500 meter/, 'Gereden');
    expect(within(where).getByText('16 november 2025')).toHaveAttribute('datetime', '2025-11-16');
    expect(within(where).getByRole('link', { name: 'Wereldbeker Salt Lake City' })).toHaveAttribute(
      'href',
      '/wedstrijden/wereldbeker-salt-lake-city-2025/',
    );
    expect(where).toHaveTextContent(
      /^16 november 2025, Wereldbeker Salt Lake City Utah Olympic Oval Uit: Uitslag slc-500-2$/,
    );
    expect(within(where).getByRole('link', { name: 'Uitslag slc-500-2' })).toHaveAttribute(
      'href',
      '/nieuws/slc-500-2/',
    );
    expect(cellAt(/^1000 meter/, 'Tijd')).toHaveTextContent(/^1\.13,50$/);
  });

  it('gives the samalog only when the combination is complete', () => {
    const samalog = [
      {
        sex: 'vrouwen' as const,
        points: 155_999,
        parts: (['500', '1500', '3000', '5000'] as const).map((distance) => ({
          distance,
          time: { ms: 38_500, decimals: 2 as const },
          points: 38_500,
        })),
      },
    ];
    const { rerender } = render(<PersonalBests name="Joy Beune" bests={data.personalBests} samalog={samalog} />);

    expect(screen.getByText(/^Samalog van deze records/)).toHaveTextContent(
      'Samalog van deze records (500 meter, 1500 meter, 3000 meter en 5000 meter): 155,999 punten.',
    );

    rerender(<PersonalBests name="Joy Beune" bests={data.personalBests} samalog={[]} />);
    expect(screen.queryByText(/Samalog/)).not.toBeInTheDocument();
  });

  it('says so when the site knows no times of the skater', () => {
    render(<PersonalBests name="Joy Beune" bests={[]} samalog={[]} />);

    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText('Nog geen tijden van Joy Beune op deze site.')).toBeInTheDocument();
  });
});

describe('SeasonBests', () => {
  it('shows the current season open, named as Dutch skating names it', () => {
    render(<SeasonBests name="Jutta Leerdam" seasons={data.seasonBests} />);

    const current = screen.getByRole('table', { name: 'Seizoen 2025/2026 (dit seizoen)' });
    expect(within(current).getByRole('row', { name: /^500 meter/ })).toHaveTextContent('36,90');
  });

  it('folds the earlier seasons away, closed, behind a summary that says how many', () => {
    const { container } = render(<SeasonBests name="Jutta Leerdam" seasons={data.seasonBests} />);

    const details = container.querySelector('details');
    expect(details).not.toHaveAttribute('open');
    expect(within(details!).getByText('Eerdere seizoenen (1)', { selector: 'summary' })).toBeInTheDocument();
    expect(within(details!).getByRole('table', { name: 'Seizoen 2024/2025', hidden: true })).toHaveTextContent('36,98');
  });

  it('says so when the skater has no time yet this season', () => {
    render(<SeasonBests name="Jutta Leerdam" seasons={leerdamOn('2026-08-01T12:00:00Z').seasonBests} />);

    expect(screen.getByText('Nog geen tijden van Jutta Leerdam in seizoen 2026/2027.')).toBeInTheDocument();
  });
});

describe('Progressions', () => {
  it('draws one chart per distance with two times or more, named for a screen reader', () => {
    render(<Progressions name="Jutta Leerdam" progressions={data.progressions} />);

    const charts = screen.getAllByRole('img');
    expect(charts).toHaveLength(1);
    expect(charts[0]).toHaveAccessibleName(
      'Tijden van Jutta Leerdam op de 500 meter: 3 races van 7 december 2024 tot en met 16 november 2025. Persoonlijk record 36,90 op 16 november 2025.',
    );
    // The caption under the chart names the distance (jsdom does not name a figure by its figcaption).
    expect(within(screen.getByRole('figure')).getByText('500 meter', { selector: 'figcaption' })).toBeInTheDocument();
    expect(screen.getByRole('figure')).toContainElement(charts[0]!);
  });
});
