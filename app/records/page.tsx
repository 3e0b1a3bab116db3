import type { Metadata } from 'next';
import { CurrentSection } from '@/components/layout/CurrentSection';
import { Breadcrumbs } from '@/components/navigation/Breadcrumbs';
import { RecordsOverview } from '@/components/records/RecordsOverview';
import { StatisticsNote } from '@/components/records/StatisticsNote';
import { JsonLd } from '@/components/seo/JsonLd';
import { recordsTrail } from '@/lib/navigation';
import { paths } from '@/lib/paths';
import { recordsPageData } from '@/lib/record-pages';
import { pageMetadata } from '@/lib/seo/metadata';
import { breadcrumbJsonLd } from '@/lib/seo/structured-data';
import { getSiteModel } from '@/lib/site-model';

export const metadata: Metadata = pageMetadata({
  title: 'Records',
  description: 'Wereldrecords, Nederlandse records en baanrecords per afstand, uit de uitslagen op Schaatsnieuws.',
  path: paths.records(),
});

// No parameters: rendered on every build, so it needs no page data to fingerprint.
export default function RecordsPage() {
  const trail = recordsTrail();
  return (
    <>
      <CurrentSection section="schaatsers" />
      <JsonLd data={[breadcrumbJsonLd(trail)]} />
      <Breadcrumbs trail={trail} />
      <h1 className="page-title">Records</h1>
      <StatisticsNote />
      <p>
        Ook: de <a href={paths.seasons()}>seizoenslijsten</a> en de <a href={paths.adelskalender()}>Adelskalender</a>.
      </p>
      <RecordsOverview records={recordsPageData(getSiteModel())} />
    </>
  );
}
