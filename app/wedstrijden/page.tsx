import { indexRoute } from '@/app/_lists/index-route';
import { CompetitionIndex } from '@/components/competition/CompetitionIndex';
import { paths } from '@/lib/paths';
import { competitionsBySeason } from '@/lib/site-index';

const route = indexRoute({
  title: 'Wedstrijden',
  description: 'Alle schaatswedstrijden waarover Schaatsnieuws schrijft, per seizoen.',
  path: paths.competitions(),
  section: 'kalender',
  render: (model) => (
    <>
      <p>
        Wat eraan komt, om in je agenda te zetten: de <a href={paths.calendar()}>schaatskalender</a>.
      </p>
      <CompetitionIndex seasons={competitionsBySeason(model.competitions)} />
    </>
  ),
});
export const metadata = route.metadata;
export default route.Page;
