import type { Metadata } from 'next';
import Link from 'next/link';
import { SearchResults } from '@/components/search/SearchResults';
import { paths } from '@/lib/labels';
import { pageMetadata } from '@/lib/seo/metadata';

export const metadata: Metadata = pageMetadata({
  title: 'Zoeken',
  description: 'Zoek in alle artikelen, schaatsers en wedstrijden van Schaatsnieuws.',
  path: paths.search(),
  // Search result pages are not for search engines' own results.
  indexable: false,
});

export default function SearchPage() {
  return (
    <>
      <h1 className="page-title">Zoeken</h1>
      <SearchResults />
      <noscript>
        <p>
          Zoeken werkt met JavaScript, dat in je browser uit staat. Alles is ook te vinden via het{' '}
          <Link href={paths.home()}>laatste nieuws</Link> en de <Link href={paths.athletes()}>schaatsers</Link>.
        </p>
      </noscript>
    </>
  );
}
