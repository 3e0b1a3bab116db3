import type { Metadata } from 'next';
import { CurrentSection } from '@/components/layout/CurrentSection';
import { Breadcrumbs } from '@/components/navigation/Breadcrumbs';
import { JsonLd } from '@/components/seo/JsonLd';
import { WorldCupIndex } from '@/components/worldcup/WorldCupIndex';
import { worldCupTrail } from '@/lib/navigation';
import { worldCupIndexData } from '@/lib/page-data';
import { paths } from '@/lib/paths';
import { pageMetadata } from '@/lib/seo/metadata';
import { breadcrumbJsonLd } from '@/lib/seo/structured-data';
import { getSiteModel } from '@/lib/site-model';

export const metadata: Metadata = pageMetadata({
  title: 'Wereldbeker',
  description: 'De wereldbekerklassementen per seizoen, afstand en categorie, berekend uit de uitslagen op deze site.',
  path: paths.worldCup(),
});

export default function WorldCupPage() {
  const data = worldCupIndexData(getSiteModel());
  const trail = worldCupTrail();
  return (
    <>
      <CurrentSection section="kalender" />
      <JsonLd data={breadcrumbJsonLd(trail)} />
      <Breadcrumbs trail={trail} />
      <h1 className="page-title">Wereldbeker</h1>
      <WorldCupIndex data={data} />
    </>
  );
}
