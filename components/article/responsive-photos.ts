import { pictureOf, replaceSizedPhotos } from '@/lib/image-variants';

/** A photo in the text is as wide as the column (42rem from 48rem up), or the screen below that. */
export const TEXT_PHOTO_SIZES = '(min-width: 48rem) 42rem, 100vw';

/** A srcset as an attribute value: its URLs are the site's own, but escape as HTML would. */
function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/**
 * The photos in a piece of an article's text as <picture> elements: AVIF and WebP at the widths
 * the build writes (lib/build/image-variants.ts), the sized <img> as it was as the fallback, so
 * a phone loads a photo at its own width, as it does the lead photo.
 */
export function withResponsivePhotos(html: string): string {
  return replaceSizedPhotos(html, (photo) => {
    const sources = pictureOf(photo)
      .sources.map(
        (source) => `<source type="${source.type}" srcset="${attribute(source.srcSet)}" sizes="${TEXT_PHOTO_SIZES}">`,
      )
      .join('');
    return `<picture>${sources}${photo.tag}</picture>`;
  });
}
