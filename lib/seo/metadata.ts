import type { Metadata } from 'next';
import { siteConfig } from '../config';
import type { Article } from '../types';
import { CATEGORY_LABELS } from '../labels';
import { paths } from '../paths';
import { absoluteUrl, feedPaths } from './urls';

/** Social images are generated at 1200×630, the size Open Graph and X show large. */
export const SOCIAL_IMAGE = { width: 1200, height: 630 } as const;

type PageInput = {
  title: string;
  /** The title as it stands, without " | site name" (the front page). */
  completeTitle?: boolean;
  description: string;
  /** Site path of the page, its canonical URL; none for the 404, which has no address of its own. */
  path?: string;
  /** Whether search engines may index the page (drafts, aliases and the 404 may not). */
  indexable?: boolean;
  image?: { path: string; alt: string };
};

/** Feed autodiscovery links that every page carries. */
const feedAlternates = {
  'application/rss+xml': [{ url: feedPaths.rss, title: `${siteConfig.name} (RSS)` }],
  'application/atom+xml': [{ url: feedPaths.atom, title: `${siteConfig.name} (Atom)` }],
  'application/feed+json': [{ url: feedPaths.json, title: `${siteConfig.name} (JSON Feed)` }],
};

const indexRobots: Metadata['robots'] = {
  index: true,
  follow: true,
  'max-image-preview': 'large',
  googleBot: { index: true, follow: true, 'max-image-preview': 'large' },
};

/**
 * The complete metadata of an ordinary page: title, description, self-canonical URL, feed
 * links, Open Graph (`website`) and X card. Paginated and list pages canonicalise to
 * themselves, since each shows different articles.
 */
export function pageMetadata(page: PageInput): Metadata {
  const image = page.image ?? { path: feedPaths.defaultImage, alt: siteConfig.name };
  const images = [{ url: image.path, ...SOCIAL_IMAGE, alt: image.alt }];
  return {
    title: page.completeTitle ? { absolute: page.title } : page.title,
    description: page.description,
    alternates: page.path ? { canonical: page.path, types: feedAlternates } : { types: feedAlternates },
    robots: page.indexable === false ? { index: false, follow: true } : indexRobots,
    openGraph: {
      type: 'website',
      ...(page.path ? { url: page.path } : {}),
      siteName: siteConfig.name,
      locale: 'nl_NL',
      title: page.title,
      description: page.description,
      images,
    },
    twitter: { card: 'summary_large_image', title: page.title, description: page.description, images },
  };
}

/** An article's metadata: as a page, plus `og:type` article with its times, section, tags and author. */
export function articleMetadata(article: Article): Metadata {
  const base = pageMetadata({
    title: article.title,
    description: article.summary,
    path: paths.article(article.slug),
    indexable: article.status === 'published',
    image: { path: feedPaths.articleImage(article.slug), alt: article.image?.alt ?? article.title },
  });
  return {
    ...base,
    authors: [{ name: article.author.name, url: paths.author(article.author.slug) }],
    openGraph: {
      ...base.openGraph,
      type: 'article',
      publishedTime: article.date.toISOString(),
      modifiedTime: article.modified.toISOString(),
      section: CATEGORY_LABELS[article.category],
      tags: article.tags.map((tag) => tag.name),
      authors: [absoluteUrl(paths.author(article.author.slug))],
    },
  };
}

/**
 * A page of a paginated list: its own canonical URL (each page lists other articles), and
 * a title and description that say which numbered page it is (none for the list's own address).
 */
export function listPageMetadata(list: { title: string; description: string; path: string; page?: number }): Metadata {
  const suffix = list.page !== undefined ? ` (pagina ${list.page})` : '';
  return pageMetadata({
    title: `${list.title}${suffix}`,
    description: `${list.description}${suffix}`,
    path: list.path,
  });
}
