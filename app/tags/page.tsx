import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/navigation/Breadcrumbs';
import { SiteIndex } from '@/components/navigation/SiteIndex';
import { paths } from '@/lib/paths';
import { pageMetadata } from '@/lib/seo/metadata';
import { tagIndex } from '@/lib/site-index';
import { getSiteModel } from '@/lib/site-model';

export const metadata: Metadata = pageMetadata({
  title: 'Onderwerpen',
  description: 'Alle onderwerpen waarover Schaatsnieuws schrijft.',
  path: paths.tags(),
});

export default function TagsPage() {
  return (
    <>
      <Breadcrumbs
        trail={[
          { name: 'Voorpagina', path: paths.home() },
          { name: 'Onderwerpen', path: paths.tags() },
        ]}
      />
      <h1 className="page-title">Onderwerpen</h1>
      <SiteIndex entries={tagIndex(getSiteModel())} emptyText="Nog geen onderwerpen." />
    </>
  );
}
