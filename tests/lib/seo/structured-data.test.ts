import { siteConfig } from '@/lib/config';
import {
  athleteJsonLd,
  breadcrumbJsonLd,
  newsArticleJsonLd,
  organizationJsonLd,
  sportsEventJsonLd,
  webSiteJsonLd,
} from '@/lib/seo/structured-data';
import { makeArticle, makeAthlete, makeAuthor, makeCompetition } from '../../components/support/factories';

const SITE = siteConfig.url;

describe('newsArticleJsonLd', () => {
  const article = makeArticle({
    slug: 'visser-rijdt-baanrecord',
    title: 'Visser rijdt baanrecord',
    category: 'uitslagen',
    date: new Date('2025-11-16T17:45:00Z'),
    modified: new Date('2025-11-17T08:15:00Z'),
    author: makeAuthor({ slug: 'redactie', name: 'Sportredactie' }),
    tags: [
      { name: 'wereldbeker', slug: 'wereldbeker' },
      { name: '500 meter', slug: '500-meter' },
    ],
    athletes: [
      makeAthlete({ slug: 'sanne-visser', name: 'Sanne Visser' }),
      makeAthlete({ slug: 'lotte-hoekstra', name: 'Lotte Hoekstra' }),
    ],
  });

  it('is a NewsArticle on schema.org with the title as headline', () => {
    expect(newsArticleJsonLd(article)).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Visser rijdt baanrecord',
    });
  });

  it('gives the publication and the latest modification in Amsterdam time with their offset', () => {
    expect(newsArticleJsonLd(article)).toMatchObject({
      datePublished: '2025-11-16T18:45:00+01:00',
      dateModified: '2025-11-17T09:15:00+01:00',
    });
  });

  it('writes summer times with the summer offset', () => {
    const summer = makeArticle({ date: new Date('2025-07-01T10:00:00Z') });

    expect(newsArticleJsonLd(summer).datePublished).toBe('2025-07-01T12:00:00+02:00');
  });

  it('lists the social image as an absolute URL, followed by the article image when there is one', () => {
    const withImage = makeArticle({
      slug: 'met-foto',
      image: { src: '/images/2025/foto.jpg', alt: 'Foto', width: 1600, height: 1000 },
    });

    expect(newsArticleJsonLd(article).image).toEqual([`${SITE}/nieuws/visser-rijdt-baanrecord/og.png`]);
    expect(newsArticleJsonLd(withImage).image).toEqual([
      `${SITE}/nieuws/met-foto/og.png`,
      `${SITE}/images/2025/foto.jpg`,
    ]);
  });

  it('names the author as a Person with the URL of the author page', () => {
    expect(newsArticleJsonLd(article).author).toEqual([
      { '@type': 'Person', name: 'Sportredactie', url: `${SITE}/auteurs/redactie/` },
    ]);
  });

  it('names the publisher with its logo', () => {
    expect(newsArticleJsonLd(article).publisher).toMatchObject({
      '@type': 'NewsMediaOrganization',
      name: 'Schaatsnieuws',
      logo: { '@type': 'ImageObject', url: `${SITE}/icons/icon-512.png` },
    });
  });

  it('is the main entity of the article page', () => {
    expect(newsArticleJsonLd(article).mainEntityOfPage).toEqual({
      '@type': 'WebPage',
      '@id': `${SITE}/nieuws/visser-rijdt-baanrecord/`,
    });
  });

  it('gives the category as section and the tags as keywords', () => {
    expect(newsArticleJsonLd(article)).toMatchObject({
      articleSection: 'Uitslagen',
      keywords: 'wereldbeker, 500 meter',
    });
  });

  it('is about the skaters the article names, each with the URL of their page', () => {
    expect(newsArticleJsonLd(article).about).toEqual([
      { '@type': 'Person', name: 'Sanne Visser', url: `${SITE}/schaatsers/sanne-visser/` },
      { '@type': 'Person', name: 'Lotte Hoekstra', url: `${SITE}/schaatsers/lotte-hoekstra/` },
    ]);
  });

  it('leaves out keywords and about for an article without tags or skaters', () => {
    const plain = newsArticleJsonLd(makeArticle());

    expect(plain).not.toHaveProperty('keywords');
    expect(plain).not.toHaveProperty('about');
  });
});

describe('breadcrumbJsonLd', () => {
  it('numbers the steps from 1 and gives each an absolute URL', () => {
    const trail = breadcrumbJsonLd([
      { name: 'Voorpagina', path: '/' },
      { name: 'Visser rijdt baanrecord', path: '/nieuws/visser-rijdt-baanrecord/' },
    ]);

    expect(trail).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Voorpagina', item: `${SITE}/` },
        {
          '@type': 'ListItem',
          position: 2,
          name: 'Visser rijdt baanrecord',
          item: `${SITE}/nieuws/visser-rijdt-baanrecord/`,
        },
      ],
    });
  });
});

describe('athleteJsonLd', () => {
  it('is a Person with name, page URL and nationality', () => {
    expect(athleteJsonLd(makeAthlete({ slug: 'sanne-visser', name: 'Sanne Visser', country: 'NED' }))).toMatchObject({
      '@type': 'Person',
      name: 'Sanne Visser',
      url: `${SITE}/schaatsers/sanne-visser/`,
      nationality: 'NED',
    });
  });

  it('gives the birth date only when it is known', () => {
    expect(athleteJsonLd(makeAthlete({ born: '2001-04-12' }))).toMatchObject({ birthDate: '2001-04-12' });
    expect(athleteJsonLd(makeAthlete())).not.toHaveProperty('birthDate');
  });
});

describe('sportsEventJsonLd', () => {
  it('is a SportsEvent from the first to the last day, with its sport', () => {
    expect(sportsEventJsonLd(makeCompetition({ start: '2025-11-14', end: '2025-11-16' }))).toMatchObject({
      '@type': 'SportsEvent',
      startDate: '2025-11-14',
      endDate: '2025-11-16',
      sport: 'Langebaanschaatsen',
    });
  });

  it('takes place at the venue, with town and country as address', () => {
    const competition = makeCompetition({ venue: 'IJsbaan Testdorp', location: 'Testdorp', country: 'NED' });

    expect(sportsEventJsonLd(competition).location).toEqual({
      '@type': 'Place',
      name: 'IJsbaan Testdorp',
      address: { '@type': 'PostalAddress', addressLocality: 'Testdorp', addressCountry: 'NED' },
    });
  });

  it('names the town as the place when the venue is not known', () => {
    expect(sportsEventJsonLd(makeCompetition({ location: 'Testdorp' })).location).toEqual({
      '@type': 'Place',
      name: 'Testdorp',
      address: { '@type': 'PostalAddress', addressLocality: 'Testdorp' },
    });
  });
});

describe('the site as a whole', () => {
  it('is a WebSite published by the NewsMediaOrganization of the same @id', () => {
    expect(organizationJsonLd()).toMatchObject({ '@type': 'NewsMediaOrganization', '@id': `${SITE}/#organisatie` });
    expect(webSiteJsonLd()).toMatchObject({
      '@type': 'WebSite',
      url: `${SITE}/`,
      inLanguage: 'nl',
      publisher: { '@id': `${SITE}/#organisatie` },
    });
  });
});
