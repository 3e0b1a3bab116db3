import Link from 'next/link';
import { paths } from '@/lib/labels';
import type { Article } from '@/lib/types';

type Props = { article: Article };

/**
 * The page at an article's old address. A static host cannot send a 301, so the page
 * forwards at once with a meta refresh (which search engines treat as a permanent
 * redirect), declares the new URL canonical, and shows a link for anyone it does not move.
 */
export function AliasRedirect({ article }: Props) {
  const target = paths.article(article.slug);
  return (
    <section className="alias-redirect">
      {/* React places this <meta> in the document head. */}
      <meta httpEquiv="refresh" content={`0; url=${target}`} />
      <h1>Dit artikel is verhuisd</h1>
      <p>
        Je vindt het nu op: <Link href={target}>{article.title}</Link>
      </p>
    </section>
  );
}
