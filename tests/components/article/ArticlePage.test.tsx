// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { ArticlePage } from '@/components/article/ArticlePage';
import { expectInDocumentOrder } from '../support/dom';
import { makeArticle, makeCorrection, makeProse } from '../support/factories';

describe('ArticlePage', () => {
  it('shows the header, then the correction note, then the body', () => {
    render(
      <ArticlePage
        article={makeArticle({
          title: 'Kok rijdt wereldrecord',
          corrections: [makeCorrection()],
          body: [makeProse('<p>Eerste alinea.</p>')],
        })}
      />,
    );

    expectInDocumentOrder([
      screen.getByRole('heading', { level: 1, name: 'Kok rijdt wereldrecord' }),
      screen.getByRole('complementary', { name: 'Rectificatie' }),
      screen.getByText('Eerste alinea.'),
    ]);
  });

  it('wraps the whole story in an article', () => {
    render(<ArticlePage article={makeArticle({ title: 'Kok rijdt wereldrecord' })} />);

    expect(screen.getByRole('article')).toContainElement(screen.getByRole('heading', { level: 1 }));
  });
});
