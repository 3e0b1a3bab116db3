import { pictureOf } from '@/lib/image-variants';
import type { ArticleImage as ArticleImageData } from '@/lib/types';

type Props = { image: ArticleImageData };

/** The column is 42rem wide from 48rem up; below that the image spans the screen. */
export const ARTICLE_IMAGE_SIZES = '(min-width: 48rem) 42rem, 100vw';

/**
 * The article's lead image with its alt text and credit, as a <picture>: AVIF and WebP at
 * several widths, the browser picking the first format it reads and the width its screen needs,
 * and the <img> a JPEG (or PNG) fallback. The build writes those files (lib/build/image-variants.ts,
 * a step of scripts/after-build.ts); the development server has not, so it shows the original.
 * Width and height reserve the image's space before it loads; it is the page's largest element,
 * so it is fetched early and never lazily.
 */
export function ArticleImage({ image }: Props) {
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
      alt={image.alt}
      decoding="async"
      fetchPriority="high"
    />
  );
  return (
    <figure className="article-image">
      {picture ? (
        <picture>
          {picture.sources.map((source) => (
            <source key={source.format} type={source.type} srcSet={source.srcSet} sizes={ARTICLE_IMAGE_SIZES} />
          ))}
          {img}
        </picture>
      ) : (
        img
      )}
      {image.credit ? <figcaption>Foto: {image.credit}</figcaption> : null}
    </figure>
  );
}
