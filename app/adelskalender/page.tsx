import type { Metadata } from 'next';
import { CurrentSection } from '@/components/layout/CurrentSection';
import { Breadcrumbs } from '@/components/navigation/Breadcrumbs';
import { AdelskalenderTable } from '@/components/records/AdelskalenderTable';
import { StatisticsNote } from '@/components/records/StatisticsNote';
import { JsonLd } from '@/components/seo/JsonLd';
import { adelskalenderTrail } from '@/lib/navigation';
import { paths } from '@/lib/paths';
import { adelskalenderPageData } from '@/lib/record-pages';
import { pageMetadata } from '@/lib/seo/metadata';
import { breadcrumbJsonLd } from '@/lib/seo/structured-data';
import { getSiteModel } from '@/lib/site-model';

export const metadata: Metadata = pageMetadata({
  title: 'Adelskalender',
  description: 'Schaatsers gerangschikt naar de samalogpunten van hun persoonlijke records op vier afstanden.',
  path: paths.adelskalender(),
});

export default function AdelskalenderPage() {
  const trail = adelskalenderTrail();
  const { categories } = adelskalenderPageData(getSiteModel());
  return (
    <>
      <CurrentSection section="schaatsers" />
      <JsonLd data={[breadcrumbJsonLd(trail)]} />
      <Breadcrumbs trail={trail} />
      <h1 className="page-title">Adelskalender</h1>
      <p>
        De ranglijst van de persoonlijke records op de vier afstanden van de grote vierkamp: voor vrouwen 500, 1500,
        3000 en 5000 meter, voor mannen 500, 1500, 5000 en 10.000 meter. Per afstand telt de tijd in seconden per 500
        meter, afgekapt op drie decimalen (1.42,56 op de 1500 meter is 34,186 punten). Wie de minste punten heeft, staat
        bovenaan; alleen schaatsers met een tijd op alle vier afstanden staan erin.
      </p>
      <StatisticsNote />
      {categories.map((category) => (
        <AdelskalenderTable key={category.sex} category={category} />
      ))}
    </>
  );
}
