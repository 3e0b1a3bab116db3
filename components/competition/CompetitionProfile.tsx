import { ProfileFacts } from '@/components/profile/ProfileFacts';
import { CountryLabel } from '@/components/results/CountryLabel';
import { formatDayNl } from '@/lib/dates';
import type { Competition } from '@/lib/types';

type Props = { competition: Competition };

/** A competition's header: name, its days, where it is held, and its description. */
export function CompetitionProfile({ competition }: Props) {
  const days = (
    <>
      <time dateTime={competition.start}>{formatDayNl(competition.start)}</time>
      {competition.end !== competition.start ? (
        <>
          {' '}
          tot en met <time dateTime={competition.end}>{formatDayNl(competition.end)}</time>
        </>
      ) : null}
    </>
  );
  const place = (
    <>
      {competition.venue ? `${competition.venue}, ` : ''}
      {competition.location}
      {competition.country ? (
        <>
          {' '}
          (<CountryLabel code={competition.country} />)
        </>
      ) : null}
    </>
  );
  return (
    <header className="profile" data-pagefind-body>
      <h1 className="page-title">{competition.name}</h1>
      <ProfileFacts
        facts={[
          { term: 'Datum', detail: days },
          { term: 'Plaats', detail: place },
        ]}
      />
      {/* Sanitised by the Markdown pipeline. */}
      {competition.descriptionHtml ? (
        <div className="prose" dangerouslySetInnerHTML={{ __html: competition.descriptionHtml }} />
      ) : null}
    </header>
  );
}
