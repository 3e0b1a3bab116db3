import { paths } from '@/lib/paths';
import type { QuoteBlock } from '@/lib/types';

type Props = { quote: QuoteBlock };

/** A quote from the body: the words in a blockquote, who said it (linked when a known skater) and where. */
export function Quote({ quote }: Props) {
  const speaker = quote.speaker ? <a href={paths.athlete(quote.speaker.slug)}>{quote.by}</a> : quote.by;
  // Where a quote was said: the source's name, linked when there is an address; an address alone is shown as "bron".
  const source = quote.cite ? <a href={quote.cite}>{quote.source ?? 'bron'}</a> : quote.source;
  return (
    <figure className="quote">
      {/* The HTML was sanitised by the Markdown pipeline (lib/markdown/processor.ts). */}
      <blockquote cite={quote.cite} dangerouslySetInnerHTML={{ __html: quote.html }} />
      <figcaption>
        {speaker}
        {quote.source ? <> op {source}</> : source ? <> ({source})</> : null}
      </figcaption>
    </figure>
  );
}
