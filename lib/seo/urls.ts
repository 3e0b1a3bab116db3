import { siteConfig } from '../config';

/** An absolute URL on this site for a path such as `/nieuws/slug/`: canonical links, feeds and sitemaps need them. */
export function absoluteUrl(path: string): string {
  return `${siteConfig.url}${path.startsWith('/') ? path : `/${path}`}`;
}

/** A calendar file's address as webcal://, which phones and agenda apps open as a subscription. */
export function webcalUrl(path: string): string {
  return absoluteUrl(path).replace(/^https?:\/\//, 'webcal://');
}

/** The site's feeds and sitemaps, in one place for routes, autodiscovery links and robots.txt. */
export const feedPaths = {
  rss: '/feed.xml',
  atom: '/atom.xml',
  json: '/feed.json',
  categoryRss: (category: string) => `/rubriek/${category}/feed.xml`,
  sitemap: '/sitemap.xml',
  newsSitemap: '/news-sitemap.xml',
  manifest: '/manifest.webmanifest',
  defaultImage: '/og.png',
  articleImage: (slug: string) => `/nieuws/${slug}/og.png`,
} as const;
