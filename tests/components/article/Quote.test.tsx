// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { Quote } from '@/components/article/Quote';
import { athleteRef, makeQuote } from '../support/factories';

/** The figure's caption; browsers name the figure after it, jsdom's role queries do not. */
function caption(): HTMLElement {
  const figcaption = screen.getByRole('figure').querySelector('figcaption');
  if (!(figcaption instanceof HTMLElement)) throw new Error('the figure has no figcaption');
  return figcaption;
}

describe('Quote', () => {
  it('shows the words in a blockquote inside a figure', () => {
    render(<Quote quote={makeQuote({ html: '<p>Een geweldige racevoorbereiding vandaag.</p>' })} />);

    const figure = screen.getByRole('figure');
    expect(within(figure).getByRole('blockquote')).toHaveTextContent('Een geweldige racevoorbereiding vandaag.');
  });

  it('names the speaker in the caption of the figure', () => {
    render(<Quote quote={makeQuote({ by: 'Ivanie Blondin' })} />);

    expect(caption()).toHaveTextContent(/^Ivanie Blondin$/);
  });

  it('keeps the caption out of the quoted words', () => {
    render(<Quote quote={makeQuote({ by: 'Ivanie Blondin', html: '<p>Het ijs was snel.</p>' })} />);

    expect(screen.getByRole('blockquote')).not.toHaveTextContent('Ivanie Blondin');
  });

  it("links a known speaker to the skater's page", () => {
    render(<Quote quote={makeQuote({ by: 'Jutta Leerdam', speaker: athleteRef('jutta-leerdam', 'Jutta Leerdam') })} />);

    expect(screen.getByRole('link', { name: 'Jutta Leerdam' })).toHaveAttribute('href', '/schaatsers/jutta-leerdam/');
  });

  it('shows an unknown speaker as plain text', () => {
    render(<Quote quote={makeQuote({ by: 'Een toeschouwer' })} />);

    expect(caption()).toHaveTextContent(/^Een toeschouwer$/);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('says where the words were said', () => {
    render(<Quote quote={makeQuote({ by: 'Jutta Leerdam', source: 'Instagram' })} />);

    expect(caption()).toHaveTextContent(/^Jutta Leerdam op Instagram$/);
    expect(screen.queryByRole('link', { name: 'Instagram' })).not.toBeInTheDocument();
  });

  it('links the source to the cited address when there is one', () => {
    render(
      <Quote
        quote={makeQuote({ by: 'Jutta Leerdam', source: 'Instagram', cite: 'https://www.instagram.com/p/abc/' })}
      />,
    );

    expect(screen.getByRole('link', { name: 'Instagram' })).toHaveAttribute('href', 'https://www.instagram.com/p/abc/');
  });

  it('shows a cited address without a source name as a link called "bron"', () => {
    render(<Quote quote={makeQuote({ by: 'Femke Kok', cite: 'https://nos.nl/l/123' })} />);

    expect(screen.getByRole('link', { name: 'bron' })).toHaveAttribute('href', 'https://nos.nl/l/123');
  });

  it('records the cited address on the blockquote', () => {
    render(<Quote quote={makeQuote({ source: 'NOS', cite: 'https://nos.nl/l/123' })} />);

    expect(screen.getByRole('blockquote')).toHaveAttribute('cite', 'https://nos.nl/l/123');
  });

  it('names only the speaker when the source is not given', () => {
    render(<Quote quote={makeQuote({ by: 'Femke Kok' })} />);

    expect(caption()).toHaveTextContent(/^Femke Kok$/);
  });
});
