import type { Metadata } from 'next';
import { CurrentSection } from '@/components/layout/CurrentSection';
import { Breadcrumbs } from '@/components/navigation/Breadcrumbs';
import { CompetitionIndex } from '@/components/competition/CompetitionIndex';
import { paths } from '@/lib/paths';
import { pageMetadata } from '@/lib/seo/metadata';
import { competitionsBySeason } from '@/lib/site-index';
import { getSiteModel } from '@/lib/site-model';

export const metadata: Metadata = pageMetadata({
  title: 'Wedstrijden',
  description: 'Alle schaatswedstrijden waarover Schaatsnieuws schrijft, per seizoen.',
  path: paths.competitions(),
});

export default function CompetitionsPage() {
  return (
    <>
      <CurrentSection section="kalender" />
      <Breadcrumbs
        trail={[
          { name: 'Voorpagina', path: paths.home() },
          { name: 'Wedstrijden', path: paths.competitions() },
        ]}
      />
      <h1 className="page-title">Wedstrijden</h1>
      <p>
        Wat eraan komt, om in je agenda te zetten: de <a href={paths.calendar()}>schaatskalender</a>.
      </p>
      <CompetitionIndex seasons={competitionsBySeason(getSiteModel().competitions)} />
    </>
  );
}
