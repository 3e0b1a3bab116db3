const INPUT_ID = 'zoekterm';

/**
 * Where the search happens: Pagefind's UI over the static index that `npm run build` writes
 * to /pagefind/, started by the plain script /scripts/zoeken.js (no React on the client: the
 * site ships no framework runtime). Loaded on this page only, so the rest of the site ships
 * none of it. `indexParts`: the parts of a large archive's index that the script merges with
 * the main one (lib/search-parts.ts).
 */
export function SearchResults({ indexParts = [] }: { indexParts?: readonly string[] }) {
  return (
    <>
      <label htmlFor={INPUT_ID} className="search-label">
        Zoek in artikelen, schaatsers en wedstrijden
      </label>
      <div
        id="zoekresultaten"
        data-input-id={INPUT_ID}
        {...(indexParts.length > 0 ? { 'data-index-parts': indexParts.join(' ') } : {})}
        className="search-results"
      />
      <p id="zoeken-mislukt" role="alert" hidden>
        Zoeken lukt nu niet: de zoekindex kon niet worden geladen.
      </p>
      <script src="/scripts/zoeken.js" defer />
    </>
  );
}
