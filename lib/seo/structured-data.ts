import type {
  BreadcrumbList,
  NewsArticle,
  Organization,
  Person,
  SearchAction,
  SportsEvent,
  WebSite,
  WithContext,
} from 'schema-dts';
import { siteConfig } from '../config';
import { isoInSiteZone } from '../dates';
import { CATEGORY_LABELS } from '../labels';
import { paths } from '../paths';
import type { Article, Athlete, Competition } from '../types';
import { absoluteUrl, feedPaths } from './urls';

// JSON-LD for search engines, typed with schema-dts so that a misspelt property or a wrong
// type fails the type check. Google's article guidelines name the properties used here.

const organizationId = absoluteUrl('/#organisatie');

export function organizationJsonLd(): WithContext<Organization> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsMediaOrganization',
    '@id': organizationId,
    name: siteConfig.name,
    url: absoluteUrl('/'),
    logo: { '@type': 'ImageObject', url: absoluteUrl('/icons/icon-512.png'), width: '512', height: '512' },
  };
}

/** The site, with a SearchAction pointing at the search page (`/zoeken/?q=`). */
export function webSiteJsonLd(): WithContext<WebSite> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: siteConfig.name,
    url: absoluteUrl('/'),
    inLanguage: siteConfig.language,
    publisher: { '@id': organizationId },
    potentialAction: searchAction,
  };
}

// schema-dts does not know `query-input`, which search engines read to fill in the query.
const searchAction: SearchAction & { 'query-input': string } = {
  '@type': 'SearchAction',
  target: { '@type': 'EntryPoint', urlTemplate: `${absoluteUrl('/zoeken/')}?q={search_term_string}` },
  'query-input': 'required name=search_term_string',
};

/** A NewsArticle with everything Google asks for and recommends; dateModified is the latest update or correction. */
export function newsArticleJsonLd(article: Article): WithContext<NewsArticle> {
  const url = absoluteUrl(paths.article(article.slug));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.summary,
    image: [
      absoluteUrl(feedPaths.articleImage(article.slug)),
      ...(article.image ? [absoluteUrl(article.image.src)] : []),
    ],
    datePublished: isoInSiteZone(article.date),
    dateModified: isoInSiteZone(article.modified),
    author: [{ '@type': 'Person', name: article.author.name, url: absoluteUrl(paths.author(article.author.slug)) }],
    publisher: {
      '@type': 'NewsMediaOrganization',
      '@id': organizationId,
      name: siteConfig.name,
      logo: { '@type': 'ImageObject', url: absoluteUrl('/icons/icon-512.png') },
    },
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    inLanguage: siteConfig.language,
    articleSection: CATEGORY_LABELS[article.category],
    ...(article.tags.length > 0 ? { keywords: article.tags.map((tag) => tag.name).join(', ') } : {}),
    ...(article.athletes.length > 0
      ? {
          about: article.athletes.map((athlete) => ({
            '@type': 'Person' as const,
            name: athlete.name,
            url: absoluteUrl(paths.athlete(athlete.slug)),
          })),
        }
      : {}),
  };
}

/** A breadcrumb trail: name and path of each step, the page itself last. */
export function breadcrumbJsonLd(trail: { name: string; path: string }[]): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((step, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: step.name,
      item: absoluteUrl(step.path),
    })),
  };
}

export function athleteJsonLd(athlete: Athlete): WithContext<Person> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    name: athlete.name,
    url: absoluteUrl(paths.athlete(athlete.slug)),
    nationality: athlete.country,
    ...(athlete.born ? { birthDate: athlete.born } : {}),
    jobTitle: 'Langebaanschaatser',
  };
}

/** A competition: an all-day event from its first to its last day, at its venue. */
export function sportsEventJsonLd(competition: Competition): WithContext<SportsEvent> {
  return {
    '@context': 'https://schema.org',
    '@type': 'SportsEvent',
    name: competition.name,
    url: absoluteUrl(paths.competition(competition.slug)),
    startDate: competition.start,
    endDate: competition.end,
    sport: 'Langebaanschaatsen',
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: {
      '@type': 'Place',
      name: competition.venue ?? competition.location,
      address: {
        '@type': 'PostalAddress',
        addressLocality: competition.location,
        ...(competition.country ? { addressCountry: competition.country } : {}),
      },
    },
    organizer: { '@type': 'Organization', name: 'ISU', url: 'https://www.isu.org/' },
  };
}
