// @vitest-environment jsdom
import path from 'node:path';
import { render, screen, within } from '@testing-library/react';
import { SeasonResults } from '@/components/athlete/SeasonResults';
import { loadContent } from '@/lib/content/load';
import { athletePageData } from '@/lib/page-data';
import { createSiteModel } from '@/lib/site-model';
import { modelOf } from '../../lib/support/site-model';
import { LEERDAM, leerdamHistory } from '../../lib/support/skater-history';
import { cellAt } from '../support/dom';

// Leerdam's races: 36,98 (500 m) and 1.13,50 (1000 m) in Thialf in December 2024, then 37,35
// and 36,90 in Salt Lake City in November 2025, none of them marked by the editor.
const model = modelOf({ articles: leerdamHistory(), athletes: [LEERDAM] }, new Date('2025-12-01T12:00:00Z'));
const seasons = athletePageData(model, 'jutta-leerdam')?.resultsBySeason ?? [];

describe('SeasonResults', () => {
  it('heads each season, newest first, under the page\'s "Uitslagen"', () => {
    render(<SeasonResults name="Jutta Leerdam" seasons={seasons} />);

    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      'Seizoen 2025/2026',
      'Seizoen 2024/2025',
    ]);
  });

  it('gives the newest season a table per distance, each race with its own day, in the order skated', () => {
    render(<SeasonResults name="Jutta Leerdam" seasons={seasons} />);

    const table = screen.getByRole('table', { name: '500 meter vrouwen in seizoen 2025/2026' });
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((header) => within(header).getByRole('time').textContent),
    ).toEqual(['zaterdag 15 november 2025', 'zondag 16 november 2025']);
  });

  it('folds an earlier season into a closed <details> that says how many races it holds', () => {
    const { container } = render(<SeasonResults name="Jutta Leerdam" seasons={seasons} />);

    const details = container.querySelectorAll('details');
    expect(details).toHaveLength(1);
    expect(details[0]).not.toHaveAttribute('open');
    expect(within(details[0]!).getByText('Toon de 2 races', { selector: 'summary' })).toBeInTheDocument();
  });

  it('shows the markers computed from the history where the editor wrote none, saying they are computed', () => {
    render(<SeasonResults name="Jutta Leerdam" seasons={seasons.slice(0, 1)} />);

    const records = cellAt(/zondag 16 november 2025/, 'Record');
    expect(within(records).getByText('PR')).toBeInTheDocument();
    expect(within(records).getByText('SB')).toBeInTheDocument();
    expect(within(records).getByText('persoonlijk record, berekend uit de uitslagen op deze site')).toBeInTheDocument();
    expect(cellAt(/zaterdag 15 november 2025/, 'Record')).toBeEmptyDOMElement();
  });

  it('lists a race that two articles publish once, from the table the site shows', () => {
    // tests/fixtures/content/races: one 500 m in two articles; the newer gives Solberg 37,40.
    const root = path.join(import.meta.dirname, '../../fixtures/content/races');
    const now = new Date('2026-01-01T12:00:00Z');
    const races = createSiteModel(loadContent({ root, now, includeUnpublished: false }), now);
    render(
      <SeasonResults name="Ingrid Solberg" seasons={athletePageData(races, 'ingrid-solberg')?.resultsBySeason ?? []} />,
    );

    const race = screen.getByRole('rowheader');
    expect(within(race).getByRole('link', { name: '500 meter vrouwen' })).toHaveAttribute(
      'href',
      '/nieuws/jansma-wint-500-meter/',
    );
    expect(cellAt(/500 meter vrouwen/, 'Tijd')).toHaveTextContent(/^37,40$/);
  });

  it('says so when the skater has no races on the site', () => {
    render(<SeasonResults name="Jutta Leerdam" seasons={[]} />);

    expect(screen.getByText('Nog geen races van Jutta Leerdam op deze site.')).toBeInTheDocument();
  });
});
