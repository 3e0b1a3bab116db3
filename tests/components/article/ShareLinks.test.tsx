// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { ShareLinks } from '@/components/article/ShareLinks';

// A title with characters that would break a query string if they were not encoded.
const title = 'Kok & Leerdam: wie wint? 100% sprint';
const url = 'https://schaatsnieuws.example/nieuws/kok-en-leerdam/?via=deel#reacties';

/** The query parameters of a share link, as the receiving site reads them. */
function paramsOf(name: string): URLSearchParams {
  const href = screen.getByRole('link', { name }).getAttribute('href') ?? '';
  return new URL(href).searchParams;
}

describe('ShareLinks', () => {
  it('heads the links "Delen"', () => {
    render(<ShareLinks title={title} url={url} />);

    expect(screen.getByRole('heading', { level: 2, name: 'Delen' })).toBeInTheDocument();
  });

  it('offers four ways to share', () => {
    render(<ShareLinks title={title} url={url} />);

    expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Deel via WhatsApp',
      'Deel via X',
      'Deel via Facebook',
      'Deel via e-mail',
    ]);
  });

  it('sends the title and the address to WhatsApp as one text', () => {
    render(<ShareLinks title={title} url={url} />);

    expect(paramsOf('Deel via WhatsApp').get('text')).toBe(`${title} ${url}`);
  });

  it('sends the title and the address to X separately', () => {
    render(<ShareLinks title={title} url={url} />);

    const params = paramsOf('Deel via X');
    expect([params.get('text'), params.get('url')]).toEqual([title, url]);
  });

  it('sends the address to Facebook', () => {
    render(<ShareLinks title={title} url={url} />);

    expect(paramsOf('Deel via Facebook').get('u')).toBe(url);
  });

  it('opens an e-mail with the title as subject and the address as body', () => {
    render(<ShareLinks title={title} url={url} />);

    const params = paramsOf('Deel via e-mail');
    expect([params.get('subject'), params.get('body')]).toEqual([title, url]);
  });

  it('encodes the address, so that its own ? and # stay inside the parameter', () => {
    render(<ShareLinks title={title} url={url} />);

    expect(screen.getByRole('link', { name: 'Deel via Facebook' })).toHaveAttribute(
      'href',
      'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fschaatsnieuws.example%2Fnieuws%2Fkok-en-leerdam%2F%3Fvia%3Ddeel%23reacties',
    );
  });

  it('tells the other sites nothing about the page it came from', () => {
    render(<ShareLinks title={title} url={url} />);

    for (const link of screen.getAllByRole('link')) expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('loads no script, frame or image from the other sites', () => {
    const { container } = render(<ShareLinks title={title} url={url} />);

    expect(container.querySelectorAll('script, iframe, img')).toHaveLength(0);
  });
});
