// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { WorldCupSeasonOverview } from '@/components/worldcup/WorldCupSeasonOverview';
import { WorldCupStanding } from '@/components/worldcup/WorldCupStanding';
import { worldCupSeasonPageData, worldCupStandingPageData } from '@/lib/page-data';
import { parseWorldCupSeason } from '@/lib/skating/world-cup-data';
import type { Competition } from '@/lib/types';
import { SALT_LAKE_CITY_2025, secondSaltLake500 } from '../../lib/skating/support/races';
import { modelOf } from '../../lib/support/site-model';
import { cellAt } from '../support/dom';
import { makeArticle, makeResults } from '../support/factories';

// The first story's second 500 m as the World Cup standing a reader sees: Kok first with 60
// points, Leerdam sixth with 31; a second race planned that weekend is not on the site.

const SLC_A: Competition = { ...SALT_LAKE_CITY_2025, worldCup: { division: 'A' } };
const { season } = parseWorldCupSeason(
  `points:
  A: [60, 54, 48, 43, 40, 38, 36, 34, 32, 31, 30, 29, 28, 27, 26, 25, 24, 23, 22, 21]
weekends:
  - name: Wereldbeker Salt Lake City
    start: 2025-11-14
    end: 2025-11-16
    vrouwen: [500, 500]
`,
  'content/wereldbeker/2025-2026.yml',
);

function model() {
  const article = makeArticle({
    event: SLC_A,
    body: [
      makeResults({
        title: '500 meter vrouwen, tweede race',
        race: { distance: '500', sex: 'vrouwen', date: '2025-11-16' },
        rows: secondSaltLake500().rows,
      }),
    ],
  });
  return modelOf({ articles: [article], competitions: [SLC_A], worldCupSeasons: season ? [season] : [] });
}

describe('WorldCupStanding', () => {
  function renderStanding() {
    const data = worldCupStandingPageData(model(), '2025-2026', '500-vrouwen');
    if (!data) throw new Error('no standing');
    render(<WorldCupStanding data={data} />);
  }

  it('shows the whole standing with the points of the race and the total', () => {
    renderStanding();

    expect(cellAt(/Femke Kok/, 'Punten')).toHaveTextContent('60');
    expect(cellAt(/Jutta Leerdam/, 'Positie')).toHaveTextContent('6');
    expect(cellAt(/Jutta Leerdam/, 'Punten')).toHaveTextContent('31');
    expect(cellAt(/Jutta Leerdam/, 'Salt Lake City 16 november')).toHaveTextContent('31');
  });

  it('links a skater to their page, and names a skater without one', () => {
    renderStanding();

    expect(screen.getByRole('link', { name: 'Femke Kok' })).toHaveAttribute('href', '/schaatsers/femke-kok/');
    expect(within(screen.getByRole('row', { name: /Lee Na-hyun/ })).queryByRole('link')).toBeNull();
  });

  it('says how many races count and which planned race is not on the site', () => {
    renderStanding();

    expect(screen.getByText(/^1 race geteld; 1 nog niet op de site:/)).toHaveTextContent(
      '1 race geteld; 1 nog niet op de site: Wereldbeker Salt Lake City (14 t/m 16 november 2025).',
    );
  });
});

describe('WorldCupSeasonOverview', () => {
  it('names each standing with a link to it, and shows its leaders', () => {
    const data = worldCupSeasonPageData(model(), '2025-2026');
    if (!data) throw new Error('no season');
    render(<WorldCupSeasonOverview data={data} />);

    const heading = screen.getByRole('heading', { level: 3, name: '500 meter vrouwen' });
    expect(within(heading).getByRole('link')).toHaveAttribute('href', '/wereldbeker/2025-2026/500-vrouwen/');
    const leaders = screen.getByRole('table', { name: 'Kop van de stand: 500 meter vrouwen' });
    expect(
      within(leaders)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Femke Kok NED', 'Erin Jackson USA', 'Lee Na-hyun KOR']);
    expect(screen.getByText(/^Punten in divisie A/)).toHaveTextContent(
      'Punten in divisie A, vanaf plaats 1: 60, 54, 48, 43, 40, 38, 36, 34, 32, 31, 30, 29, 28, 27, 26, 25, 24, 23, 22, 21.',
    );
  });

  it('lists the planned weekends with how many of their races are on the site', () => {
    const data = worldCupSeasonPageData(model(), '2025-2026');
    if (!data) throw new Error('no season');
    render(<WorldCupSeasonOverview data={data} />);

    const programme = screen.getByRole('region', { name: 'Programma' });
    expect(within(programme).getByRole('listitem')).toHaveTextContent(
      'Wereldbeker Salt Lake City14 t/m 16 november 2025: 1 van 2 races op de site',
    );
  });
});
