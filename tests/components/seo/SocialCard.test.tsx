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

  it('draws no photo without a background', () => {
    const { container } = render(<SocialCard title="Visser rijdt baanrecord" kicker="Uitslagen" />);

    expect(container.querySelector('img')).toBeNull();
  });

  it("draws the article's photo behind a dark overlay, under the kicker, headline and name", () => {
    const background = 'data:image/jpeg;base64,AAAA';
    const { container } = render(
      <SocialCard title="Visser rijdt baanrecord" kicker="Uitslagen" background={background} />,
    );

    const photo = container.querySelector('img');
    expect(photo).toHaveAttribute('src', background);
    expect([photo?.getAttribute('width'), photo?.getAttribute('height')]).toEqual(['1200', '630']);
    const overlay = photo?.nextElementSibling;
    expect(overlay instanceof HTMLElement && overlay.style.backgroundImage).toMatch(
      /^linear-gradient\(.*rgba\(4, 26, 48, 0\.9\)/,
    );
    expect(screen.getByText('Visser rijdt baanrecord')).toBeInTheDocument();
    expect(photo?.compareDocumentPosition(screen.getByText('UITSLAGEN')) ?? 0).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
  });
});
