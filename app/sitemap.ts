import type { MetadataRoute } from 'next';
import { paths } from '@/lib/labels';
import { absoluteUrl } from '@/lib/seo/urls';
import { getSiteModel, lastModified } from '@/lib/site-model';

export const dynamic = 'force-static';

/**
 * Every public page, each with the last change of the content it shows (never the build
 * time, so an unchanged page does not look new). Alias pages forward and are left out.
 */
export default function sitemap(): MetadataRoute.Sitemap {
  const model = getSiteModel();
  const entry = (path: string, modified: Date | undefined): MetadataRoute.Sitemap[number] => ({
    url: absoluteUrl(path),
    ...(modified ? { lastModified: modified } : {}),
  });
  return [
    entry(paths.home(), lastModified(model.articles)),
    ...model.articles.map((article) => entry(paths.article(article.slug), article.modified)),
    entry(paths.athletes(), lastModified(model.articles.filter((article) => article.athletes.length > 0))),
    ...model.athletes.map((athlete) =>
      entry(paths.athlete(athlete.slug), lastModified(model.articlesAbout(athlete.slug))),
    ),
    ...model.authors.map((author) => entry(paths.author(author.slug), lastModified(model.articlesBy(author.slug)))),
    ...model.competitions.map((competition) =>
      entry(paths.competition(competition.slug), lastModified(model.articlesAt(competition.slug))),
    ),
  ];
}
