import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/navigation/Breadcrumbs';
import { SiteIndex } from '@/components/navigation/SiteIndex';
import { paths } from '@/lib/paths';
import { pageMetadata } from '@/lib/seo/metadata';
import { categoryIndex } from '@/lib/site-index';
import { getSiteModel } from '@/lib/site-model';

export const metadata: Metadata = pageMetadata({
  title: 'Rubrieken',
  description: 'Alle rubrieken van Schaatsnieuws: nieuws, uitslagen, columns, interviews en achtergrond.',
  path: paths.categories(),
});

export default function CategoriesPage() {
  return (
    <>
      <Breadcrumbs
        trail={[
          { name: 'Voorpagina', path: paths.home() },
          { name: 'Rubrieken', path: paths.categories() },
        ]}
      />
      <h1 className="page-title">Rubrieken</h1>
      <SiteIndex entries={categoryIndex(getSiteModel())} emptyText="Nog geen rubrieken." />
    </>
  );
}
