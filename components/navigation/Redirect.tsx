type Props = { heading: string; title: string; path: string };

/**
 * A page that lives elsewhere now (an article's old slug, a list's /pagina/1/). A static
 * host cannot send a 301, so the page forwards at once with a meta refresh (which search
 * engines treat as a permanent redirect), its metadata names the target canonical, and it
 * shows a link for anyone it does not move.
 */
export function Redirect({ heading, title, path }: Props) {
  return (
    <section className="redirect">
      {/* React places this <meta> in the document head. */}
      <meta httpEquiv="refresh" content={`0; url=${path}`} />
      <h1>{heading}</h1>
      <p>
        Je vindt het nu op: <a href={path}>{title}</a>
      </p>
    </section>
  );
}
