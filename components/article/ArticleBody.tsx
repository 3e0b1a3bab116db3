import type { Block } from '@/lib/types';
import { ResultsTable } from '../results/ResultsTable';
import { Quote } from './Quote';

type Props = { blocks: Block[] };

/** Walks an article's blocks in order and renders each with its component. */
export function ArticleBody({ blocks }: Props) {
  return (
    <div className="article-body">
      {blocks.map((block, index) => {
        switch (block.kind) {
          case 'prose':
            // Sanitised by the Markdown pipeline (lib/markdown/processor.ts) before it got here.
            return <div className="prose" key={index} dangerouslySetInnerHTML={{ __html: block.html }} />;
          case 'quote':
            return <Quote key={index} quote={block} />;
          case 'results':
            return <ResultsTable key={index} results={block} />;
        }
      })}
    </div>
  );
}
