import { ProfileFacts } from '@/components/profile/ProfileFacts';
import { CompetitionPlace } from './CompetitionPlace';
import { DayRange } from './DayRange';
import type { Competition } from '@/lib/types';

type Props = { competition: Competition };

/** A competition's header: name, its days, where it is held, and its description. */
export function CompetitionProfile({ competition }: Props) {
  return (
    <header className="profile" data-pagefind-body>
      <h1 className="page-title">{competition.name}</h1>
      <ProfileFacts
        facts={[
          { term: 'Datum', detail: <DayRange start={competition.start} end={competition.end} /> },
          { term: 'Plaats', detail: <CompetitionPlace competition={competition} /> },
        ]}
      />
      {/* Sanitised by the Markdown pipeline. */}
      {competition.descriptionHtml ? (
        <div className="prose" dangerouslySetInnerHTML={{ __html: competition.descriptionHtml }} />
      ) : null}
    </header>
  );
}
