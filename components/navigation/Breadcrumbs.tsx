type Props = { trail: { name: string; path: string }[] };

/** Where a page sits in the site; the last step is the page itself. */
export function Breadcrumbs({ trail }: Props) {
  return (
    <nav aria-label="Kruimelpad" className="breadcrumbs">
      <ol>
        {trail.map((step, index) => (
          <li key={step.path}>
            {index === trail.length - 1 ? (
              <span aria-current="page">{step.name}</span>
            ) : (
              <a href={step.path}>{step.name}</a>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
