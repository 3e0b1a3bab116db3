import { sectionOfCategory, type MenuSection } from './navigation';
import { CATEGORY_DESCRIPTIONS, CATEGORY_SECTIONS, categoryFromSegment } from './labels';
import { frontPage, numberedPage, pageNumbers, type Page } from './pagination';
import { paths } from './paths';
import type { SiteModel } from './site-model';
import { CATEGORIES, type Article, type Athlete, type Author, type Category, type Tag } from './types';

/**
 * One paginated list of articles (the archive, a category, a tag): everything its pages, the
 * sitemap and the server's redirects need to know about it, said once.
 */
export type ArticleList = {
  /** What the list is called in the breadcrumb trail and the page title. */
  name: string;
  /** The page's main heading. */
  heading: string;
  description: string;
  /** A line under the heading of the list's first address. */
  intro?: string;
  /** Newest first. */
  articles: Article[];
  /** The address of numbered page `number`; without a number, the list's own address (its newest articles). */
  path: (number?: number) => string;
  /**
   * Its own address is not a list page with parameters of the list routes (the archive's
   * /nieuws/ has no parameters; an author's is their profile page, with page data of its own),
   * so the build plan does not fingerprint it as one.
   */
  ownAddressElsewhere?: true;
  /** The main menu's section its pages are in, if any. */
  section?: MenuSection;
};

/** Numbered page `number` of a list (undefined past its last page), or without a number its own address. */
export function listPage(list: ArticleList, number?: number): Page<Article> | undefined {
  return number === undefined ? frontPage(list.articles) : numberedPage(list.articles, number);
}

/** The numbers of a list's numbered pages (1: its oldest articles), for generateStaticParams. */
export function listPageNumbers(list: ArticleList): number[] {
  return pageNumbers(list.articles.length);
}

/** The archive: every shown article. */
export function archiveList(model: SiteModel): ArticleList {
  return {
    name: 'Alle nieuws',
    heading: 'Alle nieuws',
    description: 'Het archief van Schaatsnieuws: alle artikelen, nieuwste eerst',
    articles: model.articles,
    path: paths.archive,
    ownAddressElsewhere: true,
  };
}

/** A category's list; every category has one, an empty one too ("nog geen artikelen"). */
export function categoryList(model: SiteModel, category: Category): ArticleList {
  return {
    name: CATEGORY_SECTIONS[category],
    heading: CATEGORY_SECTIONS[category],
    description: CATEGORY_DESCRIPTIONS[category],
    intro: `${CATEGORY_DESCRIPTIONS[category]}.`,
    articles: model.articlesIn(category),
    section: sectionOfCategory(category),
    path: (number) => paths.category(category, number),
  };
}

/** The list of a category named by a URL segment; undefined for an unknown one. */
export function categoryListAt(model: SiteModel, segment: string): ArticleList | undefined {
  const category = categoryFromSegment(segment);
  return category ? categoryList(model, category) : undefined;
}

/** A tag's list. */
export function tagList(model: SiteModel, tag: Tag): ArticleList {
  return {
    name: tag.name,
    heading: `Onderwerp: ${tag.name}`,
    description: `Alle artikelen over ${tag.name}`,
    articles: model.articlesTagged(tag.slug),
    path: (number) => paths.tag(tag.slug, number),
  };
}

/** The list of the tag with this slug; undefined for an unknown one. */
export function tagListAt(model: SiteModel, slug: string): ArticleList | undefined {
  const tag = model.tag(slug);
  return tag ? tagList(model, tag) : undefined;
}

/** An author's articles; their own address is their profile page with the newest of them. */
export function authorList(model: SiteModel, author: Author): ArticleList {
  return {
    name: author.name,
    heading: `Artikelen van ${author.name}`,
    description: `Artikelen van ${author.name}`,
    articles: model.articlesBy(author.slug),
    path: (number) => paths.author(author.slug, number),
    ownAddressElsewhere: true,
  };
}

/** The list of the author with this slug; undefined for an unknown one. */
export function authorListAt(model: SiteModel, slug: string): ArticleList | undefined {
  const author = model.author(slug);
  return author ? authorList(model, author) : undefined;
}

/** The articles about a skater; their own address is their profile page with the newest of them. */
export function athleteList(model: SiteModel, athlete: Athlete): ArticleList {
  return {
    name: athlete.name,
    heading: `Artikelen over ${athlete.name}`,
    description: `Artikelen over ${athlete.name}`,
    articles: model.articlesAbout(athlete.slug),
    section: 'schaatsers',
    path: (number) => paths.athlete(athlete.slug, number),
    ownAddressElsewhere: true,
  };
}

/** The list of the skater with this slug; undefined for an unknown one. */
export function athleteListAt(model: SiteModel, slug: string): ArticleList | undefined {
  const athlete = model.athlete(slug);
  return athlete ? athleteList(model, athlete) : undefined;
}

/** Every list of the site: the archive, each category, each tag, each author, each skater. */
export function allArticleLists(model: SiteModel): ArticleList[] {
  return [
    archiveList(model),
    ...CATEGORIES.map((category) => categoryList(model, category)),
    ...model.tags.map((tag) => tagList(model, tag)),
    ...model.authors.map((author) => authorList(model, author)),
    ...model.athletes.map((athlete) => athleteList(model, athlete)),
  ];
}
