// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { ArticleHeader } from '@/components/article/ArticleHeader';
import type { Category, PublicationStatus } from '@/lib/types';
import { makeArticle, makeAuthor } from '../support/factories';

/** The <time> elements in reading order. */
function times(): HTMLTimeElement[] {
  return Array.from(document.querySelectorAll('time'));
}

describe('ArticleHeader', () => {
  it.each<[Category, string]>([
    ['nieuws', 'Nieuws'],
    ['uitslagen', 'Uitslagen'],
    ['column', 'Column'],
    ['interview', 'Interview'],
    ['achtergrond', 'Achtergrond'],
  ])('labels the category %s in Dutch as "%s"', (category, label) => {
    render(<ArticleHeader article={makeArticle({ category })} />);

    expect(screen.getByText(label)).toBeInTheDocument();
  });

  it('shows the title as the page heading', () => {
    render(<ArticleHeader article={makeArticle({ title: 'Kok rijdt wereldrecord op de 500 meter' })} />);

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/^Kok rijdt wereldrecord op de 500 meter$/);
  });

  it('shows the summary', () => {
    render(<ArticleHeader article={makeArticle({ summary: 'In Salt Lake City ging het hard.' })} />);

    expect(screen.getByText('In Salt Lake City ging het hard.')).toBeInTheDocument();
  });

  it("links the author to the author's page", () => {
    render(
      <ArticleHeader
        article={makeArticle({ author: makeAuthor({ slug: 'marit-de-vries', name: 'Marit de Vries' }) })}
      />,
    );

    expect(screen.getByRole('link', { name: 'Marit de Vries' })).toHaveAttribute('href', '/auteurs/marit-de-vries/');
  });

  it('shows the publication time in Dutch, in Amsterdam time', () => {
    render(<ArticleHeader article={makeArticle({ date: new Date('2025-11-17T07:30:00Z') })} />);

    expect(times()[0]).toHaveTextContent(/^maandag 17 november 2025, 08:30$/);
  });

  it('gives the publication time a machine-readable instant with the Amsterdam offset', () => {
    render(<ArticleHeader article={makeArticle({ date: new Date('2025-11-17T07:30:00Z') })} />);

    expect(times()[0]).toHaveAttribute('datetime', '2025-11-17T08:30:00+01:00');
  });

  it('uses the summer offset for a date in summer time', () => {
    render(<ArticleHeader article={makeArticle({ date: new Date('2025-07-01T10:15:00Z') })} />);

    const [published] = times();
    expect(published).toHaveAttribute('datetime', '2025-07-01T12:15:00+02:00');
    expect(published).toHaveTextContent(/^dinsdag 1 juli 2025, 12:15$/);
  });

  it('shows only the day for an article dated with a bare day', () => {
    render(<ArticleHeader article={makeArticle({ date: new Date('2025-11-16T23:00:00Z'), datePrecision: 'day' })} />);

    expect(times()[0]).toHaveTextContent(/^maandag 17 november 2025$/);
    // The machine-readable value claims no time of day either.
    expect(times()[0]).toHaveAttribute('datetime', '2025-11-17');
  });

  it('shows when the article was updated if it changed after publication', () => {
    render(
      <ArticleHeader
        article={makeArticle({ date: new Date('2025-11-17T07:30:00Z'), modified: new Date('2025-11-17T11:00:00Z') })}
      />,
    );

    expect(screen.getByText(/Bijgewerkt/)).toHaveTextContent(/^Bijgewerkt: maandag 17 november 2025, 12:00$/);
  });

  it('shows no update line when the article did not change after publication', () => {
    const date = new Date('2025-11-17T07:30:00Z');
    render(<ArticleHeader article={makeArticle({ date, modified: new Date(date.getTime()) })} />);

    expect(screen.queryByText(/Bijgewerkt/)).not.toBeInTheDocument();
    expect(times()).toHaveLength(1);
  });

  it('says "minuut" for a one-minute read', () => {
    render(<ArticleHeader article={makeArticle({ readingMinutes: 1 })} />);

    expect(screen.getByText('Leestijd 1 minuut')).toBeInTheDocument();
  });

  it('says "minuten" for a longer read', () => {
    render(<ArticleHeader article={makeArticle({ readingMinutes: 3 })} />);

    expect(screen.getByText('Leestijd 3 minuten')).toBeInTheDocument();
  });

  it.each<[PublicationStatus, RegExp]>([
    ['draft', /^Concept/],
    ['scheduled', /^Gepland/],
  ])('marks a %s article with a visible badge', (status, badge) => {
    render(<ArticleHeader article={makeArticle({ status })} />);

    expect(screen.getByText(badge)).toBeVisible();
  });

  it('shows no badge on a published article', () => {
    render(<ArticleHeader article={makeArticle({ status: 'published' })} />);

    expect(screen.queryByText(/Concept|Gepland/)).not.toBeInTheDocument();
  });

  it('keeps the parts of the byline apart in the text a search index reads, without the layout', () => {
    const { container } = render(
      <ArticleHeader
        article={makeArticle({
          author: makeAuthor({ name: 'Sportredactie' }),
          date: new Date('2025-11-16T14:30:00+01:00'),
        })}
      />,
    );

    expect(container.querySelector('.article-meta')?.textContent).toMatch(/Door Sportredactie zondag 16 november 2025/);
  });

  it("marks the article's date for the search results", () => {
    render(<ArticleHeader article={makeArticle({ date: new Date('2025-11-16T14:30:00+01:00') })} />);

    expect(times()[0]).toHaveAttribute('data-pagefind-meta', 'datum:zondag 16 november 2025');
  });
});
