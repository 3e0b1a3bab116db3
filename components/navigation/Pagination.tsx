import type { Page } from '@/lib/pagination';

type Props = {
  page: Pick<Page<unknown>, 'number' | 'newer' | 'older' | 'numbers'>;
  /** The address of a numbered page; without a number, the list's own address. */
  pathOf: (number?: number) => string;
};

/**
 * The way between the pages of a list: newer and older articles, and page numbers (counted
 * from the oldest, highest first, with "Nieuwste" for the list's own address), with `rel`
 * hints in the head for browsers and crawlers (React 19 places the <link> elements there).
 * Nothing for a list that fits on one page.
 */
export function Pagination({ page, pathOf }: Props) {
  const newer = page.newer === undefined ? undefined : pathOf(page.newer === 'front' ? undefined : page.newer);
  const older = page.older === undefined ? undefined : pathOf(page.older);
  if (!newer && !older) return null;
  return (
    <nav aria-label="Paginering" className="pagination">
      {newer ? <link rel="prev" href={newer} /> : null}
      {older ? <link rel="next" href={older} /> : null}
      {newer ? (
        <a href={newer} rel="prev">
          ← Nieuwere artikelen
        </a>
      ) : (
        <span />
      )}
      <ol className="page-numbers">
        {page.number !== undefined ? (
          <li>
            <a href={pathOf()}>Nieuwste</a>
          </li>
        ) : null}
        {page.numbers.map((number, index) => (
          <li key={number}>
            {index > 0 && page.numbers[index - 1]! > number + 1 ? <span aria-hidden="true">… </span> : null}
            {number === page.number ? (
              <strong aria-current="page">
                <span className="visually-hidden">Pagina </span>
                {number}
              </strong>
            ) : (
              <a href={pathOf(number)}>
                <span className="visually-hidden">Pagina </span>
                {number}
              </a>
            )}
          </li>
        ))}
      </ol>
      {older ? (
        <a href={older} rel="next">
          Oudere artikelen →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
