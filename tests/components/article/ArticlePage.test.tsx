// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import type { ComponentProps } from 'react';
import { ArticlePage } from '@/components/article/ArticlePage';
import { expectInDocumentOrder } from '../support/dom';
import { makeArticle, makeAthlete, makeCorrection, makeProse } from '../support/factories';

type Props = ComponentProps<typeof ArticlePage>;

function renderPage(overrides: Partial<Props> = {}) {
  const article = overrides.article ?? makeArticle({ title: 'Kok rijdt wereldrecord', slug: 'kok-wereldrecord' });
  return render(
    <ArticlePage
      article={article}
      trail={[
        { name: 'Nieuws', path: '/nieuws/pagina/1/' },
        { name: article.title, path: `/nieuws/${article.slug}/` },
      ]}
      related={[]}
      url={`https://schaatsnieuws.example/nieuws/${article.slug}/`}
      {...overrides}
    />,
  );
}

describe('ArticlePage', () => {
  it('shows the header, then the correction note, then the body', () => {
    renderPage({
      article: makeArticle({
        title: 'Kok rijdt wereldrecord',
        corrections: [makeCorrection()],
        body: [makeProse('<p>Eerste alinea.</p>')],
      }),
    });

    expectInDocumentOrder([
      screen.getByRole('heading', { level: 1, name: 'Kok rijdt wereldrecord' }),
      screen.getByRole('complementary', { name: 'Rectificatie' }),
      screen.getByText('Eerste alinea.'),
    ]);
  });

  it('wraps the whole story in an article', () => {
    renderPage();

    expect(screen.getByRole('article')).toContainElement(screen.getByRole('heading', { level: 1 }));
  });

  it('shows where the article sits as a breadcrumb trail ending at the article itself', () => {
    renderPage();

    const trail = screen.getByRole('navigation', { name: 'Kruimelpad' });
    expect(within(trail).getByRole('link', { name: 'Nieuws' })).toHaveAttribute('href', '/nieuws/pagina/1/');
    expect(within(trail).getByText('Kok rijdt wereldrecord')).toHaveAttribute('aria-current', 'page');
  });

  it("links the story's skaters", () => {
    renderPage({
      article: makeArticle({ athletes: [makeAthlete({ slug: 'femke-kok', name: 'Femke Kok' })] }),
    });

    const skaters = screen.getByRole('region', { name: 'Schaatsers in dit verhaal' });
    expect(within(skaters).getByRole('link', { name: 'Femke Kok' })).toHaveAttribute('href', '/schaatsers/femke-kok/');
  });

  it('offers plain share links with the article address and no scripts', () => {
    renderPage();

    const share = screen.getByRole('region', { name: 'Delen' });
    const whatsapp = within(share).getByRole('link', { name: 'Deel via WhatsApp' });
    expect(whatsapp.getAttribute('href')).toContain(
      encodeURIComponent('https://schaatsnieuws.example/nieuws/kok-wereldrecord/'),
    );
    expect(
      within(share)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Deel via WhatsApp', 'Deel via X', 'Deel via Facebook', 'Deel via e-mail']);
    expect(document.querySelectorAll('script')).toHaveLength(0);
  });

  it('lists related articles, and leaves the section out when there are none', () => {
    const { unmount } = renderPage({ related: [makeArticle({ slug: 'ander-verhaal', title: 'Een ander verhaal' })] });
    expect(screen.getByRole('region', { name: 'Meer hierover' })).toHaveTextContent('Een ander verhaal');
    unmount();

    renderPage({ related: [] });
    expect(screen.queryByRole('region', { name: 'Meer hierover' })).not.toBeInTheDocument();
  });
});
