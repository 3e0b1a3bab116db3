// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { CalendarSeasonSection } from '@/components/calendar/CalendarSeasonSection';
import { seasonOf } from '@/lib/calendar/seasons';
import { expectInDocumentOrder } from '../support/dom';
import { makeCompetition } from '../support/factories';

const calgary = makeCompetition({
  slug: 'wb-calgary',
  name: 'Wereldbeker Calgary',
  start: '2025-11-21',
  end: '2025-11-23',
});
const saltLake = makeCompetition({
  slug: 'wb-slc',
  name: 'Wereldbeker Salt Lake City',
  start: '2025-11-14',
  end: '2025-11-16',
});
const heerenveen = makeCompetition({
  slug: 'wb-hv',
  name: 'Wereldbeker Heerenveen',
  start: '2025-12-12',
  end: '2025-12-14',
});
const nk = makeCompetition({ slug: 'nk', name: 'NK allround', start: '2025-12-27', end: '2025-12-28' });

function renderSeason(reported: string[] = []) {
  return render(
    <CalendarSeasonSection
      calendarSeason={{ season: seasonOf('2025-11-14'), coming: [heerenveen, nk], past: [saltLake, calgary] }}
      reported={new Set(reported)}
    />,
  );
}

describe('CalendarSeasonSection', () => {
  it('is a region named for its season', () => {
    renderSeason();

    const region = screen.getByRole('region', { name: 'Seizoen 2025/2026' });
    expect(within(region).getByRole('heading', { level: 2, name: 'Seizoen 2025/2026' })).toBeInTheDocument();
  });

  it('shows the coming competitions first, under a visible "Komt eraan", then the past ones', () => {
    renderSeason();

    const coming = screen.getByRole('heading', { level: 3, name: 'Komt eraan' });
    const past = screen.getByRole('heading', { level: 3, name: 'Verreden' });
    expect(coming).toBeVisible();
    expectInDocumentOrder([
      coming,
      screen.getByRole('heading', { name: 'Wereldbeker Heerenveen' }),
      screen.getByRole('heading', { name: 'NK allround' }),
      past,
      screen.getByRole('heading', { name: 'Wereldbeker Salt Lake City' }),
      screen.getByRole('heading', { name: 'Wereldbeker Calgary' }),
    ]);
  });

  it('lists the competitions of each group as an ordered list, in the order given', () => {
    renderSeason();

    const [comingList, pastList] = screen.getAllByRole('list');
    expect(
      within(comingList as HTMLElement)
        .getAllByRole('listitem')
        .map((item) => within(item).getByRole('heading').textContent),
    ).toEqual(['Wereldbeker Heerenveen', 'NK allround']);
    expect(comingList?.tagName).toBe('OL');
    expect(within(pastList as HTMLElement).getAllByRole('listitem')).toHaveLength(2);
  });

  it('links past competitions with articles to their results, and only those', () => {
    renderSeason(['wb-slc']);

    expect(screen.getAllByRole('link', { name: /^Uitslagen en verslagen/ }).map((link) => link.textContent)).toEqual([
      'Uitslagen en verslagen: Wereldbeker Salt Lake City',
    ]);
  });

  it('leaves out "Komt eraan" when the whole season is past', () => {
    render(
      <CalendarSeasonSection
        calendarSeason={{ season: seasonOf('2024-11-14'), coming: [], past: [saltLake] }}
        reported={new Set()}
      />,
    );

    expect(screen.queryByRole('heading', { name: 'Komt eraan' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Verreden' })).toBeInTheDocument();
  });

  it('leaves out "Verreden" when nothing in the season has been skated yet', () => {
    render(
      <CalendarSeasonSection
        calendarSeason={{ season: seasonOf('2026-11-14'), coming: [nk], past: [] }}
        reported={new Set()}
      />,
    );

    expect(screen.queryByRole('heading', { name: 'Verreden' })).not.toBeInTheDocument();
  });
});
