import type { Block } from '../types';
import { sitePathOf } from '../image-variants';
import { readImageInfo, type ImageInfo } from './images';

/**
 * Images in an article's text (Markdown `![alt](/images/…)`) get their intrinsic width and
 * height, read from the file under public/, so the browser keeps their space before they
 * arrive and the text below does not jump (CLS 0). Done after parsing, on the sanitised HTML,
 * rather than inside it: parsed bodies are cached by their text, and a photo replaced under
 * the same name must not keep the old size.
 */

// hast-util-to-html writes `src` first and escapes quotes inside attribute values, so a site image
// is always `<img src="/…"`; other images (none are allowed in text but site ones) are left alone.
const SITE_IMAGE = /<img src="(\/[^"]*)"/g;

export function sizeInlineImages(html: string, sizeOf: (src: string) => ImageInfo | undefined): string {
  if (!html.includes('<img')) return html;
  return html.replace(SITE_IMAGE, (tag, src: string) => {
    const size = sizeOf(sitePathOf(src));
    return size ? `<img width="${size.width}" height="${size.height}" src="${src}"` : tag;
  });
}

/** Sizes read from files under `publicDir`, each file once; undefined for what cannot be read. */
export function imageSizeReader(publicDir: string): (src: string) => ImageInfo | undefined {
  const sizes = new Map<string, ImageInfo | undefined>();
  return (src) => {
    if (!sizes.has(src)) {
      const info = readImageInfo(src, publicDir);
      sizes.set(src, info.ok ? { width: info.width, height: info.height } : undefined);
    }
    return sizes.get(src);
  };
}

export function sizeImagesInBlocks(blocks: Block[], sizeOf: (src: string) => ImageInfo | undefined): Block[] {
  return blocks.map((block) =>
    block.kind === 'prose' ? { ...block, html: sizeInlineImages(block.html, sizeOf) } : block,
  );
}
