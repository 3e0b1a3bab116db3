/**
 * The responsive variants of an article image: which widths and formats the build writes and
 * where, and how a page asks for them. Pure (no I/O): the component (ArticleImage) and the
 * generator (lib/build/image-variants.ts) both read this one list, so they cannot disagree.
 */

/** Widths offered to browsers; an original is never enlarged and never served wider than the last. */
export const VARIANT_WIDTHS = [480, 800, 1200, 1600] as const;
export const MAX_VARIANT_WIDTH = 1600;

/** The folder of the export the variants are written to. */
export const VARIANT_ROOT = '/_images';

/** Modern formats for every width, in the order a page offers them (a browser takes the first it reads). */
export const MODERN_FORMATS = ['avif', 'webp'] as const;

export type ModernFormat = (typeof MODERN_FORMATS)[number];
export type FallbackFormat = 'jpeg' | 'png';
export type VariantFormat = ModernFormat | FallbackFormat;

export type ImageVariant = {
  format: VariantFormat;
  width: number;
  height: number;
  /** Site path of the variant, e.g. /_images/2025/foto-800.avif (also its file under the export). */
  url: string;
};

const EXTENSIONS: Record<VariantFormat, string> = { avif: 'avif', webp: 'webp', jpeg: 'jpg', png: 'png' };

export const MIME_TYPES: Record<VariantFormat, string> = {
  avif: 'image/avif',
  webp: 'image/webp',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

/**
 * The fallback keeps the original's kind: PNG for a .png (it may be a graphic or transparent),
 * JPEG for everything else.
 */
export function fallbackFormat(src: string): FallbackFormat {
  return /\.png$/i.test(src) ? 'png' : 'jpeg';
}

/** The widths written for an original this wide: the standard widths below it, and itself (at most 1600). */
export function variantWidths(originalWidth: number): number[] {
  const largest = Math.min(Math.round(originalWidth), MAX_VARIANT_WIDTH);
  const widths = VARIANT_WIDTHS.filter((width) => width < largest);
  return [...widths, largest];
}

/**
 * Every variant of the image at `src` (its site path, such as /images/2025/foto.jpg) with this
 * intrinsic size: AVIF and WebP at each width, smallest first, then the fallback in the
 * original's kind at the largest width (always last).
 */
export function imageVariants(src: string, size: { width: number; height: number }): ImageVariant[] {
  const widths = variantWidths(size.width);
  const heightAt = (width: number) => Math.max(1, Math.round((width * size.height) / size.width));
  const variant = (format: VariantFormat, width: number): ImageVariant => ({
    format,
    width,
    height: heightAt(width),
    url: variantUrl(src, width, format),
  });
  const largest = widths[widths.length - 1] ?? MAX_VARIANT_WIDTH;
  return [
    ...MODERN_FORMATS.flatMap((format) => widths.map((width) => variant(format, width))),
    variant(fallbackFormat(src), largest),
  ];
}

/**
 * /images/2025/foto.jpg at 800 wide as AVIF is /_images/2025/foto-800.avif: keyed by the
 * source's path (without the /images/ every editor uses) and the width.
 */
export function variantUrl(src: string, width: number, format: VariantFormat): string {
  const relative = src.replace(/^\/images\//, '/');
  const withoutExtension = relative.replace(/\.[^./]+$/, '');
  return `${VARIANT_ROOT}${withoutExtension}-${width}.${EXTENSIONS[format]}`;
}

export type Picture = {
  /** `srcset` per modern format, widest last (`/_images/...-480.avif 480w, ...`). */
  sources: { format: ModernFormat; type: string; srcSet: string }[];
  /** The `<img>`'s own file: the fallback, at the largest width. */
  fallback: ImageVariant;
};

/** What a `<picture>` needs for this image: a source per modern format and the fallback. */
export function pictureOf(image: { src: string; width: number; height: number }): Picture {
  const variants = imageVariants(image.src, image);
  const fallback = variants[variants.length - 1];
  if (!fallback) throw new Error(`unreachable: ${image.src} has no variants`);
  return {
    sources: MODERN_FORMATS.map((format) => ({
      format,
      type: MIME_TYPES[format],
      srcSet: variants
        .filter((variant) => variant.format === format)
        .map((variant) => `${srcSetUrl(variant.url)} ${variant.width}w`)
        .join(', '),
    })),
    fallback,
  };
}

/** A URL as it may stand in a srcset, where a comma or space would end it. */
function srcSetUrl(url: string): string {
  return encodeURI(url).replace(/,/g, '%2C');
}

/** A photo in an article's text as the loader sized it (lib/content/inline-images.ts). */
const SIZED_PHOTO = /<img width="(\d+)" height="(\d+)" src="(\/[^"]*)"[^>]*>/g;

export type SizedPhoto = { tag: string; src: string; width: number; height: number };

/**
 * The photos in a piece of an article's text as the loader sized them (`<img width="…"
 * height="…" src="/…"`): the site path and size that name their variants. Only the site's own
 * images, with a size.
 */
export function sizedPhotosIn(html: string): SizedPhoto[] {
  return [...html.matchAll(SIZED_PHOTO)].map(photoOf);
}

/** The text with each sized photo's tag replaced by what `replace` makes of it. */
export function replaceSizedPhotos(html: string, replace: (photo: SizedPhoto) => string): string {
  return html.replace(SIZED_PHOTO, (...match: string[]) => replace(photoOf(match as unknown as RegExpMatchArray)));
}

function photoOf(match: RegExpMatchArray): SizedPhoto {
  return { tag: match[0], src: sitePathOf(match[3]!), width: Number(match[1]), height: Number(match[2]) };
}

/** The file path a `src` attribute names: HTML character references and %-escapes undone. */
export function sitePathOf(src: string): string {
  const text = src
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&amp;/g, '&');
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}
