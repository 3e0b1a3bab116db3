import { pictureOf } from '@/lib/image-variants';
import type { ArticleImage } from '@/lib/types';

type Props = {
  image: ArticleImage;
  /** How wide the picture is shown, for the browser's choice of width (the `sizes` attribute). */
  sizes: string;
  /** The page's largest picture: fetched first, never lazily. Otherwise it loads when scrolled near. */
  priority?: boolean;
  /** Empty for a picture beside a title that says it all (a list's thumbnail). */
  alt?: string;
};

/**
 * An article's photo as a <picture>: AVIF and WebP at several widths, the browser picking the
 * first format it reads and the width its screen needs, and the <img> a JPEG (or PNG)
 * fallback. The build writes those files (lib/build/image-variants.ts, a step of
 * scripts/after-build.ts); the development server has not, so it shows the original. Width
 * and height reserve the picture's space before it loads.
 */
export function ResponsivePicture({ image, sizes, priority = false, alt = image.alt }: Props) {
  const development = process.env.NODE_ENV === 'development';
  const picture = development ? undefined : pictureOf(image);
  const fallback = picture?.fallback ?? { url: image.src, width: image.width, height: image.height };
  const img = (
    // A plain img: the static export has no image server; the build writes the variants.
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={fallback.url}
      width={fallback.width}
      height={fallback.height}
      alt={alt}
      decoding="async"
      {...(priority ? { fetchPriority: 'high' as const } : { loading: 'lazy' as const })}
    />
  );
  if (!picture) return img;
  return (
    <picture>
      {picture.sources.map((source) => (
        <source key={source.format} type={source.type} srcSet={source.srcSet} sizes={sizes} />
      ))}
      {img}
    </picture>
  );
}
