import path from 'node:path';
import { sizeInlineImages } from '@/lib/content/inline-images';
import { loadContent } from '@/lib/content/load';
import type { ProseBlock } from '@/lib/types';

const VALID = path.join(import.meta.dirname, '../../fixtures/content/valid');
const PUBLIC = path.join(import.meta.dirname, '../../fixtures/public');

describe('sizeInlineImages', () => {
  const sizes: Record<string, { width: number; height: number }> = {
    '/images/foto.jpg': { width: 1600, height: 1000 },
    '/images/foto met spatie.jpg': { width: 800, height: 600 },
    '/images/a&b.jpg': { width: 10, height: 20 },
  };
  const sizeOf = (src: string) => sizes[src];

  it("gives an image of the site its file's width and height", () => {
    expect(
      sizeInlineImages('<p><img src="/images/foto.jpg" alt="Visser" loading="lazy" decoding="async"></p>', sizeOf),
    ).toBe(
      '<p><img width="1600" height="1000" src="/images/foto.jpg" alt="Visser" loading="lazy" decoding="async"></p>',
    );
  });

  it('reads a path with %-escapes and character references as the file name it is', () => {
    expect(sizeInlineImages('<img src="/images/foto%20met%20spatie.jpg" alt="">', sizeOf)).toBe(
      '<img width="800" height="600" src="/images/foto%20met%20spatie.jpg" alt="">',
    );
    expect(sizeInlineImages('<img src="/images/a&#x26;b.jpg" alt="">', sizeOf)).toBe(
      '<img width="10" height="20" src="/images/a&#x26;b.jpg" alt="">',
    );
  });

  it('leaves an image it cannot size, and text that only mentions an img tag, as they are', () => {
    const html = '<p>&#x3C;img src="/images/foto.jpg"></p><img src="/images/weg.jpg" alt="">';
    expect(sizeInlineImages(html, sizeOf)).toBe(html);
  });
});

describe('images in an article text, loaded', () => {
  it("carry the photo file's width and height, so the text below keeps its place", () => {
    // The fixture article ends with a photo in its text (below the fold on a phone: the
    // browser tests check that it loads lazily).
    const content = loadContent({
      root: VALID,
      now: new Date('2025-12-01T12:00:00Z'),
      includeUnpublished: false,
      publicDir: PUBLIC,
    });
    const visser = content.articles.find((article) => article.slug === 'visser-rijdt-baanrecord');
    const prose = visser?.body
      .filter((block): block is ProseBlock => block.kind === 'prose')
      .map((block) => block.html)
      .join('');
    // tests/fixtures/public/images/2025/visser-testdorp.jpg is 1600×1000.
    expect(prose).toContain(
      '<img width="1600" height="1000" src="/images/2025/visser-testdorp.jpg" alt="Sanne Visser op het podium in Testdorp" loading="lazy" decoding="async">',
    );
  });
});
