import type { ArticleImage as ArticleImageData } from '@/lib/types';

type Props = { image: ArticleImageData };

/** The article's lead image with its alt text and credit. */
export function ArticleImage({ image }: Props) {
  return (
    <figure className="article-image">
      {/* A plain img: the static export has no image server; the file is served as the editor added it. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img src={image.src} alt={image.alt} decoding="async" />
      {image.credit ? <figcaption>Foto: {image.credit}</figcaption> : null}
    </figure>
  );
}
