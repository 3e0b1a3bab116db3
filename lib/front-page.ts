import type { SiteModel } from './site-model';
import { CATEGORIES, type Article, type Category } from './types';

/** How many headlines the front page's "Laatste nieuws" shows, and each category's section. */
const LATEST_COUNT = 10;
const SECTION_COUNT = 4;

export type FrontPageSection = { category: Category; articles: Article[] };

/** What the front page shows, each article once. */
export type FrontPage = {
  lead?: Article;
  latest: Article[];
  /** The newest column that is not the lead story, for the side column. */
  column?: Article;
  /** Per category (columns have the side column), the newest articles not shown above; none for an empty one. */
  sections: FrontPageSection[];
};

/**
 * The front page on a busy day: the lead story, the latest headlines, the newest column, and
 * a section per category with what the rest of the page does not show, so no article (and no
 * column) appears twice.
 */
export function frontPage(model: SiteModel): FrontPage {
  const [lead, ...rest] = model.articles;
  const column = model.articlesIn('column').find((article) => article !== lead);
  const latest = rest.filter((article) => article !== column).slice(0, LATEST_COUNT);
  const shown = new Set<Article>([...(lead ? [lead] : []), ...latest, ...(column ? [column] : [])]);
  const sections = CATEGORIES.filter((category) => category !== 'column')
    .map((category) => ({
      category,
      articles: model
        .articlesIn(category)
        .filter((article) => !shown.has(article))
        .slice(0, SECTION_COUNT),
    }))
    .filter((section) => section.articles.length > 0);
  return { lead, latest, column, sections };
}
