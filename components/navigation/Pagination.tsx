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
        <a href={previous} rel="prev">
          ← Nieuwere artikelen
        </a>
      ) : (
        <span />
      )}
      <span>
        Pagina {page} van {count}
      </span>
      {next ? (
        <a href={next} rel="next">
          Oudere artikelen →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
