import { fallbackFormat, imageVariants, pictureOf, variantUrl, variantWidths } from '@/lib/image-variants';

const summary = (src: string, width: number, height: number) =>
  imageVariants(src, { width, height }).map((variant) => `${variant.format} ${variant.width}×${variant.height}`);

describe('variantWidths', () => {
  it('offers every standard width for an original wider than 1600, capped at 1600', () => {
    expect(variantWidths(4000)).toEqual([480, 800, 1200, 1600]);
  });

  it('offers an original of exactly 1600 once', () => {
    expect(variantWidths(1600)).toEqual([480, 800, 1200, 1600]);
  });

  it('adds the original width after the standard widths below it', () => {
    expect(variantWidths(1000)).toEqual([480, 800, 1000]);
  });

  it('never enlarges a small original', () => {
    expect(variantWidths(320)).toEqual([320]);
    expect(variantWidths(480)).toEqual([480]);
  });
});

describe('imageVariants', () => {
  it('gives AVIF and WebP at each width, then the JPEG fallback at the largest, with heights in proportion', () => {
    expect(summary('/images/2025/foto.jpg', 4000, 3000)).toEqual([
      'avif 480×360',
      'avif 800×600',
      'avif 1200×900',
      'avif 1600×1200',
      'webp 480×360',
      'webp 800×600',
      'webp 1200×900',
      'webp 1600×1200',
      'jpeg 1600×1200',
    ]);
  });

  it('keeps a PNG fallback for a PNG', () => {
    expect(summary('/images/grafiek.png', 900, 600)).toEqual([
      'avif 480×320',
      'avif 800×533',
      'avif 900×600',
      'webp 480×320',
      'webp 800×533',
      'webp 900×600',
      'png 900×600',
    ]);
  });

  it('gives a small original one width in each format, at its own size', () => {
    expect(summary('/images/klein.jpeg', 300, 200)).toEqual(['avif 300×200', 'webp 300×200', 'jpeg 300×200']);
  });

  it('never gives a height of 0 for a very wide strip', () => {
    expect(
      imageVariants('/images/strook.jpg', { width: 5000, height: 1 }).every((variant) => variant.height >= 1),
    ).toBe(true);
  });

  it('puts each variant under /_images/, keyed by the source path and width', () => {
    expect(imageVariants('/images/2025/foto.jpg', { width: 1200, height: 800 }).map((variant) => variant.url)).toEqual([
      '/_images/2025/foto-480.avif',
      '/_images/2025/foto-800.avif',
      '/_images/2025/foto-1200.avif',
      '/_images/2025/foto-480.webp',
      '/_images/2025/foto-800.webp',
      '/_images/2025/foto-1200.webp',
      '/_images/2025/foto-1200.jpg',
    ]);
  });

  it('is the same list every time for the same image', () => {
    expect(imageVariants('/images/a.jpg', { width: 2000, height: 1000 })).toEqual(
      imageVariants('/images/a.jpg', { width: 2000, height: 1000 }),
    );
  });
});

describe('variantUrl', () => {
  it('keeps the folders of an image outside /images/', () => {
    expect(variantUrl('/fotos/2025/foto.JPG', 800, 'webp')).toBe('/_images/fotos/2025/foto-800.webp');
  });

  it('drops only the last extension of a name with dots', () => {
    expect(variantUrl('/images/nk.2025.finale.jpeg', 480, 'jpeg')).toBe('/_images/nk.2025.finale-480.jpg');
  });
});

describe('fallbackFormat', () => {
  it.each([
    ['/images/a.jpg', 'jpeg'],
    ['/images/a.JPEG', 'jpeg'],
    ['/images/a.png', 'png'],
    ['/images/a.PNG', 'png'],
    ['/images/a.webp', 'jpeg'],
    ['/images/a.avif', 'jpeg'],
  ])('is %s → %s', (src, format) => {
    expect(fallbackFormat(src)).toBe(format);
  });
});

describe('pictureOf', () => {
  const picture = pictureOf({ src: '/images/2025/foto.jpg', width: 1000, height: 500 });

  it('gives an AVIF source, then a WebP source, each a srcset of widths', () => {
    expect(picture.sources).toEqual([
      {
        format: 'avif',
        type: 'image/avif',
        srcSet:
          '/_images/2025/foto-480.avif 480w, /_images/2025/foto-800.avif 800w, /_images/2025/foto-1000.avif 1000w',
      },
      {
        format: 'webp',
        type: 'image/webp',
        srcSet:
          '/_images/2025/foto-480.webp 480w, /_images/2025/foto-800.webp 800w, /_images/2025/foto-1000.webp 1000w',
      },
    ]);
  });

  it('gives the fallback at the largest width', () => {
    expect(picture.fallback).toEqual({ format: 'jpeg', width: 1000, height: 500, url: '/_images/2025/foto-1000.jpg' });
  });

  it('escapes a comma or a space in a file name, which would end the URL in a srcset', () => {
    const odd = pictureOf({ src: '/images/a,b é.jpg', width: 480, height: 480 });

    expect(odd.sources[0]?.srcSet).toBe('/_images/a%2Cb%20%C3%A9-480.avif 480w');
  });
});
