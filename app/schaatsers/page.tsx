import type { Metadata } from 'next';
import { CurrentSection } from '@/components/layout/CurrentSection';
import { AthleteDirectory } from '@/components/athlete/AthleteDirectory';
import { StatisticsLinks } from '@/components/records/StatisticsLinks';
import { paths } from '@/lib/paths';
import { pageMetadata } from '@/lib/seo/metadata';
import { getSiteModel } from '@/lib/site-model';

export const metadata: Metadata = pageMetadata({
  title: 'Schaatsers',
  description: 'Alle schaatsers over wie we schrijven, met hun nieuws en uitslagen.',
  path: paths.athletes(),
});

export default function AthletesPage() {
  const { athletes } = getSiteModel();
  return (
    <>
      <CurrentSection section="schaatsers" />
      <h1 className="page-title">Schaatsers</h1>
      <StatisticsLinks />
      <AthleteDirectory athletes={athletes} />
    </>
  );
}
