/**
 * A country's code again, after a name: shown only where the table is too narrow for its
 * country column (decision 25), and left out of the search index, which has the column.
 */
export function FoldedCountry({ code }: { code?: string }) {
  return code ? (
    <span className="results-folded-country" data-pagefind-ignore>
      {' '}
      {code}
    </span>
  ) : null;
}
