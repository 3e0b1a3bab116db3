// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { ArticleImage } from '@/components/article/ArticleImage';
import type { ArticleImage as ArticleImageData } from '@/lib/types';

const photo: ArticleImageData = {
  src: '/images/2025/foto.jpg',
  alt: 'Sanne Visser juicht na de finish',
  credit: 'Testfoto',
  width: 4000,
  height: 2500,
};

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('ArticleImage', () => {
  it('offers AVIF, then WebP, at every width, sized to the column', () => {
    const { container } = render(<ArticleImage image={photo} />);

    const sources = [...container.querySelectorAll('picture > source')].map((source) => ({
      type: source.getAttribute('type'),
      srcset: source.getAttribute('srcset'),
      sizes: source.getAttribute('sizes'),
    }));
    expect(sources).toEqual(
      ['avif', 'webp'].map((format) => ({
        type: `image/${format}`,
        srcset: [480, 800, 1200, 1600].map((width) => `/_images/2025/foto-${width}.${format} ${width}w`).join(', '),
        sizes: '(min-width: 48rem) 42rem, 100vw',
      })),
    );
  });

  it('falls back to a JPEG at the largest width, with its width and height set so the page does not shift', () => {
    render(<ArticleImage image={photo} />);

    const img = screen.getByRole('img', { name: 'Sanne Visser juicht na de finish' });
    expect(img).toHaveAttribute('src', '/_images/2025/foto-1600.jpg');
    expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['1600', '1000']);
    expect(img.parentElement?.tagName).toBe('PICTURE');
  });

  it('loads the image early, as the likely largest element of the page, and decodes it off the main thread', () => {
    render(<ArticleImage image={photo} />);

    const img = screen.getByRole('img');
    expect(img).toHaveAttribute('fetchpriority', 'high');
    expect(img).not.toHaveAttribute('loading', 'lazy');
    expect(img).toHaveAttribute('decoding', 'async');
  });

  it('keeps a small original at its own size, and a PNG as PNG', () => {
    render(<ArticleImage image={{ src: '/images/logo.png', alt: 'Logo', width: 300, height: 120 }} />);

    const img = screen.getByRole('img', { name: 'Logo' });
    expect([img.getAttribute('src'), img.getAttribute('width'), img.getAttribute('height')]).toEqual([
      '/_images/logo-300.png',
      '300',
      '120',
    ]);
  });

  it('credits the photographer in the caption', () => {
    render(<ArticleImage image={photo} />);

    const caption = screen.getByText('Foto: Testfoto');
    expect(caption.tagName).toBe('FIGCAPTION');
    expect(screen.getByRole('figure')).toContainElement(caption);
    expect(screen.getByRole('figure')).toContainElement(screen.getByRole('img'));
  });

  it('has no caption without a credit', () => {
    const { container } = render(<ArticleImage image={{ ...photo, credit: undefined }} />);

    expect(container.querySelector('figcaption')).toBeNull();
  });

  it('shows the original on the development server, which has not written the variants', () => {
    vi.stubEnv('NODE_ENV', 'development');

    const { container } = render(<ArticleImage image={photo} />);

    const img = screen.getByRole('img');
    expect(container.querySelector('picture')).toBeNull();
    expect([img.getAttribute('src'), img.getAttribute('width'), img.getAttribute('height')]).toEqual([
      '/images/2025/foto.jpg',
      '4000',
      '2500',
    ]);
  });
});
