import type { ArticleImage as ArticleImageData } from '@/lib/types';
import { ResponsivePicture } from './ResponsivePicture';

type Props = { image: ArticleImageData };

/** The column is 42rem wide from 48rem up; below that the image spans the screen. */
export const ARTICLE_IMAGE_SIZES = '(min-width: 48rem) 42rem, 100vw';

/**
 * The article's lead image with its alt text and credit. It is the page's largest element, so
 * it is fetched early and never lazily.
 */
export function ArticleImage({ image }: Props) {
  return (
    <figure className="article-image">
      <ResponsivePicture image={image} sizes={ARTICLE_IMAGE_SIZES} priority />
      {image.credit ? <figcaption>Foto: {image.credit}</figcaption> : null}
    </figure>
  );
}
