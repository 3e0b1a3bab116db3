import type { Block, RecordMarker } from '@/lib/types';
import { ResultsTable } from '../results/ResultsTable';
import { Quote } from './Quote';
import { withResponsivePhotos } from './responsive-photos';

type Props = {
  blocks: Block[];
  /**
   * Photos in the text as <picture> with the build's variants. Not in feeds (readers take the
   * photo itself), nor on the development server, which has no variants.
   */
  responsivePhotos?: boolean;
  /** By block index: the markers the site's history gives a results table's rows (lib/page-data.ts). */
  computedMarkers?: Readonly<Record<number, readonly (readonly RecordMarker[])[]>>;
};

/** Walks an article's blocks in order and renders each with its component. */
export function ArticleBody({ blocks, responsivePhotos = true, computedMarkers = {} }: Props) {
  const withVariants = responsivePhotos && process.env.NODE_ENV !== 'development';
  return (
    <div className="article-body">
      {blocks.map((block, index) => {
        switch (block.kind) {
          case 'prose':
            // Sanitised by the Markdown pipeline (lib/markdown/processor.ts) before it got here.
            return (
              <div
                className="prose"
                key={index}
                dangerouslySetInnerHTML={{ __html: withVariants ? withResponsivePhotos(block.html) : block.html }}
              />
            );
          case 'quote':
            return <Quote key={index} quote={block} />;
          case 'results':
            return <ResultsTable key={index} results={block} computedMarkers={computedMarkers[index]} />;
        }
      })}
    </div>
  );
}
