import type { ReactNode } from 'react';

type Props = { facts: { term: string; detail: ReactNode }[] };

/** The facts of a profile (land, born, dates, venue) as a description list; facts without detail are left out. */
export function ProfileFacts({ facts }: Props) {
  const shown = facts.filter((fact) => fact.detail !== undefined && fact.detail !== null && fact.detail !== '');
  if (shown.length === 0) return null;
  return (
    <dl className="profile-facts">
      {shown.map((fact) => (
        <div key={fact.term}>
          {/* A space between term and detail: text read without the layout (Pagefind's index, a
              screen reader's plain text) keeps them apart ("Land Nederland", not "LandNederland"). */}
          <dt>{fact.term}</dt> <dd>{fact.detail}</dd>
        </div>
      ))}
    </dl>
  );
}
