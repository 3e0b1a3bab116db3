import Link from 'next/link';

type Props = { page: number; count: number; pathOf: (page: number) => string };

/**
 * Previous and next links between the pages of a list, with `rel` hints in the head for
 * browsers and crawlers (React 19 places the <link> elements there). Nothing for one page.
 */
export function Pagination({ page, count, pathOf }: Props) {
  if (count <= 1) return null;
  const previous = page > 1 ? pathOf(page - 1) : undefined;
  const next = page < count ? pathOf(page + 1) : undefined;
  return (
    <nav aria-label="Paginering" className="pagination">
      {previous ? <link rel="prev" href={previous} /> : null}
      {next ? <link rel="next" href={next} /> : null}
      {previous ? (
        <Link href={previous} rel="prev">
          ← Nieuwere artikelen
        </Link>
      ) : (
        <span />
      )}
      <span>
        Pagina {page} van {count}
      </span>
      {next ? (
        <Link href={next} rel="next">
          Oudere artikelen →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
