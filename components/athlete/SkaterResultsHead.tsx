/**
 * The column heads of a skater's results tables (her results by season, her other results):
 * place, what was skated, time and record, in the order ResultsRow fills them.
 */
export function SkaterResultsHead({ race }: { race: string }) {
  return (
    <thead>
      <tr>
        <th scope="col" className="num">
          Plaats
        </th>
        <th scope="col">{race}</th>
        <th scope="col" className="num">
          Tijd
        </th>
        <th scope="col">Record</th>
      </tr>
    </thead>
  );
}
