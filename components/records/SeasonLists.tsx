import { DISTANCE_LABELS } from '@/lib/labels';
import type { SeasonPageData } from '@/lib/record-pages';
import { RecordTable } from './RecordTable';

type Props = { data: SeasonPageData };

/** A season's best times: a ranked table per distance and category, each skater once. */
export function SeasonLists({ data }: Props) {
  if (data.lists.length === 0) return <p>Nog geen tijden van seizoen {data.season.label} op deze site.</p>;
  return (
    <>
      {data.lists.map(({ distance, sex, entries }) => {
        const name = `${DISTANCE_LABELS[distance]} ${sex}`;
        const id = `${distance}-${sex}`;
        return (
          <section key={id} aria-labelledby={id}>
            <h2 id={id}>{name}</h2>
            <RecordTable
              id={`tabel-${id}`}
              caption={`Seizoensbeste tijden ${name}, ${data.season.label}`}
              entries={entries}
              kind="ranked"
            />
          </section>
        );
      })}
    </>
  );
}
