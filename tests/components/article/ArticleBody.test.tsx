// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { ArticleBody } from '@/components/article/ArticleBody';
import { parseBody } from '@/lib/markdown/blocks';
import { collectingContext } from '../../lib/markdown/collecting-context';
import { expectInDocumentOrder } from '../support/dom';
import { makeProse, makeQuote, makeResults } from '../support/factories';

describe('ArticleBody', () => {
  it('renders the blocks in the order they were written', () => {
    render(
      <ArticleBody
        blocks={[
          makeProse('<p>Eerste alinea.</p>'),
          makeQuote({ html: '<p>Het ijs was snel.</p>', by: 'Femke Kok' }),
          makeResults({ title: '500 meter vrouwen' }),
          makeProse('<p>Slotalinea.</p>'),
        ]}
      />,
    );

    expectInDocumentOrder([
      screen.getByText('Eerste alinea.'),
      screen.getByText('Het ijs was snel.'),
      screen.getByRole('table', { name: '500 meter vrouwen' }),
      screen.getByText('Slotalinea.'),
    ]);
  });

  it('renders prose as HTML, not as escaped text', () => {
    render(<ArticleBody blocks={[makeProse('<h2>Na de race</h2><p>Tekst met <a href="/nieuws/x/">link</a>.</p>')]} />);

    expect(screen.getByRole('heading', { level: 2, name: 'Na de race' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'link' })).toHaveAttribute('href', '/nieuws/x/');
  });

  it('shows a photo in the text as a picture with AVIF and WebP at its widths, the photo itself as the fallback', () => {
    const img =
      '<img width="1600" height="1067" src="/images/2025/kok.jpg" alt="Kok juicht" loading="lazy" decoding="async">';
    const { container } = render(<ArticleBody blocks={[makeProse(`<figure>${img}</figure>`)]} />);

    const sources = [...container.querySelectorAll('picture source')];
    expect(sources.map((source) => source.getAttribute('type'))).toEqual(['image/avif', 'image/webp']);
    expect(sources[0]?.getAttribute('srcset')).toMatch(/^\/_images\/2025\/kok-\d+\.avif \d+w, /);
    expect(sources[0]?.getAttribute('sizes')).toBe('(min-width: 48rem) 42rem, 100vw');
    expect(screen.getByRole('img', { name: 'Kok juicht' })).toHaveAttribute('src', '/images/2025/kok.jpg');
  });

  it('leaves a photo in the text as it is for a feed, which takes the photo itself', () => {
    const img = '<img width="1600" height="1067" src="/images/2025/kok.jpg" alt="Kok juicht">';
    const { container } = render(<ArticleBody blocks={[makeProse(`<p>${img}</p>`)]} responsivePhotos={false} />);

    expect(container.querySelector('picture')).toBeNull();
  });

  it('renders a quote block as a quote and a results block as a table', () => {
    render(
      <ArticleBody blocks={[makeQuote({ html: '<p>Het ijs was snel.</p>' }), makeResults({ title: '1000 meter' })]} />,
    );

    expect(screen.getByRole('blockquote')).toHaveTextContent('Het ijs was snel.');
    expect(screen.getByRole('table', { name: '1000 meter' })).toBeInTheDocument();
  });

  it('renders blocks opened with curly quotes, a space after ::: and commas as the quote and table meant', () => {
    const { context, reports } = collectingContext();
    const markdown = [
      '::: quote{by=“Sanne Visser”, source=“NOS”}',
      'Het ijs was snel.',
      ':::',
      '',
      ':::results{title=„500 meter vrouwen”}',
      '| Pos | Naam         | Tijd  |',
      '| --: | ------------ | ----: |',
      '| 1   | Sanne Visser | 36.51 |',
      ':::',
    ].join('\n');

    const { container } = render(<ArticleBody blocks={parseBody(markdown, context).blocks} />);

    expect(reports).toEqual([]);
    expect(screen.getByRole('blockquote')).toHaveTextContent('Het ijs was snel.');
    expect(container.querySelector('figcaption')).toHaveTextContent('Sanne Visser op NOS');
    expect(screen.getByRole('table', { name: /500 meter vrouwen/ })).toHaveTextContent('36,51');
    expect(container).not.toHaveTextContent(':::');
  });
});
