import { CountryLabel } from '@/components/results/CountryLabel';
import type { Competition } from '@/lib/types';

type Props = { competition: Competition };

/** Where a competition is held: "Utah Olympic Oval, Salt Lake City (Verenigde Staten USA)". */
export function CompetitionPlace({ competition }: Props) {
  return (
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
}
