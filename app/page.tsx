import type { Metadata } from 'next';
import { ArticleCard } from '@/components/article/ArticleCard';
import { ArticleList } from '@/components/article/ArticleList';
import { ComingCompetitions } from '@/components/home/ComingCompetitions';
import { LeadStory } from '@/components/home/LeadStory';
import { PublishedResultsList } from '@/components/results/PublishedResultsList';
import { JsonLd } from '@/components/seo/JsonLd';
import { siteConfig } from '@/lib/config';
import { frontPage } from '@/lib/front-page';
import { CATEGORY_LABELS } from '@/lib/labels';
import { dayInSiteZone } from '@/lib/calendar/days';
import { isComing } from '@/lib/calendar/seasons';
import { paths } from '@/lib/paths';
import { pageMetadata } from '@/lib/seo/metadata';
import { organizationJsonLd, webSiteJsonLd } from '@/lib/seo/structured-data';
import { getSiteModel } from '@/lib/site-model';

export const metadata: Metadata = pageMetadata({
  title: `${siteConfig.name}: ${siteConfig.tagline.toLowerCase()}`,
  completeTitle: true,
  description:
    'Nieuws, uitslagen en achtergronden over langebaanschaatsen: wereldbekers, kampioenschappen en de schaatsers.',
  path: paths.home(),
});

/** The front page: the lead story, the latest news, a section per category, the latest column, results and what is coming. */
export default function HomePage() {
  const model = getSiteModel();
  const { lead, latest, column, sections } = frontPage(model);
  const today = dayInSiteZone(model.builtAt);
  const coming = model.competitions.filter((competition) => isComing(competition, today)).slice(0, 5);
  return (
    <>
      <JsonLd data={[webSiteJsonLd(), organizationJsonLd()]} />
      <h1 className="visually-hidden">{siteConfig.name}: het laatste schaatsnieuws</h1>
      <div className="front-page">
        <div className="front-main">
          {lead ? <LeadStory article={lead} /> : <p>Nog geen artikelen.</p>}
          <section aria-labelledby="laatste-nieuws">
            <h2 id="laatste-nieuws">Laatste nieuws</h2>
            <ArticleList articles={latest} headingLevel={3} emptyText="Meer nieuws volgt." thumbnails />
            <p>
              <a href={paths.archive()}>Alle nieuws</a>
            </p>
          </section>
          {sections.map(({ category, articles }) => (
            <section key={category} aria-labelledby={`rubriek-${category}`}>
              <h2 id={`rubriek-${category}`}>{CATEGORY_LABELS[category]}</h2>
              <ArticleList articles={articles} headingLevel={3} thumbnails />
              <p>
                <a href={paths.category(category)}>Meer uit de rubriek {CATEGORY_LABELS[category]}</a>
              </p>
            </section>
          ))}
        </div>
        <aside className="front-side" aria-label="Meer op Schaatsnieuws">
          <section aria-labelledby="komende-wedstrijden">
            <h2 id="komende-wedstrijden">Komende wedstrijden</h2>
            <ComingCompetitions competitions={coming} />
          </section>
          {column ? (
            <section aria-labelledby="column">
              <h2 id="column">Column</h2>
              <ArticleCard article={column} headingLevel={3} />
            </section>
          ) : null}
          <section aria-labelledby="laatste-uitslagen">
            <h2 id="laatste-uitslagen">Laatste uitslagen</h2>
            <PublishedResultsList
              results={model.results
                .slice(0, 2)
                .map((published) => ({ ...published, computedMarkers: model.markersOfTable(published.block) }))}
            />
          </section>
        </aside>
      </div>
    </>
  );
}
