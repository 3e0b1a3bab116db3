// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { SocialCard } from '@/components/seo/SocialCard';

describe('SocialCard', () => {
  it('shows the kicker in capitals', () => {
    render(<SocialCard title="Visser rijdt baanrecord" kicker="Uitslagen" />);

    expect(screen.getByText('UITSLAGEN')).toBeInTheDocument();
  });

  it('shows the headline as written', () => {
    render(<SocialCard title="Visser rijdt baanrecord" kicker="Uitslagen" />);

    expect(screen.getByText('Visser rijdt baanrecord')).toBeInTheDocument();
  });

  it("shows the site's name", () => {
    render(<SocialCard title="Visser rijdt baanrecord" kicker="Uitslagen" />);

    expect(screen.getByText('Schaatsnieuws')).toBeInTheDocument();
  });

  it.each([
    [50, '76px'],
    [51, '64px'],
    [90, '64px'],
    [91, '54px'],
  ])('sets a headline of %i characters at %s so that it fits the image', (length, fontSize) => {
    const title = 'k'.repeat(length);
    render(<SocialCard title={title} kicker="Nieuws" />);

    expect(screen.getByText(title)).toHaveStyle({ fontSize });
  });
});
