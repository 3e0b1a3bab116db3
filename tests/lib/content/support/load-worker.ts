/**
 * Loads content roots in a child process, so that a test can stop a load that hangs
 * (a synchronous parse cannot be interrupted from the thread it runs on). Receives
 * LoadRequest messages, answers each with a LoadAnswer. Started by hostile-loader.ts.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { ArticleBody } from '../../../../components/article/ArticleBody';
import { loadContent } from '../../../../lib/content/load';
import { ContentErrors, type ContentProblem } from '../../../../lib/content/problems';

export type LoadRequest = { root: string; publicDir: string; now: string };

export type LoadedArticle = {
  slug: string;
  title: string;
  summary: string;
  tags: string[];
  imageAlt?: string;
  imageCredit?: string;
  corrections: string[];
  /** The body as the page renders it, with the page's own components. */
  bodyHtml: string;
};

export type LoadAnswer =
  | { outcome: 'loaded'; articles: LoadedArticle[]; bios: string[] }
  | { outcome: 'refused'; problems: ContentProblem[]; message: string }
  | { outcome: 'crashed'; error: string };

process.on('message', (request: LoadRequest) => {
  process.send?.(load(request));
});

function load(request: LoadRequest): LoadAnswer {
  try {
    const content = loadContent({
      root: request.root,
      publicDir: request.publicDir,
      now: new Date(request.now),
      includeUnpublished: false,
    });
    return {
      outcome: 'loaded',
      articles: content.articles.map((article) => ({
        slug: article.slug,
        title: article.title,
        summary: article.summary,
        tags: article.tags.map((tag) => tag.name),
        ...(article.image ? { imageAlt: article.image.alt } : {}),
        ...(article.image?.credit ? { imageCredit: article.image.credit } : {}),
        corrections: article.corrections.map((correction) => correction.text),
        bodyHtml: renderToStaticMarkup(createElement(ArticleBody, { blocks: article.body })),
      })),
      bios: [
        ...content.athletes.map((athlete) => athlete.bioHtml),
        ...content.authors.map((author) => author.bioHtml),
        ...content.competitions.map((competition) => competition.descriptionHtml),
      ],
    };
  } catch (error) {
    if (error instanceof ContentErrors) return { outcome: 'refused', problems: error.problems, message: error.message };
    return { outcome: 'crashed', error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}
