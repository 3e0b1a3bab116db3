type Props = { title: string; url: string };

/** Plain share links: no third-party scripts, nothing loads until the reader chooses. */
export function ShareLinks({ title, url }: Props) {
  const text = encodeURIComponent(title);
  const link = encodeURIComponent(url);
  const targets = [
    { name: 'WhatsApp', href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
    { name: 'X', href: `https://x.com/intent/post?text=${text}&url=${link}` },
    { name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${link}` },
    { name: 'e-mail', href: `mailto:?subject=${text}&body=${link}` },
  ];
  return (
    // Not in the search index: the same on every article.
    <section className="share" aria-labelledby="delen" data-pagefind-ignore="all">
      <h2 id="delen">Delen</h2>
      <ul>
        {targets.map((target) => (
          <li key={target.name}>
            <a href={target.href} rel="noopener noreferrer">
              Deel via {target.name}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
