type Props = { id: string; autoFocus?: boolean };

/** A plain search form that goes to the search page: works without JavaScript, in the header and on the page. */
export function SearchForm({ id, autoFocus = false }: Props) {
  return (
    <form className="search-form" role="search" action="/zoeken/" method="get">
      <label htmlFor={id} className="visually-hidden">
        Zoeken
      </label>
      <input id={id} name="q" type="search" placeholder="Zoek schaatsers, wedstrijden, nieuws" autoFocus={autoFocus} />
      <button type="submit">Zoeken</button>
    </form>
  );
}
