import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/navigation/Breadcrumbs';
import { SiteIndex } from '@/components/navigation/SiteIndex';
import { paths } from '@/lib/paths';
import { pageMetadata } from '@/lib/seo/metadata';
import { authorIndex } from '@/lib/site-index';
import { getSiteModel } from '@/lib/site-model';

export const metadata: Metadata = pageMetadata({
  title: 'Auteurs',
  description: 'De redacteuren en columnisten van Schaatsnieuws, met hun artikelen.',
  path: paths.authors(),
});

export default function AuthorsPage() {
  return (
    <>
      <Breadcrumbs
        trail={[
          { name: 'Voorpagina', path: paths.home() },
          { name: 'Auteurs', path: paths.authors() },
        ]}
      />
      <h1 className="page-title">Auteurs</h1>
      <SiteIndex entries={authorIndex(getSiteModel())} emptyText="Nog geen auteurs." />
    </>
  );
}
