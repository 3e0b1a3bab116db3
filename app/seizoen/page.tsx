import type { Metadata } from 'next';
import { CurrentSection } from '@/components/layout/CurrentSection';
import { Breadcrumbs } from '@/components/navigation/Breadcrumbs';
import { SeasonIndex } from '@/components/records/SeasonIndex';
import { StatisticsNote } from '@/components/records/StatisticsNote';
import { JsonLd } from '@/components/seo/JsonLd';
import { seasonsTrail } from '@/lib/navigation';
import { paths } from '@/lib/paths';
import { seasonIndex } from '@/lib/record-pages';
import { pageMetadata } from '@/lib/seo/metadata';
import { breadcrumbJsonLd } from '@/lib/seo/structured-data';
import { getSiteModel } from '@/lib/site-model';

export const metadata: Metadata = pageMetadata({
  title: 'Seizoenslijsten',
  description: 'De beste tijden per afstand van elk seizoen, uit de uitslagen op Schaatsnieuws.',
  path: paths.seasons(),
});

// The index a reader finds by shortening /seizoen/<seizoen>/, as the other index pages.
export default function SeasonsPage() {
  const trail = seasonsTrail();
  return (
    <>
      <CurrentSection section="schaatsers" />
      <JsonLd data={[breadcrumbJsonLd(trail)]} />
      <Breadcrumbs trail={trail} />
      <h1 className="page-title">Seizoenslijsten</h1>
      <p>De tien beste tijden per afstand van elk seizoen, iedere schaatser één keer met haar of zijn snelste tijd.</p>
      <StatisticsNote />
      <SeasonIndex seasons={seasonIndex(getSiteModel().races)} />
    </>
  );
}
