import type { Metadata } from 'next';
import { SearchResults } from '@/components/search/SearchResults';
import { paths } from '@/lib/paths';
import { searchPartBundles } from '@/lib/search-parts';
import { getSiteModel } from '@/lib/site-model';
import { pageMetadata } from '@/lib/seo/metadata';

export const metadata: Metadata = pageMetadata({
  title: 'Zoeken',
  description: 'Zoek in alle artikelen, schaatsers en wedstrijden van Schaatsnieuws.',
  path: paths.search(),
  // Search result pages are not for search engines' own results.
  indexable: false,
});

export default function SearchPage() {
  const indexParts = searchPartBundles(getSiteModel().articles.map((article) => article.slug));
  return (
    <>
      <h1 className="page-title">Zoeken</h1>
      <SearchResults indexParts={indexParts} />
      <noscript>
        <p>
          Zoeken werkt met JavaScript, dat in je browser uit staat. Alles is ook te vinden via het{' '}
          <a href={paths.home()}>laatste nieuws</a> en de <a href={paths.athletes()}>schaatsers</a>.
        </p>
      </noscript>
    </>
  );
}
