import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/seo/metadata';

export const metadata: Metadata = pageMetadata({
  title: 'Pagina niet gevonden',
  description: 'Deze pagina bestaat niet (meer) op Schaatsnieuws.',
  indexable: false,
});

export default function NotFound() {
  return (
    <section className="not-found">
      <h1>Pagina niet gevonden</h1>
      <p>
        Deze pagina bestaat niet (meer). Misschien is het artikel verplaatst of is er een typfout in het adres geslopen.
      </p>
      <p>
        <a href="/">Naar het laatste schaatsnieuws</a>
      </p>
    </section>
  );
}
