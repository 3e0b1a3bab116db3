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
