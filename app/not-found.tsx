import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = {
  title: 'Pagina niet gevonden',
  description: 'Deze pagina bestaat niet (meer) op Schaatsnieuws.',
  robots: { index: false, follow: true },
};

export default function NotFound() {
  return (
    <section className="not-found">
      <h1>Pagina niet gevonden</h1>
      <p>
        Deze pagina bestaat niet (meer). Misschien is het artikel verplaatst of is er een typfout in het adres geslopen.
      </p>
      <p>
        <Link href="/">Naar het laatste schaatsnieuws</Link>
      </p>
    </section>
  );
}
