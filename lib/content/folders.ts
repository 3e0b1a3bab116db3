/** The kinds of content file an editor writes, one folder each under the content root. */
export const CONTENT_KINDS = ['article', 'athlete', 'author', 'event'] as const;

export type ContentKind = (typeof CONTENT_KINDS)[number];

/** The folder of each kind under the content root: the one place these names are written. */
export const CONTENT_FOLDERS: Record<ContentKind, string> = {
  article: 'articles',
  athlete: 'athletes',
  author: 'authors',
  event: 'events',
};

export function isContentKind(value: string): value is ContentKind {
  return (CONTENT_KINDS as readonly string[]).includes(value);
}

/**
 * The World Cup's data (#20): one YAML file per season, `<season>.yml`, with the points per
 * place and the planned races. Data, not Markdown: read beside the four kinds, not as one.
 */
export const WORLD_CUP_FOLDER = 'wereldbeker';

/** Every folder under the content root the site reads: what the build accounts for (lib/build/verify-export.ts). */
export const READ_FOLDERS: readonly string[] = [...Object.values(CONTENT_FOLDERS), WORLD_CUP_FOLDER];
