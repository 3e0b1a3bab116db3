// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import AthletePage from '@/app/schaatsers/[slug]/page';

// The skater page of the first story's winner, from the real content/ folder: what a fan reads
// first, and headings that step down in order (h1, h2 sections, h3 seasons).

beforeAll(() => {
  vi.stubEnv('CONTENT_DIR', 'content');
  vi.stubEnv('BUILD_TIME', '2025-12-01T12:00:00+01:00');
});
afterAll(() => {
  vi.unstubAllEnvs();
});

async function renderPage(slug: string) {
  render(await AthletePage({ params: Promise.resolve({ slug }) }));
}

describe("Femke Kok's page", () => {
  it('shows her personal record first: the 36,09 world record of 16 November 2025 in Salt Lake City', async () => {
    await renderPage('femke-kok');

    const records = screen.getByRole('table', { name: 'Persoonlijke records van Femke Kok' });
    const row = within(records).getByRole('row', { name: /^500 meter/ });
    expect(row).toHaveTextContent(/^500 meter36,0916 november 2025, Wereldbeker Salt Lake City Utah Olympic Oval/);
    const race = within(screen.getByRole('table', { name: '500 meter vrouwen in seizoen 2025/2026' })).getByRole(
      'row',
      {
        name: /zondag 16 november 2025/,
      },
    );
    // The editor's WR, as she wrote it: not one the site computed.
    expect(within(race).getByText('wereldrecord')).toBeInTheDocument();
  });

  it('steps its headings down in order: profile, records, season bests, results by season, articles', async () => {
    await renderPage('femke-kok');

    expect(screen.getAllByRole('heading').map((heading) => `${heading.tagName} ${heading.textContent}`)).toEqual([
      'H1 Femke Kok',
      'H2 Persoonlijke records',
      'H2 Seizoensbesten',
      'H2 Uitslagen',
      'H3 Seizoen 2025/2026',
      'H2 Artikelen over Femke Kok',
      expect.stringMatching(/^H3 /),
    ]);
  });
});
